"""Export the procedure catalogue to CSV (UTF-8 with BOM, so Excel shows Vietnamese right) or XLSX.

The file has the columns the import reads (``domain.catalogue.EXPORT_COLUMNS``), every document
with its details spelled out, so exporting and importing the file again changes nothing. Only the
procedures in use are exported. The file is written next to its target and moved into place, so a
failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from onestop_desktop.domain.catalogue import EXPORT_COLUMNS, procedure_row
from onestop_desktop.domain.errors import UserError, ValidationError
from onestop_desktop.domain.roles import Permission
from onestop_desktop.services.catalogue import spec_of
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.store.models import Procedure

Row = dict[str, str | int | None]
FORMATS = (".csv", ".xlsx")


@dataclass(frozen=True)
class ExportReport:
    path: Path
    procedures: int


def catalogue_rows(ctx: ServiceContext) -> list[Row]:
    """The procedures in use, in the order they were added, as export rows."""
    stmt = (
        select(Procedure)
        .where(Procedure.active)
        .options(selectinload(Procedure.documents))
        .order_by(Procedure.id)
    )
    return [procedure_row(spec_of(p)) for p in ctx.session.scalars(stmt)]


def export_catalogue(ctx: ServiceContext, path: Path, *, overwrite: bool = False) -> ExportReport:
    """Write the catalogue to ``path`` (.csv or .xlsx). Refuses to replace a file unless asked."""
    ctx.require(Permission.EDIT_CATALOGUE)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            "Chỉ xuất ra tệp .csv hoặc .xlsx.",
            f"Export to a .csv or .xlsx file, not '{suffix or path.name}'.",
            "file",
        )
    if not path.parent.is_dir():
        raise ValidationError(
            f"Không có thư mục {path.parent}.", f"No such folder: {path.parent}.", "file"
        )
    if path.is_dir() or (path.exists() and not overwrite):
        raise ValidationError(
            f"Tệp {path} đã tồn tại; chọn tên khác.",
            f"{path} already exists; choose another name.",
            "file",
        )
    rows = catalogue_rows(ctx)
    try:
        with _replacing(path) as tmp:
            if suffix == ".csv":
                _write_csv(tmp, rows)
            else:
                _write_xlsx(tmp, rows)
    except OSError as exc:
        raise UserError(
            f"Không ghi được tệp {path}: {exc.strerror or exc}.",
            f"Cannot write {path}: {exc.strerror or exc}.",
        ) from None
    return ExportReport(path, len(rows))


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _write_csv(path: Path, rows: list[Row]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(EXPORT_COLUMNS)
        for row in rows:
            writer.writerow(["" if row[c] is None else row[c] for c in EXPORT_COLUMNS])


_WIDTHS = {"name_vi": 60, "name_en": 40, "field_vi": 24, "documents_vi": 80, "fee_note": 40}


def _write_xlsx(path: Path, rows: list[Row]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Danh mục thủ tục"
    sheet.append(list(EXPORT_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=2):
        for column, name in enumerate(EXPORT_COLUMNS, start=1):
            value = row[name]
            cell = sheet.cell(number, column, value)
            if isinstance(value, str):
                cell.data_type = "s"  # text stays text, even one that starts with "="
    for column, name in enumerate(EXPORT_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = _WIDTHS.get(name, 14)
    sheet.freeze_panes = "A2"
    book.save(path)
