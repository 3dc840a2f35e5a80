"""Data-safety subcommands: backup, backups, restore, check.

    licdesk backup [-o FILE]          a consistent copy (default: into backups/ beside the database; a team
                                      library's: a portable snapshot in licdesk's backups/team-… folder)
    licdesk backups [--json]          the backups there: date, licenses, size, why
    licdesk restore FILE              put a backup in place; the current file is kept as a backup first
    licdesk check [--json] [--rebuild-index]   exit 0 when sound, 2 when there are problems
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from licdesk.cli import EXIT_BAD_INPUT, EXIT_OK, UserError, add_db_option
from licdesk.cli.core import database_path, open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    def command(name: str, handler, help_text: str) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
        parser = subparsers.add_parser(name, help=help_text, description=help_text)
        add_db_option(parser)
        parser.set_defaults(handler=handler)
        return parser

    p = command("backup", cmd_backup, "备份数据库 (back up the database)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="备份到此文件或文件夹；省略时放入数据库旁的 backups 文件夹 (default: the backups folder)")

    p = command("backups", cmd_backups, "列出数据库旁 backups 文件夹中的备份 (list the backups)")
    p.add_argument("--json", action="store_true", help="输出 JSON (print JSON)")

    p = command("restore", cmd_restore, "从备份恢复数据库；当前数据库先另存为备份 (restore a backup)")
    p.add_argument("file", metavar="FILE", help="备份文件 (.sqlite3)")

    p = command("check", cmd_check, "检查数据库：完整性、搜索索引、每份许可证 (check the database)")
    p.add_argument("--json", action="store_true", help="输出 JSON (print JSON)")
    p.add_argument("--rebuild-index", action="store_true",
                   help="搜索索引有问题或已损坏时重建它，先自动备份 (rebuild the search index when it is out of step "
                        "or damaged, after a backup)")
    p.add_argument("--repair", action="store_true",
                   help="移除不属于 licdesk 的表、视图、触发器并重建有问题的搜索索引，先自动备份 "
                        "(drop tables, views and triggers licdesk did not make and rebuild a broken index, after a backup)")


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def cmd_backup(args: argparse.Namespace) -> int:
    from licdesk.cli.core import team_library_given
    from licdesk.store import StoreError
    from licdesk.store.backups import MANUAL, create_backup, inspect_database

    url = team_library_given(args)
    if url:
        return _back_up_team_library(url, args.output)
    db = database_path(args)
    try:
        made = create_backup(db, MANUAL, target=args.output)
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    count = inspect_database(made).license_count
    print(f"已备份 {count} 份许可证到 {made} (backed up {count} licenses)")
    return EXIT_OK


def _back_up_team_library(url: str, output: str | None) -> int:
    """A team library's backup is a portable snapshot (a licdesk file that opens offline); the server's own
    backups (pg_dump) stay the administrator's, and so does putting one back (licdesk team restore)."""
    import datetime as _dt

    from licdesk.cli.team import write_snapshot
    from licdesk.store.team.location import TeamLibrary

    now = _dt.datetime.now()
    name = f"licdesk-{now.strftime('%Y%m%d-%H%M%S')}-{now.microsecond // 1000:03d}-team.sqlite3"
    if output is None:
        target = team_backup_folder(TeamLibrary.parse(url)) / name
    else:
        target = Path(output).expanduser()
        target = target / name if target.is_dir() else target
    made = write_snapshot(url, target)
    print(f"已把团队库的 {made.license_count} 份许可证备份到 {made.path} (backed up {made.license_count} licenses "
          "as a portable copy; restoring one into the team library is an administrator's: licdesk team restore)")
    return EXIT_OK


def team_backup_folder(library) -> Path:  # noqa: ANN001 - a TeamLibrary
    """backups/team-<server>-<database> in licdesk's data folder: a folder of its own per team library, apart
    from the backups of the clerk's own file."""
    import re

    from platformdirs import user_data_dir

    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{library.host}-{library.database}").strip("-.") or "library"
    return Path(user_data_dir("licdesk", appauthor=False)) / "backups" / f"team-{slug[:80]}"


def cmd_backups(args: argparse.Namespace) -> int:
    from licdesk.cli.core import table
    from licdesk.store.backups import backup_folder, list_backups

    db = database_path(args)
    found = list_backups(db)
    if args.json:
        print(json.dumps([{"path": str(b.path), "created_at": b.created_at.isoformat(),
                           "license_count": b.license_count, "size": b.size, "reason": b.reason}
                          for b in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print(f"还没有备份：{backup_folder(db)} (no backups yet)")
        return EXIT_OK
    body = [[b.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
             "无法读取" if b.license_count is None else str(b.license_count),
             size_text(b.size), b.reason_label, b.path.name] for b in found]
    print(table(["备份时间", "许可证", "大小", "原因", "文件"], body))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from licdesk.store import StoreError
    from licdesk.store.backups import restore_backup

    db = database_path(args)
    backup = Path(args.file).expanduser()
    try:
        result = restore_backup(db, backup)
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    print(f"已从 {result.restored_from} 恢复 {result.license_count} 份许可证到 {db} "
          f"(restored {result.license_count} licenses)")
    if result.previous is not None:
        print(f"恢复前的数据库已另存为 {result.previous} (the previous database was kept there)")
    # Opening it brings an older backup up to this licdesk's schema, and shows it opens.
    with open_store(args, writes=True):
        pass
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    fixing = args.rebuild_index or args.repair
    # A file with objects licdesk did not make is opened here (and only here) to report and remove them.
    with open_store(args, writes=fixing, refuse_unexpected_schema=False) as store:
        report = store.check_database()
        rebuilt = removed = False
        if args.repair and report.schema_needs_repair:
            store.remove_unexpected_schema()
            removed = True
        if fixing and report.search_needs_rebuild:
            store.rebuild_search_index()
            rebuilt = True
        if rebuilt or removed:
            report = store.check_database()
    if args.json:
        print(json.dumps({**report.to_dict(), "search_index_rebuilt": rebuilt, "unexpected_schema_removed": removed},
                         ensure_ascii=False, indent=2))
    else:
        if removed:
            print("已移除不属于 licdesk 的表、视图或触发器（之前已自动备份）(removed what licdesk did not make)\n")
        if rebuilt:
            print("已重建搜索索引（之前已自动备份）(the search index was rebuilt)\n")
        print(report.text(), end="")
    return EXIT_OK if report.sound else EXIT_BAD_INPUT
