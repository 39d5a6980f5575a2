"""The register's columns and cell values (Mẫu 07, Sổ theo dõi hồ sơ), shared by the PDF and the
XLSX so both hold the same columns and values. Pure functions: no reportlab, no openpyxl.

Columns after TH-DVC's export of the register (the official column list was not seen): STT (the
dossier's number in the day's register, as printed on its receipt), Mã hồ sơ, Thủ tục (trích yếu),
Số bộ, Chủ hồ sơ, Địa chỉ, SĐT, Ngày tiếp nhận, Ngày hẹn trả, Ngày trả, Người nhận kết quả and
Ghi chú: the status and, once the result is out, early / on time / late, then the notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from onestop_desktop.domain.dossier import STATUS_VI, DossierStatus
from onestop_desktop.domain.lifecycle import TIMING_VI, Timing
from onestop_desktop.domain.text import nfc
from onestop_desktop.printing.processing_slips import Register, RegisterRow

TITLE = "SỔ THEO DÕI HỒ SƠ"
FORM_NUMBER = "Mẫu số 07"
NO_ROWS = "Không có hồ sơ"

Cell = str | int | datetime | None


@dataclass(frozen=True)
class Column:
    heading: str
    pdf_mm: float  # width on the A4 landscape page
    xlsx_chars: float  # width in the spreadsheet, in characters
    centred: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("STT", 9, 6, centred=True),
    Column("Mã hồ sơ", 37, 26),
    Column("Thủ tục (trích yếu)", 36, 45),
    Column("Số bộ", 9, 7, centred=True),
    Column("Chủ hồ sơ", 24, 24),
    Column("Địa chỉ", 36, 40),
    Column("SĐT", 17, 14),
    Column("Ngày tiếp nhận", 17, 17, centred=True),
    Column("Ngày hẹn trả", 17, 17, centred=True),
    Column("Ngày trả", 17, 17, centred=True),
    Column("Người nhận kết quả", 26, 36),
    Column("Ghi chú", 27, 45),
)
DATE_COLUMNS = frozenset({7, 8, 9})  # 0-based: Ngày tiếp nhận, Ngày hẹn trả, Ngày trả


def row_values(row: RegisterRow) -> tuple[Cell, ...]:
    """One dossier's cells in column order: numbers as ints, dates as datetimes, text NFC."""
    return (
        row.seq,
        row.code,
        nfc(row.procedure_name),
        row.sets,
        nfc(row.applicant_name),
        _text(row.applicant_address),
        _text(row.applicant_phone),
        row.received_at,
        row.due_at,
        row.returned_at,
        _text(row.receiver),
        note_text(row),
    )


def note_text(row: RegisterRow) -> str:
    """``"Đã trả kết quả (Trước hạn). <notes>"``: the status in Vietnamese, the timing once the
    result is out, then the notes (reason of a refusal, stop or withdrawal; an extension…)."""
    try:
        status = STATUS_VI[DossierStatus(row.status)]
    except ValueError:
        status = row.status
    if row.timing:
        try:
            status += f" ({TIMING_VI[Timing(row.timing)]})"
        except ValueError:
            status += f" ({row.timing})"
    notes = _text(row.notes)
    return f"{status}. {notes}" if notes else status


def date_time_text(value: datetime | None) -> str:
    """``"20/11/2026 09:32"`` (the PDF's cells; the XLSX keeps real datetimes)."""
    return f"{value:%d/%m/%Y %H:%M}" if value else ""


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return date_time_text(value)
    return str(value)


def period_text(register: Register) -> str:
    """``"Từ ngày 18/11/2026 đến ngày 20/11/2026"`` (``"Ngày 20/11/2026"`` for one day)."""
    if register.date_from == register.date_to:
        return f"Ngày {_day(register.date_from)}"
    return f"Từ ngày {_day(register.date_from)} đến ngày {_day(register.date_to)}"


def count_text(register: Register) -> str:
    n = len(register.rows)
    return f"Tổng số: {n:,} hồ sơ".replace(",", ".") if n else NO_ROWS


def printed_text(register: Register) -> str:
    return f"In lúc {register.printed_at:%H:%M}, ngày {_day(register.printed_at.date())}"


def _day(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def _text(value: str | None) -> str:
    return nfc(value) if value else ""
