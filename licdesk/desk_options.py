"""The desk's own command line, read without the command line's parser.

    licdesk [--db PATH | --db postgresql://user@host:port/dbname] [--open NUMBER] [--screenshot FILE.png] [--lang zh|en]

A clerk starts licdesk from its icon, with none of these or a few of them.  Telling those apart
from a subcommand needs no parser: building the command line's (every subcommand and its module)
took about 25 ms before the window could start.  A command line holding anything else (a
subcommand, --help, --version, a word licdesk does not know) goes to `licdesk.cli`, which answers
or explains in one line.
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

USAGE = ("licdesk [--db PATH | --db postgresql://用户@服务器:端口/数据库] [--open NUMBER] "
         "[--screenshot FILE.png] [--lang zh|en]")
LANGUAGES = ("zh", "en")


class DeskOptions(NamedTuple):
    db: str | None = None  # a database file or a team library's URL; None: LICDESK_DB or the default file
    open: str | None = None  # the license selected when the desk opens
    screenshot: str | None = None  # save a picture of the window there and exit
    lang: str | None = None  # "zh" or "en"; None: the preference, else the system's language


class DeskOptionError(ValueError):
    """A desk option without its value, or with one it cannot take (the message says which)."""


_FIELDS = {"--db": "db", "--open": "open", "--screenshot": "screenshot", "--lang": "lang"}


def read_desk_options(argv: Sequence[str]) -> DeskOptions | None:
    """The desk's options when `argv` holds nothing else (`--name value` or `--name=value`, the
    last one given counting); None when it holds anything else, for the command line to read.

    Raises DeskOptionError for a desk option with no value or a language licdesk does not speak."""
    values: dict[str, str] = {}
    words = list(argv)
    index = 0
    while index < len(words):
        name, has_value, value = words[index].partition("=")
        field = _FIELDS.get(name)
        if field is None:
            return None
        if not has_value:
            if index + 1 >= len(words) or words[index + 1].partition("=")[0] in _FIELDS:
                raise DeskOptionError(f"{name} 后面缺少取值 ({name} needs a value)")
            index += 1
            value = words[index]
        if field == "lang" and value not in LANGUAGES:
            raise DeskOptionError(f"--lang 只能是 zh 或 en，而不是 {value!r} (--lang is zh or en)")
        if not value:
            raise DeskOptionError(f"{name} 的取值是空的 ({name} is empty)")
        values[field] = value
        index += 1
    return DeskOptions(**values)
