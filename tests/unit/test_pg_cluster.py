"""tools/pg_cluster.py: a throwaway PostgreSQL server that is gone when its command ends."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.conftest import ROOT

TOOL = ROOT / "tools" / "pg_cluster.py"


def _server_available() -> bool:
    return subprocess.run([sys.executable, str(TOOL), "--check"], capture_output=True).returncode == 0


def test_the_command_gets_a_live_server_and_its_folder_is_removed_after(tmp_path: Path) -> None:
    if not _server_available():
        pytest.skip("PostgreSQL 15 is not installed here (apt-get install postgresql-15)")
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import os, pathlib, sys\n"
        "url = os.environ['LICDESK_TEST_PG']\n"
        "print(url)\n"
        "from urllib.parse import urlsplit, parse_qs\n"
        "folder = pathlib.Path(parse_qs(urlsplit(url).query)['host'][0])\n"
        "sys.exit(0 if (folder / '.s.PGSQL.5432').exists() else 7)\n")
    finished = subprocess.run([sys.executable, str(TOOL), "--", sys.executable, str(probe)],
                              capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    url = finished.stdout.strip()
    assert url.startswith("postgresql://") and urlsplit(url).path == "/licdesk_test"
    assert not Path(parse_qs(urlsplit(url).query)["host"][0]).exists()


def test_the_command_s_exit_status_is_passed_on() -> None:
    if not _server_available():
        pytest.skip("PostgreSQL 15 is not installed here (apt-get install postgresql-15)")
    finished = subprocess.run([sys.executable, str(TOOL), "--", sys.executable, "-c", "raise SystemExit(5)"],
                              capture_output=True, timeout=120)
    assert finished.returncode == 5


def test_without_a_command_it_says_so() -> None:
    finished = subprocess.run([sys.executable, str(TOOL)], capture_output=True, text=True, timeout=60)
    assert finished.returncode != 0
