"""Closing subcommands: a license not continued, cancelled or replaced, and undoing that.

    licdesk close NUMBER --kind cancelled|not-continuing|replaced [--by NUMBER] [--date YYYY-MM-DD]
                  [--note TEXT] [--settle]
    licdesk reopen NUMBER

The same writes as the desk's 关闭许可证… and 重新启用 (licdesk.store.closures): one transaction each,
noted in the history.
"""

from __future__ import annotations

import argparse
import datetime as _dt

from licdesk.cli import EXIT_OK, UserError, add_db_option
from licdesk.cli.core import open_store
from licdesk.domain import closure as cl

KINDS = {"cancelled": cl.CANCELLED, "not-continuing": cl.NOT_CONTINUING, "replaced": cl.REPLACED}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("close", help="关闭许可证：不再续办、已注销或已换发新证 (close a license)",
                              description="关闭许可证：关闭日期之后不再为它生成事项 (close a license: no duties "
                                          "arise after the closing date)")
    add_db_option(p)
    p.set_defaults(handler=cmd_close)
    p.add_argument("number", metavar="NUMBER", help="许可证编号")
    p.add_argument("--kind", required=True, choices=tuple(KINDS),
                   help="cancelled 已注销 / not-continuing 不再续办 / replaced 已换发新证")
    p.add_argument("--by", metavar="NUMBER", help="换发的新许可证编号（--kind replaced 时必填）")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="关闭日期，省略时为今天 (default: today)")
    p.add_argument("--note", metavar="TEXT", help="备注")
    p.add_argument("--settle", action="store_true",
                   help="同时将此前未完成的事项标记为已免除 (also waive the duties still open before then)")

    p = subparsers.add_parser("reopen", help="重新启用已关闭的许可证 (reopen a closed license)",
                              description="撤销关闭：许可证重新产生年报、续办等事项 (undo a closing)")
    add_db_option(p)
    p.set_defaults(handler=cmd_reopen)
    p.add_argument("number", metavar="NUMBER", help="许可证编号")


def _date(text: str | None) -> _dt.date:
    if not text:
        return _dt.date.today()
    from licdesk.domain.dates import parse_typed_date

    day = parse_typed_date(text)
    if day is None:
        raise UserError(f"日期“{text}”格式不对，应为 YYYY-MM-DD (bad date '{text}', expected YYYY-MM-DD)")
    return day


def cmd_close(args: argparse.Namespace) -> int:
    from licdesk.store import closures

    kind = KINDS[args.kind]
    if kind == cl.REPLACED and not args.by:
        raise UserError("--kind replaced 需要 --by 新许可证编号 (--kind replaced needs --by NUMBER)")
    if kind != cl.REPLACED and args.by:
        raise UserError("--by 只用于 --kind replaced (--by goes with --kind replaced only)")
    day = _date(args.date)
    with open_store(args, writes=True) as store:
        done = closures.close_license(store, args.number, kind, day, replaced_by=args.by,
                                      note=args.note, settles_open=args.settle)
    print(f"已关闭：{done.number} {closures.history_text(done)} (closed)")
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace) -> int:
    from licdesk.store import closures

    with open_store(args, writes=True) as store:
        undone = closures.reopen_license(store, args.number)
    print(f"已重新启用：{undone.number} (reopened)")
    return EXIT_OK
