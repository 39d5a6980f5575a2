"""Biểu số 06/VPCP/KSTT as an Excel workbook: the same layout as the PDF, for the ward to check
and forward. One sheet: the title in A1, the form's number, the period and the units under it,
the two-level head in merged cells with the column numbers (1)…(14), one row per field, the total
row (figures, not formulas, so the file reads the same everywhere), the note and the signatures.
The heads are frozen and repeated on printed pages; figures are numbers.

``write_bucket_table`` is shared with the end-of-day summary's workbook.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from onestop_desktop.domain.day_totals import FieldRow, total_row
from onestop_desktop.domain.text import nfc
from onestop_desktop.printing import report_text as rx
from onestop_desktop.services.day_report_dto import PeriodReport

SHEET_TITLE = "Biểu 06"
COLUMNS = 2 + len(rx.BUCKET_COLUMNS)
HEAD_ROW = 7  # the first of the head rows: groups, then headings, then column numbers
NUMBER_FORMAT = "#,##0"
_THIN = Side(style="thin", color="000000")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
SHADE = PatternFill("solid", fgColor="E6E6E6")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)
BOLD = Font(bold=True)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XLSX text


def text(value: str) -> str:
    """``value`` as workbook text: NFC, without the control characters XLSX refuses."""
    return _ILLEGAL.sub("", nfc(value))


def render_period_report_xlsx(report: PeriodReport) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    last = get_column_letter(COLUMNS)
    widths = [6, 34] + [11] * len(rx.BUCKET_COLUMNS)
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width

    def line(row: int, value: str, *, font: Font | None = None, centre: bool = True) -> None:
        sheet.merge_cells(f"A{row}:{last}{row}")
        cell = sheet.cell(row, 1, nfc(value))
        cell.alignment = CENTRE if centre else Alignment(horizontal="left", vertical="center")
        if font is not None:
            cell.font = font

    line(1, rx.PERIOD_TITLE, font=Font(bold=True, size=13))
    sheet.row_dimensions[1].height = 34
    line(2, f"{rx.PERIOD_FORM} ({rx.PERIOD_BASIS})", font=Font(italic=True))
    line(3, rx.period_line(report), font=BOLD)
    span = rx.period_span_line(report)
    as_of = rx.period_as_of_line(report)
    line(4, ". ".join(t for t in (span, as_of) if t), font=Font(italic=True))
    line(
        5,
        f"{rx.reporting_unit_line(report)} ({rx.unit_code_line(report)}). "
        f"Đơn vị nhận báo cáo: {rx.PERIOD_RECEIVER}. {rx.PERIOD_UNIT}.",
    )
    end = write_bucket_table(sheet, HEAD_ROW, report.fields, numbering=True, closed_mark=" (*)")
    note = end + 1
    sheet.merge_cells(f"A{note}:{last}{note}")
    sheet.cell(note, 1, rx.CLOSED_NOTE).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.cell(note, 1).font = Font(italic=True, size=9)
    sheet.row_dimensions[note].height = 28
    sign = note + 2
    sheet.merge_cells(f"A{sign}:F{sign}")
    sheet.merge_cells(f"I{sign}:{last}{sign}")
    sheet.cell(sign, 1, rx.PREPARER).font = BOLD
    sheet.cell(sign, 1).alignment = CENTRE
    sheet.cell(sign, 9, rx.PERIOD_SIGNER).font = BOLD
    sheet.cell(sign, 9).alignment = CENTRE

    sheet.freeze_panes = f"C{HEAD_ROW + 3}"
    sheet.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW + 2}"
    _landscape(sheet)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def write_bucket_table(
    sheet: Worksheet,
    top: int,
    fields: Sequence[FieldRow],
    *,
    numbering: bool = False,
    closed_mark: str = "",
) -> int:
    """The Biểu 06 table from row ``top``: group heads (merged), headings, optionally the column
    numbers, one row per field and the total row. Returns the total row's number."""
    sheet.cell(top, 1, "STT")
    sheet.cell(top, 2, "Lĩnh vực")
    sheet.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    sheet.merge_cells(start_row=top, start_column=2, end_row=top + 1, end_column=2)
    for group, first, last in rx.bucket_groups():
        col0, col1 = first + 3, last + 3
        if group is None:
            sheet.cell(top, col0, rx.BUCKET_COLUMNS[first].heading + closed_mark)
            sheet.merge_cells(start_row=top, start_column=col0, end_row=top + 1, end_column=col0)
            continue
        sheet.cell(top, col0, group)
        sheet.merge_cells(start_row=top, start_column=col0, end_row=top, end_column=col1)
        for i in range(first, last + 1):
            sheet.cell(top + 1, i + 3, rx.BUCKET_COLUMNS[i].heading)
    heads = [top, top + 1]
    if numbering:
        for column in range(1, COLUMNS + 1):
            cell = sheet.cell(top + 2, column, f"({column})")
            cell.font = Font(italic=True, size=9)
        heads.append(top + 2)
    for row in heads:
        for column in range(1, COLUMNS + 1):
            cell = sheet.cell(row, column)
            cell.border = BOX
            cell.alignment = CENTRE
            if row != top + 2:
                cell.font = BOLD
                cell.fill = SHADE
    sheet.row_dimensions[top + 1].height = 45
    row = heads[-1] + 1
    for number, field in enumerate(fields, start=1):
        _field_row(sheet, row, number, rx.field_label(field), field)
        row += 1
    _field_row(sheet, row, None, rx.TOTAL_LABEL, total_row(list(fields)), total=True)
    return row


def _field_row(
    sheet: Worksheet,
    row: int,
    number: int | None,
    label: str,
    field: FieldRow,
    *,
    total: bool = False,
) -> None:
    values: list[int | str | None] = [number, text(label), *rx.bucket_values(field)]
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row, column, value)
        cell.border = BOX
        if column == 1:
            cell.alignment = CENTRE
        elif column == 2:
            cell.alignment = WRAP
            cell.data_type = "s"
        else:
            cell.number_format = NUMBER_FORMAT
        bold = total or (column > 2 and rx.BUCKET_COLUMNS[column - 3].total)
        if bold:
            cell.font = BOLD
        if total:
            cell.fill = SHADE


def _landscape(sheet: Worksheet) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
