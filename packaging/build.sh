#!/bin/sh
# Build licdesk as a one-folder application in dist/licdesk/ (build files in build/).
#
#     packaging/build.sh [--python PATH]         default: .venv/bin/python, else python3
#
# Installs PyInstaller into that Python when it is missing, compiles the translations (i18n/*.ts →
# .qm) when the Qt Linguist tool is there, builds with packaging/licdesk.spec, and on Linux adds the
# .desktop file and icons under dist/licdesk/share/ (copy them to ~/.local/share/ to get a menu entry).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

PYTHON=""
if [ "${1:-}" = "--python" ]; then PYTHON=$2; fi
if [ -z "$PYTHON" ]; then
    if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "licdesk build: installing PyInstaller into $PYTHON"
    "$PYTHON" -m pip install --quiet "pyinstaller>=6.10"
fi

if [ -d i18n ] && ls i18n/*.ts >/dev/null 2>&1; then
    LRELEASE=$(dirname "$PYTHON")/pyside6-lrelease
    if [ -x "$LRELEASE" ]; then
        for ts in i18n/*.ts; do "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"; done
    else
        echo "licdesk build: pyside6-lrelease not found; translations not compiled" >&2
    fi
fi

"$PYTHON" -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/licdesk.spec

if [ "$(uname -s)" = "Linux" ]; then
    SHARE=dist/licdesk/share
    mkdir -p "$SHARE/applications"
    cp packaging/licdesk.desktop "$SHARE/applications/licdesk.desktop"
    for size in 16 24 32 48 64 128 256 512; do
        mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
        cp "resources/app-icon/licdesk-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/licdesk.png"
    done
    mkdir -p "$SHARE/icons/hicolor/scalable/apps"
    cp resources/app-icon/licdesk.svg "$SHARE/icons/hicolor/scalable/apps/licdesk.svg"
fi

echo "licdesk build: dist/licdesk/ ($(du -sh dist/licdesk | cut -f1))"
