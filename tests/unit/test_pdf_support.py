"""Shared helpers of the PDF tests: a fictional license and reading a PDF back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from licdesk.domain.model import Clause, Inspection, License, Service, Website

CN_NUMERALS = "一二三四五六七八九十"


def cn(n: int) -> str:
    if n <= 10:
        return CN_NUMERALS[n - 1]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else CN_NUMERALS[tens - 1]) + "十" + (CN_NUMERALS[units - 1] if units else "")


def sample_license(**changes) -> License:
    """A fictional provincial ICP license with every part filled."""
    clauses = [
        Clause(i, f"{cn(i)}、", f"第{i}条示例规定：你公司应当依法经营并按期报送年报，编号{i:03d}。")
        for i in range(1, 16)
    ]
    clauses[14].text = "你公司在经营信息服务业务时应当遵守下列规定："
    clauses[14].children = [
        Clause(j, f"（{cn(j)}）", f"第十五条第{j}项示例内容，编号15-{j:02d}。",
               applies_to="信息搜索查询服务" if j == 3 else None)
        for j in range(1, 6)
    ]
    lic = License(
        number="京B2-20990001",
        company="北京青禾示例科技有限公司",
        legal_representative="周明远",
        services=[Service("信息服务业务（仅限互联网信息服务）", None, "不含信息搜索查询服务、信息即时交互服务。")],
        issue_date=dt.date(2021, 12, 28),
        expiry_date=dt.date(2026, 12, 28),
        annex=[
            Website("青禾示例主站", ["qinghe-example.cn", "www.qinghe-example.cn"],
                    "北京市海淀区示例路1号", "示例云计算有限公司"),
            Website("青禾示例商城", ["shop.qinghe-example.cn"], "天津市西青区示例道8号", "示例数据服务有限公司"),
        ],
        provisions_intro="《特别规定事项》是经营许可证重要组成部分，应当按照经营许可证载明的许可事项开展经营活动。",
        clauses=clauses,
        inspections=[Inspection(2022, "合格", "北京市通信管理局", dt.date(2023, 3, 15))],
    )
    for key, value in changes.items():
        setattr(lic, key, value)
    return lic


def pages_text(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [page.extract_text() or "" for page in reader.pages]


def squeeze(text: str) -> str:
    """Text without any whitespace: lines wrap anywhere in Chinese typesetting."""
    return re.sub(r"\s+", "", text)


def assert_in_order(text: str, expected: list[str]) -> None:
    """Every expected string occurs in `text`, each after the previous one (whitespace ignored)."""
    haystack = squeeze(text)
    position = 0
    for item in expected:
        needle = squeeze(item)
        found = haystack.find(needle, position)
        assert found >= 0, f"{item!r} not found after position {position}"
        position = found + len(needle)


def fonts_in(pdf: bytes) -> dict[str, bool]:
    """Every font the file uses → whether its program is embedded."""
    reader = PdfReader(io.BytesIO(pdf))
    result: dict[str, bool] = {}
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            fonts = [font]
            if "/DescendantFonts" in font:
                fonts += [d.get_object() for d in font["/DescendantFonts"]]
            embedded = False
            for f in fonts:
                descriptor = f.get("/FontDescriptor")
                if descriptor is not None:
                    descriptor = descriptor.get_object()
                    embedded = embedded or any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            result[str(font["/BaseFont"])] = embedded
    return result


def flowing_text(pdf: bytes, number: str) -> str:
    """The document's own text, whitespace removed, without the furniture of each page (number
    header, provisions heading, page number), so that a clause broken over a page reads whole."""
    header = re.compile(rf"^(经营许可证编号：{re.escape(squeeze(number))})?(特别规定事项)?")
    footer = re.compile(r"第\d+页共\d+页$")
    return "".join(footer.sub("", header.sub("", squeeze(t))) for t in pages_text(pdf))
