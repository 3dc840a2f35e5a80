"""The printed certificate read back: every field and clause in order, fonts embedded, page furniture."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from test_pdf_support import assert_in_order, fonts_in, pages_text, sample_license, squeeze

from licdesk.domain.model import ANNUAL_REPORT, Clause, Inspection, Service, Website
from licdesk.pdf import PrintOptions, render_license


@pytest.fixture(scope="module")
def full():
    lic = sample_license()
    return lic, render_license(lic)


def test_every_field_and_clause_prints_in_the_order_of_the_paper_original(full):
    lic, result = full
    expected = [
        "中华人民共和国", "增值电信业务经营许可证", f"经营许可证编号：{lic.number}",
        "根据《中华人民共和国电信条例》", "特颁发增值电信业务经营许可证。",
        "公司名称：", lic.company, "法定代表人：", lic.legal_representative,
        lic.services[0].name, lic.services[0].remarks,
        "发证机关（盖章）：", "北京市通信管理局", "发证日期：2021年12月28日", "有效期至：2026年12月28日",
        "（附页）", f"{lic.company}获准经营信息服务业务(仅限互联网信息服务)相关信息",
    ]
    for site in lic.annex:
        expected += ["网站名称：", site.site_name, "网站域名：", *site.domains,
                     "服务器放置地：", site.server_location, "网站接入服务提供单位：", site.access_provider]
    expected += ["特别规定事项", lic.provisions_intro]
    for _, clause in lic.walk_clauses():
        scope = f"（适用于{clause.applies_to}）" if clause.applies_to else ""
        expected.append(clause.label + scope + clause.text)
    expected += ["电信业务经营许可证年检情况记录表", "经审核，你公司 2022 年度年检合格。", "北京市通信管理局",
                 "2023年3月15日", "经审核，你公司", "年度年检合格。"]
    assert_in_order("".join(pages_text(result.pdf)), expected)
    assert result.warnings == []


def test_every_font_in_the_file_is_embedded_and_none_is_a_builtin(full):
    _, result = full
    fonts = fonts_in(result.pdf)
    assert fonts, "the file names no font at all"
    assert all(fonts.values()), fonts
    names = " ".join(fonts)
    assert "UMing" in names
    assert "Helvetica" not in names and "STSong" not in names


def test_the_same_record_gives_the_same_bytes_when_asked_to_be_reproducible(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00 UTC
    first = render_license(sample_license()).pdf
    assert first == render_license(sample_license()).pdf
    assert PdfReader(io.BytesIO(first)).metadata.creation_date.year == 2026


def test_a_pdf_carries_the_day_it_was_made(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    made = PdfReader(io.BytesIO(render_license(sample_license()).pdf)).metadata.creation_date
    assert made.date() in (dt.date.today(), dt.date.today() - dt.timedelta(days=1))  # across midnight


def test_page_numbers_count_the_whole_document(full):
    _, result = full
    texts = pages_text(result.pdf)
    assert result.page_count == len(texts)
    for n, text in enumerate(texts, start=1):
        assert f"第{n}页共{len(texts)}页" in squeeze(text)


def test_number_and_heading_repeat_on_every_provisions_page():
    clauses = [Clause(i, f"{i}、", "你公司应当依法经营，按期报送年报，配合监督检查。" * 6) for i in range(1, 61)]
    lic = sample_license(clauses=clauses, annex=[], inspections=[])
    result = render_license(lic, PrintOptions(parts=("provisions",)))
    texts = pages_text(result.pdf)
    assert len(texts) >= 3
    for text in texts:
        assert squeeze(text).startswith(f"经营许可证编号：{lic.number}特别规定事项")


def test_cross_regional_license_gets_the_cross_regional_title_and_sentence():
    lic = sample_license(number="B1-20990002", issuer=None, annex=[], services=[
        Service("互联网数据中心业务", "机房所在地为北京、上海"), Service("国内互联网虚拟专用网业务", "全国"),
    ])
    text = pages_text(render_license(lic, PrintOptions(parts=("certificate",))).pdf)[0]
    assert_in_order(text, [
        "跨地区增值电信业务经营许可证", "特颁发跨地区增值电信业务经营许可证。",
        "互联网数据中心业务", "机房所在地为北京、上海", "国内互联网虚拟专用网业务", "全国",
        "中华人民共和国工业和信息化部",
    ])


def test_the_license_own_preamble_and_annex_heading_print_as_held():
    lic = sample_license(preamble="根据示例条例，准许你公司经营示例业务，特颁发本证。",
                         annex_heading="青禾示例获准经营的网站信息")
    text = "".join(pages_text(render_license(lic, PrintOptions(parts=("certificate", "annex"))).pdf))
    assert "根据示例条例，准许你公司经营示例业务，特颁发本证。" in squeeze(text)
    assert "青禾示例获准经营的网站信息" in squeeze(text)
    assert "根据《中华人民共和国电信条例》" not in squeeze(text)


def test_no_websites_means_no_annex_page():
    lic = sample_license(annex=[])
    result = render_license(lic)
    assert "附页" not in "".join(pages_text(result.pdf))
    assert result.page_count == render_license(sample_license()).page_count - 1


def test_parts_print_only_what_was_chosen_in_paper_order():
    lic = sample_license()
    result = render_license(lic, PrintOptions(parts=("inspections", "certificate")))
    texts = pages_text(result.pdf)
    assert len(texts) == 2
    assert "公司名称" in texts[0] and "年检情况记录表" in texts[1]
    assert "特别规定事项" not in "".join(texts)


def test_choosing_only_a_part_the_license_lacks_says_so_instead_of_a_blank_page():
    result = render_license(sample_license(annex=[]), PrintOptions(parts=("annex",)))
    text = squeeze("".join(pages_text(result.pdf)))
    assert "没有可打印的内容" in text and "附页" in text


def test_empty_fields_print_blank_never_none():
    lic = sample_license(company="", legal_representative="", issue_date=None, expiry_date=None,
                         services=[Service("信息服务业务", None, None)], provisions_intro=None,
                         annex=[Website()],
                         inspections=[Inspection(2023, "合格")])
    text = "".join(pages_text(render_license(lic).pdf))
    assert "None" not in text
    assert_in_order(text, ["公司名称：", "法定代表人：", "发证日期：", "有效期至：", "网站名称：", "网站域名："])


def test_watermark_and_reference_on_every_page_with_the_date():
    options = PrintOptions(watermark="仅供内部审核使用", watermark_date=dt.date(2026, 3, 1),
                           reference="青禾法务 2026-031")
    texts = pages_text(render_license(sample_license(), options).pdf)
    for text in texts:
        flat = squeeze(text)
        assert "仅供内部审核使用2026年3月1日" in flat
        assert "青禾法务2026-031" in flat


def test_inspection_grid_covers_five_years_with_blank_cells_to_stamp(full):
    lic, result = full
    text = squeeze(pages_text(result.pdf)[-1])
    assert text.count("年度年检合格") >= 6
    assert text.count("发证机关（盖章）") >= 5  # the blank cells
    assert "经审核，你公司2022年度年检合格。" in text


def test_annual_report_records_print_as_reports():
    lic = sample_license(inspections=[Inspection(2018, "已报送", None, dt.date(2019, 3, 20), kind=ANNUAL_REPORT)])
    text = squeeze(pages_text(render_license(lic, PrintOptions(parts=("inspections",))).pdf)[0])
    assert "你公司2018年度经营许可证年报已报送。" in text
    assert "2019年3月20日" in text


def test_certificate_stays_on_one_page_however_many_services():
    services = [Service(f"示例业务种类{i}", "北京、天津、上海、广州、深圳", "不含示例服务。") for i in range(40)]
    result = render_license(sample_license(services=services), PrintOptions(parts=("certificate",)))
    assert result.page_count == 1
    assert_in_order(pages_text(result.pdf)[0], ["示例业务种类0", "示例业务种类39", "有效期至"])


def test_metadata_names_the_license():
    reader = PdfReader(io.BytesIO(render_license(sample_license()).pdf))
    assert "京B2-20990001" in reader.metadata.title
    assert re.match(r"%PDF-1\.\d", render_license(sample_license()).pdf[:8].decode())


def test_stamp_cells_stay_whole_when_the_grid_runs_over_several_pages():
    records = [Inspection(y, "合格", "北京市通信管理局", dt.date(y + 1, 3, 1)) for y in range(2008, 2020)]
    lic = sample_license(issue_date=dt.date(2008, 5, 1), inspections=records)
    texts = pages_text(render_license(lic, PrintOptions(parts=("inspections",))).pdf)
    assert len(texts) >= 2
    for text in texts:
        flat = squeeze(text)
        assert flat.count("年度") == flat.count("（盖章）") > 0  # each cell: sentence and stamp together
    assert sum(squeeze(t).count("年度年检合格") for t in texts) >= 18  # 2008 to 2026


def test_a_record_note_longer_than_a_page_still_prints_whole():
    note = "很长的备注文字。" * 500
    lic = sample_license(inspections=[Inspection(2022, "合格", None, None, note=note)])
    result = render_license(lic, PrintOptions(parts=("inspections",)))
    assert squeeze("".join(pages_text(result.pdf))).count("很") == 500
