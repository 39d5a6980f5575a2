"""Read a procedure catalogue from CSV (UTF-8) or XLSX into header + numbered rows."""

from __future__ import annotations

import csv
import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from onestop_desktop.domain.catalogue import missing_columns
from onestop_desktop.domain.errors import ValidationError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 5000


@dataclass(frozen=True)
class CatalogueFile:
    name: str
    header: list[str]
    rows: list[tuple[int, dict[str, object]]]  # (line or sheet row number, values by column)


def _bad(vi: str, en: str) -> ValidationError:
    return ValidationError(vi, en, field="file")


def read_catalogue_file(path: Path) -> CatalogueFile:
    if not path.is_file():
        raise _bad(f"Không tìm thấy tệp {path}.", f"File not found: {path}.")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _bad("Tệp danh mục quá lớn (tối đa 20 MB).", "The file is too large (max 20 MB).")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        header, rows = _read_csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        header, rows = _read_xlsx(path)
    else:
        raise _bad(
            "Chỉ nhận tệp .csv hoặc .xlsx.",
            f"Only .csv or .xlsx files are accepted, not '{suffix}'.",
        )
    missing = missing_columns(header)
    if missing:
        raise _bad(
            f"Tệp thiếu cột bắt buộc: {', '.join(missing)}. Không nhập gì.",
            f"The file lacks required columns: {', '.join(missing)}. Nothing imported.",
        )
    if len(rows) > MAX_ROWS:
        raise _bad(f"Tệp có quá {MAX_ROWS} dòng.", f"The file has more than {MAX_ROWS} rows.")
    return CatalogueFile(path.name, header, rows)


def _read_csv(path: Path) -> tuple[list[str], list[tuple[int, dict[str, object]]]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _bad(
            "Tệp CSV không phải mã UTF-8. Lưu lại dưới dạng “CSV UTF-8”.",
            "The CSV file is not UTF-8. Save it as 'CSV UTF-8'.",
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise _bad("Tệp rỗng.", "The file is empty.") from None
    except csv.Error as exc:
        raise _bad(f"Tệp CSV hỏng: {exc}.", f"Malformed CSV: {exc}.") from None
    rows: list[tuple[int, dict[str, object]]] = []
    try:
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            rows.append((reader.line_num, dict(zip(header, values, strict=False))))
    except csv.Error as exc:
        raise _bad(
            f"Tệp CSV hỏng ở dòng {reader.line_num}: {exc}.",
            f"Malformed CSV at line {reader.line_num}: {exc}.",
        ) from None
    return header, rows


def _read_xlsx(path: Path) -> tuple[list[str], list[tuple[int, dict[str, object]]]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError, SyntaxError) as exc:  # XML ParseError
        raise _bad(
            "Không đọc được tệp Excel (hỏng hoặc không phải .xlsx).",
            f"Cannot read the Excel file (corrupt or not .xlsx): {exc}.",
        ) from None
    try:
        return _sheet_rows(book)
    # A cell openpyxl cannot convert, or a sheet whose XML is broken (ParseError is a
    # SyntaxError, with the standard parser and with lxml).
    except (ValueError, OverflowError, TypeError, KeyError, SyntaxError) as exc:
        raise _bad(
            "Không đọc được tệp Excel: có ô chứa giá trị không hợp lệ (ví dụ ngày tháng ngoài "
            "phạm vi). Sửa ô đó hoặc lưu lại tệp rồi nhập lại.",
            f"Cannot read the Excel file: a cell holds an invalid value ({type(exc).__name__}).",
        ) from None
    finally:
        book.close()


def _sheet_rows(book: Any) -> tuple[list[str], list[tuple[int, dict[str, object]]]]:
    with warnings.catch_warnings():  # openpyxl warns about out-of-range dates it reads as errors
        warnings.simplefilter("ignore", UserWarning)
        sheet = book.worksheets[0]
        it = sheet.iter_rows(values_only=True)
        first = next(it, None)
        if first is None:
            raise _bad("Tệp rỗng.", "The file is empty.")
        header = ["" if h is None else str(h).strip() for h in first]
        rows: list[tuple[int, dict[str, object]]] = []
        for number, values in enumerate(it, start=2):
            if all(v is None or str(v).strip() == "" for v in values):
                continue
            rows.append((number, {h: v for h, v in zip(header, values, strict=False) if h}))
    return header, rows
