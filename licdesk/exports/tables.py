"""The columns of the exported tables, shared by the Excel and CSV writers."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from licdesk.domain.status import STATUS_NAMES
from licdesk.domain import deadlines as dl


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]
    width: int | None = None  # characters; None = fit the content


def license_columns(today: _dt.date, language: str = "zh") -> list[Column]:
    """The library's columns; `language` "en" gives English headers and words (the desk's English interface)."""
    en = language.startswith("en")
    return _in(language, [
        Column("经营许可证编号", lambda lic: lic.number),
        Column("公司名称", lambda lic: lic.company),
        Column("法定代表人", lambda lic: lic.legal_representative),
        Column("类别", lambda lic: ("; " if en else "、").join(lic.categories)),
        Column("业务种类", lambda lic: ("; " if en else "；").join(s.name for s in lic.services), 40),
        Column("覆盖范围", lambda lic: ("; " if en else "；").join(s.coverage or "" for s in lic.services if s.coverage),
               30),
        Column("发证机关", lambda lic: lic.effective_issuer or ""),
        Column("发证日期", lambda lic: lic.issue_date),
        Column("有效期至", lambda lic: lic.expiry_date),
        Column("状态", lambda lic: STATUS_NAMES.get(lic.status(today), ("", ""))[1 if en else 0]),
        Column("网站域名", lambda lic: (", " if en else "、").join(lic.domains()), 40),
    ])


def deadline_columns(today: _dt.date, language: str = "zh") -> list[Column]:
    side = 1 if language.startswith("en") else 0
    return _in(language, [
        Column("状态", lambda o: dl.STATUS_NAMES[o.status][side]),
        Column("截止日期", lambda o: o.due),
        Column("剩余天数", lambda o: None if o.status == dl.DONE else o.days_left(today)),
        Column("经营许可证编号", lambda o: o.number),
        Column("公司名称", lambda o: o.company),
        Column("事项", lambda o: o.title(language), 50),
        Column("类别", lambda o: dl.KIND_NAMES[o.kind][side]),
        Column("规则", lambda o: o.rule),
        Column("依据条款", lambda o: o.source or ""),
        Column("年度", lambda o: o.year),
        Column("起始日期", lambda o: o.window_start),
        Column("完成日期", lambda o: o.done_on),
        Column("备注", lambda o: o.note or "", 30),
    ])


# The headers in English, for an export from the English interface (the Chinese ones are the source).
ENGLISH_HEADERS = {
    "经营许可证编号": "License number", "公司名称": "Company", "法定代表人": "Legal representative",
    "类别": "Category", "业务种类": "Services", "覆盖范围": "Coverage", "发证机关": "Issued by",
    "发证日期": "Issue date", "有效期至": "Valid until", "状态": "Status", "网站域名": "Website domains",
    "截止日期": "Due date", "剩余天数": "Days left", "事项": "Obligation", "规则": "Rule",
    "依据条款": "Clause", "年度": "Year", "起始日期": "Window opens", "完成日期": "Done on", "备注": "Note",
}


def _in(language: str, columns: list[Column]) -> list[Column]:
    if not language.startswith("en"):
        return columns
    return [Column(ENGLISH_HEADERS[c.header], c.value, c.width) for c in columns]


# A spreadsheet reads a cell that starts with one of these as a formula (or the start of one):
# =HYPERLINK(…) in a company name would run when the file is opened.  OWASP's rule: a leading quote.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: Any) -> Any:
    """A text value that a spreadsheet will show as text, never run: a formula start gets a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def rows(columns: list[Column], items: Iterable[Any]) -> Iterable[list[Any]]:
    """The cells of each item; text from the library is neutralised for spreadsheets."""
    for item in items:
        yield [neutralised(column.value(item)) for column in columns]


def store_obligations(store: Any, today: _dt.date, window_days: int = dl.DEFAULT_WINDOW_DAYS) -> list[dl.Obligation]:
    """Every tracked obligation of the library, open review findings with a due date included (the one list)."""
    from licdesk.services.obligations import store_obligations as tracked

    return tracked(store, today, window_days)

