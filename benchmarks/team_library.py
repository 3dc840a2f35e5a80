#!/usr/bin/env python3
"""The team library against its targets, both engines side by side in one run, on one machine.

    python3 tools/pg_cluster.py -- .venv/bin/python benchmarks/team_library.py [--count 100000]
    .venv/bin/python benchmarks/team_library.py --pg postgresql://me@localhost/empty_db [--cache-dir DIR]

The same generated licenses (benchmarks/generate_library.py, cached as run_benchmarks.py caches them)
are stored in a SQLite file and in a team library on PostgreSQL over localhost (a throwaway server from
tools/pg_cluster.py, or the empty database --pg names). Measured, each on both engines:

  search   the library's first page (200) and its count for the benchmark's queries (median)
  save     one license changed and saved with its version check (median)
  start    the desk started (a child process, offscreen) until the first license is shown (median),
           as a ratio of the team library's start to the file's
  notify   a colleague's save seen by another desk's listener: from before the save to the news (median)

The figures go into the team-library section of docs/benchmarks.md (between its markers, below the
notes that run_benchmarks.py keeps). Never part of the test suite: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate_library import _median_ms as median_ms  # noqa: E402
from run_benchmarks import SEARCHES, TODAY, child_env, library, machine  # noqa: E402

BEGIN, END = "<!-- team library figures: begin -->", "<!-- team library figures: end -->"
TARGETS = {"search": 30.0, "save": 20.0, "start": 1.5, "notify": 1000.0}


def fill_team_library(url: str, source: Path, count: int) -> float:
    """Copy the file's licenses into the team library; returns the seconds it took."""
    from licdesk.cli import run
    from licdesk.store import Store

    if run(["team", "init", "--db", url]) != 0:
        raise SystemExit("licdesk team init failed")
    started = time.perf_counter()
    with Store.open(source, readonly=True) as file_store, Store.open(url) as team:
        if team.count() >= count:
            return 0.0
        batch = []
        for lic in file_store.licenses():
            batch.append(lic)
            if len(batch) == 500:
                team.save_many(batch, replace=True)
                batch.clear()
                print(f"  {team.count():,} stored", end="\r", flush=True)
        if batch:
            team.save_many(batch, replace=True)
    print()
    seconds = time.perf_counter() - started
    import psycopg

    with psycopg.connect(url, autocommit=True) as admin:  # what autovacuum does soon after a bulk load
        admin.execute("VACUUM ANALYZE")
    return seconds


def middle_license(store) -> str:  # noqa: ANN001 - a Store
    """A license from the middle of the list for the saves: the desk opens the first one, and the start
    must not read a history the measured saves wrote."""
    return store.summaries(today=TODAY, limit=1, offset=store.count() // 2)[0].number


def search_ms(location: str, repeat: int) -> float:
    from licdesk.store import Store

    with Store.open(location) as store:
        for query in SEARCHES:  # one untimed pass: the first query pays for reading the pages
            store.summaries(search=query, today=TODAY, limit=200)
        timings = [median_ms(lambda q=query: (store.summaries(search=q, today=TODAY, limit=200),
                                              store.count(search=q, today=TODAY)), repeat) for query in SEARCHES]
    return statistics.median(timings)


def save_ms(location: str, repeat: int) -> float:
    from licdesk.store import Store

    with Store.open(location) as store:
        number = middle_license(store)
        lic = store.load(number)
        assert lic is not None
        names = iter(f"示例代表{i}" for i in range(10 * repeat))

        def one_save() -> None:
            lic.legal_representative = next(names)
            store.save(lic, replace=True, expected_version=store.version(number))

        one_save()
        return median_ms(one_save, repeat)


DESK_CHILD = """
import sys, time
from licdesk import __main__ as entry
from licdesk.ui import app as desk_app
def settled(qapp, window, _path):
    while window.opening_pending:
        qapp.processEvents()
    qapp.processEvents()
    print("SETTLED %.6f" % time.time(), flush=True)
    return 0
desk_app.save_screenshot = settled
sys.exit(entry.main(["--db", sys.argv[1], "--screenshot", "unused.png"]))
"""


def start_ms(location: str) -> float:
    started = time.time()
    result = subprocess.run([sys.executable, "-c", DESK_CHILD, location], capture_output=True, text=True,
                            timeout=300, env=child_env(), cwd=tempfile.gettempdir())
    for line in result.stdout.splitlines():
        if line.startswith("SETTLED "):
            return (float(line.split()[1]) - started) * 1000
    raise RuntimeError(f"the desk did not start on {location}:\n{result.stderr[-2000:]}")


def notify_ms(url: str, repeat: int) -> float:
    from licdesk.store import Store
    from licdesk.store.team.live import ChangeListener
    from licdesk.store.team.location import TeamLibrary

    listener = ChangeListener(TeamLibrary.parse(url))
    try:
        with Store.open(url) as colleague:
            number = middle_license(colleague)
            lic = colleague.load(number)
            assert lic is not None
            timings = []
            for i in range(repeat):
                lic.legal_representative = f"示例同事{i}"
                started = time.perf_counter()
                colleague.save(lic, replace=True)
                deadline = started + 5
                seen = False
                while not seen and time.perf_counter() < deadline:
                    seen = any(change.number == number for change in listener.changes(timeout=0.05))
                if not seen:
                    raise RuntimeError("a colleague's save never arrived")
                timings.append((time.perf_counter() - started) * 1000)
                for _ in listener.changes(timeout=0.05):  # the rest of this save's news
                    pass
    finally:
        listener.close()
    return statistics.median(timings)


def write_section(path: Path, text: str) -> None:
    body = path.read_text(encoding="utf-8") if path.exists() else ""
    block = f"{BEGIN}\n{text.rstrip()}\n{END}\n"
    if BEGIN in body and END in body:
        head, rest = body.split(BEGIN, 1)
        body = head + block + rest.split(END, 1)[1].lstrip("\n")
    else:
        body = body.rstrip("\n") + "\n\n" + block
    path.write_text(body, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "licdesk-bench")
    parser.add_argument("--pg", default=os.environ.get("LICDESK_TEST_PG", ""),
                        help="an empty PostgreSQL database to fill (default: a throwaway server)")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--write", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    url = args.pg
    if not url:
        parser.error("name an empty PostgreSQL database with --pg, or run under tools/pg_cluster.py")
    args.cache_dir.mkdir(parents=True, exist_ok=True)
    # A copy: the saves measured must not change the cached library other benchmarks read.
    source = Path(tempfile.mkdtemp(prefix="licdesk-team-bench-")) / "library.sqlite3"
    shutil.copyfile(library(args.cache_dir, args.count), source)
    print(f"filling the team library with {args.count:,} licenses", flush=True)
    fill_seconds = fill_team_library(url, source, args.count)
    figures: dict[str, dict[str, float]] = {"sqlite": {}, "postgresql": {}}
    for engine, location in (("sqlite", str(source)), ("postgresql", url)):
        print(f"{engine}: search, save", flush=True)
        figures[engine]["search"] = search_ms(location, args.repeat)
        figures[engine]["save"] = save_ms(location, args.repeat)
    starts: dict[str, list[float]] = {"sqlite": [], "postgresql": []}
    for _ in range(args.starts):  # alternating, so both engines meet the same machine
        for engine, location in (("sqlite", str(source)), ("postgresql", url)):
            starts[engine].append(start_ms(location))
    for engine in starts:
        figures[engine]["start"] = statistics.median(starts[engine])
    notify = notify_ms(url, args.repeat)
    ratio = figures["postgresql"]["start"] / figures["sqlite"]["start"]
    verdict = {
        "search": figures["postgresql"]["search"] <= TARGETS["search"],
        "save": figures["postgresql"]["save"] <= TARGETS["save"],
        "start": ratio <= TARGETS["start"],
        "notify": notify <= TARGETS["notify"],
    }

    def mark(ok: bool) -> str:
        return "met" if ok else "**not met**"

    info = machine()
    lines = [
        "## Team library (PostgreSQL) beside the file (SQLite)",
        "",
        f"`benchmarks/team_library.py --count {args.count}` on {dt.date.today().isoformat()}, "
        f"{info.get('CPU', '?')}, {info.get('Cores', '')}; PostgreSQL 15 on localhost (Unix socket, started with "
        f"`tools/pg_cluster.py --durable`: fsync and synchronous commit on, as an office server runs). Both "
        f"engines hold the same {args.count:,} generated licenses; "
        + (f"filling the team library took {fill_seconds:.0f} s." if fill_seconds
           else "the team library was filled by an earlier run against the same server, then vacuumed."),
        "",
        "| measure | SQLite file | team library | target (team library) | |",
        "|---|---|---|---|---|",
        f"| search: first page (200) + count, median of the queries | {figures['sqlite']['search']:.1f} ms | "
        f"{figures['postgresql']['search']:.1f} ms | ≤ 30 ms | {mark(verdict['search'])} |",
        f"| save one license with its version check, median | {figures['sqlite']['save']:.1f} ms | "
        f"{figures['postgresql']['save']:.1f} ms | ≤ 20 ms | {mark(verdict['save'])} |",
        f"| desk start until the first license shows, median of {args.starts} | {figures['sqlite']['start']:.0f} ms | "
        f"{figures['postgresql']['start']:.0f} ms ({ratio:.2f}×) | ≤ 1.5 × the file | {mark(verdict['start'])} |",
        f"| a colleague's save seen by another desk, median | — | {notify:.0f} ms | ≤ 1 s | {mark(verdict['notify'])} |",
    ]
    text = "\n".join(lines)
    print(text)
    if args.write:
        write_section(args.write, text)
    print(json.dumps({"figures": figures, "notify_ms": notify, "ratio": ratio}))
    return 0 if all(verdict.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
