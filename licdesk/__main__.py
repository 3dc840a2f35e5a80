"""Entry point: the desk's own options (or none) start the desk; anything else is the command line."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from licdesk.desk_options import DeskOptionError, read_desk_options

    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        options = read_desk_options(argv)
    except DeskOptionError as exc:
        from licdesk.exit_codes import EXIT_BAD_INPUT

        print(f"licdesk: {exc}（用 licdesk --help 查看用法）", file=sys.stderr)
        return EXIT_BAD_INPUT
    if options is not None:
        from licdesk import start_collector

        start_collector.hold()  # until the first license shows (start_desk releases it)
        from licdesk.ui.app import start_desk  # Qt is imported only here

        return start_desk(options)
    from licdesk.cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
