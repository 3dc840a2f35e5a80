"""`licdesk due`: what is overdue or due soon, for every license in the database.

Also plugs the Excel and calendar writers into `licdesk export --format xlsx|ics`.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from typing import TYPE_CHECKING

from licdesk.cli import EXIT_OK, UserError, add_db_option
from licdesk.domain import deadlines as dl
from licdesk.domain.holidays import HolidayTable, HolidayTableError, parse_holiday_table
from licdesk.domain.model import License

if TYPE_CHECKING:
    from licdesk.store.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    from licdesk.cli import core

    help_text = "列出逾期和即将到期的合规事项：续办、年报、变更备案等 (list overdue and upcoming deadlines)"
    parser = subparsers.add_parser("due", help=help_text, description=help_text)
    add_db_option(parser)
    core.add_today_option(parser)
    parser.add_argument("--within", metavar="DAYS", type=_days, default=dl.DEFAULT_WINDOW_DAYS,
                        help=f"提前提醒天数，默认 {dl.DEFAULT_WINDOW_DAYS} (list what falls due within DAYS)")
    parser.add_argument("--all", action="store_true",
                        help="同时列出较远的和已完成的事项 (also list later and done obligations)")
    parser.add_argument("--holidays", metavar="FILE",
                        help="节假日表：每行一个日期和“休”或“班” (holiday table: one date a line, 休 or 班)")
    parser.add_argument("--json", action="store_true", help="输出 JSON (print JSON)")
    parser.set_defaults(handler=cmd_due)
    core.EXPORT_FORMATS.setdefault("xlsx", xlsx_bytes)
    core.EXPORT_FORMATS.setdefault("ics", ics_bytes)


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是天数 (not a number of days)") from None
    if not 0 <= value <= 3660:
        raise argparse.ArgumentTypeError(f"天数应在 0 到 3660 之间：{text} (days must be 0–3660)")
    return value


def cmd_due(args: argparse.Namespace) -> int:
    from licdesk.cli import core

    today = core.today_of(args)
    holidays = _read_holidays(args.holidays) if args.holidays else None
    from licdesk.services.obligations import store_obligations

    with core.open_store(args) as store:
        items = store_obligations(store, today, args.within, holidays)
    if not args.all:
        items = dl.needs_attention(items)
    if args.json:
        json.dump([o.to_dict() for o in items], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(describe(items, today, args.within, args.all))
    return EXIT_OK


def describe(items: list[dl.Obligation], today: _dt.date, within: int, everything: bool) -> str:
    """A readable Chinese table, with a one-line summary under it."""
    from licdesk.cli.core import table

    if not items:
        scope = "" if everything else f"逾期或 {within} 天内到期的"
        return f"截至 {today.isoformat()}，没有{scope}合规事项。\n"
    body = [[
        dl.STATUS_NAMES[o.status][0], o.due.isoformat(), _days_left(o, today), o.number, o.company, o.title_zh,
    ] for o in items]
    overdue = sum(o.status == dl.OVERDUE for o in items)
    soon = sum(o.status == dl.DUE_SOON for o in items)
    summary = f"截至 {today.isoformat()}：已逾期 {overdue} 项，{within} 天内到期 {soon} 项。"
    return table(["状态", "截止日期", "剩余", "许可证编号", "公司", "事项"], body) + "\n" + summary + "\n"


def _days_left(item: dl.Obligation, today: _dt.date) -> str:
    if item.status == dl.DONE:
        return ""
    left = item.days_left(today)
    if left < 0:
        return f"逾期{-left}天"
    return "今天" if left == 0 else f"{left}天"


def _read_holidays(name: str) -> HolidayTable:
    from licdesk.cli.core import read_input

    data = read_input(name)
    try:
        return parse_holiday_table(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UserError(f"节假日表应为 UTF-8 文本：{name} (the holiday table must be UTF-8 text)") from None
    except HolidayTableError as exc:
        raise UserError(f"{name}：{exc}") from None


# -- export formats (writer(licenses, today, store) -> bytes, as `licdesk export` expects) --------
def xlsx_bytes(licenses: list[License], today: _dt.date, store: Store) -> bytes:
    """The library and its deadlines (the same list as `licdesk due --all`) as an Excel workbook."""
    from licdesk.services.exporting import export_bytes

    return export_bytes("xlsx", licenses, today, store)


def ics_bytes(licenses: list[License], today: _dt.date, store: Store) -> bytes:
    """The open deadlines (the same list as `licdesk due --all`) as an iCalendar file."""
    from licdesk.services.exporting import export_bytes

    return export_bytes("ics", licenses, today, store)

