"""The deadlines as an iCalendar file (RFC 5545): one all-day VEVENT per open obligation.

Each event carries a reminder (VALARM) some days before, and a UID made from the obligation's key,
so importing a newer export into the same calendar updates events instead of duplicating them.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any, Iterable

from licdesk.domain import deadlines as dl
from licdesk.exports.files import write_atomically
from licdesk.exports.tables import store_obligations

PRODUCT_ID = "-//licdesk//licdesk compliance calendar//ZH"
CALENDAR_NAME = "增值电信业务经营许可证期限"
DEFAULT_ALARM_DAYS = 7
_LINE_OCTETS = 75


def calendar_text(
    items: Iterable[dl.Obligation],
    *,
    stamp: _dt.datetime | None = None,
    alarm_days: int = DEFAULT_ALARM_DAYS,
) -> str:
    """The .ics text (CRLF line ends) for the obligations that are not done."""
    when = (stamp or _dt.datetime.now(_dt.timezone.utc)).astimezone(_dt.timezone.utc)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(CALENDAR_NAME)}",
    ]
    for item in items:
        if item.status != dl.DONE:
            lines += _event_lines(item, when, alarm_days)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def _event_lines(item: dl.Obligation, stamp: _dt.datetime, alarm_days: int) -> list[str]:
    summary = f"{item.title_zh}｜{item.number}"
    details = [
        f"公司：{item.company}",
        f"经营许可证编号：{item.number}",
        f"事项：{item.title_zh}",
        f"截止日期：{item.due.isoformat()}",
        f"规则：{item.rule}" + (f"（特别规定事项{item.source}）" if item.source else ""),
    ]
    if item.note:
        details.append(f"备注：{item.note}")
    details.append(item.title_en)
    return [
        "BEGIN:VEVENT",
        f"UID:{item.uid}",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{item.due:%Y%m%d}",
        f"DTEND;VALUE=DATE:{item.due + _dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape(summary)}",
        f"DESCRIPTION:{escape(chr(10).join(details))}",
        f"CATEGORIES:{escape(dl.KIND_NAMES[item.kind][0])}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape(summary)}",
        f"TRIGGER;RELATED=START:-P{max(alarm_days, 0)}D",
        "END:VALARM",
        "END:VEVENT",
    ]


def escape(text: str) -> str:
    """TEXT value escaping of RFC 5545 §3.3.11."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, never splitting a UTF-8 character."""
    pieces: list[str] = []
    current, size = "", 0
    limit = _LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
            limit = _LINE_OCTETS - 1  # continuation lines start with one space
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def write_calendar(items: Iterable[dl.Obligation], path: str | Path, **options: Any) -> Path:
    text = calendar_text(items, **options)
    return write_atomically(path, lambda tmp: tmp.write_bytes(text.encode("utf-8")))


def write_ics(store: Any, path: str | Path, today: _dt.date | None = None,
              window_days: int = dl.DEFAULT_WINDOW_DAYS) -> Path:
    """Every open obligation of every license in the store, as a calendar file."""
    items = store_obligations(store, today or _dt.date.today(), window_days)
    return write_calendar(items, path)
