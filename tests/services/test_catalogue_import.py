from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from onestop_desktop.domain.catalogue import CopyKind, ProcedureSpec
from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.errors import PermissionDenied, ValidationError
from onestop_desktop.domain.roles import Role
from onestop_desktop.resources_path import resource
from onestop_desktop.services.catalogue import (
    browse_catalogue,
    import_catalogue,
    search_procedures,
    spec_of,
)
from onestop_desktop.services.catalogue_export import export_catalogue
from onestop_desktop.services.catalogue_files import read_catalogue_file
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.store.engine import Database
from onestop_desktop.store.models import AuditEntry, Procedure, ProcedureDocument
from tests.conftest import fresh_database_url

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


# -- the sample, return options, five broken rows in an XLSX ----------------------------------
def catalogue_snapshot(runner: ServiceRunner) -> dict[tuple[str, ...], tuple[bool, ProcedureSpec]]:
    """Every procedure by identity: whether it is in use, and its rules with active documents."""
    with runner.db.read() as s:
        procedures = s.scalars(select(Procedure).options(selectinload(Procedure.documents)))
        return {spec_of(p).identity: (p.active, spec_of(p)) for p in procedures}


def test_sample_catalogue_has_what_the_counter_needs(runner: ServiceRunner, ward: Actor) -> None:
    report = runner.write(import_catalogue, ward, read_catalogue_file(SAMPLE))
    assert report.rejected == []
    procedures = catalogue_snapshot(runner)
    assert len(procedures) == 39
    assert all(active for active, _ in procedures.values())
    specs = [spec for _, spec in procedures.values()]
    # No return_options column in the sample: both ways of returning a result are open.
    assert all(s.return_at_counter and s.return_by_post for s in specs)
    assert all(s.documents for s in specs)
    _, birth = procedures[("code", "1.001193")]
    kinds = {d.name.split(" ")[0]: d.copy_kind for d in birth.documents}
    assert kinds["Xuất"] is CopyKind.PRESENT
    assert [d.mandatory for d in birth.documents][:2] == [True, True]
    assert not birth.documents[2].mandatory  # "(trường hợp trẻ bị bỏ rơi)"


HEADER = [
    "code",
    "name_vi",
    "field_vi",
    "processing_days",
    "processing_unit",
    "same_day_cutoff",
    "fee_vnd",
    "return_options",
    "documents_vi",
]
GOOD_ROWS = [
    ["1.000001", "Thủ tục tốt một", "Hộ tịch", 3, "working_days", None, 0, "counter", "Tờ khai"],
    ["1.000002", "Thủ tục tốt hai", "Hộ tịch", 0, "working_days", "15:00", None, "bưu chính", None],
    [None, "Thủ tục tốt ba", "Chứng thực", 2, "working_hours", None, 2000, "tại quầy|bưu chính",
     "Giấy tờ A [bản sao có chứng thực; 2 bản; không bắt buộc] | Giấy tờ B"],
    ["1.000004", "Thủ tục tốt bốn", "Đất đai", 15, "calendar_days", None, None, None, None],
    ["1.000005", "Thủ tục tốt năm", "Đất đai", None, "same_day", "14:30", 50000, "post|counter",
     "Đơn [original; 1; mandatory]"],
]  # fmt: skip
BROKEN_ROWS = [  # (row, column at fault)
    (["1.000011", "", "Hộ tịch", 3, "working_days", None, 0, None, None], "name_vi"),
    (["1.000012", "Hỏng đơn vị", "Hộ tịch", 3, "weeks", None, 0, None, None], "processing_unit"),
    (["1.000013", "Hỏng thời hạn", "Hộ tịch", -2, "working_days", None, 0, None, None],
     "processing_days"),
    (["1.000014", "Hỏng giờ", "Hộ tịch", 0, "working_days", "25:00", 0, None, None],
     "same_day_cutoff"),
    (["1.000015", "Hỏng trả kết quả", "Hộ tịch", 1, "working_days", None, 0, "email", None],
     "return_options"),
]  # fmt: skip


def _mixed_rows() -> tuple[list[list[object]], list[tuple[int, str]]]:
    """Good and broken rows interleaved; returns the sheet rows and the (row, column) expected."""
    rows: list[list[object]] = [HEADER]
    expected: list[tuple[int, str]] = []
    for good, (broken, column) in zip(GOOD_ROWS, BROKEN_ROWS, strict=True):
        rows.append(good)
        rows.append(broken)
        expected.append((len(rows), column))  # the sheet row number (the header is row 1)
    return rows, expected


def test_xlsx_with_five_broken_rows_imports_the_good_ones_and_says_why_for_each(
    runner: ServiceRunner, ward: Actor, tmp_path: Path
) -> None:
    rows, expected = _mixed_rows()
    report = runner.write(
        import_catalogue, ward, read_catalogue_file(_xlsx(tmp_path / "mixed.xlsx", rows))
    )
    assert (report.created, report.updated) == (5, 0)
    assert [(r.row, r.column) for r in report.rejected] == expected
    for rejected in report.rejected:  # each reason names its column, in both languages
        assert rejected.message_vi.startswith(f"Cột {rejected.column} — ")
        assert rejected.message_en.startswith(f"Column {rejected.column} — ")
    reasons = [r.message_vi for r in report.rejected]
    assert "chưa nhập" in reasons[0]
    assert "weeks" in reasons[1]
    assert "-2" in reasons[2]
    assert "25:00" in reasons[3]
    assert "email" in reasons[4]
    procedures = catalogue_snapshot(runner)
    assert len(procedures) == 5
    assert {spec.name_vi for _, spec in procedures.values()} == {r[1] for r in GOOD_ROWS}
    returns = {
        spec.name_vi: (spec.return_at_counter, spec.return_by_post)
        for _, spec in procedures.values()
    }
    assert returns == {
        "Thủ tục tốt một": (True, False),
        "Thủ tục tốt hai": (False, True),
        "Thủ tục tốt ba": (True, True),
        "Thủ tục tốt bốn": (True, True),
        "Thủ tục tốt năm": (True, True),
    }
    _, third = procedures[("name", "chung thuc", "thu tuc tot ba")]
    assert [(d.name, d.copy_kind, d.count, d.mandatory) for d in third.documents] == [
        ("Giấy tờ A", CopyKind.CERTIFIED_COPY, 2, False),
        ("Giấy tờ B", CopyKind.ORIGINAL, 1, True),
    ]
    _, fifth = procedures[("code", "1.000005")]
    assert (fifth.processing_days, fifth.same_day_cutoff, fifth.fee_vnd) == (0, "14:30", 50000)


def test_a_bad_document_detail_rejects_its_row(
    runner: ServiceRunner, ward: Actor, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        HEADER,
        GOOD_ROWS[0],
        ["1.000021", "Hỏng giấy tờ", "Hộ tịch", 3, "working_days", None, 0, None,
         "Tờ khai [bản nháp]"],
        ["1.000022", "Hỏng số bản", "Hộ tịch", 3, "working_days", None, 0, None,
         "Tờ khai [0 bản]"],
    ]  # fmt: skip
    report = runner.write(
        import_catalogue, ward, read_catalogue_file(_xlsx(tmp_path / "d.xlsx", rows))
    )
    assert report.created == 1
    assert [(r.row, r.column) for r in report.rejected] == [
        (3, "documents_vi"),
        (4, "documents_vi"),
    ]
    assert "bản nháp" in report.rejected[0].message_vi
    assert "số bản" in report.rejected[1].message_vi


def test_a_fully_broken_xlsx_changes_nothing(
    runner: ServiceRunner, ward: Actor, tmp_path: Path
) -> None:
    runner.write(import_catalogue, ward, read_catalogue_file(SAMPLE))
    before = catalogue_snapshot(runner)
    counts = [_count(runner, m) for m in (Procedure, ProcedureDocument, AuditEntry)]
    # Every row broken, some of them would have updated existing procedures.
    rows: list[list[object]] = [HEADER] + [broken for broken, _ in BROKEN_ROWS]
    rows.append(["1.001193", "Đăng ký khai sinh", "Hộ tịch", "ba", "working_days"])
    report = runner.write(
        import_catalogue, ward, read_catalogue_file(_xlsx(tmp_path / "all-bad.xlsx", rows))
    )
    assert (report.created, report.updated, len(report.rejected)) == (0, 0, 6)
    assert [_count(runner, m) for m in (Procedure, ProcedureDocument, AuditEntry)] == counts
    assert catalogue_snapshot(runner) == before


def test_excel_typed_cells_are_read_as_meant(
    runner: ServiceRunner, ward: Actor, tmp_path: Path
) -> None:
    """A cut-off typed as a time, a code typed as a number, days as a float: what Excel keeps."""
    from datetime import time

    rows: list[list[object]] = [
        HEADER,
        [1.001193, "Đăng ký khai sinh", "Hộ tịch", 0.0, "working_days", time(15, 0), 0.0],
    ]
    report = runner.write(
        import_catalogue, ward, read_catalogue_file(_xlsx(tmp_path / "t.xlsx", rows))
    )
    assert report.rejected == []
    _, spec = catalogue_snapshot(runner)[("code", "1.001193")]
    assert (spec.same_day_cutoff, spec.processing_days, spec.fee_vnd) == ("15:00", 0, 0)


# -- export and the round trip ----------------------------------------------------------------
@pytest.fixture
def fresh_runner(tmp_path: Path, _template: str, clock: FixedClock) -> Iterator[ServiceRunner]:
    """A second, empty (migrated) database: where an exported catalogue is imported again."""
    folder = tmp_path / "second"
    folder.mkdir()
    for url in fresh_database_url(folder, migrated_from=_template):
        db = Database(url)
        try:
            yield ServiceRunner(db, clock)
        finally:
            db.dispose()


IT = Actor(None, "cli", "Command line", Role.ADMIN)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_a_fresh_database_is_a_round_trip(
    runner: ServiceRunner,
    ward: Actor,
    fresh_runner: ServiceRunner,
    tmp_path: Path,
    suffix: str,
) -> None:
    runner.write(import_catalogue, ward, read_catalogue_file(SAMPLE))
    rows, _ = _mixed_rows()
    runner.write(import_catalogue, ward, read_catalogue_file(_xlsx(tmp_path / "m.xlsx", rows)))
    original = catalogue_snapshot(runner)
    assert len(original) == 44

    out = tmp_path / f"catalogue{suffix}"
    report = runner.read(export_catalogue, ward, out)
    assert report.procedures == 44
    exported = read_catalogue_file(out)
    assert exported.header[:3] == ["code", "name_vi", "name_en"]

    again = fresh_runner.write(import_catalogue, IT, exported)
    assert (again.created, again.rejected) == (44, [])
    assert catalogue_snapshot(fresh_runner) == original
    # And into the database it came from: nothing to change.
    same = runner.write(import_catalogue, ward, read_catalogue_file(out))
    assert (same.created, same.updated, same.rejected) == (0, 0, [])
    assert catalogue_snapshot(runner) == original


def test_csv_export_opens_in_excel_with_vietnamese_intact(
    runner: ServiceRunner, ward: Actor, tmp_path: Path
) -> None:
    runner.write(import_catalogue, ward, read_catalogue_file(SAMPLE))
    out = tmp_path / "c.csv"
    runner.read(export_catalogue, ward, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("code,name_vi,name_en,field_vi")
    assert "Đăng ký khai sinh" in text
    assert unicodedata.is_normalized("NFC", text)
    assert "[bản chính; 1 bản; bắt buộc]" in text


def test_xlsx_export_keeps_numbers_as_numbers_and_text_as_text(
    runner: ServiceRunner, ward: Actor, tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        "code,name_vi,field_vi,processing_days,processing_unit,fee_vnd\n"
        "1.000031,=Thủ tục lạ,Hộ tịch,3,working_days,15000\n",
        encoding="utf-8",
    )
    report = runner.write(import_catalogue, ward, read_catalogue_file(source))
    assert report.created == 1
    out = tmp_path / "out.xlsx"
    runner.read(export_catalogue, ward, out)
    sheet = load_workbook(out).worksheets[0]
    values = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]], strict=True))
    assert values["name_vi"] == "=Thủ tục lạ"  # text, not a formula
    assert sheet.cell(2, 2).data_type == "s"
    assert (values["processing_days"], values["fee_vnd"]) == (3, 15000)


def test_export_refuses_what_it_cannot_do(
    runner: ServiceRunner,
    ward: Actor,
    make_user,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    existing = tmp_path / "existing.csv"
    existing.write_text("keep me", encoding="utf-8")
    for path, needle in [
        (tmp_path / "c.txt", ".csv or .xlsx"),
        (tmp_path / "no-such-folder" / "c.csv", "No such folder"),
        (existing, "already exists"),
    ]:
        with pytest.raises(ValidationError) as exc:
            runner.read(export_catalogue, ward, path)
        assert needle in exc.value.message_en
    assert existing.read_text(encoding="utf-8") == "keep me"
    runner.read(export_catalogue, ward, existing, overwrite=True)
    assert existing.read_text(encoding="utf-8-sig").startswith("code,")
    clerk = make_user("canbo1", "clerk")
    with pytest.raises(PermissionDenied):
        runner.read(export_catalogue, clerk, tmp_path / "clerk.csv")
    assert not (tmp_path / "clerk.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


# -- finding one among 400 ---------------------------------------------------------------------
FIELDS = ["Hộ tịch", "Chứng thực", "Đất đai", "Bảo trợ xã hội", "Hộ kinh doanh", "Người có công"]
ACTS = ["Đăng ký", "Cấp", "Điều chỉnh", "Xác nhận", "Thay đổi", "Cấp lại", "Gia hạn", "Hủy"]
OBJECTS = [
    "giấy phép xây dựng",
    "trợ cấp xã hội hằng tháng",
    "hộ kinh doanh",
    "quyền sử dụng đất",
    "nơi cư trú",
    "mai táng phí",
    "thông tin hộ tịch",
    "giấy chứng nhận",
]


def _four_hundred(path: Path) -> Path:
    """400 procedures: 384 generated ones and 16 whose names a clerk would look for."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "name_vi", "field_vi", "processing_days", "processing_unit"])
        n = 0
        for field in FIELDS:
            for act in ACTS:
                for obj in OBJECTS:
                    n += 1
                    writer.writerow([f"2.{n:06d}", f"{act} {obj} số {n}", field, 5, "working_days"])
        assert n == 384
        for i in range(8):
            writer.writerow([f"3.{i:06d}", f"Đăng ký khai sinh loại {i}", "Hộ tịch", 0, "same_day"])
            writer.writerow(
                [f"4.{i:06d}", f"Chứng thực bản sao loại {i}", "Chứng thực", 0, "same_day"]
            )
    return path


def test_a_few_letters_find_a_procedure_among_400(
    runner: ServiceRunner, ward: Actor, tmp_path: Path
) -> None:
    report = runner.write(
        import_catalogue, ward, read_catalogue_file(_four_hundred(tmp_path / "c.csv"))
    )
    assert (report.created, report.rejected) == (400, [])
    assert len(runner.read(browse_catalogue, ward, "")) == 400

    def names(query: str) -> set[str]:
        return {r.name_vi for r in runner.read(browse_catalogue, ward, query)}

    births = {f"Đăng ký khai sinh loại {i}" for i in range(8)}
    assert names("khai sinh") == births
    assert names("KHAI SINH") == births
    assert names("khai sinh") == names("Khai Sinh") == names("khái sính")
    assert names(unicodedata.normalize("NFD", "khai sinh")) == births
    # "chung thuc" finds the procedures named "Chứng thực …" and those of the field "Chứng thực".
    certified = names("chung thuc")
    assert {f"Chứng thực bản sao loại {i}" for i in range(8)} <= certified
    assert len(certified) == 8 + 64
    assert names("chung thuc ban sao") == {f"Chứng thực bản sao loại {i}" for i in range(8)}
    assert names("chứng thực bản sao") == names("chung thuc ban sao")
    assert names("gia han mai tang") == {
        r.name_vi for r in runner.read(browse_catalogue, ward, "gia hạn mai táng")
    }
    assert len(names("gia han mai tang")) == len(FIELDS)
    assert names("2.000017") == {"Điều chỉnh giấy phép xây dựng số 17"}  # by national code
    assert names("dieu chinh xay dung so 17") >= {"Điều chỉnh giấy phép xây dựng số 17"}
    # search_procedures (the intake picker) finds the same, a page at a time.
    assert {r.name_vi for r in runner.read(search_procedures, ward, "khai sinh")} == births
