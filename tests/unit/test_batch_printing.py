"""Printing many licenses at once, as the desk's batch printing and `licdesk pdf --all` both do it."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_pdf_support import pages_text, sample_license

import licdesk.cli as cli
from licdesk.pdf.document import RenderCancelled
from licdesk.pdf.options import PrintOptions
from licdesk.services.batch_printing import BatchRequest, print_licenses, run_batch
from licdesk.store import Store

LICENSES = [sample_license(number="京B2-20990001", company="甲示例有限公司"),
            sample_license(number="B1-20990003", company="丙示例有限公司", annex=[])]


@pytest.fixture
def filled_db(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        for lic in LICENSES:
            store.save(lic)
    return db_path


def test_one_file_each_in_a_new_folder(tmp_path: Path) -> None:
    folder = tmp_path / "新建" / "输出"
    items, written = print_licenses(LICENSES, None, combined=False, target=folder)
    assert sorted(p.name for p in written) == ["B1-20990003.pdf", "京B2-20990001.pdf"]
    assert [item.numbers for item in items] == [["京B2-20990001"], ["B1-20990003"]]
    assert "甲示例有限公司" in pages_text((folder / "京B2-20990001.pdf").read_bytes())[0]
    assert sorted(p.name for p in folder.iterdir()) == ["B1-20990003.pdf", "京B2-20990001.pdf"]  # no temporaries


def test_a_file_already_in_the_folder_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "京B2-20990001.pdf").write_bytes(b"the clerk's own file")
    _items, written = print_licenses(LICENSES, None, combined=False, target=tmp_path)
    assert sorted(p.name for p in written) == ["B1-20990003.pdf", "京B2-20990001 (2).pdf"]
    assert (tmp_path / "京B2-20990001.pdf").read_bytes() == b"the clerk's own file"


def test_one_combined_file(tmp_path: Path) -> None:
    target = tmp_path / "全部.pdf"
    items, written = print_licenses(LICENSES, PrintOptions(), combined=True, target=target)
    assert written == [target] and items[0].numbers == ["京B2-20990001", "B1-20990003"]
    text = " ".join(pages_text(target.read_bytes()))
    assert "甲示例有限公司" in text and "丙示例有限公司" in text


def test_a_cancelled_batch_writes_nothing(tmp_path: Path) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        return bool(asked)

    with pytest.raises(RenderCancelled):
        print_licenses(LICENSES, None, combined=False, target=tmp_path,
                       progress=lambda done, total: asked.append(done), cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_run_batch_names_what_is_gone_and_reports_instead_of_raising(filled_db: Path, tmp_path: Path) -> None:
    request = BatchRequest(filled_db, ["京B2-20990001", "京B2-20990099"], PrintOptions(), True, tmp_path / "x.pdf")
    outcome = run_batch(request)
    assert outcome.printed_numbers == ["京B2-20990001"] and outcome.missing_numbers == ["京B2-20990099"]
    assert outcome.written == [tmp_path / "x.pdf"] and not outcome.error
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    failed = run_batch(BatchRequest(filled_db, ["京B2-20990001"], PrintOptions(), False, blocked / "out"))
    assert failed.error and failed.written == []


def test_the_command_line_prints_as_the_desk_does_and_keeps_what_is_there(filled_db: Path, tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "out"
    assert cli.run(["pdf", "--all", "-o", str(folder), "--db", str(filled_db)]) == 0
    first = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert cli.run(["pdf", "--all", "-o", str(folder), "--db", str(filled_db)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*first, "京B2-20990001 (2).pdf", "B1-20990003 (2).pdf"])
    assert all((folder / name).read_bytes() == data for name, data in first.items())
    assert "已生成 2 个 PDF 文件" in capsys.readouterr().out
