"""`licdesk pdf`: print licenses as certificate-style PDF files.

    licdesk pdf NUMBER -o FILE.pdf [--parts certificate,annex,provisions,inspections]
                [--watermark TEXT] [--reference TEXT] [--db PATH]
    licdesk pdf --all -o DIR      one file per license, named by its number
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from pathlib import Path

from licdesk.cli import EXIT_OK, UserError, add_db_option
from licdesk.pdf.options import ALL_PARTS, PrintOptions, parse_parts


def register(subparsers: argparse._SubParsersAction) -> None:
    help_text = "把许可证打印为 PDF 文件 (print licenses as certificate-style PDF)"
    p = subparsers.add_parser("pdf", help=help_text, description=help_text)
    add_db_option(p)
    p.add_argument("number", metavar="NUMBER", nargs="?", help="经营许可证编号，如 京B2-20192917")
    p.add_argument("--all", action="store_true", help="每份许可证各印一个文件，放入 -o 指定的文件夹 (every license)")
    p.add_argument("-o", "--output", metavar="PATH", required=True,
                   help="输出的 PDF 文件；与 --all 一起时为文件夹 (output file, or folder with --all)")
    p.add_argument("--parts", metavar="PARTS", default=",".join(ALL_PARTS),
                   help="要打印的部分，逗号分隔 (parts to print): " + ",".join(ALL_PARTS))
    p.add_argument("--watermark", metavar="TEXT",
                   help="复印件水印，如 仅供内部审核使用，日期印在其后 (copy watermark; today's date follows)")
    p.add_argument("--reference", metavar="TEXT", help="每页页眉上的本公司参考编号 (your reference line)")
    p.set_defaults(handler=cmd_pdf)


def options_from(args: argparse.Namespace) -> PrintOptions:
    try:
        parts = parse_parts(args.parts)
    except ValueError:
        raise UserError(
            f"无法识别的打印部分“{args.parts}”，可选：{', '.join(ALL_PARTS)} "
            f"(unknown parts '{args.parts}'; choose from {', '.join(ALL_PARTS)})"
        ) from None
    return PrintOptions(
        parts=parts,
        watermark=args.watermark or None,
        watermark_date=_dt.date.today() if args.watermark else None,
        reference=args.reference or None,
    )


def cmd_pdf(args: argparse.Namespace) -> int:
    from licdesk.cli.core import open_store
    from licdesk.pdf import render_license

    options = options_from(args)
    if args.all == bool(args.number):
        raise UserError("请给出一个许可证编号，或使用 --all (give one NUMBER, or --all)")

    if not args.all:
        with open_store(args) as store:
            lic = store.load(args.number)
            if lic is None and store.in_trash(args.number):
                raise UserError(f"许可证 {args.number} 在回收站中，可用 licdesk undelete 恢复 "
                                f"(license {args.number} is in the trash; licdesk undelete restores it)")
        if lic is None:
            raise UserError(f"没有编号为 {args.number} 的许可证 (no license numbered {args.number})")
        result = render_license(lic, options)
        _write(Path(args.output), result.pdf)
        _warn(lic.number, result.warnings)
        return EXIT_OK

    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} 不是文件夹 (with --all, -o must be a folder)")
    with open_store(args) as store:
        licenses = list(store.licenses())
    if not licenses:
        raise UserError("数据库中没有许可证 (the database holds no license)")
    from licdesk.services.batch_printing import print_licenses

    try:  # as the desk's batch printing does: all files or none, and none already there overwritten
        items, written = print_licenses(licenses, options, combined=False, target=folder)
    except OSError as exc:
        raise UserError(f"无法写入文件夹：{folder} ({exc.strerror or exc})") from None
    for item in items:
        _warn(item.numbers[0], item.result.warnings)
    print(f"已生成 {len(written)} 个 PDF 文件：{folder} ({len(written)} files written)")
    return EXIT_OK


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file beside the target, so a failed write never leaves half a PDF."""
    from licdesk.pdf.batch import remove_stale_temporaries, write_pdf_file

    try:
        if path.parent.is_dir():
            remove_stale_temporaries(path.parent)
        write_pdf_file(path, data)
    except FileNotFoundError:
        raise UserError(f"文件夹不存在：{path.parent} (folder not found)") from None
    except IsADirectoryError:
        raise UserError(f"这是一个文件夹：{path} (this is a folder)") from None
    except OSError as exc:
        raise UserError(f"无法写入文件：{path} ({exc.strerror or exc})") from None


def _warn(number: str, warnings: list[str]) -> None:
    for line in warnings:
        print(f"licdesk: 警告 (warning): {number}: {line}", file=sys.stderr)
