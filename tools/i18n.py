#!/usr/bin/env python3
"""licdesk's translations: Qt Linguist sources in i18n/*.ts, compiled to .qm by pyside6-lrelease.

    python tools/i18n.py update              # refresh i18n/*.ts from the strings in licdesk/ui (pyside6-lupdate)
    python tools/i18n.py release [OUT_DIR]   # compile i18n/*.ts to OUT_DIR/*.qm (default: i18n/)
    python tools/i18n.py check               # list source strings without a finished translation; exit 1 if any

Chinese is the source language (tr("导入…")); licdesk_zh_CN.ts holds the same text as its translation
and licdesk_en.ts the English.  Translate with Qt Linguist (pyside6-linguist i18n/licdesk_en.ts).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
SOURCES = ROOT / "licdesk" / "ui"
LANGUAGES = ("zh_CN", "en")


def qt_tool(name: str) -> str:
    """The lupdate / lrelease binary that ships inside the PySide6 package."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"licdesk: {name} not found inside PySide6 ({folder})")


def ts_path(language: str) -> Path:
    return I18N / f"licdesk_{language}.ts"


def sources() -> list[str]:
    """Every module of the interface, in licdesk/ui and its subfolders."""
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def _known_translations(language: str) -> dict[str, str]:
    """source → finished translation, whatever the context: a string whose code moved to another
    class keeps the words it already had."""
    path = ts_path(language)
    if not path.exists():
        return {}
    known: dict[str, str] = {}
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") not in (
                "unfinished", "vanished", "obsolete"):
            known.setdefault(message.findtext("source") or "", translation.text)
    return known


def _carry_over(language: str, known: dict[str, str]) -> None:
    tree = ET.parse(ts_path(language))
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is not None and translation.get("type") == "unfinished" and source in known:
            translation.text = known[source]
            translation.attrib.pop("type", None)
    _write(tree, ts_path(language))


def update() -> None:
    I18N.mkdir(exist_ok=True)
    known = {language: _known_translations(language) for language in LANGUAGES}
    for language in LANGUAGES:
        subprocess.run(
            [qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "zh_CN",
             "-target-language", language, *sources(), "-ts", str(ts_path(language))],
            check=True,
        )
        _carry_over(language, known[language])
    # Chinese is the source language: its "translation" is the source text itself.
    tree = ET.parse(ts_path("zh_CN"))
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is not None and (translation.get("type") == "unfinished" or not translation.text):
            translation.text = source
            translation.attrib.pop("type", None)
    _write(tree, ts_path("zh_CN"))


def release(out_dir: Path = I18N) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        target = out_dir / f"licdesk_{language}.qm"
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts_path(language)), "-qm", str(target)], check=True)
        built.append(target)
    return built


def untranslated(language: str) -> list[tuple[str, str]]:
    """(context, source) of every message whose translation is missing or unfinished."""
    tree = ET.parse(ts_path(language))
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") or not (
                translation.text or translation.findall("numerusform")
            ):
                missing.append((name, message.findtext("source") or ""))
    return missing


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "release"
    if command == "update":
        update()
    elif command == "release":
        for path in release(Path(argv[1]) if len(argv) > 1 else I18N):
            print(path)
    elif command == "check":
        problems = [(lang, ctx, src) for lang in LANGUAGES for ctx, src in untranslated(lang)]
        for lang, ctx, src in problems:
            print(f"{lang}\t{ctx}\t{src}")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
