"""The end-of-day summary as an Excel workbook with the figures of the PDF, as numbers.

Sheets:

- "Tổng hợp": the title in A1, the counter and ward, the day and where the figures come from,
  then label / figure rows: the day's tickets (times as durations, shown h:mm:ss), the other
  dossier events, fees by method (count and amount in đồng) with the total, satisfaction counts
  with the total and the rate (a fraction shown as a percentage);
- "Theo dịch vụ", "Theo quầy", "Theo cán bộ", "Theo giờ": one row per group;
- "Hồ sơ theo lĩnh vực": the Biểu 06 table (merged two-level head) with the total row.

Every sheet's head rows are frozen and its columns sized.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from onestop_desktop.domain.day_totals import TicketGroup
from onestop_desktop.printing import report_text as rx
from onestop_desktop.printing.period_report_xlsx import (
    BOLD,
    BOX,
    CENTRE,
    NUMBER_FORMAT,
    SHADE,
    WRAP,
    text,
    write_bucket_table,
)
from onestop_desktop.services.day_report_dto import DaySummary

SUMMARY_SHEET = "Tổng hợp"
FIELDS_SHEET = "Hồ sơ theo lĩnh vực"
SUMMARY_HEAD_ROW = 6  # "Chỉ tiêu | Số liệu | Số tiền (đồng)"; figures from the next row
GROUP_HEAD_ROW = 3
FIELDS_HEAD_ROW = 3
TIME_FORMAT = "[h]:mm:ss"
MONEY_FORMAT = '#,##0 "đ"'
RATE_FORMAT = "0.0%"

Value = int | float | str | timedelta | None


def render_day_summary_xlsx(summary: DaySummary) -> bytes:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    _summary_sheet(book.create_sheet(SUMMARY_SHEET), summary)
    totals = summary.totals
    day = rx.day_text(totals.business_date)
    for table in rx.GROUP_TABLES:
        sheet = book.create_sheet(table.sheet)
        groups: list[TicketGroup] = getattr(totals, table.key)
        _group_sheet(sheet, f"{table.title} - Ngày {day}", table.label_head, groups)
    sheet = book.create_sheet(FIELDS_SHEET)
    _title(sheet, f"Hồ sơ thủ tục hành chính theo lĩnh vực (theo Biểu 06) - Ngày {day}")
    write_bucket_table(sheet, FIELDS_HEAD_ROW, totals.dossiers.fields)
    for number, width in enumerate([6, 30] + [11] * len(rx.BUCKET_COLUMNS), start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = f"C{FIELDS_HEAD_ROW + 2}"
    sheet.print_title_rows = f"{FIELDS_HEAD_ROW}:{FIELDS_HEAD_ROW + 1}"
    _page(sheet, landscape=True)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def _title(sheet: Worksheet, value: str) -> None:
    sheet.cell(1, 1, text(value)).font = Font(bold=True, size=13)


def _summary_sheet(sheet: Worksheet, summary: DaySummary) -> None:
    totals = summary.totals
    sheet.cell(1, 1, rx.SUMMARY_TITLE).font = Font(bold=True, size=14)
    sheet.cell(2, 1, text(rx.agency_line(totals.ward_name)))
    sheet.cell(3, 1, rx.summary_day_line(summary)).font = BOLD
    sheet.cell(4, 1, text(rx.status_line(summary))).font = Font(italic=True)
    for column, head in enumerate(("Chỉ tiêu", "Số liệu", "Số tiền (đồng)"), start=1):
        cell = sheet.cell(SUMMARY_HEAD_ROW, column, head)
        cell.font, cell.fill, cell.border, cell.alignment = BOLD, SHADE, BOX, CENTRE
    row = SUMMARY_HEAD_ROW + 1

    def put(label: str, value: Value, amount: int | None = None, *, bold: bool = False) -> None:
        nonlocal row
        cells = [sheet.cell(row, 1, text(label)), sheet.cell(row, 2, value)]
        if amount is not None:
            cells.append(sheet.cell(row, 3, amount))
            cells[2].number_format = MONEY_FORMAT
        cells[0].alignment = WRAP
        if isinstance(value, timedelta):
            cells[1].number_format = TIME_FORMAT
        elif isinstance(value, float):
            cells[1].number_format = RATE_FORMAT
        elif isinstance(value, int):
            cells[1].number_format = NUMBER_FORMAT
        for cell in cells:
            cell.border = BOX
            if bold:
                cell.font = BOLD
        row += 1

    def heading(label: str) -> None:
        nonlocal row
        sheet.cell(row, 1, label).font = BOLD
        row += 1

    heading("I. Phiếu xếp hàng (số thứ tự)")
    for line in rx.ticket_lines(totals):
        is_time = line.label.startswith("Thời gian")
        put(line.label, _seconds(line.value) if is_time else line.value)
    heading("II. Hồ sơ thủ tục hành chính: các việc khác trong ngày")
    for label, count in rx.other_dossier_lines(totals):
        put(label, count)
    heading(f"Số liệu theo lĩnh vực (Biểu 06): xem trang “{FIELDS_SHEET}”")
    heading("III. Phí, lệ phí đã thu (số lượt, số tiền)")
    fees = rx.fee_lines(totals)
    for label, count, amount in fees:
        put(label, count, amount)
    put(rx.TOTAL_LABEL, sum(c for _, c, _ in fees), totals.fees_total_vnd, bold=True)
    heading("IV. Mức độ hài lòng của người dân (số lượt)")
    for label, count in rx.satisfaction_lines(totals):
        put(label, count)
    put(rx.TOTAL_LABEL, totals.satisfaction.total, bold=True)
    rate = totals.satisfaction.rate
    put(rx.SATISFIED_LABEL, rate if rate is not None else rx.NONE, bold=True)

    for column, width in ((1, 58), (2, 14), (3, 18)):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = f"A{SUMMARY_HEAD_ROW + 1}"
    sheet.print_title_rows = f"{SUMMARY_HEAD_ROW}:{SUMMARY_HEAD_ROW}"
    _page(sheet, landscape=False)


def _group_sheet(
    sheet: Worksheet, title: str, label_head: str, groups: Sequence[TicketGroup]
) -> None:
    _title(sheet, title)
    heads = ["STT", label_head, *rx.GROUP_HEADS]
    for column, head in enumerate(heads, start=1):
        cell = sheet.cell(GROUP_HEAD_ROW, column, head)
        cell.font, cell.fill, cell.border, cell.alignment = BOLD, SHADE, BOX, CENTRE
    for number, group in enumerate(groups, start=1):
        row = GROUP_HEAD_ROW + number
        f = group.figures
        values: list[Value] = [
            number,
            text(group.label),
            f.issued,
            f.served,
            f.no_show,
            f.waiting,
            _seconds(f.avg_wait_s),
            _seconds(f.max_wait_s),
            _seconds(f.avg_service_s),
        ]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row, column, value)
            cell.border = BOX
            if column == 1:
                cell.alignment = CENTRE
            elif column == 2:
                cell.alignment = WRAP
            elif column <= 2 + rx.COUNT_COLUMNS:
                cell.number_format = NUMBER_FORMAT
            else:
                cell.number_format = TIME_FORMAT
    if not groups:
        sheet.cell(GROUP_HEAD_ROW + 1, 2, rx.NO_DATA).font = Font(italic=True)
    for column, width in enumerate([6, 30] + [12] * len(rx.GROUP_HEADS), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[GROUP_HEAD_ROW].height = 30
    sheet.freeze_panes = f"C{GROUP_HEAD_ROW + 1}"
    sheet.print_title_rows = f"{GROUP_HEAD_ROW}:{GROUP_HEAD_ROW}"
    _page(sheet, landscape=False)


def _seconds(value: int | None) -> timedelta | None:
    return None if value is None else timedelta(seconds=value)


def _page(sheet: Worksheet, *, landscape: bool) -> None:
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
