"""User text prints literally: markup-like names, oversize strings, characters no font has."""

from __future__ import annotations

import re

import pytest
from test_pdf_support import assert_in_order, fonts_in, pages_text, sample_license, squeeze

from licdesk.domain.model import Clause, Service, Website
from licdesk.pdf import PrintOptions, render_license
from licdesk.pdf.text import MISSING_MARK, Markup

HOSTILE = ["A&B<公司>", "</para>", "<b>x</b>", '<font name="Helvetica">y</font>', "&amp;&lt;", "<br/>"]


@pytest.mark.parametrize("name", HOSTILE)
def test_markup_like_company_names_print_literally(name):
    lic = sample_license(company=name, annex=[Website(name, [name], name, name)])
    result = render_license(lic, PrintOptions(parts=("certificate", "annex")))
    text = "".join(pages_text(result.pdf))
    assert squeeze(name) in squeeze(text)
    assert all(fonts_in(result.pdf).values())


def test_markup_like_text_everywhere_prints_literally():
    text = "A&B<公司></para><b>x</b>"
    lic = sample_license(
        number="京B2-2099<b>1",
        legal_representative=text,
        services=[Service(text, text, text), Service("第二项<i>", "全国&", None)],
        provisions_intro=text,
        clauses=[Clause(1, "一、", text, applies_to="<u>服务</u>")],
        issuer=text,
    )
    options = PrintOptions(watermark="<b>复印无效</b>", reference="&ref<1>")
    pages = pages_text(render_license(lic, options).pdf)
    joined = squeeze("".join(pages))
    assert joined.count(squeeze(text)) >= 6
    assert "一、（适用于<u>服务</u>）A&B<公司></para><b>x</b>" in joined
    assert "第二项<i>" in joined and "全国&" in joined
    assert all("<b>复印无效</b>" in squeeze(p) and "&ref<1>" in squeeze(p) for p in pages)
    assert all("京B2-2099<b>1" in squeeze(p) for p in pages)


def test_oversize_strings_wrap_and_stay_on_the_page():
    huge_name = "超长示例公司名称" * 120
    domain = "q" * 150 + ".example.cn"  # wraps over lines, maybe over a page break
    clause = "很长的条款文字，" * 900  # longer than a page
    lic = sample_license(company=huge_name, annex=[Website(huge_name, [domain], huge_name, huge_name)],
                         clauses=[Clause(1, "一、", clause)])
    result = render_license(lic)
    texts = pages_text(result.pdf)
    joined = squeeze("".join(texts))
    assert joined.count(squeeze(huge_name)) >= 1
    assert joined.count("q") == 150 and ".example.cn" in joined
    assert joined.count("很") == 900  # across page breaks, no character lost
    assert "第1页" in squeeze(texts[0])  # the certificate still fits on page one
    assert "公司名称" in texts[0] and "有效期至" in texts[0]
    # No page is left empty (page furniture only) by text too long to keep together.
    furniture = re.compile(rf"(经营许可证编号：{re.escape(lic.number)})?(特别规定事项)?第\d+页共\d+页")
    assert not any(furniture.fullmatch(squeeze(t)) for t in texts)


def test_characters_no_font_has_are_reported_and_marked_not_dropped():
    lic = sample_license(company="示例𠀀科技😀有限公司")
    result = render_license(lic)
    assert result.missing_characters == ["𠀀", "😀"]
    assert len(result.warnings) == 2
    assert "U+20000" in result.warnings[0] and "U+1F600" in result.warnings[1]
    assert f"示例{MISSING_MARK}科技{MISSING_MARK}有限公司" in squeeze(pages_text(result.pdf)[0])


def test_characters_the_main_face_lacks_come_from_the_fallback_face():
    rare = "刏"  # in WenQuanYi Micro Hei, not in AR PL UMing CN
    markup = Markup()
    assert markup(rare).startswith('<font name="LicdeskHei">')
    result = render_license(sample_license(company=f"示例{rare}科技有限公司"), PrintOptions(parts=("certificate",)))
    assert result.warnings == []
    assert f"示例{rare}科技有限公司" in squeeze(pages_text(result.pdf)[0])
    fonts = fonts_in(result.pdf)
    assert any("MicroHei" in name for name in fonts) and all(fonts.values())


def test_markup_escapes_and_keeps_line_breaks():
    markup = Markup()
    assert markup(None) == "" and markup("") == ""
    assert markup("A&B<c>") == "A&amp;B&lt;c&gt;"
    assert markup("一\n二") == "一<br/>二"
    assert markup("emoji😀\ufe0f") == "emoji" + MISSING_MARK
    assert markup.missing == ["😀"]


def test_three_hundred_clauses_paginate_in_order_with_header_and_numbers():
    clauses = [Clause(i, f"{i}、", f"条款{i:03d}：你公司应当依法经营并配合监督检查。") for i in range(1, 301)]
    lic = sample_license(clauses=clauses)
    result = render_license(lic)
    texts = pages_text(result.pdf)
    assert_in_order("".join(texts), [f"{i}、条款{i:03d}：" for i in range(1, 301)])
    total = len(texts)
    provisions_pages = [t for t in texts if "条款" in t]
    assert len(provisions_pages) >= 5
    for text in provisions_pages:
        assert squeeze(text).startswith(f"经营许可证编号：{lic.number}特别规定事项")
    for n, text in enumerate(texts, start=1):
        assert f"第{n}页共{total}页" in squeeze(text)


def test_no_line_begins_with_chinese_punctuation():
    # In the body style exactly the characters before the second comma fill the first line.
    text = "你公司使用传输网络等基础设施时，应当向持有基础电信业务经营许可证的企业租用，不得自建传输网络。"
    lic = sample_license(clauses=[Clause(3, "三、", text)], provisions_intro=None)
    page = pages_text(render_license(lic, PrintOptions(parts=("provisions",))).pdf)[0]
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    assert any(line.startswith("三、") for line in lines)
    assert not [line for line in lines if line[0] in "，。；：、）》"]


def test_an_overlong_reference_line_is_cut_short_instead_of_running_into_the_page():
    reference = "参考" * 600
    result = render_license(sample_license(), PrintOptions(reference=reference, parts=("provisions",)))
    first_line = pages_text(result.pdf)[0].splitlines()[0].strip()
    assert first_line.startswith("参考参考") and first_line.endswith("…")
    assert len(first_line) < len(reference)
