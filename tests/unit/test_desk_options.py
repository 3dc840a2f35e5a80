"""The entry point tells the desk's own options from the command line's without building its parser."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from licdesk.desk_options import DeskOptionError, DeskOptions, read_desk_options

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("argv", "expected"), [
    ([], DeskOptions()),
    (["--db", "work.sqlite3"], DeskOptions(db="work.sqlite3")),
    (["--db=postgresql://clerk@server/licenses", "--lang", "en"],
     DeskOptions(db="postgresql://clerk@server/licenses", lang="en")),
    (["--open", "B1-20230001", "--screenshot=desk.png", "--lang=zh"],
     DeskOptions(open="B1-20230001", screenshot="desk.png", lang="zh")),
    (["--lang", "en", "--lang", "zh"], DeskOptions(lang="zh")),  # the last one given counts, as in argparse
    (["--db", "parse"], DeskOptions(db="parse")),  # a file that happens to be named like a command
    (["--db", "a=b.sqlite3"], DeskOptions(db="a=b.sqlite3")),
])
def test_the_desk_s_options_are_read(argv: list[str], expected: DeskOptions) -> None:
    assert read_desk_options(argv) == expected


@pytest.mark.parametrize("argv", [
    ["parse", "licence.txt"], ["--db", "x.sqlite3", "due"], ["--help"], ["-h"], ["--version"], ["--bogus"],
    ["--open"[:-1], "x"], ["-db", "x"],
])
def test_anything_else_is_left_to_the_command_line(argv: list[str]) -> None:
    assert read_desk_options(argv) is None


@pytest.mark.parametrize(("argv", "words"), [
    (["--db"], "--db"), (["--open", "--lang", "zh"], "--open"), (["--lang", "fr"], "zh 或 en"),
    (["--lang=de"], "zh 或 en"), (["--screenshot="], "--screenshot"),
])
def test_a_desk_option_without_a_fitting_value_is_refused(argv: list[str], words: str) -> None:
    with pytest.raises(DeskOptionError, match=words):
        read_desk_options(argv)


def _licdesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "licdesk", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_a_bad_desk_option_is_one_clear_line_and_exit_2() -> None:
    done = _licdesk("--lang", "fr")
    assert done.returncode == 2
    assert done.stderr.strip() == "licdesk: --lang 只能是 zh 或 en，而不是 'fr' (--lang is zh or en)（用 licdesk --help 查看用法）"


def test_an_unknown_word_reaches_the_command_line_which_explains() -> None:
    done = _licdesk("--bogus")
    assert done.returncode == 2
    assert "unrecognized arguments: --bogus" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_command_line_s_help_names_the_desk_s_options() -> None:
    done = _licdesk("--help")
    assert done.returncode == 0
    assert "--screenshot FILE.png" in done.stdout and "--lang zh|en" in done.stdout and "--open NUMBER" in done.stdout


def test_the_desk_starts_without_the_command_line_s_parser() -> None:
    # Reading the desk's options must not build the command line: that cost ~40 ms before the window.
    probe = ("import sys; from licdesk import __main__ as entry; from licdesk.ui import app\n"
             "app.start_desk = lambda options: print(repr(options), sorted("
             "m for m in sys.modules if m in ('argparse', 'licdesk.cli')))\n"
             "entry.main(['--db', 'x.sqlite3', '--lang', 'en'])")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "DeskOptions(db='x.sqlite3', open=None, screenshot=None, lang='en') []", done.stderr
