"""The core subcommands: parse, import, list, show, export, delete, undelete, trash.

Each handler returns the exit code; expected problems (a file that is not a license, a locked
database, an unknown number) become a UserError: one line on stderr, exit 2, nothing changed.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import sys
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

from licdesk.domain.status import STATUS_NAMES
from licdesk.cli import EXIT_BAD_INPUT, EXIT_OK, UserError, add_db_option
from licdesk.domain.dates import format_cn_date
from licdesk.domain.model import License
from licdesk.domain.validation import ERROR, Finding

if TYPE_CHECKING:
    from licdesk.store import LicenseSummary, Store

# How long a command waits for another licdesk window to finish writing before saying so.
LOCK_WAIT_SECONDS = 5.0

STATUS_ZH = {status: names[0] for status, names in STATUS_NAMES.items()}


def closure_name(kind: str) -> str:
    from licdesk.domain.closure import kind_name

    return kind_name(kind)
LEVEL_ZH = {ERROR: "错误", "warning": "提示"}

# Export formats: name → writer(licenses in number order, today, the open store) → the file's bytes.
# Other areas add theirs here from their own register() (e.g. EXPORT_FORMATS["xlsx"] = write_xlsx);
# the --format option reads this dict when the command line is parsed.  A writer that needs more
# than the licenses (the deadlines read the review rounds too) reads it from the store.
ExportWriter = Callable[[list[License], _dt.date, Any], bytes]
EXPORT_FORMATS: dict[str, ExportWriter] = {}


def register(subparsers: argparse._SubParsersAction) -> None:
    def command(name: str, handler: Callable[[argparse.Namespace], int], help_text: str,
                with_db: bool = True) -> argparse.ArgumentParser:
        parser = subparsers.add_parser(name, help=help_text, description=help_text)
        if with_db:
            add_db_option(parser)
        parser.set_defaults(handler=handler)
        return parser

    p = command("parse", cmd_parse, "读取许可证文本并显示内容，不写入数据库 (read a license text; no database)",
                with_db=False)
    p.add_argument("file", metavar="FILE", help="许可证文本文件 (.txt)；- 表示标准输入")
    p.add_argument("--json", action="store_true", help="输出 JSON (print the schema JSON)")

    p = command("import", cmd_import, "导入许可证文本到数据库 (import license texts)")
    p.add_argument("files", metavar="FILE", nargs="+", help="许可证文本文件 (.txt)")
    p.add_argument("--replace", action="store_true", help="覆盖已存在的同编号许可证 (replace existing licenses)")

    p = command("list", cmd_list, "列出许可证 (list licenses)")
    p.add_argument("--status", choices=("valid", "expiring", "expired", "unknown", "closed"),
                   help="按状态筛选：valid 有效 / expiring 即将到期 / expired 已过期 / unknown 未知 / closed 已关闭")
    p.add_argument("--search", metavar="Q", help="全文搜索：编号、公司、法定代表人、网站、域名、特别规定事项")
    p.add_argument("--json", action="store_true", help="输出 JSON (print JSON)")
    add_today_option(p)

    p = command("show", cmd_show, "显示一份许可证的全部内容 (show one license)")
    p.add_argument("number", metavar="NUMBER", help="经营许可证编号，如 京B2-20192917")
    p.add_argument("--json", action="store_true", help="输出 JSON (print the schema JSON)")
    add_today_option(p)

    p = command("export", cmd_export, "导出全部许可证 (export every license)")
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS, metavar="FORMAT",
                   help="导出格式 (format): %(choices)s")
    p.add_argument("-o", "--output", metavar="FILE", default="-", help="输出文件；- 或省略表示标准输出")
    add_today_option(p)

    p = command("delete", cmd_delete, "把许可证移到回收站 (move a license to the trash)")
    p.add_argument("number", metavar="NUMBER")

    p = command("undelete", cmd_undelete, "从回收站恢复许可证 (restore a license from the trash)")
    p.add_argument("number", metavar="NUMBER")

    p = command("trash", cmd_trash, "列出回收站中的许可证 (list the licenses in the trash)")
    p.add_argument("--json", action="store_true", help="输出 JSON (print JSON)")


def add_today_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="按此日期计算状态 (status as of this date)")


# -- shared helpers -----------------------------------------------------------------------------
def team_library_given(args: argparse.Namespace) -> str:
    """The postgresql:// URL named by --db or LICDESK_DB, or '' when the library is a file."""
    from licdesk.store.team.location import is_team_url

    given = getattr(args, "db", None) or os.environ.get("LICDESK_DB", "")
    return given if is_team_url(given) else ""


def refuse_team_library(args: argparse.Namespace) -> None:
    """For the commands of files alone (backups, restore, the review window): a team library is checked
    (address, server, database, user) and then refused with one line; its backups are the server's."""
    url = team_library_given(args)
    if not url:
        return
    from licdesk.store import StoreError
    from licdesk.store.team.connect import connect
    from licdesk.store.team.location import TeamLibrary

    try:
        library = TeamLibrary.parse(url)
        connect(library).close()
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    raise UserError(f"已连接团队库 {library.describe()}，但此命令只用于数据库文件（团队库的备份由服务器管理员负责）；"
                    "团队库未作任何改动 (connected, but this command works on database files only; a team library's "
                    "backups are the server's; nothing was changed)")


def database_path(args: argparse.Namespace) -> Path:
    refuse_team_library(args)
    given = getattr(args, "db", None)
    if given:
        return Path(given).expanduser()
    from licdesk.paths import default_database_path

    return default_database_path()


@contextmanager
def open_store(args: argparse.Namespace, *, writes: bool = False,
               refuse_unexpected_schema: bool = True) -> Iterator["Store"]:
    """The database for this command; its problems become UserError (one line, exit 2).

    A command that writes (`writes=True`) takes the instance lock, as the desk does: while another
    licdesk edits the file, or a restore replaces it, the command is refused before it changes anything.
    A team library (postgresql://…) is opened on its server; there the server lets writers take turns.
    """
    from licdesk.store import DatabaseInUseError, Store, StoreError

    url = team_library_given(args)
    path: Path | str = url or database_path(args)
    try:
        store = Store.open(url, timeout=LOCK_WAIT_SECONDS) if url else \
            Store.open(path, timeout=LOCK_WAIT_SECONDS, lock=writes, refuse_unexpected_schema=refuse_unexpected_schema)
    except DatabaseInUseError as exc:
        who = exc.holder.describe() if exc.holder else "另一个 licdesk"
        raise UserError(f"数据库正由 {who} 打开并在编辑，请先关闭它再运行此命令；数据库未作任何改动：{path} "
                        "(another licdesk has the database open for editing; close it first; nothing was changed)") \
            from exc
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    try:
        yield store
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    finally:
        store.close()


def today_of(args: argparse.Namespace) -> _dt.date:
    text = getattr(args, "today", None)
    if not text:
        return _dt.date.today()
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"日期“{text}”格式不对，应为 YYYY-MM-DD (bad date '{text}', expected YYYY-MM-DD)") from None


def read_input(name: str) -> bytes:
    """The bytes of a file (or standard input for -); unreadable files become one clear line."""
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"找不到文件：{name} (file not found)") from None
    except IsADirectoryError:
        raise UserError(f"这是一个文件夹，不是文件：{name} (this is a folder, not a file)") from None
    except PermissionError:
        raise UserError(f"没有权限读取文件：{name} (permission denied)") from None
    except OSError as exc:
        raise UserError(f"无法读取文件：{name} ({exc.strerror or exc})") from None


def parse_license(name: str) -> License:
    """A license from a text file, a PDF, or a scan (PNG, JPEG, TIFF, scanned PDF) read by OCR."""
    from licdesk.importer import NotALicenseError, read_license
    from licdesk.importer.pdf_text import ScanNeedsOcrError

    data = read_input(name)
    try:
        try:
            return read_license(data, source=name)
        except ScanNeedsOcrError:
            from licdesk.importer import ocr  # the engine loads only for scans; without it, its install hint

            lic, _result = ocr.read_scan(data, source=name)
            return lic
    except NotALicenseError as exc:
        raise UserError(f"{name}：{exc}") from None


def display_width(text: str) -> int:
    """Columns a terminal gives `text`: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def visible(text: str) -> str:
    """Text from the library as a terminal should show it: control and bidi characters as escapes."""
    from licdesk.store.hygiene import visible as shown

    return shown(text)


def table(headers: list[str], body: list[list[str]]) -> str:
    body = [[visible(cell) for cell in row] for row in body]
    widths = [max(display_width(r[i]) for r in [headers, *body]) for i in range(len(headers))]
    lines = ["  ".join(pad(cell, widths[i]) for i, cell in enumerate(row)).rstrip() for row in [headers, *body]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# -- parse ------------------------------------------------------------------------------------
def cmd_parse(args: argparse.Namespace) -> int:
    lic = parse_license(args.file)
    if args.json:
        print(json.dumps(lic.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(describe(lic))
    return EXIT_OK


def describe(lic: License) -> str:
    """A short readable account of a license, in Chinese."""
    lines = [
        f"经营许可证编号：{lic.number}",
        f"公司名称：{lic.company}",
        f"法定代表人：{lic.legal_representative}",
        "业务种类：",
        *(f"  - {s.name}" + (f"（覆盖范围：{s.coverage}）" if s.coverage else "") for s in lic.services),
        f"发证机关：{lic.effective_issuer or ''}",
        f"发证日期：{format_cn_date(lic.issue_date)}",
        f"有效期至：{format_cn_date(lic.expiry_date)}",
        f"网站：{len(lic.annex)} 个（域名 {len(lic.domains())} 个）",
        f"特别规定事项：{sum(1 for _ in lic.walk_clauses())} 条（其中一级 {len(lic.clauses)} 条）",
    ]
    if lic.inspections:
        lines.append(f"年检/年报记录：{len(lic.inspections)} 条")
    if lic.warnings:
        lines.append(f"读取提示：{len(lic.warnings)} 条")
        lines += [f"  ! {w}" for w in lic.warnings]
    return "\n".join(visible(line) for line in lines)


# -- import -----------------------------------------------------------------------------------
def cmd_import(args: argparse.Namespace) -> int:
    from licdesk.services import importing

    not_imported = 0
    with open_store(args, writes=True) as store:
        if len(args.files) > 1 and store.keeps_file_backups and (store.count() or store.list_trash()):
            store.automatic_backup("import")  # a batch can change many licenses at once: keep the way back
        for name in args.files:
            try:
                lic = parse_license(name)
            except UserError as exc:
                print(f"{name}：失败：{str(exc).removeprefix(f'{name}：')}")
                not_imported += 1
                continue
            error = importing.first_error(lic)
            if error:
                print(f"{name}：失败：{error}")
                not_imported += 1
                continue
            outcome = importing.save_license(store, lic, name, replace=args.replace)
            if outcome.status == importing.DUPLICATE:
                where = "于回收站中，" if outcome.in_trash else "，"
                print(f"{name}：已跳过（{visible(lic.number)} 已存在{where}使用 --replace 覆盖）")
            elif outcome.status == importing.FAILED:
                print(f"{name}：失败：{outcome.detail}")
            else:
                done = "已更新" if outcome.status == importing.UPDATED else "已导入"
                print(f"{name}：{done} {visible(lic.number)} {visible(lic.company)}")
                continue
            not_imported += 1
    if not_imported:
        print(f"licdesk: {not_imported} 个文件未导入 ({not_imported} file(s) not imported)", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


# -- list ---------------------------------------------------------------------------------------
def cmd_list(args: argparse.Namespace) -> int:
    today = today_of(args)
    with open_store(args) as store:
        rows = store.summaries(status=args.status, search=args.search, today=today)
    if args.json:
        print(json.dumps([summary_dict(s) for s in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("没有符合条件的许可证 (no licenses match)")
        return EXIT_OK
    body = [[s.number, s.company, "、".join(s.categories), s.expiry_date.isoformat() if s.expiry_date else "",
             closure_name(s.closure) if s.closure else STATUS_ZH.get(s.status, s.status)] for s in rows]
    print(table(["编号", "公司名称", "类别", "有效期至", "状态"], body))
    print(f"共 {len(rows)} 份")
    return EXIT_OK


def summary_dict(summary: "LicenseSummary") -> dict[str, object]:
    return {
        "number": summary.number,
        "company": summary.company,
        "legal_representative": summary.legal_representative,
        "categories": list(summary.categories),
        "services": list(summary.services),
        "issue_date": summary.issue_date.isoformat() if summary.issue_date else None,
        "expiry_date": summary.expiry_date.isoformat() if summary.expiry_date else None,
        "status": summary.status,
        **({"closure": summary.closure} if summary.closure else {}),  # closed: how (licdesk.domain.closure)
    }


# -- show ---------------------------------------------------------------------------------------
def cmd_show(args: argparse.Namespace) -> int:
    today = today_of(args)
    with open_store(args) as store:
        lic = store.load(args.number)
        if lic is None:
            if store.in_trash(args.number):
                raise UserError(f"许可证 {args.number} 在回收站中，可用 licdesk undelete 恢复 "
                                f"(license {args.number} is in the trash; licdesk undelete restores it)")
            raise UserError(f"没有编号为 {args.number} 的许可证 (no license numbered {args.number})")
        findings = store.findings(lic)
        from licdesk.store.closures import closure, history_text

        closed = closure(store, lic.number)
    if args.json:
        print(json.dumps(lic.to_dict(), ensure_ascii=False, indent=2))
        return EXIT_OK
    text = describe_full(lic, today, findings)
    print(text if closed is None else text.replace("\n状态：", f"\n已关闭：{history_text(closed)}\n状态：", 1))
    return EXIT_OK


def describe_full(lic: License, today: _dt.date, findings: list[Finding]) -> str:
    lines = [describe(lic), f"状态：{STATUS_ZH[lic.status(today)]}（截至 {format_cn_date(today)}）"]
    for index, site in enumerate(lic.annex, 1):
        lines.append(f"网站 {index}：{site.site_name or ''}")
        lines += [f"  域名：{d}" for d in site.domains]
        if site.server_location:
            lines.append(f"  服务器放置地：{site.server_location}")
        if site.access_provider:
            lines.append(f"  接入服务提供单位：{site.access_provider}")
    if lic.clauses:
        lines.append("特别规定事项全文：")
        for path, clause in lic.walk_clauses():
            lines.append("  " * len(path) + f"{clause.label}{clause.text}")
    for record in lic.inspections:
        lines.append(f"{record.year} 年度：{record.result}" + (f"（{record.authority}）" if record.authority else ""))
    if findings:
        lines.append("检查结果：")
        lines += [f"  [{LEVEL_ZH.get(f.level, f.level)}] {f.message_zh}" for f in findings]
    else:
        lines.append("检查结果：未发现问题")
    return "\n".join([lines[0], *(visible(line) for line in lines[1:])])  # lines[0]: describe() made it visible


# -- export -------------------------------------------------------------------------------------
def write_json(licenses: list[License], today: _dt.date, store: Store | None = None) -> bytes:
    """Every license's schema JSON, in number order; the same data always gives the same bytes."""
    from licdesk.services.exporting import json_bytes

    return json_bytes(licenses)


def write_csv(licenses: list[License], today: _dt.date, store: Store | None = None) -> bytes:
    """The library CSV of licdesk (the same columns as the desk's and the Excel library sheet)."""
    from licdesk.services.exporting import export_bytes

    return export_bytes("csv", licenses, today, store)


EXPORT_FORMATS.update(json=write_json, csv=write_csv)


def cmd_export(args: argparse.Namespace) -> int:
    today = today_of(args)
    writer = EXPORT_FORMATS[args.format]
    with open_store(args) as store:
        licenses = list(store.licenses())
        data = writer(licenses, today, store)
    if args.output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_file_atomically(Path(args.output), data)
        print(f"已导出 {len(licenses)} 份许可证到 {args.output} (exported {len(licenses)} licenses)",
              file=sys.stderr)
    return EXIT_OK


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file beside the target, so a failure never leaves half a file."""
    from licdesk.exports.files import write_atomically  # one temporary pattern, cleaned when stale

    try:
        write_atomically(path, lambda temporary: temporary.write_bytes(data))
    except IsADirectoryError:
        raise UserError(f"这是一个文件夹，不能写入：{path} (this is a folder)") from None
    except PermissionError:
        raise UserError(f"没有权限写入：{path} (permission denied)") from None
    except OSError as exc:
        raise UserError(f"无法写入文件：{path} ({exc.strerror or exc})") from None


# -- trash --------------------------------------------------------------------------------------
def cmd_delete(args: argparse.Namespace) -> int:
    with open_store(args, writes=True) as store:
        store.delete(args.number)
    print(f"已将 {args.number} 移到回收站，可用 licdesk undelete 恢复 (moved to the trash)")
    return EXIT_OK


def cmd_undelete(args: argparse.Namespace) -> int:
    with open_store(args, writes=True) as store:
        store.undelete(args.number)
    print(f"已从回收站恢复 {args.number} (restored from the trash)")
    return EXIT_OK


def cmd_trash(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = store.list_trash()
    if args.json:
        print(json.dumps([{**summary_dict(s), "deleted_at": s.deleted_at.isoformat() if s.deleted_at else None}
                          for s in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("回收站是空的 (the trash is empty)")
        return EXIT_OK
    body = [[s.number, s.company, s.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M") if s.deleted_at else ""]
            for s in rows]
    print(table(["编号", "公司名称", "删除时间"], body))
    return EXIT_OK
