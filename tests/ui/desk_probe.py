"""A desk started in a process of its own, as `licdesk --screenshot` starts it, reporting one JSON line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from licdesk.importer import read_license
from licdesk.paths import resource_path
from licdesk.store import Store
from tests.ui.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[2]


def sample_library(path: Path) -> Path:
    """A database file holding the shipped sample licenses."""
    with Store.open(path) as store:
        for name in SAMPLES.values():
            store.save(read_license(resource_path("samples", name).read_bytes()))
    return path


def run_desk_probe(program: str, database: str | Path, tmp_path: Path) -> dict[str, Any]:
    """Run `program` (given the database as sys.argv[1]) offscreen, with settings of its own under
    `tmp_path`; what its last line of output says."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PYTHONPATH": str(ROOT)}  # this checkout's licdesk, run from a folder of its own
    done = subprocess.run([sys.executable, "-c", program, str(database)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])
