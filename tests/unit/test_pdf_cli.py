"""`licdesk pdf` on a real database: one file, all files, bad input, glyph warnings."""

from __future__ import annotations

import pytest
from test_pdf_support import pages_text, sample_license, squeeze

import licdesk.cli as cli
from licdesk.store import Store


@pytest.fixture
def filled_db(db_path):
    with Store.open(db_path) as store:
        store.save(sample_license(number="京B2-20990001", company="甲示例有限公司"))
        store.save(sample_license(number="B1-20990003", company="丙示例😀有限公司", annex=[]))
    return db_path


def test_one_license_to_a_file_with_parts_watermark_and_reference(filled_db, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    code = cli.run(["pdf", "京B2-20990001", "-o", str(out), "--db", str(filled_db),
                    "--parts", "certificate,annex", "--watermark", "复印无效", "--reference", "REF-7"])
    assert code == 0
    texts = pages_text(out.read_bytes())
    assert len(texts) == 2
    assert "甲示例有限公司" in texts[0]
    assert all("复印无效" in squeeze(t) and "REF-7" in t for t in texts)
    assert capsys.readouterr().err == ""


def test_all_licenses_to_a_folder_with_glyph_warnings_on_stderr(filled_db, tmp_path, capsys):
    folder = tmp_path / "out"
    assert cli.run(["pdf", "--all", "-o", str(folder), "--db", str(filled_db)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["B1-20990003.pdf", "京B2-20990001.pdf"]
    err = capsys.readouterr().err
    assert "B1-20990003" in err and "U+1F600" in err and "警告" in err


@pytest.mark.parametrize("argv, words", [
    (["pdf", "京B2-00000000", "-o", "{tmp}/a.pdf"], "京B2-00000000"),
    (["pdf", "京B2-20990001", "-o", "{tmp}/a.pdf", "--parts", "cover,annex"], "cover"),
    (["pdf", "-o", "{tmp}/a.pdf"], "--all"),
    (["pdf", "京B2-20990001", "-o", "{tmp}/missing/a.pdf"], "missing"),
])
def test_bad_input_is_one_line_and_exit_2(filled_db, tmp_path, capsys, argv, words):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv] + ["--db", str(filled_db)]
    assert cli.run(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err
    assert not list(tmp_path.glob("**/*.pdf"))


def test_a_license_in_the_trash_says_where_it_is(filled_db, tmp_path, capsys):
    with Store.open(filled_db) as store:
        store.delete("京B2-20990001")
    assert cli.run(["pdf", "京B2-20990001", "-o", str(tmp_path / "a.pdf"), "--db", str(filled_db)]) == 2
    assert "回收站" in capsys.readouterr().err
