"""licdesk team …: a team library's schema and roles, and moving licenses between it and files.

    licdesk team init --db postgresql://admin@host/db           the schema and the three roles
    licdesk team push FILE.sqlite3 --db postgresql://…           a clerk's file into the team library
    licdesk team snapshot --db postgresql://… -o FILE.sqlite3    the team library as a file, for offline work
    licdesk team restore FILE.sqlite3 --db postgresql://… --yes  an administrator replaces the content
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from licdesk.cli import EXIT_OK, UserError, add_db_option

if TYPE_CHECKING:
    from licdesk.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    help_text = "团队库 (PostgreSQL) 的管理 (team library on PostgreSQL)"
    parser = subparsers.add_parser("team", help=help_text, description=help_text)
    actions = parser.add_subparsers(dest="team_command", metavar="ACTION", parser_class=type(parser))

    def action(name: str, handler, help_text: str) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
        sub = actions.add_parser(name, help=help_text, description=help_text)
        add_db_option(sub)
        sub.set_defaults(handler=handler)
        return sub

    action("init", cmd_team_init,
           "由管理员运行：建立团队库的表结构和三个角色 licdesk_administrator / licdesk_clerk / licdesk_reader "
           "(run by an administrator: create the schema and the three roles)")
    push = action("push", cmd_team_push,
                  "把本机数据库文件中的许可证加入团队库；团队库已有的编号列出并跳过，不覆盖 "
                  "(add a file's licenses to the team library; numbers it has are listed and skipped)")
    push.add_argument("file", metavar="FILE", help="本机数据库文件 (.sqlite3)，只读打开")
    snapshot = action("snapshot", cmd_team_snapshot,
                      "把整个团队库写成一个离线副本文件，可在本机查看、打印和审查 "
                      "(write the whole team library to a file for offline work)")
    snapshot.add_argument("-o", "--output", metavar="FILE", required=True, help="离线副本文件 (.sqlite3)")
    snapshot.add_argument("--force", action="store_true", help="覆盖已有的文件 (replace an existing file)")
    restore = action("restore", cmd_team_restore,
                     "由管理员运行：用文件的内容替换团队库的全部内容 "
                     "(run by an administrator: replace the team library's content by a file's)")
    restore.add_argument("file", metavar="FILE", help="离线副本或备份文件 (.sqlite3)")
    restore.add_argument("--yes", action="store_true", help="确认替换 (confirm the replacement)")


def _team_url(args: argparse.Namespace, command: str) -> str:
    from licdesk.cli.core import team_library_given

    url = team_library_given(args)
    if not url:
        raise UserError(f"team {command} 需要团队库地址：--db postgresql://用户名@服务器:端口/数据库 "
                        f"(team {command} needs a team library: --db postgresql://user@host:port/dbname)")
    return url


def open_team(url: str) -> Store:
    from licdesk.cli.core import LOCK_WAIT_SECONDS
    from licdesk.store import Store, StoreError

    try:
        return Store.open(url, timeout=LOCK_WAIT_SECONDS)
    except StoreError as exc:
        raise UserError(str(exc)) from exc


def cmd_team_init(args: argparse.Namespace) -> int:
    import psycopg

    from licdesk.store import StoreError
    from licdesk.store.team.connect import connect
    from licdesk.store.team.location import TeamLibrary
    from licdesk.store.team.roles import ROLES, init_library

    url = _team_url(args, "init")
    try:
        library = TeamLibrary.parse(url)
        with connect(library) as connection:
            version = init_library(connection)
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    except psycopg.errors.InsufficientPrivilege as exc:
        raise UserError(f"只有团队库的管理员可以运行 team init；未作任何改动 "
                        f"(only an administrator of the server may run team init; nothing was changed): "
                        f"{library.describe()}") from exc
    print(f"团队库已就绪 (team library ready): {library.describe()}，结构版本 (schema) {version}，"
          f"角色 (roles) {', '.join(ROLES)}")
    return EXIT_OK


def cmd_team_push(args: argparse.Namespace) -> int:
    from licdesk.store import StoreError
    from licdesk.store.team.travel import PushReport, push_file

    url = _team_url(args, "push")
    report = PushReport()
    with open_team(url) as team:
        try:
            push_file(team, Path(args.file), report=report)
        except StoreError as exc:
            if not report.added and not report.skipped:
                raise UserError(str(exc)) from exc
            raise UserError(f"推送中断：{exc}；已加入 {len(report.added)} 份许可证，每份都完整；再次推送会跳过已加入的、"
                            f"加入其余的 (the push stopped; {len(report.added)} licenses were added whole; "
                            "push again to add the rest)") from exc
    for number in report.skipped:
        print(f"  已有，未覆盖 (already in the team library, not overwritten): {number}")
    print(f"已加入 {len(report.added)} 份许可证，跳过 {len(report.skipped)} 份（团队库中已有）：{team.path} "
          f"(added {len(report.added)}, skipped {len(report.skipped)} already there)")
    return EXIT_OK


def cmd_team_snapshot(args: argparse.Namespace) -> int:
    url = _team_url(args, "snapshot")
    made = write_snapshot(url, Path(args.output), force=args.force)
    print(f"已把团队库的 {made.license_count} 份许可证写入离线副本 {made.path} "
          f"(wrote the team library's {made.license_count} licenses to an offline copy)")
    return EXIT_OK


def write_snapshot(url: str, target: Path, *, force: bool = False):  # noqa: ANN201 - a travel.SnapshotResult
    from licdesk.store import StoreError
    from licdesk.store.team.travel import take_snapshot

    with open_team(url) as team:
        try:
            return take_snapshot(team, target, force=force)
        except StoreError as exc:
            raise UserError(str(exc)) from exc


def cmd_team_restore(args: argparse.Namespace) -> int:
    from licdesk.store import Store, StoreError
    from licdesk.store.team.travel import refuse_non_administrator, restore_snapshot

    url = _team_url(args, "restore")
    source = Path(args.file).expanduser()
    with open_team(url) as team:
        try:
            refuse_non_administrator(team)
            if not args.yes:
                with Store.open(source, readonly=True) as copy:
                    count = copy.count()
                raise UserError(f"这会用 {source} 中的 {count} 份许可证替换团队库 {team.path} 的全部内容（同事的修改也会被替换）；"
                                "确认请加 --yes；团队库未作任何改动 (this replaces the whole team library by the "
                                f"file's {count} licenses; add --yes to confirm; nothing was changed)")
            count = restore_snapshot(team, source)
        except StoreError as exc:
            raise UserError(str(exc)) from exc
    print(f"已用 {source} 替换团队库 {team.path} 的内容，现有 {count} 份许可证 "
          f"(the team library now holds the file's {count} licenses)")
    return EXIT_OK
