"""Entry point: a subcommand runs the command line; none (or only GUI options) starts the desk."""

from __future__ import annotations

import sys


def _wants_gui(argv: list[str]) -> bool:
    from licdesk.cli import build_parser

    commands = set()
    for action in build_parser()._subparsers._group_actions:  # type: ignore[union-attr]
        commands.update(getattr(action, "choices", {}) or {})
    return not any(arg in commands for arg in argv) and not any(a in ("-h", "--help", "--version") for a in argv)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv):
        from licdesk.ui.app import run_gui  # Qt is imported only here

        return run_gui(argv)
    from licdesk.cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
