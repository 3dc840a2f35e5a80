"""`licdesk review`: the clause-by-clause compliance review from the command line.

    licdesk review start NUMBER [--reviewer NAME]          a new round (carried over from the last)
    licdesk review status NUMBER [--json]                  progress and each clause's status
    licdesk review set NUMBER CLAUSE [--status S] [--note T] [--responsible P] [--due YYYY-MM-DD]
    licdesk review diff NUMBER                             what changed since the round before
    licdesk review report NUMBER -o FILE.pdf|FILE.xlsx
    licdesk review export NUMBER… -o FILE.licreview [--by NAME]
    licdesk review import FILE.licreview                   merged clause by clause; conflicts listed
    licdesk review conflicts [--json]
    licdesk review resolve ID ours|theirs
    licdesk review open [FILE.licreview] [--reviewer NAME] [--readonly]   the review window
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
from pathlib import Path
from typing import Any, Callable

from licdesk.cli import EXIT_OK, UserError, add_db_option
from licdesk.domain import review as rv

# Status words a user may type: the stored name, the Chinese name, or the key of the review pane.
_STATUS_WORDS: dict[str, str] = {}
for _index, _status in enumerate(rv.STATUSES, start=1):
    _zh, _en = rv.STATUS_NAMES[_status]
    _STATUS_WORDS.update({_status: _status, _zh: _status, str(_index): _status, _en.lower(): _status})

_FIELD_ZH = {"status": "状态", "note": "说明", "responsible": "负责人", "due": "整改期限", "evidence": "证据",
             "text_hash": "条款文字"}


def register(subparsers: argparse._SubParsersAction) -> None:
    help_text = "逐条合规审查 (clause-by-clause compliance review)"
    top = subparsers.add_parser("review", help=help_text, description=help_text)
    actions = top.add_subparsers(dest="review_command", metavar="ACTION", parser_class=type(top))
    top.set_defaults(handler=lambda args: _missing_action())

    def action(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=text, description=text)
        add_db_option(parser)
        parser.set_defaults(handler=handler)
        return parser

    p = action("start", cmd_start, "开始新一轮审查，沿用上一轮结果 (start a round, carried over from the last)")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--reviewer", metavar="NAME", default="", help="审查人 (reviewer)")

    p = action("status", cmd_status, "显示审查进度和每条的状态 (progress and each clause's status)")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--json", action="store_true", help="输出 JSON (print JSON)")

    p = action("set", cmd_set, "设置一条的审查结果 (set one clause's review)")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("clause", metavar="CLAUSE", help="条款编号，如 15.3 表示 十五（三）")
    p.add_argument("--status", metavar="S", help="未审 / 符合 / 部分符合 / 不符合 / 不适用（或 1–5）")
    p.add_argument("--note", metavar="TEXT", help="说明 (note)")
    p.add_argument("--responsible", metavar="NAME", help="负责人 (responsible person)")
    p.add_argument("--due", metavar="YYYY-MM-DD", help="整改期限；空字符串表示清除 (due date for the fix)")
    p.add_argument("--by", metavar="NAME", default="", help="修改人 (who makes the change)")

    p = action("diff", cmd_diff, "与上一轮逐条比较 (compare with the round before)")
    p.add_argument("number", metavar="NUMBER")

    p = action("report", cmd_report, "生成审查报告 PDF 或 xlsx (write the review report)")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="输出文件：.pdf 或 .xlsx")

    p = action("export", cmd_export, "把许可证及其审查导出为审查包 (export a review package)")
    p.add_argument("numbers", metavar="NUMBER", nargs="+")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="审查包文件 (.licreview)")
    p.add_argument("--by", metavar="NAME", default="", help="导出人 (who exports)")

    p = action("import", cmd_import, "导入审查包并逐条合并 (import a review package, merged clause by clause)")
    p.add_argument("file", metavar="FILE")

    p = action("conflicts", cmd_conflicts, "列出待解决的合并冲突 (merge conflicts waiting for a choice)")
    p.add_argument("--json", action="store_true", help="输出 JSON (print JSON)")

    p = action("resolve", cmd_resolve, "解决一个合并冲突 (resolve a merge conflict)")
    p.add_argument("id", metavar="ID", type=int)
    p.add_argument("choice", choices=("ours", "theirs"), help="ours 保留本库的 / theirs 采用审查包的")
    p.add_argument("--by", metavar="NAME", default="")

    p = action("open", cmd_open, "打开审查窗口；给出审查包时先导入它 (review mode window; a package is imported first)")
    p.add_argument("file", metavar="FILE", nargs="?", help="审查包 (.licreview)")
    p.add_argument("--reviewer", metavar="NAME", default="", help="审查人 (reviewer)")
    p.add_argument("--readonly", action="store_true", help="只读打开 (look only)")
    p.add_argument("--lang", metavar="LANG", help="界面语言 zh_CN / en")
    p.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)


def cmd_open(args: argparse.Namespace) -> int:
    from licdesk.cli.core import database_path
    from licdesk.ui.dialogs.review_window import run_review_mode  # Qt is imported only for the window

    package = Path(args.file) if args.file else None
    if package is not None and not package.is_file():
        raise UserError(f"找不到审查包：{package} (package not found)")
    return run_review_mode(database_path(args), package=package, reviewer=args.reviewer, readonly=args.readonly,
                           lang=args.lang, screenshot=Path(args.screenshot) if args.screenshot else None)


def _missing_action() -> int:
    raise UserError("请给出审查操作，如 licdesk review status NUMBER（用 licdesk review --help 查看）"
                    " (give an action, e.g. licdesk review status NUMBER)")


def _store(args: argparse.Namespace, *, writes: bool = False) -> Any:
    from licdesk.cli.core import open_store

    return open_store(args, writes=writes)


def _license(store: Any, number: str) -> Any:
    lic = store.load(number)
    if lic is None:
        raise UserError(f"没有编号为 {number} 的许可证 (no license numbered {number})")
    return lic


def _latest(store: Any, number: str) -> rv.ReviewRound:
    from licdesk.store import review as store_review

    found = store_review.latest_round(store, number)
    if found is None:
        raise UserError(f"许可证 {number} 还没有审查，可用 licdesk review start {number} 开始 "
                        f"(no review yet; licdesk review start {number} begins one)")
    return found


def cmd_start(args: argparse.Namespace) -> int:
    from licdesk.store import review as store_review

    with _store(args, writes=True) as store:
        lic = _license(store, args.number)
        started = store_review.start_round(store, lic.number, args.reviewer)
        counted = rv.progress(lic, started)
    print(f"已开始新一轮审查：{lic.number}，{counted.describe()}"
          + (f"，{counted.rereview} 条因条款文字变化需要重新审查" if counted.rereview else "")
          + f" (round {started.uuid} started)")
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    with _store(args) as store:
        lic = _license(store, args.number)
        current = _latest(store, lic.number)
    counted = rv.progress(lic, current)
    lines = []
    for item in rv.review_items(lic):
        review = current.review_for(item)
        lines.append({"clause": item.key, "label": rv.full_label(lic, item), "status": review.status,
                      "rereview": rv.needs_rereview(item, review), "note": review.note,
                      "responsible": review.responsible, "due": review.due.isoformat() if review.due else None})
    if args.json:
        print(json.dumps({"number": lic.number, "round": current.uuid, "reviewed": counted.reviewed,
                          "total": counted.total, "clauses": lines}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{lic.number}  {lic.company}  {counted.describe()}")
    for line in lines:
        flag = "  ⚑ 条款已变化，需重新审查" if line["rereview"] else ""
        extra = "；".join(x for x in (line["note"], line["responsible"] and f"负责人 {line['responsible']}",
                                      line["due"] and f"期限 {line['due']}") if x)
        print(f"  {line['clause']:<7} {line['label']:<10} {rv.status_name(line['status'])}{flag}"
              + (f"  {extra}" if extra else ""))
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    from licdesk.store import StoreError
    from licdesk.store import review as store_review

    status = None
    if args.status is not None:
        status = _STATUS_WORDS.get(args.status.strip().lower())
        if status is None:
            raise UserError(f"无法识别的状态“{args.status}”，可用：未审 符合 部分符合 不符合 不适用 (unknown status)")
    due: Any = ...
    if args.due is not None:
        try:
            due = _dt.date.fromisoformat(args.due) if args.due.strip() else None
        except ValueError:
            raise UserError(f"日期“{args.due}”格式不对，应为 YYYY-MM-DD (bad date)") from None
    with _store(args, writes=True) as store:
        lic = _license(store, args.number)
        current = _latest(store, lic.number)
        try:
            review = store_review.update_review(store, current.uuid, args.clause, by=args.by, status=status,
                                                note=args.note, responsible=args.responsible, due=due)
        except StoreError as exc:
            raise UserError(str(exc)) from exc
    print(f"已保存：{lic.number} 第 {args.clause} 条 {rv.status_name(review.status)} (saved)")
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    from licdesk.store import review as store_review

    with _store(args) as store:
        lic = _license(store, args.number)
        found = store_review.rounds(store, lic.number)
    if len(found) < 2:
        raise UserError(f"许可证 {lic.number} 只有 {len(found)} 轮审查，无可比较 (fewer than two rounds)")
    older, newer = found[-2], found[-1]
    changes = rv.diff_rounds(lic, older, newer)
    print(f"{lic.number}：{older.started.date()} → {newer.started.date()}，{len(changes)} 条有变化")
    for change in changes:
        print(f"  {change.label}（{change.clause_key}）" + ("  条款文字已变化" if change.text_changed else ""))
        for name, before, after in change.changes:
            print(f"    {_FIELD_ZH.get(name, name)}：{_shown(name, before)} → {_shown(name, after)}")
    return EXIT_OK


def _shown(name: str, value: object) -> str:
    if value in (None, "", ()):
        return "（空）"
    if name == "status":
        return rv.status_name(str(value))
    if isinstance(value, tuple):
        return f"{len(value)} 个附件"
    return str(value)


def cmd_report(args: argparse.Namespace) -> int:
    output = Path(args.output)
    kind = output.suffix.lower()
    if kind not in (".pdf", ".xlsx"):
        raise UserError("报告文件须以 .pdf 或 .xlsx 结尾 (the report must be .pdf or .xlsx)")
    with _store(args) as store:
        lic = _license(store, args.number)
        current = _latest(store, lic.number)
        names = {a.sha256: a.file_name for a in store.attachments(lic.number)}
    try:
        if kind == ".pdf":
            from licdesk.exports.files import write_atomically
            from licdesk.pdf.review_report import render_review_report

            result = render_review_report(lic, current, evidence_names=names)
            write_atomically(output, lambda tmp: tmp.write_bytes(result.pdf))
        else:
            from licdesk.exports.review_xlsx import write_review_workbook

            write_review_workbook(output, lic, current, evidence_names=names)
    except OSError as exc:
        raise UserError(f"无法写入文件：{output} ({exc.strerror or exc})") from None
    print(f"已生成审查报告：{output} (report written)")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from licdesk.services.review_package import ReviewPackageError, export_package

    with _store(args, writes=True) as store:
        try:
            target = export_package(store, args.numbers, args.output, created_by=args.by)
        except ReviewPackageError as exc:
            raise UserError(str(exc)) from exc
    print(f"已导出审查包：{target}（{len(args.numbers)} 份许可证）(package written)")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from licdesk.services.review_package import ReviewPackageError, import_package

    with _store(args, writes=True) as store:
        try:
            report = import_package(store, args.file)
        except ReviewPackageError as exc:
            raise UserError(str(exc)) from exc
    for outcome in report.licenses:
        parts = ["新增许可证" if outcome.created else "已有许可证"]
        if outcome.rounds_added:
            parts.append(f"新增 {outcome.rounds_added} 轮审查")
        parts.append(f"合并 {outcome.clauses_taken} 条")
        if outcome.attachments_added:
            parts.append(f"新增 {outcome.attachments_added} 个附件")
        parts.append(f"冲突 {outcome.conflicts} 处")
        print(f"{outcome.number}：" + "，".join(parts))
    if report.conflicts:
        print(f"有 {report.conflicts} 处冲突（双方都改了同一项），本库的内容暂时保留；"
              "用 licdesk review conflicts 查看，licdesk review resolve ID ours|theirs 解决")
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from licdesk.store import review as store_review

    with _store(args) as store:
        waiting = store_review.conflicts(store)
    if args.json:
        print(json.dumps([{"id": w.id, "number": w.number, "round": w.round_uuid, "clause": w.conflict.clause_key,
                           "field": w.conflict.field, "ours": _plain(w.conflict.ours),
                           "theirs": _plain(w.conflict.theirs), "theirs_by": w.conflict.theirs_by}
                          for w in waiting], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not waiting:
        print("没有待解决的冲突 (no conflicts)")
    for w in waiting:
        c = w.conflict
        print(f"[{w.id}] {w.number} 第 {c.clause_key} 条 {_FIELD_ZH.get(c.field, c.field)}：\n"
              f"      本库：{_shown(c.field, c.ours)}\n      审查包（{c.theirs_by or '未署名'}）：{_shown(c.field, c.theirs)}")
    return EXIT_OK


def _plain(value: object) -> object:
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def cmd_resolve(args: argparse.Namespace) -> int:
    from licdesk.store import StoreError
    from licdesk.store import review as store_review

    with _store(args, writes=True) as store:
        try:
            store_review.resolve_conflict(store, args.id, args.choice, by=args.by)
        except StoreError as exc:
            raise UserError(str(exc)) from exc
    side = "本库的内容" if args.choice == "ours" else "审查包的内容"
    print(f"冲突 {args.id} 已解决：采用{side} (resolved)")
    return EXIT_OK
