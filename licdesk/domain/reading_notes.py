"""The reader's notes on a license text (License.warnings), each a code with its arguments, in two languages.

    text = note("unplaced_line", line=12, text="司(局)负责人")   # the stored form: Chinese, as ever
    note_in(text, "en")   # "Line 12 was not recognised and was skipped: 司(局)负责人"

A license keeps its notes as the Chinese sentences the reader wrote (the database has held them so from
the start), so one catalogue both writes them and reads them back: `read_note` finds the code and the
arguments of a stored sentence by its template, and `note_in` says it in the interface's language.  A
sentence no template matches (written by an older reader, or typed) is shown as it is.  The arguments are
the license's own text and stay as written; only the words the reader itself put in (a field's name, the
number of pages) are translated.  No Qt: the interface passes its language, as for the check findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class NoteTemplate:
    code: str
    zh: str  # with {name} places for the arguments
    en: str


TEMPLATES: tuple[NoteTemplate, ...] = (
    # the reader
    NoteTemplate("unplaced_line", "第{line}行未能识别，已略过：{text}",
                 "Line {line} was not recognised and was skipped: {text}"),
    NoteTemplate("number_from_header", "未找到“经营许可证编号”一栏，编号取自第{line}行的页眉：{number}",
                 "No “License number” field was found; the number was taken from the page header on line {line}: "
                 "{number}"),
    NoteTemplate("number_digits_mended", "编号中被读作字母的数字已改正：{raw} → {mended}",
                 "Digits read as letters in the number were corrected: {raw} → {mended}"),
    NoteTemplate("number_unknown_form", "许可证编号“{number}”的格式无法识别，已按原样保留",
                 "The license number “{number}” is in no known form; it was kept as written"),
    NoteTemplate("header_number_differs", "第{line}行页眉的编号 {seen} 与许可证编号 {number} 不一致",
                 "The number {seen} in the page header on line {line} differs from the license number {number}"),
    NoteTemplate("company_from_annex", "未找到“公司名称”一栏，公司名称取自附页标题：{company}",
                 "No “Company name” field was found; the company name was taken from the annex heading: {company}"),
    NoteTemplate("first_clause_unnumbered", "第{line}行紧接引言却没有条款编号（可能是扫描时丢失），已按第一条读入，请核对",
                 "Line {line} follows the introduction but carries no clause number (a scan may have lost it); "
                 "it was read as the first clause, please check it"),
    # page furniture
    NoteTemplate("repeated_furniture", "“{text}”在第{line}行起的各页反复出现（{count}处），视为页眉页脚，已从正文中略去",
                 "“{text}” recurs on the pages from line {line} on ({count} times): taken as a page header or "
                 "footer and left out of the text"),
    NoteTemplate("electronic_mark", "第{line}行“{text}”是电子许可证的页面标注，已从正文中略去",
                 "Line {line} “{text}” is a page mark of an electronic license and was left out of the text"),
    # the plausibility checks
    NoteTemplate("company_not_organisation", "公司名称“{company}”看起来不像单位名称，请核对",
                 "The company name “{company}” does not look like the name of an organisation; please check it"),
    NoteTemplate("company_has_number", "公司名称“{company}”中含有日期或号码，请核对",
                 "The company name “{company}” contains a date or a number; please check it"),
    NoteTemplate("issuer_unknown", "发证机关“{issuer}”不是通信管理局或工业和信息化部，请核对",
                 "The issuing authority “{issuer}” is neither a communications administration nor the ministry; "
                 "please check it"),
    NoteTemplate("service_unknown", "业务种类“{service}”不在《电信业务分类目录》中，请核对",
                 "The business type “{service}” is not in the telecom services catalogue; please check it"),
    NoteTemplate("person_unlikely", "法定代表人“{person}”不像人名，请核对",
                 "The legal representative “{person}” does not look like a person's name; please check it"),
    NoteTemplate("coverage_not_regions", "{service}的覆盖范围“{coverage}”不是地区的列表，请核对",
                 "The coverage “{coverage}” of {service} is not a list of regions; please check it"),
    NoteTemplate("domain_invalid", "第{site}个网站的网站域名“{domain}”不是有效的主机名，请核对",
                 "The domain “{domain}” of website {site} is not a valid host name; please check it"),
    NoteTemplate("site_without_domain", "第{site}个网站（{name}）没有网站域名",
                 "Website {site} ({name}) has no domain name"),
    NoteTemplate("date_invalid", "{field}“{raw}”不是有效的日期", "{field} “{raw}” is not a valid date"),
    NoteTemplate("expiry_not_after_issue", "有效期至 {expiry} 不晚于发证日期 {issue}，请核对",
                 "The expiry date {expiry} is not after the issue date {issue}; please check it"),
    # a scan
    NoteTemplate("low_confidence", "识别置信度较低，请核对：{field}（第{line}行，置信度 {confidence}）",
                 "Low recognition confidence, please check: {field} (line {line}, confidence {confidence})"),
    # the license number (licdesk.domain.numbers)
    NoteTemplate("number_letter_l", "编号中的字母“l”被读作数字“1”：{raw} → {mended}",
                 "The letter “l” in the number was read as the digit “1”: {raw} → {mended}"),
    NoteTemplate("number_rare_prefix", "省份简称“{prefix}”不常用，按“{read_as}”处理",
                 "The province prefix “{prefix}” is unusual; it was read as “{read_as}”"),
    NoteTemplate("number_odd_year", "编号中的年份 {year} 不合常理", "The year {year} in the number is implausible"),
    NoteTemplate("number_site_suffix", "编号带有网站序号后缀（备案号形式），已保留原样",
                 "The number carries a website suffix (the ICP filing form); it was kept as written"),
    NoteTemplate("number_annotation", "编号带有附注 {note}，已保留原样",
                 "The number carries an annotation {note}; it was kept as written"),
    NoteTemplate("number_class_a", "编号为基础电信业务（A类）许可证", "The number is that of a basic telecom (class A) license"),
    NoteTemplate("number_legacy", "旧式编号，已按原样保留", "A number of the old form, kept as written"),
)
BY_CODE = {template.code: template for template in TEMPLATES}

# The reader's own words inside a note (a field's name, a placeholder), not the license's text.
_WORDS_EN = {
    "许可证编号": "License number", "经营许可证编号": "License number", "公司名称": "Company name",
    "法定代表人": "Legal representative", "发证日期": "Issue date", "有效期至": "Expiry date", "无名称": "no name",
}


def note(code: str, **arguments: object) -> str:
    """The stored (Chinese) sentence of the note `code` with its arguments."""
    return BY_CODE[code].zh.format(**{name: str(value) for name, value in arguments.items()})


def english(code: str, arguments: dict[str, str]) -> str:
    words = {name: _WORDS_EN.get(value, value) for name, value in arguments.items()}
    return BY_CODE[code].en.format(**words)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    compiled = []
    for template in TEMPLATES:
        parts = re.split(r"\{(\w+)\}", template.zh)
        pattern = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
        compiled.append((re.compile(f"^{pattern}$", re.DOTALL), template.code))
    return tuple(compiled)


def read_note(text: str) -> tuple[str, dict[str, str]] | None:
    """The code and arguments of a stored note; None for a sentence no template matches."""
    for pattern, code in _patterns():
        match = pattern.match(text)
        if match:
            return code, match.groupdict()
    return None


def note_in(text: str, language: str) -> str:
    """The stored note `text` in `language` ("zh" or "en"); a sentence no template matches, as it is."""
    if language != "en":
        return text
    found = read_note(text)
    return english(*found) if found else text
