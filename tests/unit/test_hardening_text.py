"""Control and bidi characters from outside never enter the library, and never reach a terminal raw.

Our own variants of every kind: a license number with a CR, a company with CR/LF, ESC sequences,
U+202E and NUL, an attachment named so that `…gnp.exe` would read as `….png`.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from licdesk.cli import run
from licdesk.services.review_package import ReviewPackageError, export_package, import_package
from licdesk.store import Store
from licdesk.store import review as store_review
from tests.unit.test_review_domain import fictional_license

NUMBER = "京B2-20990001"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "licenses" / "combined_classes_shanghai.txt"

HOSTILE_COMPANIES = [
    "北京示例\r\n星河科技有限公司",
    "北京示例\x1b[2J\x1b[31m星河科技有限公司",
    "北京示例\u202e司公限有技科\u202c星河",
    "北京示例\x00星河\x07科技\x7f有限公司",
    "北京示例\u2066星河\u2069科技\u200f有限公司",
]
CONTROLS = [chr(c) for c in range(32) if c not in (9, 10)] + ["\x7f", "\u202a", "\u202b", "\u202c", "\u202d",
                                                             "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


def raw_controls(text: str) -> list[str]:
    return [c for c in text if c in CONTROLS]


def carried(office: Store, tmp_path: Path, edit) -> Path:  # noqa: ANN001
    """A package from `office` with its license JSON changed by `edit(body)`, as a hostile reviewer sends it."""
    package = export_package(office, [NUMBER], tmp_path / "clean.licreview")
    target = tmp_path / "hostile.licreview"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist():
            data = source.read(name)
            if name == "licenses/1.json":
                body = json.loads(data)
                edit(body)
                data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            out.writestr(name, data)
    return target


@pytest.fixture
def office(tmp_path: Path):  # noqa: ANN201
    with Store.open(tmp_path / "office.sqlite3") as store:
        store.save(fictional_license())
        store.add_attachment(NUMBER, "营业执照.png", PNG)
        yield store


@pytest.mark.parametrize("company", HOSTILE_COMPANIES)
def test_a_package_cannot_bring_control_or_bidi_characters_in(office: Store, tmp_path: Path, company: str) -> None:
    def edit(body: dict) -> None:
        body["license"]["company"] = company
        body["license"]["number"] = NUMBER + "\r"
        body["attachments"][0]["file_name"] = "营业执照\u202egnp.exe"
        body["attachments"][0]["note"] = "扫描件\x1b]0;title\x07，第\r二页"
        body["rounds"][0]["reviewer"] = "李\x1b[1m律师"
        body["rounds"][0]["reviews"][0]["note"] = "已整改\x1b[2J\u202e，见附件"

    package = carried(office, tmp_path, edit)
    with Store.open(tmp_path / "laptop.sqlite3") as laptop:
        import_package(laptop, package)
        lic = laptop.load(NUMBER)
        assert lic is not None and lic.number == NUMBER
        assert raw_controls(lic.company) == [] and lic.company.startswith("北京示例")
        [attachment] = laptop.attachments(NUMBER)
        assert raw_controls(attachment.file_name) == [] and attachment.file_name == "营业执照gnp.exe"
        assert raw_controls(attachment.note or "") == []
        [round_] = store_review.rounds(laptop, NUMBER)
        assert raw_controls(round_.reviewer) == []
        assert all(raw_controls(r.note) == [] for r in round_.reviews.values())


@pytest.mark.parametrize("number", ["京B2-2099\x1b[31m0001", "DROP TABLE licenses", "京B2-20990001\n京B2-20990002",
                                    "京B2-20990001'; --", "\u202e10099902-2B京"])
def test_a_package_number_must_be_a_license_number(office: Store, tmp_path: Path, number: str) -> None:
    package = carried(office, tmp_path, lambda body: body["license"].update(number=number))
    with Store.open(tmp_path / "laptop.sqlite3") as laptop:
        with pytest.raises(ReviewPackageError, match="编号无效"):
            import_package(laptop, package)
        assert laptop.count() == 0


@pytest.mark.parametrize("number", [NUMBER + "\u202e", "京B2-\x0020990001", "\r" + NUMBER])
def test_a_package_number_with_controls_around_a_real_number_keeps_the_number(office: Store, tmp_path: Path,
                                                                               number: str) -> None:
    package = carried(office, tmp_path, lambda body: body["license"].update(number=number))
    with Store.open(tmp_path / "laptop.sqlite3") as laptop:
        import_package(laptop, package)
        assert [s.number for s in laptop.summaries()] == [NUMBER]


def test_an_edit_cannot_save_control_characters(tmp_path: Path) -> None:
    with Store.open(tmp_path / "desk.sqlite3") as store:
        lic = dataclasses.replace(fictional_license(), company=HOSTILE_COMPANIES[1],
                                  legal_representative="王\u202e五", preamble="第一行\r\n第二行\r第三行\x1b")
        store.save(lic)
        stored = store.load(NUMBER)
        assert stored.company == "北京示例[2J[31m星河科技有限公司"
        assert stored.legal_representative == "王五"
        assert stored.preamble == "第一行\n第二行\n第三行"  # a text block keeps its lines
        assert [s.company for s in store.summaries(search="星河")] == [stored.company]


def test_an_imported_text_cannot_bring_them_either(db_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    if not SAMPLE.exists():
        pytest.skip("the sample license texts are not in tests/data/licenses")
    text = SAMPLE.read_text(encoding="utf-8").replace("上海青岚数据科技有限公司", "上海青岚\x1b[8m数据\u202e科技有限公司", 1)
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(text, encoding="utf-8")
    assert run(["import", str(hostile)]) == 0
    out = capsys.readouterr().out
    assert raw_controls(out) == []
    with Store.open(db_path) as store:
        [summary] = store.summaries()
        assert raw_controls(summary.company) == [] and raw_controls(store.load(summary.number).company) == []


def test_the_terminal_shows_controls_already_in_a_database_visibly(db_path: Path, capsys) -> None:  # noqa: ANN001
    """A database written before this licdesk can hold them: list and show print escapes, never the characters."""
    with Store.open(db_path) as store:
        store.save(fictional_license())
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE licenses SET company = ?, legal_representative = ?",
                 ("北京\x1b[2J示例\r星河\u202e科技", "王\x07五"))
    conn.commit()
    conn.close()
    assert run(["list"]) == 0
    listed = capsys.readouterr().out
    assert raw_controls(listed) == [] and "\\x1b[2J" in listed and "\\u202e" in listed and "\\r" in listed
    assert run(["show", NUMBER]) == 0
    shown = capsys.readouterr().out
    assert raw_controls(shown) == [] and "\\x07" in shown


def test_every_command_shows_controls_visibly_also_in_review_and_due_output(db_path: Path, capsys) -> None:  # noqa: ANN001
    with Store.open(db_path) as store:
        store.save(fictional_license())
        store_review.start_round(store, NUMBER, reviewer="审查人")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE licenses SET company = ?", ("北京\x1b]0;伪装标题\x07示例\u202e星河",))
    conn.execute("UPDATE clause_reviews SET note = ?", ("说明\r覆盖这一行\x1b[1A",))
    conn.commit()
    conn.close()
    for argv in (["review", "status", NUMBER], ["due", "--all"], ["trash"], ["show", NUMBER, "--json"]):
        assert run(argv) == 0, argv
        out = capsys.readouterr().out
        assert raw_controls(out) == [], argv
    assert run(["show", NUMBER, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["company"] == "北京\x1b]0;伪装标题\x07示例\u202e星河"  # JSON escapes: still exact
