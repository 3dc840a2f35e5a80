"""services/exporting: the one export of the desk and `licdesk export`, over a real database."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import icalendar
import openpyxl
import pytest

from licdesk.cli.core import write_json
from licdesk.services.exporting import FORMATS, export_bytes, export_to_file
from licdesk.store import Store
from tests.unit.test_exports import TODAY, sample_licenses


@pytest.fixture
def store(db_path: Path):  # noqa: ANN201
    with Store.open(db_path) as opened:
        for lic in sample_licenses():
            opened.save(lic)
        yield opened


def test_every_format_of_the_whole_library_reads_back(store, tmp_path: Path) -> None:  # noqa: ANN001
    for fmt in FORMATS:
        outcome = export_to_file(store, fmt, tmp_path / f"all.{fmt}", TODAY)
        assert outcome.licenses == 2 and outcome.path.is_file()
    assert [item["number"] for item in json.loads((tmp_path / "all.json").read_text("utf-8"))] == ["B1-20990202",
                                                                                                 "沪B2-20990101"]
    assert (tmp_path / "all.json").read_bytes() == write_json(list(store.licenses()), TODAY)  # the CLI's bytes
    rows = list(csv.reader(io.StringIO((tmp_path / "all.csv").read_text("utf-8-sig"))))
    assert rows[0][0] == "经营许可证编号" and len(rows) == 3
    assert openpyxl.load_workbook(tmp_path / "all.xlsx").sheetnames == ["许可证", "合规期限"]
    assert list(icalendar.Calendar.from_ical((tmp_path / "all.ics").read_bytes()).walk("VEVENT"))


def test_some_licenses_bring_only_their_own_deadlines(store, tmp_path: Path) -> None:  # noqa: ANN001
    outcome = export_to_file(store, "xlsx", tmp_path / "one.xlsx", TODAY, numbers=["B1-20990202", "gone"])
    book = openpyxl.load_workbook(tmp_path / "one.xlsx")
    assert [r[0] for r in book["许可证"].iter_rows(min_row=2, values_only=True)] == ["B1-20990202"]
    numbers = {r[3] for r in book["合规期限"].iter_rows(min_row=2, values_only=True)}
    assert numbers == {"B1-20990202"} and outcome.deadlines == book["合规期限"].max_row - 1


def test_english_words_for_the_english_interface(store) -> None:  # noqa: ANN001
    licenses = list(store.licenses())
    header = export_bytes("csv", licenses, TODAY, store, "en").decode("utf-8-sig").splitlines()[0]
    assert header == ("License number,Company,Legal representative,Category,Services,Coverage,Issued by,"
                      "Issue date,Valid until,Status,Website domains")
    calendar = icalendar.Calendar.from_ical(export_bytes("ics", licenses, TODAY, store, "en"))
    assert str(calendar["x-wr-calname"]) == "Value-added telecom license deadlines"
    for event in calendar.walk("VEVENT"):
        assert str(event["description"]).startswith("Company: ") and " | " in str(event["summary"])


def test_a_missing_folder_is_an_error_and_leaves_nothing(store, tmp_path: Path) -> None:  # noqa: ANN001
    with pytest.raises(FileNotFoundError):
        export_to_file(store, "json", tmp_path / "gone" / "all.json", TODAY)
    assert not (tmp_path / "gone").exists()
    with pytest.raises(ValueError, match="unknown export format"):
        export_bytes("pdf", [], TODAY, store)
