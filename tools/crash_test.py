#!/usr/bin/env python3
"""Crash test: kill a writing licdesk with SIGKILL at random moments and check that nothing is lost.

A writer process imports, replaces, deletes and restores licenses in a loop and appends a line to a
journal after each commit returns.  The parent kills it at a random moment, then checks the database:

  * PRAGMA integrity_check and foreign_key_check pass;
  * every license in it is whole: it equals, field for field, the license the writer built for the
    revision it carries (no half-saved services, websites or clauses);
  * everything the journal says was committed is there (at that revision or a later one; deleted
    ones in the trash);
  * every backup the writer finished (it makes one now and then) is whole and holds licenses.

    python tools/crash_test.py --kills 1000            # the long run
    python tools/crash_test.py --kills 30 --json       # what the test suite runs

Prints a summary (kills, checks passed, records lost) and exits non-zero when anything was lost.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from licdesk.domain.model import Clause, Inspection, License, Service, Website  # noqa: E402


def build_license(serial: int, revision: int) -> License:
    """A fictional license whose every part depends on (serial, revision): wholeness can be checked."""
    tag = f"{serial}-{revision}"
    return License(
        number=f"沪B2-2020{serial:04d}",
        company=f"上海崩溃测试{serial}号科技有限公司",
        legal_representative=f"测试人{revision}",
        title="中华人民共和国增值电信业务经营许可证",
        services=[Service("信息服务业务（仅限互联网信息服务）", None, f"修订{tag}"),
                  Service("在线数据处理与交易处理业务", "全国", None)],
        issue_date=None,
        annex=[Website(f"站点{tag}-{i}", [f"s{i}-r{revision}.crash{serial}.cn", f"www.crash{serial}-{i}.cn"],
                       "上海", "示例云") for i in range(revision % 4 + 1)],
        clauses=[Clause(n, f"{n}、", f"条款{tag}-{n}", None,
                        [Clause(k, f"（{k}）", f"子项{tag}-{n}-{k}") for k in range(1, 4)])
                 for n in range(1, 6 + revision % 5)],
        inspections=[Inspection(2018 + i, "合格") for i in range(revision % 3)],
    )


def revision_of(lic: License) -> int:
    return int(lic.legal_representative.removeprefix("测试人"))


# -- the writer (child process) ----------------------------------------------------------------
def run_writer(db: Path, journal: Path, seed: int) -> None:
    from licdesk.store import Store

    rnd = random.Random(seed)
    store = Store.open(db)
    with journal.open("a", encoding="utf-8") as log:
        def note(*fields: object) -> None:
            log.write(" ".join(map(str, fields)) + "\n")
            log.flush()
            os.fsync(log.fileno())

        while True:
            serial = rnd.randrange(40)
            number = build_license(serial, 0).number
            existing = store.load(number)
            action = rnd.random()
            if existing is None:
                in_trash = any(s.number == number for s in store.list_trash())
                if in_trash and action < 0.5:
                    store.undelete(number)
                    note("undelete", number)
                elif not in_trash:
                    store.save(build_license(serial, 0))
                    note("save", number, 0)
            elif action < 0.15:
                store.delete(number)
                note("delete", number)
            elif action > 0.96:  # a kill may land in a backup: a finished one must be whole
                store.automatic_backup("crash-test", keep=3)
                note("backup", number)
            else:
                revision = revision_of(existing) + 1
                store.save(build_license(serial, revision), replace=True)
                note("save", number, revision)


# -- the checker (parent) --------------------------------------------------------------------------
def _pair_index_problems(store) -> list[str]:  # noqa: ANN001 - a licdesk Store
    """Every license's identifying fields must be found through the pair index (short searches)."""
    from licdesk.store import search

    problems = []
    for license_id, folded in store.db.execute("SELECT license_id, folded FROM search_keys").fetchall():
        words = search.pair_words(folded).split()
        for word in {words[0], words[-1]} if words else ():
            found = store.db.execute("SELECT 1 FROM search_pairs WHERE search_pairs MATCH ? AND rowid = ?",
                                     (word, license_id)).fetchone()
            if found is None:
                problems.append(f"license id {license_id}: pair {word} missing from the pair index")
    return problems


def _backup_problems(db: Path) -> list[str]:
    """Every backup that took its name is whole (a kill mid-copy leaves only a .partial, never a named file)."""
    problems = []
    for backup in sorted((db.parent / "backups").glob("licdesk-*.sqlite3")):
        conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            verdict = conn.execute("PRAGMA quick_check").fetchall()
            count = conn.execute("SELECT count(*) FROM licenses").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            verdict, count = [(str(exc),)], 0
        finally:
            conn.close()
        if verdict != [("ok",)]:
            problems.append(f"backup {backup.name}: {verdict[:2]}")
        elif count == 0:
            problems.append(f"backup {backup.name}: holds no license")
    return problems


def check(db: Path, journal: Path) -> list[str]:
    """Problems found after a kill; an empty list means everything held."""
    from licdesk.store import Store

    problems: list[str] = []
    conn = sqlite3.connect(db)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            problems.append(f"integrity_check: {integrity[:3]}")
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign_key_check: {fk[:3]}")
    finally:
        conn.close()

    problems += _backup_problems(db)

    committed: dict[str, tuple[str, int]] = {}
    for line in journal.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts[0] == "save":
            committed[parts[1]] = ("present", int(parts[2]))
        elif parts[0] == "delete":
            committed[parts[1]] = ("trash", committed.get(parts[1], ("", 0))[1])
        elif parts[0] == "undelete":
            committed[parts[1]] = ("present", committed.get(parts[1], ("", 0))[1])

    # The writer journals an action after its commit returns, so a kill between the two leaves the
    # database exactly one action ahead of the journal: a delete not yet journaled is allowed once.
    unjournaled_delete: str | None = None
    with Store.open(db) as store:
        problems += [f"store check: {problem}" for problem in store.check()]
        problems += _pair_index_problems(store)
        trash = {s.number for s in store.list_trash()}
        for lic in store.licenses():
            serial = int(lic.number[-4:])
            expected = build_license(serial, revision_of(lic))
            if lic.to_dict() != expected.to_dict():
                problems.append(f"{lic.number}: not whole at revision {revision_of(lic)}")
        for number, (state, revision) in committed.items():
            lic = store.load(number)
            if state == "present" and lic is None and number in trash and unjournaled_delete is None:
                trashed = store.load(number, include_trash=True)
                # An earlier kill may have left a newer save unjournaled too: the database is ahead.
                if trashed is not None and revision_of(trashed) >= revision:
                    unjournaled_delete = number
                    continue
            if state == "present":
                if lic is None or number in trash:
                    trashed = store.load(number, include_trash=True)
                    where = (f"in the trash at revision {revision_of(trashed)}" if trashed is not None
                             else "not in the database at all")
                    problems.append(f"{number}: committed revision {revision} is missing ({where}; "
                                    f"unjournaled delete allowed for {unjournaled_delete})")
                elif revision_of(lic) < revision:
                    problems.append(f"{number}: revision {revision_of(lic)} < committed {revision}")
            elif state == "trash" and number not in trash and lic is None:
                problems.append(f"{number}: committed to the trash but gone")
    if not problems:
        _catch_up(db, journal, committed)
    return problems


def _catch_up(db: Path, journal: Path, committed: dict[str, tuple[str, int]]) -> None:
    """After a sound check, the journal records what the database holds (it may be a step ahead)."""
    from licdesk.store import Store

    lines = []
    with Store.open(db) as store:
        trash = {s.number for s in store.list_trash()}
        for number, (state, revision) in committed.items():
            lic = store.load(number, include_trash=True)
            if lic is None:
                continue
            if revision_of(lic) > revision:
                lines.append(f"save {number} {revision_of(lic)}")
            if number in trash and state != "trash":
                lines.append(f"delete {number}")
            elif number not in trash and state == "trash":
                lines.append(f"undelete {number}")
    if lines:
        with journal.open("a", encoding="utf-8") as log:
            log.write("\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--max-delay", type=float, default=0.6, help="longest run before a kill, seconds")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--writer", nargs=3, metavar=("DB", "JOURNAL", "SEED"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.writer:
        run_writer(Path(args.writer[0]), Path(args.writer[1]), int(args.writer[2]))
        return 0

    rnd = random.Random(args.seed)
    passed, problems = 0, []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="licdesk-crash-") as tmp:
        db, journal = Path(tmp) / "crash.sqlite3", Path(tmp) / "journal.txt"
        journal.touch()
        for kill in range(args.kills):
            child = subprocess.Popen(
                [sys.executable, __file__, "--writer", str(db), str(journal), str(rnd.randrange(2**31))],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            )
            time.sleep(rnd.uniform(0.15, 0.15 + args.max_delay))
            child.send_signal(signal.SIGKILL)
            _, stderr = child.communicate()
            if child.returncode != -signal.SIGKILL:
                problems.append(f"kill {kill}: writer ended by itself ({child.returncode}): {stderr.decode()[-300:]}")
                continue
            found = check(db, journal)
            if found:
                problems.extend(f"kill {kill}: {p}" for p in found)
            else:
                passed += 1
        records = len(journal.read_text(encoding="utf-8").splitlines())
    lost = sum(1 for p in problems if "missing" in p or "gone" in p or "<" in p)
    damaged = sum(1 for p in problems if "integrity_check" in p or "foreign_key" in p or "store check" in p
                  or "not whole" in p)
    broken_backups = sum(1 for p in problems if ": backup " in p)
    summary = {
        "kills": args.kills, "checks_passed": passed, "records_lost": lost, "integrity_failures": damaged,
        "broken_backups": broken_backups,
        "committed_writes": records, "problems": problems[:20],
        "seconds": round(time.monotonic() - started, 1),
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(f"kills: {args.kills}, checks passed: {passed}, records lost: {lost}, integrity failures: {damaged}, "
              f"broken backups: {broken_backups}, committed writes: {records}, {summary['seconds']} s")
        for problem in problems[:20]:
            print("  " + problem)
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
