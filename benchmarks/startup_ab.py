"""Launch-to-shown of two or more licdesk trees, interleaved run by run beside the plain floor.

    .venv/bin/python benchmarks/startup_ab.py 21 new=. old=/tmp/old-tree

Make the old tree with `git worktree add /tmp/old-tree <commit>`.  On a machine whose speed drifts,
a step smaller than the spread of one run can only be judged this way.  Set STARTUP_AB_PLATFORM=xcb
(with DISPLAY) to measure on a real X server.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run_benchmarks as rb  # noqa: E402 - the benchmark's own programs and library

from licdesk.paths import resource_path  # noqa: E402


def launch(command: list[str], env: dict[str, str]) -> tuple[float | None, float | None]:
    started = time.time()
    out = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env,
                         cwd=tempfile.gettempdir()).stdout
    marks = {line.split()[0]: (float(line.split()[1]) - started) * 1000
             for line in out.splitlines() if line.startswith(("SHOWN ", "SETTLED "))}
    return marks.get("SHOWN"), marks.get("SETTLED")


def main(argv: list[str]) -> int:
    runs, variants = int(argv[0]), [arg.split("=", 1) for arg in argv[1:]]
    db = str(rb.library(Path(tempfile.gettempdir()) / "licdesk-bench", 10_000))
    font = str(resource_path("fonts", "wqy-microhei.ttc"))
    base = rb.child_env()
    base["QT_QPA_PLATFORM"] = os.environ.get("STARTUP_AB_PLATFORM", "offscreen")
    for _, tree in variants:  # an installed licdesk has its .pyc files
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(tree) / "licdesk")], check=True)
    shown: dict[str, list[float]] = {name: [] for name, _ in variants}
    settled: dict[str, list[float]] = {name: [] for name, _ in variants}
    floor: list[float] = []
    for run in range(runs + 1):  # the first round only warms the file cache
        for name, tree in variants:
            at_shown, at_settled = launch([sys.executable, "-c", rb.DESK_WINDOW, db],
                                          dict(base, PYTHONPATH=str(Path(tree).resolve())))
            if run and at_shown and at_settled:
                shown[name].append(at_shown)
                settled[name].append(at_settled)
        at_floor, _ = launch([sys.executable, "-c", rb.PLAIN_FLOOR_WINDOW, db, font], base)
        if run and at_floor:
            floor.append(at_floor)
    reference = statistics.median(floor)
    print(f"floor {reference:.0f} ms ({len(floor)} runs)")
    for name, _ in variants:
        s, t = statistics.median(shown[name]), statistics.median(settled[name])
        print(f"{name:10s} shown {s:.0f} ms ({s / reference:.2f} ×)   first license {t:.0f} ms ({t / reference:.2f} ×)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
