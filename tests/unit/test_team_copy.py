"""A clerk's file pushed into the team library, the team library taken along as a file and brought back,
on a real PostgreSQL server and real SQLite files: every license whole, with its history, attachments,
closing and reviews; nothing half written when a push or a copy stops."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from licdesk.cli import run
from licdesk.domain import review as rv
from licdesk.domain.model import Inspection
from licdesk.services.review_package import export_package, import_package
from licdesk.store import Store, StoreError, copying, library_meta
from licdesk.store import closures as store_closures
from licdesk.store import review as store_review
from licdesk.store.team import travel
from licdesk.store.team.roles import ADMINISTRATOR, CLERK, READER
from tests.unit.test_store_samples import plain_license, rich_license

RICH = "京B1.B2-20990001"
OLD, NEW = "沪B2-20990101", "沪B2-20990102"
PDF = b"%PDF-1.4\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64




def fill_clerk_file(path: Path) -> Path:
    """A one-clerk library with everything a license can carry: edits (kept versions), a yearly record,
    attachments, a closing naming its replacement, a review round with a conflict, one in the trash."""
    with Store.open(path) as store:
        store.save(rich_license())
        edited = rich_license(company="北京青禾远景示例科技有限公司（更名后）")
        edited.inspections.append(Inspection(year=2025, result="已报送", date=dt.date(2026, 3, 1)))
        store.save(edited, replace=True)
        store.add_attachment(RICH, "正本.pdf", PDF, note="扫描件")
        store.add_attachment(RICH, "副本.png", PNG)
        store.save(plain_license(NEW, "上海示例新证有限公司", dt.date(2031, 1, 1)))
        store.save(plain_license(OLD, "上海示例旧证有限公司", dt.date(2026, 1, 1)))
        store_closures.close_license(store, OLD, "replaced", dt.date(2025, 12, 1), replaced_by=NEW, note="换发新证")
        round_ = store_review.start_round(store, RICH, "王审核")
        store_review.update_review(store, round_.uuid, "1", status=rv.COMPLIANT, note="已落实", by="王审核")
        store.save(plain_license("粤B2-20990103", "广州示例回收有限公司", dt.date(2030, 1, 1)))
        store.delete("粤B2-20990103")
        library_meta.set_tracking_start_year(store, 2024)
    return path


def whole(store: Store, number: str) -> dict[str, Any]:
    """Everything a clerk can see of one license, in a form two libraries can be compared by."""
    lic = store.load(number, include_trash=True)
    assert lic is not None, number
    closure = store_closures.closure(store, number)
    return {
        "license": lic.to_dict(),
        "in_trash": store.in_trash(number),
        "version": store.version(number),
        "versions": [(v.version, v.saved_at, store.load_version(number, v.version).to_dict())
                     for v in store.versions(number)],
        "attachments": [(a.sha256, a.file_name, a.mime, a.size, a.note, store.attachment_data(a.id))
                        for a in store.attachments(number)],
        "closure": None if closure is None else (closure.kind, closure.closed_on, closure.replaced_by, closure.note),
        "rounds": [(r.uuid, r.reviewer, r.started, r.finished, sorted(r.reviews.items()))
                   for r in store_review.rounds(store, number)],
        "history": [(e.at, e.action, e.field, e.old, e.new) for e in store.audit(number)],
    }


def numbers_of(store: Store) -> list[str]:
    return sorted([s.number for s in store.summaries()] + [s.number for s in store.list_trash()])


def test_a_push_adds_what_is_new_lists_what_the_library_has_and_overwrites_nothing(
        team: str, tmp_path: Path, login_as, capsys: pytest.CaptureFixture[str]) -> None:
    mine = fill_clerk_file(tmp_path / "mine.sqlite3")
    clerk = login_as(CLERK)
    with Store.open(clerk) as library:
        library.save(plain_license(NEW, "团队库里已有的公司", dt.date(2032, 1, 1)))  # a colleague's, kept as it is

    assert run(["team", "push", str(mine), "--db", clerk]) == 0
    out = capsys.readouterr().out
    assert "已加入 2 份" in out and "跳过 1 份" in out and NEW in out

    with Store.open(mine, readonly=True) as source, Store.open(clerk) as library:
        assert library.load(NEW).company == "团队库里已有的公司"  # not overwritten
        assert numbers_of(library) == sorted([NEW, OLD, RICH])  # the file's trash stays the clerk's own
        for number in (RICH, OLD):
            assert whole(source, number) == whole(library, number), number
        assert len(whole(library, RICH)["versions"]) == 2 and library.load(RICH).inspections
        assert {e.db_user for e in library.audit(RICH)} == {urlsplit(clerk).username}
        assert library_meta.tracking_start_year(library) is None  # the library's own settings stand
        assert library.summaries(search="旧证")[0].number == OLD  # found by search, as if saved there

    assert run(["team", "push", str(mine), "--db", clerk]) == 0  # again: everything is already there
    assert "已加入 0 份" in capsys.readouterr().out


def test_a_push_that_stops_half_way_leaves_whole_licenses_and_a_second_push_adds_the_rest(
        team: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    mine = fill_clerk_file(tmp_path / "mine.sqlite3")
    real_copy = copying._copy_attachments
    calls = {"n": 0}

    def fails_on_the_second(source, target, old_id, new_id) -> None:  # noqa: ANN001
        calls["n"] += 1
        real_copy(source, target, old_id, new_id)
        if calls["n"] == 2:  # the second license's rows are half written when the disk fills
            raise __import__("sqlite3").OperationalError("database or disk is full")

    monkeypatch.setattr(copying, "_copy_attachments", fails_on_the_second)
    assert run(["team", "push", str(mine), "--db", team]) == 2
    err = capsys.readouterr().err
    assert "已加入 1 份" in err and "再次推送" in err
    with Store.open(team) as library:
        assert numbers_of(library) == [RICH]  # the first, whole; nothing of the second
        assert len(library.attachments(RICH)) == 2
        assert library._conn.execute("SELECT count(*) FROM search_keys").fetchone()[0] == 1
        assert library._conn.execute("SELECT count(*) FROM license_versions").fetchone()[0] == 2

    monkeypatch.setattr(copying, "_copy_attachments", real_copy)
    assert run(["team", "push", str(mine), "--db", team]) == 0
    assert "已加入 2 份" in capsys.readouterr().out
    with Store.open(team) as library:
        assert numbers_of(library) == sorted([NEW, OLD, RICH])
        assert store_closures.closure(library, OLD).replaced_by == NEW  # linked once the new one arrived


def test_a_reader_s_push_is_refused_in_one_line(team: str, tmp_path: Path, login_as,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    mine = fill_clerk_file(tmp_path / "mine.sqlite3")
    assert run(["team", "push", str(mine), "--db", login_as(READER)]) == 2
    err = capsys.readouterr().err
    assert "只有查看的权限" in err and len(err.strip().splitlines()) == 1
    with Store.open(team) as library:
        assert numbers_of(library) == []


def test_a_snapshot_holds_every_license_whole_and_opens_offline_read_and_write(
        team: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["team", "push", str(fill_clerk_file(tmp_path / "mine.sqlite3")), "--db", team]) == 0
    with Store.open(team) as library:
        library.save(plain_license("粤B2-20990103", "团队库回收站里的公司", dt.date(2030, 1, 1)))
        library.delete("粤B2-20990103")
        library_meta.set_tracking_start_year(library, 2023)
    copy = tmp_path / "带走" / "offline.sqlite3"
    assert run(["team", "snapshot", "--db", team, "-o", str(copy)]) == 0
    assert "4 份许可证" in capsys.readouterr().out
    assert sorted(p.name for p in copy.parent.iterdir()) == ["offline.sqlite3"]  # no temporary left

    with Store.open(team) as library, Store.open(copy) as offline:
        assert not offline.is_team_library
        assert numbers_of(offline) == numbers_of(library)
        for number in numbers_of(library):
            ours, theirs = whole(library, number), whole(offline, number)
            assert ours == theirs, number
        origin = library_meta.snapshot_origin(offline)
        assert origin is not None and origin.source == library.team_library.describe()
        assert abs(origin.taken_at - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=5)
        assert library_meta.tracking_start_year(offline) == 2023
        assert offline.summaries(search="旧证")[0].number == OLD
        offline.save(plain_license("京B2-20990199", "离线新增示例有限公司", dt.date(2030, 1, 1)))  # writable
        assert not offline.check()

    assert run(["team", "snapshot", "--db", team, "-o", str(copy)]) == 2  # never over an existing file …
    assert "--force" in capsys.readouterr().err
    with Store.open(copy, readonly=True) as offline:
        assert offline.exists("京B2-20990199")
    assert run(["team", "snapshot", "--db", team, "-o", str(copy), "--force"]) == 0  # … unless told
    with Store.open(copy, readonly=True) as offline:
        assert not offline.exists("京B2-20990199")


def test_a_snapshot_that_fails_leaves_no_file(team: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(["team", "push", str(fill_clerk_file(tmp_path / "mine.sqlite3")), "--db", team]) == 0
    real_copy = copying.copy_audit

    def fails(*args: Any, **kwargs: Any) -> None:
        real_copy(*args, **kwargs)
        raise __import__("sqlite3").OperationalError("database or disk is full")

    monkeypatch.setattr(copying, "copy_audit", fails)
    (tmp_path / "out").mkdir()
    with Store.open(team) as library, pytest.raises(StoreError):
        travel.take_snapshot(library, tmp_path / "out" / "offline.sqlite3")
    assert list((tmp_path / "out").iterdir()) == []


def test_a_review_done_on_the_snapshot_comes_back_as_a_package(team: str, tmp_path: Path) -> None:
    assert run(["team", "push", str(fill_clerk_file(tmp_path / "mine.sqlite3")), "--db", team]) == 0
    copy = tmp_path / "offline.sqlite3"
    with Store.open(team) as library:
        travel.take_snapshot(library, copy)
        [current] = store_review.rounds(library, RICH)
    with Store.open(copy) as offline:
        scan = offline.add_attachment(RICH, "整改回执.pdf", b"%PDF-1.4 receipt")
        store_review.update_review(offline, current.uuid, "2", status=rv.PARTLY, note="离线：待补材料",
                                   evidence=[scan.sha256], by="李律师")
        package = export_package(offline, [RICH], tmp_path / "back.licreview", created_by="李律师")
    with Store.open(team) as library:
        store_review.update_review(library, current.uuid, "1", note="办公室同期补充", by="王审核")  # meanwhile
        report = import_package(library, package)
        assert report.licenses[0].attachments_added == 1 and report.conflicts == 0
        came_back = store_review.load_round(library, current.uuid).reviews
        assert (came_back["2"].status, came_back["2"].note, came_back["2"].evidence) == (
            rv.PARTLY, "离线：待补材料", (scan.sha256,))
        assert (came_back["1"].status, came_back["1"].note) == (rv.COMPLIANT, "办公室同期补充")  # the office's stays


def test_a_backup_of_the_team_library_is_a_portable_snapshot_in_the_backups_folder(
        team: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["team", "push", str(fill_clerk_file(tmp_path / "mine.sqlite3")), "--db", team]) == 0
    capsys.readouterr()
    assert run(["backup", "--db", team]) == 0
    out = capsys.readouterr().out
    [made] = [Path(word) for word in out.split() if word.endswith(".sqlite3")]
    assert made.is_file() and made.parent.parent.name == "backups" and made.parent.name.startswith("team-")
    with Store.open(made, readonly=True) as offline:
        assert numbers_of(offline) == sorted([NEW, OLD, RICH])
        assert library_meta.snapshot_origin(offline) is not None
    assert run(["backup", "--db", team, "-o", str(tmp_path / "b.sqlite3")]) == 0
    assert (tmp_path / "b.sqlite3").is_file()


def test_a_restore_is_an_administrator_s_and_replaces_the_content_in_one_go(
        team: str, tmp_path: Path, login_as, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["team", "push", str(fill_clerk_file(tmp_path / "mine.sqlite3")), "--db", team]) == 0
    copy = tmp_path / "offline.sqlite3"
    assert run(["team", "snapshot", "--db", team, "-o", str(copy)]) == 0
    with Store.open(team) as library:
        before = {number: whole(library, number) for number in numbers_of(library)}
        library.save(plain_license("京B2-20990177", "恢复前新增的公司", dt.date(2030, 1, 1)))
        library.delete(RICH)
    capsys.readouterr()

    clerk = login_as(CLERK)
    assert run(["team", "restore", str(copy), "--db", clerk, "--yes"]) == 2
    err = capsys.readouterr().err
    assert "licdesk_administrator" in err and len(err.strip().splitlines()) == 1
    admin = login_as(ADMINISTRATOR)
    assert run(["team", "restore", str(copy), "--db", admin]) == 2  # no --yes: told what it would do
    assert "--yes" in capsys.readouterr().err
    with Store.open(team) as library:
        assert library.exists("京B2-20990177")  # nothing changed so far

    assert run(["team", "restore", str(copy), "--db", admin, "--yes"]) == 0
    assert "3 份许可证" in capsys.readouterr().out
    with Store.open(clerk) as library:
        assert not library.exists("京B2-20990177") and not library.in_trash(RICH)
        after = {number: whole(library, number) for number in numbers_of(library)}
        assert after == before
        library.save(plain_license("京B2-20990178", "恢复后新增的公司", dt.date(2030, 1, 1)))  # the clerk writes on


def test_a_reader_takes_a_copy_and_licenses_entered_in_it_come_back_by_a_push(
        team: str, tmp_path: Path, login_as, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["team", "push", str(fill_clerk_file(tmp_path / "mine.sqlite3")), "--db", team]) == 0
    copy = tmp_path / "offline.sqlite3"
    assert run(["team", "snapshot", "--db", login_as(READER), "-o", str(copy)]) == 0  # reading is enough
    with Store.open(copy) as offline:
        offline.save(plain_license("京B2-20990188", "出差时录入的示例公司", dt.date(2030, 6, 30)))
    capsys.readouterr()
    assert run(["team", "push", str(copy), "--db", login_as(CLERK)]) == 0
    out = capsys.readouterr().out
    assert "已加入 1 份" in out and "跳过 3 份" in out
    with Store.open(team) as library:
        assert library.load("京B2-20990188").company == "出差时录入的示例公司"
        assert library_meta.snapshot_origin(library) is None  # the library never calls itself a copy
