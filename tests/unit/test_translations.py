"""Every user-visible string goes through tr() and has a finished Chinese and English translation."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402

UI = ROOT / "licdesk" / "ui"
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
# The certificate pane is a facsimile of the legal document: its printed words stay as the paper has them.
FACSIMILE = {"certificate_pane.py", "clause_ops.py"}  # clause_ops writes the document's own labels (一、（一）)
# Calls whose string arguments are not shown to the clerk as interface text.
NOT_SHOWN = {"tr", "translate", "_tr", "QT_TRANSLATE_NOOP", "setObjectName", "value", "setValue", "print",
             "getLogger", "debug", "info", "warning", "error", "exception", "compile", "match", "search",
             "sub", "split", "startswith", "endswith", "replace", "strip", "rstrip", "lstrip", "join",
             "QFont", "setFamily", "setStyleSheet", "format_cn_date"}


# A literal on a line marked with this comment is not interface text (a width sample, a word the
# document itself prints, text matched in a file): the comment says so where the code is read.
NOT_INTERFACE_TEXT = "# not interface text"


def _untranslated_literals(path: Path) -> list[str]:
    source_lines = path.read_text(encoding="utf-8").splitlines()
    tree = ast.parse("\n".join(source_lines))
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value)):
            continue
        up = parents.get(node)
        if isinstance(up, ast.Expr):  # a docstring
            continue
        call = up
        while call is not None and not isinstance(call, ast.Call):
            call = parents.get(call)
        name = ""
        if call is not None:
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in NOT_SHOWN:
            continue
        if any(NOT_INTERFACE_TEXT in source_lines[line - 1]
               for line in range(node.lineno, (node.end_lineno or node.lineno) + 1)):
            continue
        found.append(f"{path.name}:{node.lineno}: {node.value[:40]!r}")
    return found


def test_no_interface_text_outside_tr() -> None:
    problems = [p for f in sorted(UI.rglob("*.py")) if f.name not in FACSIMILE for p in _untranslated_literals(f)]
    assert problems == [], "\n".join(problems)


def test_translation_sources_are_up_to_date_and_complete(tmp_path: Path) -> None:
    """The committed .ts files hold every string in the code, each with a finished translation."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([i18n.qt_tool("lupdate"), "-silent", "-locations", "none", *map(str, sorted(UI.rglob("*.py"))),
                    "-ts", str(fresh)], check=True)
    wanted = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(fresh).iter("context") for m in c.iter("message")}
    for language in i18n.LANGUAGES:
        tree = ET.parse(i18n.ts_path(language))
        have = {(c.findtext("name"), m.findtext("source")) for c in tree.iter("context") for m in c.iter("message")}
        assert wanted - have == set(), f"run: python tools/i18n.py update ({language})"
        assert i18n.untranslated(language) == [], f"untranslated strings in licdesk_{language}.ts"


def test_translations_compile(tmp_path: Path) -> None:
    built = i18n.release(tmp_path)
    assert all(p.stat().st_size > 1000 for p in built)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_context_names_match_classes(language: str) -> None:
    """lupdate names a context after the class; a context like 'self._view' would never be found at run time."""
    tree = ET.parse(i18n.ts_path(language))
    odd = [c.findtext("name") for c in tree.iter("context") if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", c.findtext("name") or "")]
    assert odd == []


def test_english_joiners_and_lead_ins_leave_a_space_before_what_follows() -> None:
    """A Chinese joiner (，：；) or lead-in ending in ： is glued to the next words in code; in English
    it needs its space ("Please note: 31 overdue", not "Please note:31 overdue")."""
    glued = []
    for message in ET.parse(i18n.ts_path("en")).iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if source in ("，", "：", "；") or source in ("请注意：",):
            if not translation.endswith(" "):
                glued.append((source, translation))
    assert not glued
