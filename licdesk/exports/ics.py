"""The deadlines as an iCalendar file (RFC 5545): one all-day VEVENT per open obligation.

Each event carries a reminder (VALARM) some days before, and a UID made from the obligation's key,
so importing a newer export into the same calendar updates events instead of duplicating them.
The file is written by the icalendar library: every value is escaped and every line folded as the
RFC says (a company name with a bare CR cannot start a new event), and control characters are
removed from the text before it goes in.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any, Iterable

from licdesk.domain import deadlines as dl
from licdesk.exports.files import write_atomically
from licdesk.exports.tables import store_obligations
from licdesk.store.hygiene import clean_block, clean_line

PRODUCT_ID = "-//licdesk//licdesk compliance calendar//ZH"
CALENDAR_NAME = "增值电信业务经营许可证期限"
CALENDAR_NAME_EN = "Value-added telecom license deadlines"
# The words of an event's description, Chinese and English (the desk passes the interface's language).
_LABELS = {
    "zh": {"company": "公司：", "number": "经营许可证编号：", "item": "事项：", "due": "截止日期：", "rule": "规则：",
           "clause": "（特别规定事项{}）", "note": "备注：", "sep": "｜"},
    "en": {"company": "Company: ", "number": "License number: ", "item": "Obligation: ", "due": "Due date: ",
           "rule": "Rule: ", "clause": " (special provision {})", "note": "Note: ", "sep": " | "},
}
DEFAULT_ALARM_DAYS = 7


def calendar_text(
    items: Iterable[dl.Obligation],
    *,
    stamp: _dt.datetime | None = None,
    alarm_days: int = DEFAULT_ALARM_DAYS,
    language: str = "zh",
) -> str:
    """The .ics text (CRLF line ends) for the obligations that are not done; `language` "en" writes the
    calendar's name, the titles and the descriptions in English."""
    language = "en" if language.startswith("en") else "zh"
    from icalendar import Calendar

    when = (stamp or _dt.datetime.now(_dt.timezone.utc)).astimezone(_dt.timezone.utc).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", CALENDAR_NAME_EN if language == "en" else CALENDAR_NAME)
    for item in items:
        if item.status != dl.DONE:
            calendar.add_component(_event(item, when, alarm_days, language))
    return calendar.to_ical().decode("utf-8")


def _event(item: dl.Obligation, stamp: _dt.datetime, alarm_days: int, language: str = "zh") -> Any:
    from icalendar import Alarm, Event

    words = _LABELS[language]
    number, company, title = clean_line(item.number), clean_line(item.company), clean_line(item.title(language))
    summary = f"{title}{words['sep']}{number}"
    details = [
        f"{words['company']}{company}",
        f"{words['number']}{number}",
        f"{words['item']}{title}",
        f"{words['due']}{item.due.isoformat()}",
        f"{words['rule']}{clean_line(item.rule)}" + (words["clause"].format(clean_line(item.source)) if item.source
                                                     else ""),
    ]
    if item.note:
        details.append(f"{words['note']}{clean_block(item.note)}")
    if language == "zh":
        details.append(clean_line(item.title_en))  # the English title under the Chinese, as before
    event = Event()
    event.add("uid", clean_line(item.uid))
    event.add("dtstamp", stamp)
    event.add("dtstart", item.due)
    event.add("dtend", item.due + _dt.timedelta(days=1))
    event.add("summary", summary)
    event.add("description", "\n".join(details))
    event.add("categories", [dl.KIND_NAMES[item.kind][1 if language == "en" else 0]])
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", -_dt.timedelta(days=max(alarm_days, 0)))
    event.add_component(alarm)
    return event


def write_calendar(items: Iterable[dl.Obligation], path: str | Path, **options: Any) -> Path:
    text = calendar_text(items, **options)
    return write_atomically(path, lambda tmp: tmp.write_bytes(text.encode("utf-8")))


def write_ics(store: Any, path: str | Path, today: _dt.date | None = None,
              window_days: int = dl.DEFAULT_WINDOW_DAYS) -> Path:
    """Every open obligation of every license in the store, as a calendar file."""
    items = store_obligations(store, today or _dt.date.today(), window_days)
    return write_calendar(items, path)
