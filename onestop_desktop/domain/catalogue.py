"""The procedure catalogue (danh mục thủ tục hành chính): rows as they arrive from CSV/XLSX.

One row describes a procedure; its required documents come in one cell separated by `` | ``.
Parsing a row either gives a ``ProcedureSpec`` or raises ``ValidationError`` naming the column.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass

from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.text import clean_line, fold, has_control_chars


class ProcessingUnit(enum.StrEnum):
    WORKING_DAYS = "working_days"
    WORKING_HOURS = "working_hours"
    CALENDAR_DAYS = "calendar_days"


class CopyKind(enum.StrEnum):
    ORIGINAL = "original"  # bản chính
    CERTIFIED_COPY = "certified_copy"  # bản sao có chứng thực
    PHOTOCOPY = "photocopy"  # bản chụp / bản photo
    PRESENT = "present"  # xuất trình: shown at the counter, not handed in


REQUIRED_COLUMNS = ("name_vi", "field_vi", "processing_days", "processing_unit")
KNOWN_COLUMNS = (
    "code",
    "name_vi",
    "name_en",
    "field_vi",
    "field_en",
    "processing_days",
    "processing_unit",
    "same_day_cutoff",
    "fee_vnd",
    "fee_note",
    "documents_vi",
    "legal_basis",
    "source",
    "verified",
)
NATIONAL_CODE_RE = re.compile(r"^\d\.\d{6}$")
CUTOFF_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
MAX_TEXT = 4000
MAX_NAME = 500
MAX_PROCESSING_DAYS = 365


@dataclass(frozen=True)
class DocumentSpec:
    name: str
    copy_kind: CopyKind
    count: int
    mandatory: bool


@dataclass(frozen=True)
class ProcedureSpec:
    code: str | None
    name_vi: str
    name_en: str | None
    field_vi: str
    field_en: str | None
    processing_days: int
    processing_unit: ProcessingUnit
    same_day_cutoff: str | None
    fee_vnd: int | None
    fee_note: str | None
    legal_basis: str | None
    documents: tuple[DocumentSpec, ...]

    @property
    def search_key(self) -> str:
        return fold(f"{self.code or ''} {self.name_vi} {self.field_vi}")


def missing_columns(header: list[str]) -> list[str]:
    present = {h.strip() for h in header}
    return [c for c in REQUIRED_COLUMNS if c not in present]


def _text(row: Mapping[str, object], column: str, *, limit: int = MAX_TEXT) -> str | None:
    raw = row.get(column)
    if raw is None:
        return None
    value = str(raw)
    if has_control_chars(value):
        raise ValidationError(
            f"Cột {column}: có ký tự điều khiển.", f"Column {column}: control characters.", column
        )
    value = clean_line(value)
    if len(value) > limit:
        raise ValidationError(
            f"Cột {column}: dài quá {limit} ký tự.",
            f"Column {column}: longer than {limit} characters.",
            column,
        )
    return value or None


def _int(row: Mapping[str, object], column: str) -> int | None:
    raw = row.get(column)
    if raw is None or str(raw).strip() == "":
        return None
    text = str(raw).strip()
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if not re.fullmatch(r"\d+", text):
        raise ValidationError(
            f"Cột {column}: “{text[:40]}” không phải số nguyên không âm.",
            f"Column {column}: '{text[:40]}' is not a non-negative whole number.",
            column,
        )
    return int(text)


def parse_documents(cell: str | None) -> tuple[DocumentSpec, ...]:
    if not cell:
        return ()
    docs: list[DocumentSpec] = []
    for part in cell.split("|"):
        name = clean_line(part)
        if not name:
            continue
        folded = fold(name)
        if folded.startswith("xuat trinh"):
            kind = CopyKind.PRESENT
        elif "chung thuc" in folded and "ban sao" in folded:
            kind = CopyKind.CERTIFIED_COPY
        elif "ban chup" in folded or "ban photo" in folded or "ban sao" in folded:
            kind = CopyKind.PHOTOCOPY
        else:
            kind = CopyKind.ORIGINAL
        optional = "(neu" in folded or "truong hop" in folded or "neu co" in folded
        docs.append(
            DocumentSpec(name=name[:MAX_NAME], copy_kind=kind, count=1, mandatory=not optional)
        )
    return tuple(docs)


def parse_procedure_row(row: Mapping[str, object]) -> ProcedureSpec:
    """Validate one catalogue row. Raises ``ValidationError`` with the column at fault."""
    name_vi = _text(row, "name_vi", limit=MAX_NAME)
    if not name_vi:
        raise ValidationError("Thiếu tên thủ tục (name_vi).", "name_vi is empty.", "name_vi")
    field_vi = _text(row, "field_vi", limit=MAX_NAME)
    if not field_vi:
        raise ValidationError("Thiếu lĩnh vực (field_vi).", "field_vi is empty.", "field_vi")
    code = _text(row, "code", limit=20)
    if code is not None and not NATIONAL_CODE_RE.match(code):
        raise ValidationError(
            f"Mã thủ tục “{code}” phải có dạng 1.001193.",
            f"Procedure code '{code}' must look like 1.001193.",
            "code",
        )
    days = _int(row, "processing_days")
    if days is None:
        raise ValidationError(
            "Thiếu thời hạn giải quyết (processing_days).",
            "processing_days is empty.",
            "processing_days",
        )
    if days > MAX_PROCESSING_DAYS:
        raise ValidationError(
            f"Thời hạn giải quyết {days} quá lớn (tối đa {MAX_PROCESSING_DAYS}).",
            f"processing_days {days} is too large (at most {MAX_PROCESSING_DAYS}).",
            "processing_days",
        )
    unit_text = _text(row, "processing_unit") or ""
    try:
        unit = ProcessingUnit(unit_text)
    except ValueError:
        allowed = ", ".join(u.value for u in ProcessingUnit)
        raise ValidationError(
            f"Đơn vị thời hạn “{unit_text[:40]}” không hợp lệ (cho phép: {allowed}).",
            f"Unknown processing_unit '{unit_text[:40]}' (allowed: {allowed}).",
            "processing_unit",
        ) from None
    cutoff = _text(row, "same_day_cutoff", limit=5)
    if cutoff is not None and not CUTOFF_RE.match(cutoff):
        raise ValidationError(
            f"Giờ tiếp nhận cuối “{cutoff}” phải có dạng HH:MM.",
            f"same_day_cutoff '{cutoff}' must be HH:MM.",
            "same_day_cutoff",
        )
    fee = _int(row, "fee_vnd")
    return ProcedureSpec(
        code=code,
        name_vi=name_vi,
        name_en=_text(row, "name_en", limit=MAX_NAME),
        field_vi=field_vi,
        field_en=_text(row, "field_en", limit=MAX_NAME),
        processing_days=days,
        processing_unit=unit,
        same_day_cutoff=cutoff,
        fee_vnd=fee,
        fee_note=_text(row, "fee_note"),
        legal_basis=_text(row, "legal_basis"),
        documents=parse_documents(_text(row, "documents_vi", limit=MAX_TEXT * 4)),
    )
