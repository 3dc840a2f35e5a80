"""`licdesk review …` through the real command line, on real databases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from licdesk import cli
from licdesk.store import Store
from tests.unit.test_review_domain import fictional_license

NUMBER = "京B2-20990001"


@pytest.fixture
def filled_db(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        store.save(fictional_license())
    return db_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_review_by_command_line_from_start_to_report(filled_db: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    code, out, _ = run(capsys, "review", "start", NUMBER, "--reviewer", "王审核")
    assert code == 0 and "已审 3 / 8 条" in out
    code, out, _ = run(capsys, "review", "set", NUMBER, "1", "--status", "不符合", "--note", "未配备专人",
                       "--responsible", "张三", "--due", "2027-01-31")
    assert code == 0 and "不符合" in out
    code, out, _ = run(capsys, "review", "set", NUMBER, "2", "--status", "2")
    code, out, _ = run(capsys, "review", "status", NUMBER, "--json")
    status = json.loads(out)
    assert status["reviewed"] == 5
    assert status["clauses"][0] == {"clause": "1", "label": "一", "status": "not_compliant", "rereview": False,
                                    "note": "未配备专人", "responsible": "张三", "due": "2027-01-31"}
    assert status["clauses"][1]["status"] == "compliant"

    code, out, _ = run(capsys, "review", "start", NUMBER)
    code, out, _ = run(capsys, "review", "set", NUMBER, "1", "--status", "符合", "--due", "")
    code, out, _ = run(capsys, "review", "diff", NUMBER)
    assert code == 0 and "1 条有变化" in out and "状态：不符合 → 符合" in out

    for name in ("r.pdf", "r.xlsx"):
        code, out, _ = run(capsys, "review", "report", NUMBER, "-o", str(tmp_path / name))
        assert code == 0 and (tmp_path / name).stat().st_size > 1000


def test_export_import_and_resolve_by_command_line(filled_db: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    package = tmp_path / "p.licreview"
    assert run(capsys, "review", "export", NUMBER, "-o", str(package))[0] == 0
    laptop = str(tmp_path / "laptop.sqlite3")
    code, out, _ = run(capsys, "--db", laptop, "review", "import", str(package))
    assert code == 0 and "新增许可证" in out and "冲突 0 处" in out
    run(capsys, "--db", laptop, "review", "set", NUMBER, "2", "--note", "律师的说明", "--by", "李律师")
    run(capsys, "review", "set", NUMBER, "2", "--note", "办公室的说明")
    reply = tmp_path / "reply.licreview"
    assert run(capsys, "--db", laptop, "review", "export", NUMBER, "-o", str(reply))[0] == 0
    code, out, _ = run(capsys, "review", "import", str(reply))
    assert code == 0 and "冲突 1 处" in out and "licdesk review conflicts" in out
    code, out, _ = run(capsys, "review", "conflicts", "--json")
    [conflict] = json.loads(out)
    assert (conflict["ours"], conflict["theirs"], conflict["theirs_by"]) == ("办公室的说明", "律师的说明", "李律师")
    code, out, _ = run(capsys, "review", "resolve", str(conflict["id"]), "theirs")
    assert code == 0
    code, out, _ = run(capsys, "review", "status", NUMBER, "--json")
    assert json.loads(out)["clauses"][1]["note"] == "律师的说明"


def test_bad_input_is_one_clear_line(filled_db: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    code, _, err = run(capsys, "review", "status", NUMBER)
    assert code == 2 and "还没有审查" in err and len(err.strip().splitlines()) == 1
    run(capsys, "review", "start", NUMBER)
    code, _, err = run(capsys, "review", "set", NUMBER, "1", "--status", "maybe")
    assert code == 2 and "无法识别的状态" in err
    code, _, err = run(capsys, "review", "set", NUMBER, "9.9", "--status", "符合")
    assert code == 2 and "没有第 9.9 条" in err
    junk = tmp_path / "junk.licreview"
    junk.write_bytes(b"PK\x03\x04 not really")
    code, _, err = run(capsys, "review", "import", str(junk))
    assert code == 2 and "不是 licdesk 审查包" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "review", "report", NUMBER, "-o", str(tmp_path / "r.doc"))
    assert code == 2 and ".pdf 或 .xlsx" in err
    code, _, err = run(capsys, "review")
    assert code == 2 and "请给出审查操作" in err


def test_an_open_review_finding_is_in_the_compliance_calendar(filled_db: Path, capsys) -> None:  # noqa: ANN001
    run(capsys, "review", "start", NUMBER, "--reviewer", "王审核")
    run(capsys, "review", "set", NUMBER, "1", "--status", "不符合", "--note", "未配备专人", "--due", "2027-01-31")
    code, out, _ = run(capsys, "due", "--today", "2027-01-20", "--within", "30", "--json")
    assert code == 0
    findings = [item for item in json.loads(out) if item["number"] == NUMBER and item["due"] == "2027-01-31"]
    assert len(findings) == 1
    assert findings[0]["status"] == "due_soon"
    code, out, _ = run(capsys, "review", "set", NUMBER, "1", "--status", "符合", "--due", "")
    code, out, _ = run(capsys, "due", "--today", "2027-01-20", "--within", "30", "--json")
    assert not [item for item in json.loads(out) if item["due"] == "2027-01-31"]
