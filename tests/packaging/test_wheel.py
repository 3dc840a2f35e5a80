"""The wheel carries licdesk's resources, and an installed wheel finds them inside itself."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.packaging.helpers import ROOT, python, quiet_env, run_or_skip_offline, tracked_source_copy

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tracked_source_copy(tmp_path_factory.mktemp("source"))


@pytest.fixture(scope="module")
def wheel(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    run_or_skip_offline([python(), "-m", "pip", "wheel", ".", "--no-deps", "--quiet", "-w", str(out)],
                        cwd=source, timeout=600, what="building the wheel")
    wheels = list(out.glob("licdesk-*.whl"))
    assert len(wheels) == 1, f"expected one licdesk wheel, found {wheels}"
    return wheels[0]


def test_wheel_holds_fonts_samples_icon_and_translations(wheel: Path, source: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "licdesk/resources/fonts/uming.ttc",
        "licdesk/resources/fonts/wqy-microhei.ttc",
        "licdesk/resources/fonts/ARPHICPL.txt",
        "licdesk/resources/app-icon/licdesk.svg",
        "licdesk/resources/app-icon/licdesk-256.png",
        "licdesk/resources/app-icon/licdesk.ico",
        "licdesk/__main__.py",
        "licdesk/ui/app.py",
        "licdesk/docs/guide.md",  # Help → User guide reads it inside the program
    }
    expected |= {f"licdesk/resources/samples/{p.name}" for p in (ROOT / "resources" / "samples").glob("*.txt")}
    # Every translation source is compiled into the package, where licdesk.paths.translation_path looks.
    expected |= {f"licdesk/i18n/{ts.stem}.qm" for ts in (source / "i18n").glob("*.ts")}
    missing = sorted(expected - names)
    assert not missing, f"missing from {wheel.name}: {missing}"
    assert not [n for n in names if "__pycache__" in n or n.startswith(("tests/", "benchmarks/", "packaging/"))]


def test_installed_wheel_finds_its_own_font(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([python(), "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300, env=quiet_env())
    found = subprocess.run(
        [python(), "-c", "from licdesk.paths import resource_path; print(resource_path('fonts', 'uming.ttc'))"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=True,
        env=quiet_env(PYTHONPATH=str(target)),
    ).stdout.strip()
    font = Path(found).resolve()
    assert font == (target / "licdesk" / "resources" / "fonts" / "uming.ttc").resolve()
    assert font.stat().st_size == (ROOT / "resources" / "fonts" / "uming.ttc").stat().st_size


def test_installed_wheel_reads_a_sample_license(wheel: Path, tmp_path: Path) -> None:
    """The command line from the installed wheel parses the sample it carries (no checkout involved)."""
    target = tmp_path / "site"
    subprocess.run([python(), "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300, env=quiet_env())
    sample = next((target / "licdesk" / "resources" / "samples").glob("sample_icp_shanghai.txt"))
    result = subprocess.run([python(), "-m", "licdesk", "parse", str(sample), "--json"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120, env=quiet_env(PYTHONPATH=str(target)))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["number"].startswith("沪B2-")
