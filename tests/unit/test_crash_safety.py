"""A writing licdesk killed with SIGKILL at random moments loses and corrupts nothing."""

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_thirty_kills_lose_nothing() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "crash_test.py"), "--kills", "30", "--json"],
        capture_output=True, text=True, timeout=600,
    )
    summary = json.loads(result.stdout)
    assert summary["problems"] == []
    assert summary["kills"] == 30
    assert summary["checks_passed"] == 30
    assert summary["records_lost"] == 0
    assert summary["committed_writes"] > 30  # the writer really wrote between the kills
    assert result.returncode == 0
