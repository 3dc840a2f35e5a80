"""The one-folder bundle built with packaging/licdesk.spec starts, draws its window, and runs subcommands.

The build goes to a temporary folder (nothing lands in the checkout); PyInstaller is installed into
the running environment when missing, and the test skips only when that needs a network there isn't.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.helpers import ROOT, python, quiet_env, run_or_skip_offline

pytestmark = pytest.mark.slow

SAMPLE = ROOT / "resources" / "samples" / "sample_icp_shanghai.txt"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


def _ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        run_or_skip_offline([python(), "-m", "pip", "install", "--quiet", "pyinstaller>=6.10"], cwd=ROOT,
                            timeout=600, what="installing PyInstaller")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _ensure_pyinstaller()
    out = tmp_path_factory.mktemp("bundle")
    # PyInstaller keeps its cache of processed libraries outside the test's temporary home, so a
    # second build takes seconds instead of a minute.
    cache = os.environ.get("PYINSTALLER_CONFIG_DIR") or str(Path.home() / ".cache" / "pyinstaller")
    run_or_skip_offline(
        [python(), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(ROOT / "packaging" / "licdesk.spec")],
        cwd=out, timeout=900, what="building the bundle", env=quiet_env(PYINSTALLER_CONFIG_DIR=cache),
    )
    folder = out / "dist" / "licdesk"
    assert (folder / f"licdesk{EXE_SUFFIX}").is_file()
    return folder


def _run(bundle: Path, *args: str, exe: str = "licdesk", cwd: Path) -> subprocess.CompletedProcess[str]:
    env = quiet_env(QT_QPA_PLATFORM="offscreen")
    env.pop("LICDESK_DB", None)
    return subprocess.run([str(bundle / f"{exe}{EXE_SUFFIX}"), *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env=env)


def test_bundle_carries_resources_and_qt_plugins(bundle: Path) -> None:
    internal = bundle / "_internal"
    for part in ("resources/fonts/uming.ttc", "resources/fonts/wqy-microhei.ttc", "resources/app-icon/licdesk.svg",
                 "resources/samples/sample_icp_shanghai.txt", "resources/icons/status-valid.svg"):
        assert (internal / part).is_file(), f"{part} is not in the bundle"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    names = {p.stem.removeprefix("lib") for p in plugins.rglob("*") if p.is_file()}
    wanted = {"qoffscreen", "qsvg", "qsvgicon", "qpdf"} | ({"qxcb"} if sys.platform.startswith("linux") else set())
    assert wanted <= names, f"Qt plugins missing from the bundle: {sorted(wanted - names)}"
    for ts in (ROOT / "i18n").glob("*.ts"):
        assert (internal / "i18n" / f"{ts.stem}.qm").is_file(), f"translation {ts.stem}.qm is not in the bundle"
    assert list(internal.rglob("qtbase_zh_CN.qm")), "Qt's own Chinese strings (standard dialogs' buttons) are missing"
    assert not list(internal.rglob("*WebEngine*")), "QtWebEngine should not be bundled"


def test_bundle_parses_a_license_as_json(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, "parse", str(SAMPLE), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["number"].startswith("沪B2-")
    version = _run(bundle, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("licdesk ")


def test_bundle_imports_prints_and_draws_the_desk(bundle: Path, tmp_path: Path) -> None:
    """Import a sample, print it to PDF (reportlab and the fonts inside the bundle), then picture the window."""
    from PIL import Image

    db = tmp_path / "desk.sqlite3"
    imported = _run(bundle, "import", "--db", str(db), str(SAMPLE), cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    number = json.loads(_run(bundle, "parse", str(SAMPLE), "--json", cwd=tmp_path).stdout)["number"]

    pdf = tmp_path / "certificate.pdf"
    printed = _run(bundle, "pdf", "--db", str(db), number, "-o", str(pdf), cwd=tmp_path)
    assert printed.returncode == 0, printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and b"/FontFile2" in pdf.read_bytes()  # an embedded TrueType font

    shot = tmp_path / "desk.png"
    drawn = _run(bundle, "--db", str(db), "--open", number, "--screenshot", str(shot), cwd=tmp_path)
    assert drawn.returncode == 0, drawn.stderr
    with Image.open(shot) as image:
        assert image.width >= 640 and image.height >= 400, image.size
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
        assert colours is None or len(colours) > 50, "the picture is (nearly) one colour, not a drawn window"
