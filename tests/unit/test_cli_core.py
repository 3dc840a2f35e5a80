"""The core command line: parse, import, list, show, export, delete, undelete; exit codes and messages."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from licdesk.cli import run
from licdesk.exports.csvfile import library_csv_bytes
from licdesk.exports.tables import license_columns
from licdesk.store import Store
from tests.conftest import DATA, ROOT, seed_paths
from tests.unit.test_store import table_dump
from tests.unit.test_store_samples import plain_license, rich_license

SAMPLES = DATA / "licenses"
SHANGHAI = SAMPLES / "combined_classes_shanghai.txt"
GUANGDONG = SAMPLES / "annex_websites_guangdong.txt"
NOTICE = SAMPLES / "notice.txt"
LICDESK = Path(sys.executable).with_name("licdesk")


@pytest.fixture(autouse=True)
def _samples_present() -> None:
    if not (SHANGHAI.exists() and GUANGDONG.exists()):
        pytest.skip("the sample license texts are not in tests/data/licenses")


def licdesk(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_clear_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# -- parse ----------------------------------------------------------------------------------------
def test_parse_json_prints_the_schema_json(capsys, db_path: Path) -> None:
    code, out, err = licdesk(capsys, "parse", str(SHANGHAI), "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["number"] == "沪B1.B2-20130047" and data["categories"] == ["B1", "B2"]
    assert data["company"] == "上海青岚数据科技有限公司"
    assert not db_path.exists()  # parse never touches a database


def test_parse_text_is_a_chinese_summary(capsys) -> None:
    code, out, _ = licdesk(capsys, "parse", str(GUANGDONG))
    assert code == 0
    assert "经营许可证编号：粤B2-20090059" in out
    assert "公司名称：广州木棉互动网络有限公司" in out
    assert "网站：" in out and "特别规定事项：" in out and "有效期至：" in out


@pytest.mark.parametrize("make, words", [
    (lambda d: d / "missing.txt", "找不到文件"),
    (lambda d: d, "文件夹"),
    (lambda d: _write(d / "empty.txt", b""), "空"),
    (lambda d: _write(d / "binary.txt", bytes(range(256)) * 64), "二进制"),
    (lambda d: _write(d / "huge.txt", ("京B2-20990001 示例有限公司\n" * 900_000).encode("utf-8")), "过大"),
    (lambda d: _write(d / "latin1.txt", "caf\xe9 r\xe9sum\xe9 \xff\xfe\xfd".encode("latin-1") * 3), ""),
    (lambda d: _write(d / "notice.txt", NOTICE.read_bytes()), "不是"),
])
def test_parse_bad_files_exit_2_with_one_line(capsys, tmp_path: Path, make, words: str) -> None:
    path = make(tmp_path)
    code, out, err = licdesk(capsys, "parse", str(path))
    assert code == 2 and out == ""
    line = one_clear_line(err)
    assert line.startswith("licdesk: ") and words in line


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# -- import ---------------------------------------------------------------------------------------
def test_import_then_again_then_replace(capsys, db_path: Path) -> None:
    code, out, err = licdesk(capsys, "import", str(SHANGHAI), str(GUANGDONG))
    assert code == 0 and err == ""
    assert out.count("已导入") == 2
    before = table_dump(db_path)

    code, out, err = licdesk(capsys, "import", str(SHANGHAI))
    assert code == 2
    assert "已跳过（沪B1.B2-20130047 已存在，使用 --replace 覆盖）" in out
    assert "1 个文件未导入" in one_clear_line(err)
    assert table_dump(db_path) == before  # the database is unchanged

    code, out, err = licdesk(capsys, "import", "--replace", str(SHANGHAI))
    assert code == 0 and "已更新" in out
    with Store.open(db_path) as store:
        assert store.version("沪B1.B2-20130047") == 2


def test_import_reports_each_file_and_keeps_going(capsys, db_path: Path, tmp_path: Path) -> None:
    empty = _write(tmp_path / "empty.txt", b"")
    code, out, err = licdesk(capsys, "import", str(empty), str(tmp_path / "nope.txt"), str(NOTICE), str(SHANGHAI))
    assert code == 2
    lines = out.strip().splitlines()
    assert len(lines) == 4
    assert lines[0].startswith(f"{empty}：失败：") and "空" in lines[0]
    assert "失败：找不到文件" in lines[1]
    assert "失败：" in lines[2] and "不是" in lines[2]
    assert "已导入 沪B1.B2-20130047" in lines[3]
    assert "3 个文件未导入" in one_clear_line(err)
    with Store.open(db_path) as store:
        assert [s.number for s in store.summaries()] == ["沪B1.B2-20130047"]


def test_import_of_a_number_in_the_trash_says_so(capsys, db_path: Path) -> None:
    licdesk(capsys, "import", str(SHANGHAI))
    licdesk(capsys, "delete", "沪B1.B2-20130047")
    code, out, _ = licdesk(capsys, "import", str(SHANGHAI))
    assert code == 2 and "回收站" in out


def test_the_db_option_chooses_the_file(capsys, tmp_path: Path, db_path: Path) -> None:
    other = tmp_path / "sub" / "other.sqlite3"
    code, _, _ = licdesk(capsys, "import", "--db", str(other), str(SHANGHAI))
    assert code == 0 and other.exists()
    with Store.open(other) as store:
        assert store.count() == 1
    code, out, _ = licdesk(capsys, "list", "--json")  # LICDESK_DB (db_path) is still empty
    assert code == 0 and json.loads(out) == []


def test_a_foreign_database_file_is_refused_untouched(capsys, tmp_path: Path) -> None:
    path = _write(tmp_path / "photo.sqlite3", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    for argv in (["import", "--db", str(path), str(SHANGHAI)], ["list", "--db", str(path)]):
        code, out, err = licdesk(capsys, *argv)
        assert code == 2 and "不是 licdesk 数据库" in one_clear_line(err)
    assert path.read_bytes() == b"\x89PNG\r\n\x1a\n" + b"\x00" * 100


# -- list and show ----------------------------------------------------------------------------------
@pytest.fixture
def library(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        store.save(rich_license())
        store.save(plain_license("苏B2-20990201", "南京白鹭示例有限公司", dt.date(2025, 7, 1)))
        store.save(plain_license("B1-20990202", "上海江豚示例有限公司", dt.date(2024, 1, 1)))
    return db_path


def test_list_table_and_status_filter(capsys, library: Path) -> None:
    code, out, _ = licdesk(capsys, "list", "--today", "2025-06-01")
    assert code == 0
    assert "编号" in out and "状态" in out
    assert "京B1.B2-20990001" in out and "有效" in out and "即将到期" in out and "已过期" in out
    code, out, _ = licdesk(capsys, "list", "--today", "2025-06-01", "--status", "expiring")
    assert "苏B2-20990201" in out and "京B1.B2-20990001" not in out and "B1-20990202" not in out


def test_list_json_and_search(capsys, library: Path) -> None:
    code, out, _ = licdesk(capsys, "list", "--json", "--search", "江豚示例", "--today", "2025-06-01")
    assert code == 0
    rows = json.loads(out)
    assert rows == [{
        "number": "B1-20990202", "company": "上海江豚示例有限公司", "legal_representative": "王示例",
        "categories": ["B1"], "services": ["信息服务业务（仅限互联网信息服务）"],
        "issue_date": "2021-01-01", "expiry_date": "2024-01-01", "status": "expired",
    }]
    code, out, _ = licdesk(capsys, "list", "--search", 'a"b AND *')
    assert code == 0 and "没有符合条件" in out


def test_list_bad_date_and_bad_status(capsys, library: Path) -> None:
    code, out, err = licdesk(capsys, "list", "--today", "2025-13-40")
    assert code == 2 and "YYYY-MM-DD" in one_clear_line(err)
    with pytest.raises(SystemExit) as caught:  # argparse's own usage error, exit 2
        run(["list", "--status", "bogus"])
    assert caught.value.code == 2


def test_show_text_has_the_license_and_its_findings(capsys, library: Path) -> None:
    code, out, _ = licdesk(capsys, "show", "京B1.B2-20990001", "--today", "2025-06-01")
    assert code == 0
    assert "北京青禾远景示例科技有限公司" in out and "qinghe-demo.example.cn" in out
    assert "萤火虫保全" in out  # a third-level clause is shown
    assert "检查结果" in out


def test_show_json_is_to_dict(capsys, library: Path) -> None:
    code, out, _ = licdesk(capsys, "show", "京B1.B2-20990001", "--json")
    assert code == 0 and json.loads(out) == rich_license().to_dict()


def test_show_unknown_or_trashed_number(capsys, library: Path) -> None:
    code, out, err = licdesk(capsys, "show", "京B2-20000000")
    assert code == 2 and out == "" and "没有编号为 京B2-20000000" in one_clear_line(err)
    licdesk(capsys, "delete", "B1-20990202")
    code, _, err = licdesk(capsys, "show", "B1-20990202")
    assert code == 2 and "回收站" in one_clear_line(err)


# -- delete and undelete ----------------------------------------------------------------------------
def test_delete_and_undelete(capsys, library: Path) -> None:
    code, out, _ = licdesk(capsys, "delete", "苏B2-20990201")
    assert code == 0 and "回收站" in out
    code, out, _ = licdesk(capsys, "trash")
    assert code == 0 and "苏B2-20990201" in out and "南京白鹭示例有限公司" in out
    code, out, _ = licdesk(capsys, "trash", "--json")
    assert [r["number"] for r in json.loads(out)] == ["苏B2-20990201"] and json.loads(out)[0]["deleted_at"]
    code, out, _ = licdesk(capsys, "list", "--json")
    assert "苏B2-20990201" not in out
    code, _, err = licdesk(capsys, "delete", "苏B2-20990201")
    assert code == 2 and "已在回收站" in one_clear_line(err)
    code, out, _ = licdesk(capsys, "undelete", "苏B2-20990201")
    assert code == 0
    code, out, _ = licdesk(capsys, "list", "--json")
    assert "苏B2-20990201" in out
    code, _, err = licdesk(capsys, "undelete", "苏B2-20990201")
    assert code == 2 and "不在回收站" in one_clear_line(err)
    code, out, _ = licdesk(capsys, "trash")
    assert code == 0 and "回收站是空的" in out
    code, _, err = licdesk(capsys, "delete", "京B2-20000000")
    assert code == 2 and "没有编号为" in one_clear_line(err)


def test_a_locked_database_is_one_clear_line(capsys, library: Path, monkeypatch) -> None:
    import sqlite3

    from licdesk.cli import core

    monkeypatch.setattr(core, "LOCK_WAIT_SECONDS", 0.1)
    blocker = sqlite3.connect(library, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another window in the middle of saving
    try:
        code, _, err = licdesk(capsys, "delete", "苏B2-20990201")
        assert code == 2 and "另一个程序" in one_clear_line(err)
        code, out, _ = licdesk(capsys, "list", "--json")  # reading still works meanwhile
        assert code == 0 and "苏B2-20990201" in out
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_import_refuses_a_license_with_errors(capsys, db_path: Path, monkeypatch) -> None:
    from licdesk import importer
    from licdesk.domain.model import License

    monkeypatch.setattr(importer, "read_license",
                        lambda data, source=None: License(number="不是编号", company=""))
    code, out, err = licdesk(capsys, "import", str(SHANGHAI))
    assert code == 2 and "失败：" in out and "编号" in out
    with Store.open(db_path) as store:
        assert store.count() == 0


# -- export --------------------------------------------------------------------------------------------
def test_export_json_is_deterministic_and_equals_to_dict(capsys, library: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert licdesk(capsys, "export", "--format", "json", "-o", str(first))[0] == 0
    assert licdesk(capsys, "export", "--format", "json", "-o", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes().endswith(b"]\n")
    with Store.open(library) as store:
        expected = [lic.to_dict() for lic in store.licenses()]
    assert json.loads(first.read_text("utf-8")) == expected
    assert [d["number"] for d in expected] == ["B1-20990202", "京B1.B2-20990001", "苏B2-20990201"]
    code, out, _ = licdesk(capsys, "export", "--format", "json")  # no -o: standard output
    assert code == 0 and out.encode("utf-8") == first.read_bytes()


def test_export_csv_opens_with_the_csv_module(capsys, library: Path, tmp_path: Path) -> None:
    target = tmp_path / "library.csv"
    code, _, _ = licdesk(capsys, "export", "--format", "csv", "-o", str(target), "--today", "2025-06-01")
    assert code == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to see UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    # The one library CSV of licdesk: the columns of the Excel library sheet, as the desk writes it too.
    assert list(rows[0]) == [c.header for c in license_columns(dt.date(2025, 6, 1))]
    assert list(rows[0])[:3] == ["经营许可证编号", "公司名称", "法定代表人"]
    assert [r["经营许可证编号"] for r in rows] == ["B1-20990202", "京B1.B2-20990001", "苏B2-20990201"]
    rich = rows[1]
    assert rich["公司名称"] == "北京青禾远景示例科技有限公司" and rich["类别"] == "B1、B2"
    assert rich["发证机关"] == "北京市通信管理局" and rich["状态"] == "有效"
    assert "qinghe-demo.example.cn" in rich["网站域名"] and "远景示例.中国" in rich["网站域名"]
    with Store.open(library) as store:
        assert data == library_csv_bytes(list(store.licenses()), dt.date(2025, 6, 1))
    again = tmp_path / "again.csv"
    licdesk(capsys, "export", "--format", "csv", "-o", str(again), "--today", "2025-06-01")
    assert again.read_bytes() == data


def test_export_to_an_unwritable_place(capsys, library: Path, tmp_path: Path) -> None:
    code, _, err = licdesk(capsys, "export", "--format", "json", "-o", str(tmp_path))
    assert code == 2 and "licdesk: " in one_clear_line(err)
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind


def test_export_formats_are_an_open_table() -> None:
    from licdesk.cli import core

    assert {"json", "csv"} <= set(core.EXPORT_FORMATS)
    assert core.EXPORT_FORMATS["json"]([rich_license()], dt.date(2025, 1, 1)).decode("utf-8").startswith("[")


# -- through the installed command ----------------------------------------------------------------------
def test_the_installed_command_exits_2_without_a_traceback(tmp_path: Path) -> None:
    if not LICDESK.exists():
        pytest.skip("the licdesk command is not installed in this environment")
    env = {**os.environ, "LICDESK_DB": str(tmp_path / "cli.sqlite3")}
    done = subprocess.run([str(LICDESK), "import", str(NOTICE)], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and done.stderr.strip().startswith("licdesk: ")
    done = subprocess.run([str(LICDESK), "show", "京B2-20000000"], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1


# -- the reference seeds: import then export gives what parse printed ----------------------------------------
@pytest.mark.parametrize("seed", seed_paths(), ids=lambda p: p.name)
def test_seed_import_export_equals_parse(capsys, tmp_path: Path, seed: Path) -> None:
    db = str(tmp_path / "seed.sqlite3")
    code, parsed, _ = licdesk(capsys, "parse", str(seed), "--json")
    assert code == 0
    assert licdesk(capsys, "import", "--db", db, str(seed))[0] == 0
    code, exported, _ = licdesk(capsys, "export", "--db", db, "--format", "json")
    assert code == 0
    assert json.loads(exported) == [json.loads(parsed)]
