"""The reader's notes and the history's summaries are stored in Chinese and read back in either language:
every note the reader writes has a template, a stored sentence of an older reader still translates, and
one of no known kind is shown as it is."""

from __future__ import annotations

import re

import pytest

from licdesk.domain import numbers
from licdesk.domain.reading_notes import TEMPLATES, note, note_in, read_note
from licdesk.importer import read_license
from licdesk.store.audit import summarize, summary_in

def _arguments(template: str) -> dict[str, str]:
    return {name: f"Arg{position}" for position, name in enumerate(re.findall(r"\{(\w+)\}", template))}


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.code)
def test_every_note_reads_back_and_has_english_without_chinese(template) -> None:  # noqa: ANN001
    arguments = _arguments(template.zh)
    stored = note(template.code, **arguments)
    assert read_note(stored) == (template.code, arguments)
    english = note_in(stored, "en")
    assert english != stored and not re.search(r"[\u3400-\u9fff]", english)
    assert note_in(stored, "zh") == stored


def test_a_text_full_of_oddities_gets_notes_that_all_translate() -> None:
    text = "\n".join([
        "中华人民共和国增值电信业务经营许可证",
        "经营许可证编号：沪B2-2O213857",
        "公司名称：2026年示例",
        "法定代表人：12345",
        "业务种类：示例未知业务",
        "发证机关：示例单位",
        "发证日期：2026年13月40日",
        "有效期至：2021年01月01日",
        "这一行什么也不是而且很长很长很长很长",
    ])
    lic = read_license(text)
    assert len(lic.warnings) >= 4
    for warning in lic.warnings:
        assert read_note(warning) is not None, warning
        english = note_in(warning, "en")
        assert english != warning and english[:1].isascii(), warning  # the license's own words stay inside


@pytest.mark.parametrize("raw", ["沪Bl-20130047", "蜀B2-20190001", "B2-20110196(全网)", "粤B2-20090059-5",
                                 "粤A2-20044005", "辽B-2-4-20080039", "京B2-18000001"])
def test_the_number_readers_notes_translate_too(raw: str) -> None:
    parsed = numbers.parse(raw)
    assert parsed.warnings
    for zh, _en in parsed.warnings:
        assert read_note(zh) is not None, zh
        english = note_in(zh, "en")
        for own in (raw, "沪B1-20130047", "(全网)", "蜀", "川"):  # the number's own characters stay
            english = english.replace(own, "")
        assert not re.search(r"[\u3400-\u9fff]", english), zh


def test_stored_notes_of_earlier_versions_translate_and_unknown_ones_stay() -> None:
    # as the database holds them, written before the notes had codes
    assert note_in("第12行未能识别，已略过：司(局)负责人", "en") == "Line 12 was not recognised and was skipped: 司(局)负责人"
    assert note_in("识别置信度较低，请核对：公司名称（第4行，置信度 62%）", "en") == (
        "Low recognition confidence, please check: Company name (line 4, confidence 62%)")
    assert note_in("第2个网站（无名称）没有网站域名", "en") == "Website 2 (no name) has no domain name"
    assert note_in("手工写下的提示", "en") == "手工写下的提示"


def test_history_summaries_in_english() -> None:
    sites = [{"domains": ["a-demo.cn", "b-demo.cn"]}, {"domains": ["c-demo.cn"]}]
    assert summary_in("annex", summarize("annex", sites), "en") == "2 websites: a-demo.cn, b-demo.cn, c-demo.cn"
    assert summary_in("annex", summarize("annex", []), "en") == "(none)"
    assert summary_in("clauses", summarize("clauses", [{"children": []}]), "en") == "1 clause"
    assert summary_in("warnings", summarize("warnings", ["x", "y", "z"]), "en") == "3 items"
    assert summary_in("services", "信息服务业务", "en") == "信息服务业务"  # the license's own words
    assert summary_in("company", "3 条", "en") == "3 条"  # a value, not a summary
    assert summary_in("clauses", "3 条", "zh") == "3 条"
