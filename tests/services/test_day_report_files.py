"""Saving the supervisor's reports on the hand-worked fixture day (tests/day_fixture.py), on a real
database: the end-of-day summary and Biểu 06 as PDF and XLSX hold the day's figures (live, then
from the closing's snapshot); a wrong suffix, a folder as path, a missing or read-only folder, a
day in the future and a clerk are refused with a clear message and leave no file behind."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from onestop_desktop.domain.day_totals import FieldRow
from onestop_desktop.domain.errors import PermissionDenied, ValidationError
from onestop_desktop.services.day_closing import close_day
from onestop_desktop.services.day_report_files import save_day_summary, save_period_report
from onestop_desktop.services.queue import issue_ticket
from tests import day_fixture as fx
from tests.printing.test_day_summary import figures_text, layout_pages

pytestmark = pytest.mark.db


@pytest.fixture
def seeded(runner, ward, make_user, clock) -> fx.Seeded:  # type: ignore[no-untyped-def]
    seeded = fx.seed_day(runner, ward, make_user)
    clock.set(fx.AS_OF)
    return seeded


@pytest.fixture
def boss(seeded, make_user):  # type: ignore[no-untyped-def]
    return make_user("truong", "supervisor")


def _lines(path: Path, tmp_path: Path) -> list[str]:
    return [line for page in layout_pages(path.read_bytes(), tmp_path, "read") for line in page]


def _has_field_rows(lines: list[str], fields: dict[str, str], total: str) -> bool:
    """Each field's row (STT, name, its twelve figures in column order) and the total row."""
    numbered = {" ".join(line.split()[1:]) for line in lines if line.split()[0].isdigit()}
    return all(f"{name} {figures}" in numbered for name, figures in fields.items()) and (
        f"Tổng cộng {total}" in lines
    )


def test_the_summary_of_a_live_day_as_pdf_and_xlsx(runner, boss, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = runner.read(save_day_summary, boss, fx.DAY, tmp_path / "tong-hop.pdf")
    assert pdf == tmp_path / "tong-hop.pdf"
    lines = _lines(pdf, tmp_path)
    text = " ".join(lines)
    assert "Số liệu tạm tính đến 17:30 — ngày chưa chốt. In lúc 17:30 ngày 20/11/2026." in text
    for expected in (
        "Ngày 20/11/2026",
        "Số phiếu đã cấp 6",
        "Số lượt đã phục vụ xong 3",
        "Vắng mặt khi được gọi 1",
        "Còn chờ, chưa phục vụ xong 2",
        "Thời gian chờ trung bình 21:00",
        "Thời gian chờ lâu nhất 45:00",
        "Thời gian phục vụ trung bình 16:40",
        "1 A · Hộ tịch 3 2 0 1 16:40 30:00 15:00",
        "2 B · Chứng thực 3 1 1 1 27:30 45:00 20:00",
        "5 15:00–16:00 0 1 0 0 — — 20:00",
        "Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) 2",
        "Trả kết quả qua dịch vụ bưu chính công ích 1",
        "Tiền mặt 2 58.000 đ",
        "Chuyển khoản 1 100.000 đ",
        "Tổng cộng 3 158.000 đ",
        "Tỷ lệ hài lòng (Rất hài lòng và Hài lòng): 75,0 %",
        "Cán bộ truong",  # NGƯỜI LẬP BIỂU: who saved it
    ):
        assert expected in lines, expected
    fields = {name: figures_text(FieldRow(name, counts)) for name, counts in fx.FIELDS.items()}
    assert fields["Hộ tịch"] == "5 1 1 3 3 1 1 1 0 2 1 1"
    assert _has_field_rows(lines, fields, figures_text(FieldRow("", fx.TOTAL)))

    xlsx = runner.read(save_day_summary, boss, fx.DAY, tmp_path / "tong-hop.XLSX")
    book = load_workbook(io.BytesIO(xlsx.read_bytes()))
    values = {r[0]: r[1:] for r in book["Tổng hợp"].iter_rows(min_row=7, values_only=True)}
    assert values["Số phiếu đã cấp"][0] == 6
    assert values["Thời gian chờ trung bình"][0] == timedelta(seconds=1260)
    assert values["Tiền mặt"] == (2, 58_000)
    assert values["Tỷ lệ hài lòng (Rất hài lòng và Hài lòng)"][0] == pytest.approx(0.75)
    fields = book["Hồ sơ theo lĩnh vực"]
    by_field = {r[1]: r[2:] for r in fields.iter_rows(min_row=5, values_only=True)}
    assert by_field["Hộ tịch"] == (5, 1, 1, 3, 3, 1, 1, 1, 0, 2, 1, 1)
    assert by_field["Tổng cộng"] == (8, 1, 2, 5, 3, 1, 1, 1, 2, 3, 2, 1)
    book.close()
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left beside them


def test_a_closed_day_prints_its_snapshot(runner, seeded, boss, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner.write(close_day, boss, fx.DAY)
    clock.set(datetime(2026, 11, 20, 17, 45))
    runner.write(issue_ticket, boss, seeded.lanes.a)  # after the closing: not in the figures
    pdf = runner.read(save_day_summary, boss, fx.DAY, tmp_path / "chot.pdf")
    lines = _lines(pdf, tmp_path)
    text = " ".join(lines)
    assert "Số liệu đã chốt lần 1 lúc 17:30 20/11/2026; người chốt: Cán bộ truong" in text
    assert "In lúc 17:45 ngày 20/11/2026" in text
    assert "Số phiếu đã cấp 6" in lines
    assert "tạm tính" not in text


def test_biểu_06_for_the_month_as_pdf_and_xlsx(runner, boss, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = runner.read(save_period_report, boss, "month", 2026, 11, tmp_path / "bieu-06.pdf")
    lines = _lines(pdf, tmp_path)
    text = " ".join(lines)
    assert "Kỳ báo cáo: Tháng 11 năm 2026" in text
    assert "Từ ngày 01/11/2026 đến ngày 30/11/2026" in text
    assert "Số liệu tính đến 17:30 ngày 20/11/2026" in text
    # tests/services/test_period_report.py: November, worked out by hand
    fields = {"Hộ tịch": "5 1 3 1 3 1 1 1 0 2 1 1", "Chứng thực": "4 0 4 0 1 1 0 0 2 1 1 0"}
    assert _has_field_rows(lines, fields, "9 1 7 1 4 2 1 1 2 3 2 1")

    xlsx = runner.read(save_period_report, boss, "month", 2026, 11, tmp_path / "bieu-06.xlsx")
    book = load_workbook(io.BytesIO(xlsx.read_bytes()))
    sheet = book["Biểu 06"]
    rows = {r[1]: r[2:] for r in sheet.iter_rows(min_row=10, values_only=True) if r[1]}
    assert rows["Hộ tịch"] == (5, 1, 3, 1, 3, 1, 1, 1, 0, 2, 1, 1)
    assert rows["Tổng cộng"] == (9, 1, 7, 1, 4, 2, 1, 1, 2, 3, 2, 1)
    book.close()


# -- refusals ------------------------------------------------------------------------------------
def _refused(runner, actor, fn, *args) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused:
        runner.read(fn, actor, *args)
    return refused.value


def test_a_wrong_suffix_is_refused(runner, boss, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    for name in ("tong-hop.docx", "tong-hop", "tong-hop.pdf.txt"):
        error = _refused(runner, boss, save_day_summary, fx.DAY, out / name)
        assert "chọn tệp .pdf hoặc .xlsx" in error.message_vi
        assert "choose a .pdf or .xlsx file" in (error.message_en or "")
        assert error.field == "path"
        error = _refused(runner, boss, save_period_report, "month", 2026, 11, out / name)
        assert "Biểu 06" in error.message_vi
    assert list(out.iterdir()) == []


def test_a_folder_as_path_is_refused(runner, boss, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "bao-cao.pdf"
    folder.mkdir()
    error = _refused(runner, boss, save_day_summary, fx.DAY, folder)
    assert error.message_vi.startswith(f"Không ghi được tệp “{folder}”")
    assert "thư mục, không phải tệp" in error.message_vi
    assert list(folder.iterdir()) == []
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_missing_folder_is_refused_and_not_created(runner, boss, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "khong-co" / "tong-hop.pdf"
    error = _refused(runner, boss, save_day_summary, fx.DAY, missing)
    assert "không tồn tại" in error.message_vi
    assert "does not exist" in (error.message_en or "")
    assert not missing.parent.exists()
    _refused(runner, boss, save_period_report, "year", 2026, None, missing)
    assert not missing.parent.exists()


def test_a_read_only_folder_is_refused_and_nothing_is_left(  # type: ignore[no-untyped-def]
    runner, boss, read_only_folder: Path
) -> None:
    for suffix in ("pdf", "xlsx"):
        out = read_only_folder / f"tong-hop.{suffix}"
        error = _refused(runner, boss, save_day_summary, fx.DAY, out)
        assert error.message_vi.startswith(f"Không ghi được tệp “{out}”")
        assert "Chọn thư mục khác" in error.message_vi
        error = _refused(runner, boss, save_period_report, "quarter", 2026, 4, out)
        assert error.message_vi.startswith("Không ghi được tệp")
    assert list(read_only_folder.iterdir()) == []


def test_a_day_in_the_future_is_refused_before_any_file(runner, boss, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "reports"
    out.mkdir()
    earlier = out / "tong-hop.pdf"
    earlier.write_bytes(b"the summary printed yesterday")
    error = _refused(runner, boss, save_day_summary, date(2026, 11, 21), earlier)  # tomorrow
    assert "chưa đến" in error.message_vi
    _refused(runner, boss, save_period_report, "month", 2026, 12, out / "bieu-06.xlsx")
    assert [p.name for p in out.iterdir()] == ["tong-hop.pdf"]
    assert earlier.read_bytes() == b"the summary printed yesterday"


def test_a_clerk_may_not_save_the_reports(runner, boss, make_user, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clerk = make_user("thu", "clerk")
    out = tmp_path / "reports"
    out.mkdir()
    with pytest.raises(PermissionDenied):
        runner.read(save_day_summary, clerk, fx.DAY, out / "a.pdf")
    with pytest.raises(PermissionDenied):
        runner.read(save_period_report, clerk, "month", 2026, 11, out / "b.pdf")
    assert list(out.iterdir()) == []
