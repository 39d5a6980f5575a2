"""Biểu 06 for a period read back: the landscape PDF holds the form's header, every field's row
with its figures in column order and the total row (pdftotext -layout, row by row), the note on the
extra column and the signatures; forty fields flow over pages with the two-level head on each; the
workbook holds the same figures under merged heads."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from onestop_desktop.domain.day_totals import FieldRow
from onestop_desktop.domain.statistics import Bucket as B
from onestop_desktop.printing.period_report_pdf import render_period_report
from onestop_desktop.printing.period_report_xlsx import HEAD_ROW, render_period_report_xlsx
from onestop_desktop.printing.sample_reports import sample_period_report
from onestop_desktop.services.day_report_dto import PeriodReport
from tests.printing.test_day_summary import figures_text, layout_pages, words_inside_page
from tests.printing.test_forms import text_of


def field(name: str, **counts: int) -> FieldRow:
    return FieldRow(name, {B(k): v for k, v in counts.items()})


REPORT = PeriodReport(
    unit_code="000.00.06.H56",
    ward_name="Phường Tây Hồ",
    kind="quarter",
    start=date(2026, 10, 1),
    end=date(2026, 12, 31),
    as_of=datetime(2026, 11, 20, 16, 30),
    title="Quý IV năm 2026",
    fields=[
        field(
            "Hộ tịch",
            received_online=153,
            received_direct=1391,
            carried_over=238,
            resolved_early=987,
            resolved_on_time=455,
            resolved_late=34,
            closed=17,
            pending_within=272,
            pending_overdue=17,
        ),
        field("Chứng thực", received_online=34, received_direct=5527, resolved_on_time=5561),
        field(
            "Đất đai",
            received_direct=34,
            carried_over=204,
            resolved_early=17,
            resolved_on_time=17,
            resolved_late=17,
            closed=17,
            pending_within=136,
            pending_overdue=34,
        ),
    ],
)
ROWS = [
    "1 Hộ tịch 1.782 153 1.391 238 1.476 987 455 34 17 289 272 17",
    "2 Chứng thực 5.561 34 5.527 0 5.561 0 5.561 0 0 0 0 0",
    "3 Đất đai 238 0 34 204 51 17 17 17 17 170 136 34",
    "Tổng cộng 7.581 187 6.952 442 7.088 1.004 6.033 51 34 459 408 51",
]


def test_the_pdf_is_a_landscape_biểu_06_with_every_row(tmp_path: Path) -> None:
    pdf = render_period_report(REPORT, printed_at=datetime(2026, 11, 20, 16, 35))
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    assert reader.metadata is not None
    assert reader.metadata.title == "Biểu số 06/VPCP/KSTT - Quý IV năm 2026"
    assert b"Helvetica" not in pdf
    [page] = layout_pages(pdf, tmp_path, "bieu06")
    text = " ".join(page)
    for expected in (
        "Biểu số 06/VPCP/KSTT",
        "Kỳ báo cáo: Quý IV năm 2026",
        "Từ ngày 01/10/2026 đến ngày 31/12/2026",
        "Số liệu tính đến 16:30 ngày 20/11/2026",
        "Đơn vị báo cáo: UBND Phường Tây Hồ",
        "Mã đơn vị: 000.00.06.H56",
        "Đơn vị tính: Số hồ sơ TTHC",
        "Số hồ sơ nhận giải quyết",
        "Số hồ sơ đã giải quyết",
        "Số hồ sơ đang giải quyết",
        "(1) (2) (3) (4) (5) (6) (7) (8) (9) (10) (11) (12) (13) (14)",
        "(*) Rút/dừng giải quyết",
        "Hà Nội, ngày 20 tháng 11 năm 2026",
        "NGƯỜI LẬP BIỂU THỦ TRƯỞNG ĐƠN VỊ",
        "Trang 1/1",
    ):
        assert expected in text, expected
    # the whole title, wrapped over lines in the middle of the header (read as a block)
    assert (
        "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP "
        "GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH Kỳ báo cáo: Quý IV năm 2026"
    ) in text_of(pdf, tmp_path)
    for row in ROWS:
        assert row in page, row
    head = next(line for line in page if line.startswith("STT"))
    assert "Lĩnh vực" in head


def test_every_row_adds_up_as_printed(tmp_path: Path) -> None:
    [page] = layout_pages(render_period_report(REPORT), tmp_path)
    for row in ROWS:
        n = [int(v.replace(".", "")) for v in row.split()[-12:]]
        assert n[0] == n[1] + n[2] + n[3] == n[4] + n[8] + n[9]
        assert n[4] == n[5] + n[6] + n[7]
        assert n[9] == n[10] + n[11]
        assert row in page


def test_a_period_that_is_over_has_no_as_of_line(tmp_path: Path) -> None:
    over = PeriodReport(**{**REPORT.__dict__, "as_of": datetime(2027, 1, 1)})
    text = " ".join(layout_pages(render_period_report(over), tmp_path)[0])
    assert "Số liệu tính đến" not in text
    assert "Hà Nội, ngày 01 tháng 01 năm 2027" in text  # signed the day it was made


def test_a_range_is_not_said_twice(tmp_path: Path) -> None:
    span = PeriodReport(
        **{**REPORT.__dict__, "kind": "range", "title": "Từ ngày 01/10/2026 đến ngày 31/12/2026"}
    )
    [page] = layout_pages(render_period_report(span), tmp_path)
    dated = [line for line in page if "01/10/2026" in line]
    assert len(dated) == 2  # the header and the footer
    assert "Kỳ báo cáo: Từ ngày 01/10/2026 đến ngày 31/12/2026" in dated[0]


def test_forty_fields_flow_over_pages_with_the_head_on_each(tmp_path: Path) -> None:
    report = sample_period_report(fields=40)
    pdf = render_period_report(report)
    pages = layout_pages(pdf, tmp_path)
    assert len(pages) >= 2
    rows = [
        (f"{i} {' '.join(r.field.split()[:2])}", figures_text(r))
        for i, r in enumerate(report.fields, start=1)
    ]
    seen: list[str] = []
    for number, page in enumerate(pages, start=1):
        assert page[-1].endswith(f"Trang {number}/{len(pages)}")
        assert any("Số hồ sơ nhận giải quyết" in line for line in page)
        assert any(line.startswith("(1) (2) (3)") for line in page)
        seen += [
            start
            for start, end in rows
            for line in page
            if line.startswith(f"{start} ") and line.endswith(f" {end}")
        ]
    assert seen == [start for start, _ in rows]  # every field once, in order
    assert f"Tổng cộng {figures_text(report.total)}" in pages[-1]
    assert "NGƯỜI LẬP BIỂU THỦ TRƯỞNG ĐƠN VỊ" in pages[-1]
    assert words_inside_page(pdf, tmp_path)


def test_the_workbook_has_the_same_layout_and_figures() -> None:
    book = load_workbook(io.BytesIO(render_period_report_xlsx(REPORT)))
    sheet = book["Biểu 06"]
    assert str(sheet["A1"].value).startswith("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")
    assert sheet["A2"].value.startswith("Biểu số 06/VPCP/KSTT")
    assert sheet["A3"].value == "Kỳ báo cáo: Quý IV năm 2026"
    top = HEAD_ROW
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {
        f"A{top}:A{top + 1}",
        f"B{top}:B{top + 1}",
        f"C{top}:F{top}",
        f"G{top}:J{top}",
        f"K{top}:K{top + 1}",
        f"L{top}:N{top}",
    } <= merged
    assert [sheet.cell(top, c).value for c in (3, 7, 11, 12)] == [
        "Số hồ sơ nhận giải quyết",
        "Số hồ sơ đã giải quyết",
        "Rút/dừng giải quyết (*)",
        "Số hồ sơ đang giải quyết",
    ]
    assert [c.value for c in sheet[top + 1]][2:6] == [
        "Tổng số",
        "Trực tuyến",
        "Trực tiếp và dịch vụ bưu chính",
        "Từ kỳ trước",
    ]
    assert sheet.cell(top + 2, 14).value == "(14)"
    assert sheet.freeze_panes == f"C{top + 3}"
    data = [list(r) for r in sheet.iter_rows(min_row=top + 3, max_row=top + 6, values_only=True)]
    for printed, row in zip(ROWS, data, strict=True):
        words = printed.split()
        assert row[2:] == [int(w.replace(".", "")) for w in words[-12:]]
        assert all(isinstance(v, int) for v in row[2:])
    assert [row[:2] for row in data] == [
        [1, "Hộ tịch"],
        [2, "Chứng thực"],
        [3, "Đất đai"],
        [None, "Tổng cộng"],
    ]
    assert sheet.column_dimensions["B"].width >= 30
    assert sheet.page_setup.orientation == "landscape"
    book.close()
