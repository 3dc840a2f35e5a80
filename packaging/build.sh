#!/bin/sh
# Build licdesk as a one-folder application in dist/licdesk/ (build files in build/).
#
#     packaging/build.sh [--python PATH]         default: .venv/bin/python, else python3
#
# Installs PyInstaller into that Python when it is missing, builds with packaging/licdesk.spec (which
# compiles the translations, i18n/*.ts → .qm, into the bundle), and on Linux adds the
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
