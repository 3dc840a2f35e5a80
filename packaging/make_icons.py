#!/usr/bin/env python3
"""Render the application icon from resources/app-icon/licdesk.svg into PNG sizes, .ico and .icns.

    .venv/bin/python packaging/make_icons.py

Qt draws the SVG (offscreen, no screen needed); Pillow writes the Windows .ico and macOS .icns.
The generated files are small and committed, so a build does not need to run this.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "app-icon"
SVG = ICON_DIR / "licdesk.svg"
SMALL_SVG = ICON_DIR / "licdesk-small.svg"  # hand-fitted to the pixel grid
SMALL_SIZES = (16, 24)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> Path:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    path = ICON_DIR / f"licdesk-{size}.png"
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it alive
    renderers = {svg: QSvgRenderer(str(svg)) for svg in (SVG, SMALL_SVG)}
    for svg, renderer in renderers.items():
        if not renderer.isValid():
            print(f"not a valid SVG: {svg}", file=sys.stderr)
            return 1
    pngs = {size: render_png(renderers[SMALL_SVG if size in SMALL_SIZES else SVG], size) for size in PNG_SIZES}
    # Each size drawn from the SVG, not scaled down from the largest: small sizes stay crisp.
    largest = Image.open(pngs[256])
    largest.save(ICON_DIR / "licdesk.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[Image.open(pngs[s]) for s in ICO_SIZES if s != 256])
    Image.open(pngs[512]).save(ICON_DIR / "licdesk.icns", format="ICNS",
                               append_images=[Image.open(pngs[s]) for s in (16, 32, 64, 128, 256)])
    for path in sorted(ICON_DIR.iterdir()):
        print(f"{path.stat().st_size:>8}  {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
