from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from onestop_desktop.domain.errors import PermissionDenied, ValidationError
from onestop_desktop.resources_path import resource
from onestop_desktop.services.catalogue import import_catalogue, search_procedures
from onestop_desktop.services.catalogue_files import read_catalogue_file
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.store.models import AuditEntry, Procedure, ProcedureDocument

pytestmark = pytest.mark.db
SAMPLE = resource("catalogue", "procedures-sample.csv")


def _count(runner: ServiceRunner, model: type) -> int:
    with runner.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_sample_catalogue_imports_fully_and_reimport_changes_nothing(
    runner: ServiceRunner, ward: Actor
) -> None:
    report = runner.write(import_catalogue, ward, read_catalogue_file(SAMPLE))
    assert (report.created, report.updated, report.rejected) == (39, 0, [])
    assert _count(runner, Procedure) == 39
    docs = _count(runner, ProcedureDocument)
    again = runner.write(import_catalogue, ward, read_catalogue_file(SAMPLE))
    assert (again.created, again.updated) == (0, 0)
    assert _count(runner, ProcedureDocument) == docs
    with runner.db.read() as s:
        birth = s.scalars(select(Procedure).where(Procedure.code == "1.001193")).one()
        assert birth.name_vi == "Đăng ký khai sinh"
        assert birth.same_day_cutoff == "15:00"
        assert birth.fee_vnd == 0
        assert birth.documents[0].name == "Tờ khai đăng ký khai sinh (theo mẫu)"


def test_search_finds_procedures_with_or_without_diacritics(
    runner: ServiceRunner, ward: Actor
) -> None:
    runner.write(import_catalogue, ward, read_catalogue_file(SAMPLE))
    plain = runner.read(search_procedures, ward, "khai sinh")
    accented = runner.read(search_procedures, ward, "KHAI SINH")
    assert plain == accented
    assert plain
    assert all("khai sinh" in r.name_vi.lower() for r in plain)
    assert {r.field_vi for r in runner.read(search_procedures, ward, "chung thuc")} == {
        "Chứng thực"
    }
    assert runner.read(search_procedures, ward, "1.001193")[0].name_vi == "Đăng ký khai sinh"
    assert runner.read(search_procedures, ward, "%") == []  # LIKE wildcards are escaped


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_xlsx_with_broken_rows_imports_the_good_ones_and_lists_the_rest(
    runner: ServiceRunner, ward: Actor, tmp_path: Path
) -> None:
    header = ["code", "name_vi", "field_vi", "processing_days", "processing_unit", "fee_vnd"]
    rows = [
        header,
        ["1.000001", "Thủ tục tốt một", "Hộ tịch", 3, "working_days", 0],
        ["1.000002", "", "Hộ tịch", 3, "working_days", 0],  # no name
        ["1.000003", "Thủ tục hỏng", "Hộ tịch", "ba", "working_days", 0],  # days not a number
        ["1.000004", "Thủ tục hỏng", "Hộ tịch", 3, "weeks", 0],  # unknown unit
        ["1000005", "Thủ tục hỏng", "Hộ tịch", 3, "working_days", 0],  # bad code
        ["1.000001", "Trùng mã", "Hộ tịch", 3, "working_days", 0],  # duplicate
        [None, "Thủ tục tốt hai", "Chứng thực", 0, "working_days", 10000],
    ]
    report = runner.write(
        import_catalogue, ward, read_catalogue_file(_xlsx(tmp_path / "c.xlsx", rows))
    )
    assert report.created == 2
    assert [(r.row, r.column) for r in report.rejected] == [
        (3, "name_vi"),
        (4, "processing_days"),
        (5, "processing_unit"),
        (6, "code"),
        (7, "code"),
    ]
    assert all(r.message_vi and r.message_en for r in report.rejected)
    assert _count(runner, Procedure) == 2


def test_file_with_only_broken_rows_changes_nothing(
    runner: ServiceRunner, ward: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "broken.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["name_vi", "field_vi", "processing_days", "processing_unit"])
        writer.writerow(["", "Hộ tịch", "3", "working_days"])
        writer.writerow(["X", "Hộ tịch", "x", "working_days"])
    audit_before = _count(runner, AuditEntry)
    report = runner.write(import_catalogue, ward, read_catalogue_file(path))
    assert report.created == 0
    assert len(report.rejected) == 2
    assert _count(runner, Procedure) == 0
    assert _count(runner, AuditEntry) == audit_before


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("wrong.csv", "ma,ten\n1,2\n", "field_vi"),
        ("latin1.csv", "name_vi,field_vi,processing_days,processing_unit\nBùi Thị\n", "UTF-8"),
        ("empty.csv", "", "empty"),
        ("notes.txt", "hello", ".csv"),
        ("fake.xlsx", "not a zip", "Excel"),
    ],
)
def test_unreadable_files_are_refused_before_anything_happens(
    tmp_path: Path, name: str, content: str, needle: str
) -> None:
    path = tmp_path / name
    encoding = "latin-1" if name == "latin1.csv" else "utf-8"
    path.write_bytes(content.encode(encoding, errors="replace"))
    with pytest.raises(ValidationError) as exc:
        read_catalogue_file(path)
    assert needle in exc.value.message_en


def test_a_clerk_cannot_import(runner: ServiceRunner, make_user) -> None:  # type: ignore[no-untyped-def]
    clerk = make_user("canbo1", "clerk")
    with pytest.raises(PermissionDenied):
        runner.write(import_catalogue, clerk, read_catalogue_file(SAMPLE))
    assert _count(runner, Procedure) == 0
