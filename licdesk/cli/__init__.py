"""The command line: `licdesk SUBCOMMAND …`; with no subcommand, the desk (GUI) starts.

Each area registers its own subcommands (`register(subparsers)`); a subcommand's handler returns
the exit code.  Exit 0 on success, 2 on bad input (one clear line on stderr), 1 on a bug.
"""

from __future__ import annotations

import argparse
import sys
from typing import Callable, Sequence

from licdesk import __version__
from licdesk.desk_options import USAGE as DESK_USAGE

from licdesk.exit_codes import EXIT_BAD_INPUT, EXIT_BUG, EXIT_OK  # noqa: F401 - the commands' exit status


class UserError(Exception):
    """An expected problem with the user's input: shown as one line, exit 2."""


# Modules that contribute subcommands; each has `register(subparsers)`.
_COMMAND_MODULES = (
    "licdesk.cli.core",
    "licdesk.cli.due",
    "licdesk.cli.pdf",
    "licdesk.cli.safety",
    "licdesk.cli.review",
    "licdesk.cli.team",
    "licdesk.cli.closing",
)


class _OneLineParser(argparse.ArgumentParser):
    """Bad command-line words give one clear line on stderr and exit 2, like every other bad input."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"licdesk: {message}（用 licdesk --help 查看用法）\n")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = _OneLineParser(
        prog="licdesk",
        description="licdesk — 增值电信业务经营许可证管理 (value-added telecom license desk)",
        epilog=f"不带子命令时打开桌面窗口 (with no command, the desk opens):\n  {DESK_USAGE}",
        formatter_class=argparse.RawDescriptionHelpFormatter,  # the desk's usage on one line
    )
    parser.add_argument("--version", action="version", version=f"licdesk {__version__}")
    add_db_option(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_OneLineParser)
    for name in _COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS,
        help="database file or team library postgresql://user@host:port/dbname (default: LICDESK_DB or the user data directory)",
    )


def run(argv: Sequence[str] | None = None) -> int:
    """Run one command line; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    from licdesk.cli.logs import send_library_warnings_to_log

    send_library_warnings_to_log()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        return EXIT_BAD_INPUT
    from licdesk.cli.terminal import visible_output

    with visible_output():  # text from the library never reaches the terminal as control characters
        try:
            return handler(args)
        except UserError as exc:
            print(f"licdesk: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        except KeyboardInterrupt:
            print("licdesk: 已中断 (interrupted)", file=sys.stderr)
            return EXIT_BAD_INPUT
        except BrokenPipeError:
            return EXIT_OK
