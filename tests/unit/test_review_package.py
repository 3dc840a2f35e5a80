"""Review packages between two real databases: export, review elsewhere, import back, merge, conflicts;
and packages that are damaged or hostile, refused with one clear message and nothing written."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from licdesk.domain import review as rv
from licdesk.services.review_package import ReviewPackageError, export_package, import_package, open_package_view, read_package
from licdesk.store import Store
from licdesk.store import review as store_review
from tests.unit.test_review_domain import fictional_license

NUMBER = "京B2-20990001"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def office(tmp_path: Path):  # noqa: ANN201
    with Store.open(tmp_path / "office.sqlite3") as store:
        store.save(fictional_license())
        store.add_attachment(NUMBER, "营业执照.png", PNG)
        yield store


@pytest.fixture
def laptop(tmp_path: Path):  # noqa: ANN201
    with Store.open(tmp_path / "laptop.sqlite3") as store:
        yield store


def test_a_package_travels_to_another_laptop_and_its_notes_come_back_merged(office: Store, laptop: Store,
                                                                             tmp_path: Path) -> None:
    outgoing = export_package(office, [NUMBER], tmp_path / "out.licreview", created_by="王审核")
    [current] = store_review.rounds(office, NUMBER)  # the first round was started for the trip

    report = import_package(laptop, outgoing)
    assert report.licenses[0].created and report.licenses[0].rounds_added == 1
    assert report.licenses[0].attachments_added == 1
    assert laptop.load(NUMBER).company == "北京示例星河科技有限公司"
    evidence = laptop.attachments(NUMBER)[0].sha256

    # the lawyer reviews on the laptop; meanwhile the office edits too
    store_review.update_review(laptop, current.uuid, "1", status=rv.COMPLIANT, note="见投诉制度", by="李律师",
                               evidence=[evidence])
    store_review.update_review(laptop, current.uuid, "2", note="律师：年报已报送", by="李律师")
    store_review.update_review(office, current.uuid, "2", note="办公室：年报截图待补", by="王审核")
    store_review.update_review(office, current.uuid, "3.1", status=rv.PARTLY, by="王审核")
    scan = laptop.add_attachment(NUMBER, "年报回执.pdf", b"%PDF-1.4 receipt")
    store_review.update_review(laptop, current.uuid, "2", evidence=[scan.sha256], by="李律师")

    reply = export_package(laptop, [NUMBER], tmp_path / "reply.licreview", created_by="李律师")
    report = import_package(office, reply)
    outcome = report.licenses[0]
    assert not outcome.created and outcome.attachments_added == 1 and outcome.conflicts == 1
    merged = store_review.load_round(office, current.uuid).reviews
    assert (merged["1"].status, merged["1"].note, merged["1"].evidence) == (rv.COMPLIANT, "见投诉制度", (evidence,))
    assert merged["3.1"].status == rv.PARTLY  # our own change stays
    assert merged["2"].note == "办公室：年报截图待补"  # both changed the note: ours kept until chosen
    assert merged["2"].evidence == (scan.sha256,)  # only they changed the evidence
    [waiting] = store_review.conflicts(office)
    assert (waiting.conflict.field, waiting.conflict.ours, waiting.conflict.theirs) == (
        "note", "办公室：年报截图待补", "律师：年报已报送")
    store_review.resolve_conflict(office, waiting.id, "theirs", by="王审核")
    assert store_review.load_round(office, current.uuid).reviews["2"].note == "律师：年报已报送"

    # the same reply imported again changes nothing and raises no new conflict
    again = import_package(office, reply)
    assert again.conflicts == 0


def test_a_package_opens_as_a_read_only_view(office: Store, tmp_path: Path) -> None:
    package = export_package(office, [NUMBER], tmp_path / "p.licreview")
    view = open_package_view(package, tmp_path / "views")
    try:
        assert view.readonly and view.load(NUMBER) is not None
        assert len(store_review.rounds(view, NUMBER)) == 1
    finally:
        view.close()


def test_the_package_format_is_as_documented(office: Store, tmp_path: Path) -> None:
    package = export_package(office, [NUMBER], tmp_path / "p.licreview")
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        body = json.loads(archive.read("licenses/1.json"))
    assert names[0] == "manifest.json" and "licenses/1.json" in names
    assert any(n.startswith("attachments/") and len(n) == len("attachments/") + 64 for n in names)
    assert (manifest["format"], manifest["format_version"]) == ("licdesk-review-package", 1)
    assert body["license"]["number"] == NUMBER and body["rounds"][0]["reviews"]


def rewrite(package: Path, target: Path, change) -> Path:  # noqa: ANN001
    """A copy of the package with its entries passed through `change(name, data) -> [(name, data)]`."""
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist():
            for new_name, data in change(name, source.read(name)):
                out.writestr(new_name, data)
    return target


def edit_json(entry: str, edit):  # noqa: ANN001, ANN201
    def change(name: str, data: bytes):  # noqa: ANN202
        if name == entry:
            value = json.loads(data)
            edit(value)
            data = json.dumps(value).encode()
        return [(name, data)]
    return change


@pytest.mark.parametrize("change, words", [
    (lambda n, d: [(n, d), ("../../evil.txt", b"x")] if n == "manifest.json" else [(n, d)], "不允许的文件名"),
    (lambda n, d: [(n, d), ("/etc/passwd", b"x")] if n == "manifest.json" else [(n, d)], "不允许的文件名"),
    (edit_json("manifest.json", lambda m: m.update(format_version=99)), "更新版本"),
    (edit_json("manifest.json", lambda m: m.update(format="other")), "不是 licdesk 审查包"),
    (edit_json("licenses/1.json", lambda b: b["rounds"][0]["reviews"][0].update(status="maybe")), "审查轮次无效"),
    (edit_json("licenses/1.json", lambda b: b["rounds"][0]["reviews"][0].update(clause_key="../1")), "审查轮次无效"),
    (edit_json("licenses/1.json", lambda b: b["rounds"][0]["reviews"][0].update(due="2027-02-30")), "审查轮次无效"),
    (edit_json("licenses/1.json", lambda b: b.update(license=[])), "许可证数据无效"),
    (lambda n, d: [(n, d + b"tampered" if n.startswith("attachments/") else d)], "校验值不符"),
    (lambda n, d: [] if n == "licenses/1.json" else [(n, d)], "缺少文件"),
    (lambda n, d: [(n, b"{not json" if n == "manifest.json" else d)], "不是有效的 JSON"),
])
def test_a_damaged_or_hostile_package_is_refused_and_nothing_written(office: Store, laptop: Store, tmp_path: Path,
                                                                     change, words: str) -> None:  # noqa: ANN001
    package = export_package(office, [NUMBER], tmp_path / "p.licreview")
    bad = rewrite(package, tmp_path / "bad.licreview", change)
    with pytest.raises(ReviewPackageError, match=words):
        import_package(laptop, bad)
    assert laptop.load(NUMBER) is None


def test_a_zip_bomb_and_a_non_zip_are_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.licreview"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("manifest.json", b" " * (15 * 1024 * 1024))
    with pytest.raises(ReviewPackageError, match="解压后过大"):
        read_package(bomb)
    text = tmp_path / "license.txt"
    text.write_text("经营许可证编号：京B2-20990001", encoding="utf-8")
    with pytest.raises(ReviewPackageError, match="不是 licdesk 审查包"):
        read_package(text)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        out.writestr("readme.txt", "hello")
    (tmp_path / "other.zip").write_bytes(buffer.getvalue())
    with pytest.raises(ReviewPackageError):
        read_package(tmp_path / "other.zip")
