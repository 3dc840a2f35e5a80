"""The files a build uses: the application icon in every size, the .desktop entry, Windows version info."""

from __future__ import annotations

import configparser
import importlib.util

import pytest
from PIL import Image

from licdesk import __version__
from tests.packaging.helpers import ROOT

ICON_DIR = ROOT / "resources" / "app-icon"


def _load_windows_version():  # noqa: ANN202 - a module
    """packaging/ is not a package: load the file the spec loads, without touching sys.path."""
    spec = importlib.util.spec_from_file_location("windows_version", ROOT / "packaging" / "windows_version.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


windows_version = _load_windows_version()


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icon_has_its_size_and_a_drawing(size: int) -> None:
    with Image.open(ICON_DIR / f"licdesk-{size}.png") as image:
        assert image.size == (size, size)
        rgba = image.convert("RGBA")
        assert rgba.getextrema()[3] == (0, 255), "expected a transparent corner and an opaque certificate"
        pixels = rgba.tobytes()
        reds = sum(1 for i in range(0, len(pixels), 4)
                   if pixels[i + 3] > 200 and pixels[i] > 150 and pixels[i + 1] < 90 and pixels[i + 2] < 90)
        assert reds >= size * size // 40, "the red seal should show at every size"


def test_svg_icons_are_valid(qapp) -> None:  # noqa: ANN001 - pytest-qt fixture
    from PySide6.QtSvg import QSvgRenderer

    for name in ("licdesk.svg", "licdesk-small.svg"):
        assert QSvgRenderer(str(ICON_DIR / name)).isValid(), name


def test_windows_and_macos_icons_hold_the_sizes() -> None:
    with Image.open(ICON_DIR / "licdesk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICON_DIR / "licdesk.icns") as icns:
        assert icns.format == "ICNS" and max(icns.size) >= 256


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "licdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "licdesk"
    assert desktop["Name[zh_CN]"] and desktop["Comment"] and desktop["Comment[zh_CN]"]
    assert desktop["Exec"] == "licdesk %F" and desktop["Icon"] == "licdesk"
    assert "Office" in desktop["Categories"].split(";")
    assert {"text/plain", "application/pdf"} <= set(desktop["MimeType"].rstrip(";").split(";"))


def test_windows_version_info_follows_the_package_version(tmp_path) -> None:  # noqa: ANN001
    assert windows_version.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert windows_version.version_tuple("1.2.3rc1") == (1, 2, 3, 1)
    assert windows_version.version_tuple("2.0") == (2, 0, 0, 0)
    path = windows_version.write_version_file(tmp_path / "version.txt", __version__)
    # PyInstaller evaluates the file with its version classes (importable only on Windows, where
    # they need pefile); stand-ins that keep their arguments check the same expression everywhere.
    def keep(kind: str):  # noqa: ANN202
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = {n: keep(n) for n in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
                                  "StringStruct", "VarFileInfo", "VarStruct")}
    info = eval(path.read_text(encoding="utf-8"), {"__builtins__": {}}, names)  # noqa: S307 - our own file
    fixed = info[2]["ffi"][2]
    assert fixed["filevers"] == windows_version.version_tuple(__version__) == fixed["prodvers"]
    table = info[2]["kids"][0][1][0][0]
    strings = dict(struct[1] for struct in table[1][1])
    assert strings["ProductVersion"] == strings["FileVersion"] == __version__
    assert strings["ProductName"] == "licdesk" and strings["OriginalFilename"] == "licdesk.exe"
