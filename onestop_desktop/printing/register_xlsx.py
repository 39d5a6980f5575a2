"""Mẫu 07 — Sổ theo dõi hồ sơ (the register) as an Excel workbook, for the ward to sort, filter
and total. Same columns and values as the PDF (``printing.register_text``).

Layout of the one sheet: row 1 the title, row 2 the agency, row 3 the period, the count and when
it was printed, row 4 the column heads (frozen, filterable, repeated on printed pages), one row per
dossier from row 5. Dates are real Excel datetimes shown dd/mm/yyyy hh:mm; text stays text (a note
starting with "=" is not a formula). Written with openpyxl's write-only mode (rows streamed, not
kept as cell objects), then stored atomically.
"""

from __future__ import annotations

import re
from datetime import datetime
from io import BytesIO
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from onestop_desktop.domain.text import nfc
from onestop_desktop.printing import register_text as rt
from onestop_desktop.printing.processing_slips import Register

SHEET_TITLE = "Sổ theo dõi hồ sơ"
HEADER_ROW = 4  # the column heads; dossiers from the next row
DATE_FORMAT = "dd/mm/yyyy hh:mm"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XLSX text
_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_CENTRE_TOP = Alignment(horizontal="center", vertical="top", wrap_text=True)


def write_register_xlsx(register: Register, out: Path) -> Path:
    """The register as ``out`` (.xlsx), replaced whole or not at all; returns ``out``."""
    from onestop_desktop.printing.forms import write_atomically

    return write_atomically(out, register_xlsx_bytes(register))


def register_xlsx_bytes(register: Register) -> bytes:
    book = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = book.create_sheet(SHEET_TITLE)
    for number, column in enumerate(rt.COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = column.xlsx_chars
    last = get_column_letter(len(rt.COLUMNS))
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True

    title = WriteOnlyCell(sheet, f"{rt.TITLE} ({rt.FORM_NUMBER})")
    title.font = Font(bold=True, size=14)
    sheet.append([title])
    sheet.append([_text_cell(sheet, f"UBND {register.ward_name} - Bộ phận Một cửa")])
    period = f"{rt.period_text(register)}. {rt.count_text(register)}. {rt.printed_text(register)}"
    sheet.append([_text_cell(sheet, period, italic=True)])

    heads = []
    for column in rt.COLUMNS:
        cell = WriteOnlyCell(sheet, column.heading)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = _BOX
        heads.append(cell)
    sheet.append(heads)

    for row in register.rows:
        sheet.append(
            [
                _value_cell(sheet, value, rt.COLUMNS[i].centred)
                for i, value in enumerate(rt.row_values(row))
            ]
        )
    if register.rows:
        sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + len(register.rows)}"
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _value_cell(sheet: WriteOnlyWorksheet, value: rt.Cell, centred: bool) -> WriteOnlyCell:
    if isinstance(value, str):
        cell = _text_cell(sheet, value) if value else WriteOnlyCell(sheet, None)
    else:
        cell = WriteOnlyCell(sheet, value)
    if isinstance(value, datetime):
        cell.number_format = DATE_FORMAT
    cell.alignment = _CENTRE_TOP if centred else _WRAP_TOP
    cell.border = _BOX
    return cell


def _text_cell(sheet: WriteOnlyWorksheet, value: str, *, italic: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, _ILLEGAL.sub("", nfc(value)))
    cell.data_type = "s"  # text stays text, even one that starts with "="
    if italic:
        cell.font = Font(italic=True)
    return cell
