"""Pictures of the desk on a 1366×768 laptop and a 1920×1080 screen, in Chinese and in English.

    python tools/screenshots.py [--out docs/screenshots] [--open NUMBER] [--windows]

The sample licenses go into a temporary database; each picture is taken on its own virtual X
screen (Xvfb) of that size, as a window at its first start would be, by `licdesk --screenshot`.
Files are named desk-<width>x<height>-<zh|en>.png.  With --windows, the dialogs and windows of
tools/window_screenshots.py are taken too (closing, due overview, export, attachment viewer, team connect).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((1366, 768), (1920, 1080))
LANGUAGES = ("zh", "en")
DEFAULT_LICENSE = "沪B2-20213857"  # the Shanghai sample: an annex, provisions and a renewal note


def _licdesk(*args: str, env: dict[str, str] | None = None) -> None:
    subprocess.run([sys.executable, "-m", "licdesk", *args], cwd=ROOT, env=env, check=True)


def _load_samples(db: Path) -> None:
    samples = sorted((ROOT / "resources" / "samples").glob("*.txt"))
    _licdesk("import", "--db", str(db), *map(str, samples))


def _start_xvfb(display: int, width: int, height: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = Path(f"/tmp/.X11-unix/X{display}")
    for _ in range(100):  # the server is ready once its socket is there
        if socket.exists():
            return server
        if server.poll() is not None:
            break
        time.sleep(0.05)
    server.kill()
    raise SystemExit(f"Xvfb :{display} did not start (is the display number taken?)")


def shrink(path: Path) -> None:
    """256 colours are plenty for a window's picture and take a third of the bytes (Pillow comes with reportlab)."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as picture:
        small = picture.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def take(out: Path, number: str, first_display: int = 70) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    taken: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="licdesk-shots-") as scratch:
        db = Path(scratch) / "licdesk.db"
        _load_samples(db)
        for offset, (width, height) in enumerate(SIZES):
            display = first_display + offset
            server = _start_xvfb(display, width, height)
            try:
                env = dict(os.environ, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb",
                           HOME=scratch, XDG_CONFIG_HOME=scratch)  # no settings of the user's own
                for lang in LANGUAGES:
                    path = out / f"desk-{width}x{height}-{lang}.png"
                    _licdesk("--db", str(db), "--open", number, "--screenshot", str(path), "--lang", lang, env=env)
                    shrink(path)
                    taken.append(path)
            finally:
                server.terminate()
                server.wait(10)
    return taken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--open", default=DEFAULT_LICENSE, metavar="NUMBER")
    parser.add_argument("--display", type=int, default=70, help="first X display number to use")
    parser.add_argument("--windows", action="store_true", help="also the dialogs and windows at 1366×768")
    args = parser.parse_args(argv)
    for path in take(args.out, args.open, args.display):
        print(path)
    if args.windows:
        sys.path.insert(0, str(ROOT))  # run as a script, only tools/ is on the path
        from tools import window_screenshots

        window_screenshots.take(args.out, list(window_screenshots.WINDOWS), args.display + len(SIZES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
