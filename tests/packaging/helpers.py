"""Shared by the packaging tests: a clean copy of the tracked sources, and running pip quietly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Words pip and PyInstaller print when an index cannot be reached.
_OFFLINE_SIGNS = ("Could not find a version", "No matching distribution", "Failed to establish",
                  "Temporary failure in name resolution", "Network is unreachable", "ConnectionError")


def tracked_source_copy(target: Path) -> Path:
    """Copy the files git tracks (as they are in the working tree) into target: no caches, no venv."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: cannot tell tracked files from build output")
    listing = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
    for name in listing.stdout.decode("utf-8").split("\0"):
        source = ROOT / name
        if name and source.is_file():  # a tracked file deleted in the working tree is skipped
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)
    return target


def quiet_env(**extra: str) -> dict[str, str]:
    """The test's environment for a child process, without writing bytecode into the checkout."""
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONPATH", None)
    env.update(extra)
    return env


def run_or_skip_offline(command: list[str], *, cwd: Path, timeout: float, what: str,
                        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run a build step; skip (naming the reason) only when it failed for want of a network."""
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                            env=env or quiet_env())
    if result.returncode != 0:
        output = result.stdout + result.stderr
        if any(sign in output for sign in _OFFLINE_SIGNS):
            pytest.skip(f"{what} needs packages from the network, and there is none: "
                        f"{output.strip().splitlines()[-1]}")
        pytest.fail(f"{what} failed (exit {result.returncode}):\n{output[-4000:]}")
    return result


def python() -> str:
    return sys.executable
