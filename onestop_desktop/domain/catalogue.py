"""The procedure catalogue (danh mục thủ tục hành chính): the rules a procedure obeys, and its rows
as they arrive from (and go back to) CSV/XLSX.

One row describes a procedure; its required documents come in one cell separated by `` | ``. Each
document may end with its details in brackets, ``Tờ khai [bản chính; 2 bản; bắt buộc]``; without
them the copy kind and whether it is mandatory are inferred from the name, one copy. The export
always writes the brackets, so export → import changes nothing.

``check_procedure`` holds the rules; a row from a file (``parse_procedure_row``) and a procedure the
admin edits in the dialog both pass through it. A broken value raises ``ValidationError`` naming the
column (``field``) and saying in words what is wrong.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time

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


# What a catalogue file may say in processing_unit. "same_day" means 0 days (stored as 0 working
# days: a procedure of 0 days, whatever its unit, is due the same day).
SAME_DAY = "same_day"
_UNIT_ALIASES: dict[str, str] = {
    "working_days": ProcessingUnit.WORKING_DAYS,
    "ngay lam viec": ProcessingUnit.WORKING_DAYS,
    "working_hours": ProcessingUnit.WORKING_HOURS,
    "gio lam viec": ProcessingUnit.WORKING_HOURS,
    "gio": ProcessingUnit.WORKING_HOURS,
    "calendar_days": ProcessingUnit.CALENDAR_DAYS,
    "ngay": ProcessingUnit.CALENDAR_DAYS,
    "ngay lich": ProcessingUnit.CALENDAR_DAYS,
    SAME_DAY: SAME_DAY,
    "trong ngay": SAME_DAY,
}

# Copy kinds as written in the brackets after a document (Vietnamese first: what the export writes).
COPY_KIND_VI = {
    CopyKind.ORIGINAL: "bản chính",
    CopyKind.CERTIFIED_COPY: "bản sao có chứng thực",
    CopyKind.PHOTOCOPY: "bản chụp",
    CopyKind.PRESENT: "xuất trình",
}
_COPY_KIND_ALIASES: dict[str, CopyKind] = {
    **{fold(label): kind for kind, label in COPY_KIND_VI.items()},
    **{kind.value: kind for kind in CopyKind},
    "ban sao chung thuc": CopyKind.CERTIFIED_COPY,
    "ban photo": CopyKind.PHOTOCOPY,
    "ban sao": CopyKind.PHOTOCOPY,
}
MANDATORY_VI = "bắt buộc"
OPTIONAL_VI = "không bắt buộc"
_MANDATORY_ALIASES: dict[str, bool] = {
    "bat buoc": True,
    "mandatory": True,
    "required": True,
    "khong bat buoc": False,
    "neu co": False,
    "tuy chon": False,
    "optional": False,
}
_COUNT_RE = re.compile(r"^(?:x|×)?\s*(\d{1,3})(?:\s*ban)?$")
_DOC_DETAILS_RE = re.compile(r"^(?P<name>.*?)\s*\[(?P<details>[^\[\]]*)\]$")

# Return options (hình thức trả kết quả), as in ``domain.dossier.ReturnMethod``.
RETURN_COUNTER = "counter"
RETURN_POST = "post"
_RETURN_ALIASES: dict[str, str] = {
    RETURN_COUNTER: RETURN_COUNTER,
    "tai quay": RETURN_COUNTER,
    "quay": RETURN_COUNTER,
    "truc tiep": RETURN_COUNTER,
    RETURN_POST: RETURN_POST,
    "buu chinh": RETURN_POST,
    "qua buu chinh": RETURN_POST,
    "buu dien": RETURN_POST,
}
_LIST_SPLIT = re.compile(r"[|,;+/]")

REQUIRED_COLUMNS = ("name_vi", "field_vi", "processing_days", "processing_unit")
# The columns the export writes, in order: what the import reads.
EXPORT_COLUMNS = (
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
    "return_options",
    "documents_vi",
    "legal_basis",
)
KNOWN_COLUMNS = (*EXPORT_COLUMNS, "source", "verified")
NATIONAL_CODE_RE = re.compile(r"^\d\.\d{6}$")
CUTOFF_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
MAX_TEXT = 4000
MAX_NAME = 500
MAX_PROCESSING_DAYS = 365
MAX_FEE_VND = 1_000_000_000  # fits the 32-bit integer column with room to spare
MAX_DOCUMENTS = 40  # the exported cell stays under Excel's 32,767 characters
MAX_COPIES = 99
_FORBIDDEN_IN_DOCUMENT = "|[]"

# Field (column) → what a person calls it, for messages.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "code": ("Mã thủ tục", "Procedure code"),
    "name_vi": ("Tên thủ tục", "Procedure name"),
    "name_en": ("Tên tiếng Anh", "English name"),
    "field_vi": ("Lĩnh vực", "Field"),
    "field_en": ("Lĩnh vực (tiếng Anh)", "Field in English"),
    "processing_days": ("Thời hạn giải quyết", "Processing time"),
    "processing_unit": ("Đơn vị thời hạn", "Processing unit"),
    "same_day_cutoff": ("Giờ nhận hồ sơ cuối", "Cut-off hour"),
    "fee_vnd": ("Lệ phí", "Fee"),
    "fee_note": ("Ghi chú lệ phí", "Fee note"),
    "legal_basis": ("Căn cứ pháp lý", "Legal basis"),
    "documents_vi": ("Giấy tờ", "Documents"),
    "return_options": ("Hình thức trả kết quả", "Return options"),
}


@dataclass(frozen=True)
class DocumentSpec:
    name: str
    copy_kind: CopyKind
    count: int = 1
    mandatory: bool = True


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
    return_at_counter: bool = True
    return_by_post: bool = True

    @property
    def search_key(self) -> str:
        return fold(f"{self.code or ''} {self.name_vi} {self.field_vi}")

    @property
    def identity(self) -> tuple[str, ...]:
        """What makes two procedures the same: the national code, else field and name."""
        if self.code:
            return ("code", self.code)
        return ("name", fold(self.field_vi), fold(self.name_vi))


def _invalid(column: str, problem_vi: str, problem_en: str) -> ValidationError:
    label_vi, label_en = FIELD_LABELS.get(column, (column, column))
    return ValidationError(f"{label_vi}: {problem_vi}", f"{label_en}: {problem_en}", column)


def _clean(value: str | None, column: str, limit: int) -> str | None:
    """NFC, trimmed, single-spaced; ``None`` when empty. Refuses control characters and length."""
    if value is None:
        return None
    if has_control_chars(value):
        raise _invalid(column, "có ký tự điều khiển.", "contains control characters.")
    value = clean_line(value)
    if len(value) > limit:
        raise _invalid(column, f"dài quá {limit} ký tự.", f"longer than {limit} characters.")
    return value or None


def missing_columns(header: list[str]) -> list[str]:
    present = {h.strip() for h in header}
    return [c for c in REQUIRED_COLUMNS if c not in present]


# -- the rules -------------------------------------------------------------------------------
def check_document(doc: DocumentSpec, number: int) -> DocumentSpec:
    """One required document, normalised; ``number`` (from 1) is named in the message."""
    column = "documents_vi"
    name = _clean(doc.name, column, MAX_NAME)
    if name is None:
        raise _invalid(
            column, f"giấy tờ số {number} chưa có tên.", f"document {number} has no name."
        )
    bad = sorted({ch for ch in name if ch in _FORBIDDEN_IN_DOCUMENT})
    if bad:
        shown = " ".join(bad)
        raise _invalid(
            column,
            f"tên giấy tờ số {number} không được chứa ký tự {shown}.",
            f"the name of document {number} cannot contain {shown}.",
        )
    try:
        kind = CopyKind(doc.copy_kind)
    except ValueError:
        raise _invalid(
            column,
            f"giấy tờ số {number}: loại bản “{doc.copy_kind}” không hợp lệ.",
            f"document {number}: unknown copy kind '{doc.copy_kind}'.",
        ) from None
    if isinstance(doc.count, bool) or not 1 <= doc.count <= MAX_COPIES:
        raise _invalid(
            column,
            f"giấy tờ số {number}: số bản phải từ 1 đến {MAX_COPIES}.",
            f"document {number}: the number of copies must be 1 to {MAX_COPIES}.",
        )
    return DocumentSpec(name=name, copy_kind=kind, count=doc.count, mandatory=bool(doc.mandatory))


def check_procedure(spec: ProcedureSpec) -> ProcedureSpec:
    """The rules every procedure obeys, from a file or from the admin's dialog.

    Returns the procedure normalised (texts NFC and single-spaced, empty texts as ``None``);
    raises ``ValidationError`` whose ``field`` is the column at fault.
    """
    name_vi = _clean(spec.name_vi, "name_vi", MAX_NAME)
    if not name_vi:
        raise _invalid("name_vi", "chưa nhập.", "missing.")
    field_vi = _clean(spec.field_vi, "field_vi", MAX_NAME)
    if not field_vi:
        raise _invalid("field_vi", "chưa nhập.", "missing.")
    code = _clean(spec.code, "code", 20)
    if code is not None and not NATIONAL_CODE_RE.match(code):
        raise _invalid(
            "code",
            f"“{code}” phải có dạng 1.001193 (một chữ số, dấu chấm, sáu chữ số).",
            f"'{code}' must look like 1.001193 (a digit, a dot, six digits).",
        )
    days = spec.processing_days
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise _invalid(
            "processing_days", "phải là số nguyên không âm.", "must be a non-negative whole number."
        )
    if days > MAX_PROCESSING_DAYS:
        raise _invalid(
            "processing_days",
            f"{days} quá lớn (tối đa {MAX_PROCESSING_DAYS}).",
            f"{days} is too large (at most {MAX_PROCESSING_DAYS}).",
        )
    try:
        unit = ProcessingUnit(spec.processing_unit)
    except ValueError:
        raise _unknown_unit(str(spec.processing_unit)) from None
    cutoff = _clean(spec.same_day_cutoff, "same_day_cutoff", 10)
    if cutoff is not None and not CUTOFF_RE.match(cutoff):
        raise _invalid(
            "same_day_cutoff",
            f"“{cutoff}” phải là giờ trong ngày dạng HH:MM, ví dụ 15:00.",
            f"'{cutoff}' must be a time of day as HH:MM, e.g. 15:00.",
        )
    fee = spec.fee_vnd
    if fee is not None and (isinstance(fee, bool) or not 0 <= fee <= MAX_FEE_VND):
        raise _invalid(
            "fee_vnd",
            f"phải từ 0 đến {MAX_FEE_VND:,} đồng.".replace(",", "."),
            f"must be 0 to {MAX_FEE_VND:,} dong.",
        )
    if not (spec.return_at_counter or spec.return_by_post):
        raise _invalid(
            "return_options",
            "chọn ít nhất một: tại quầy hoặc qua bưu chính.",
            "choose at least one: at the counter or by post.",
        )
    if len(spec.documents) > MAX_DOCUMENTS:
        raise _invalid(
            "documents_vi",
            f"nhiều quá {MAX_DOCUMENTS} giấy tờ.",
            f"more than {MAX_DOCUMENTS} documents.",
        )
    documents = tuple(check_document(d, i) for i, d in enumerate(spec.documents, start=1))
    seen: dict[str, int] = {}
    for i, d in enumerate(documents, start=1):
        key = fold(d.name)
        if key in seen:
            raise _invalid(
                "documents_vi",
                f"giấy tờ số {i} trùng tên với giấy tờ số {seen[key]}.",
                f"document {i} has the same name as document {seen[key]}.",
            )
        seen[key] = i
    return dataclasses.replace(
        spec,
        code=code,
        name_vi=name_vi,
        name_en=_clean(spec.name_en, "name_en", MAX_NAME),
        field_vi=field_vi,
        field_en=_clean(spec.field_en, "field_en", MAX_NAME),
        processing_days=days,
        processing_unit=unit,
        same_day_cutoff=cutoff,
        fee_vnd=fee,
        fee_note=_clean(spec.fee_note, "fee_note", MAX_TEXT),
        legal_basis=_clean(spec.legal_basis, "legal_basis", MAX_TEXT),
        documents=documents,
        return_at_counter=bool(spec.return_at_counter),
        return_by_post=bool(spec.return_by_post),
    )


def _unknown_unit(text: str) -> ValidationError:
    allowed = ", ".join([*(u.value for u in ProcessingUnit), SAME_DAY])
    return _invalid(
        "processing_unit",
        f"“{text[:40]}” không hợp lệ (cho phép: {allowed}).",
        f"unknown value '{text[:40]}' (allowed: {allowed}).",
    )


# -- rows of a file --------------------------------------------------------------------------
def _cell(row: Mapping[str, object], column: str) -> str | None:
    raw = row.get(column)
    if raw is None:
        return None
    if isinstance(raw, datetime):  # Excel keeps a typed "15:00" as a time (or a date-time)
        raw = raw.time()
    if isinstance(raw, time):
        return raw.strftime("%H:%M")
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw)


def _int(row: Mapping[str, object], column: str) -> int | None:
    text = (_cell(row, column) or "").strip()
    if text == "":
        return None
    if has_control_chars(text) or not re.fullmatch(r"\d{1,12}", text):
        raise _invalid(
            column,
            f"“{text[:40]}” không phải số nguyên không âm.",
            f"'{text[:40]}' is not a non-negative whole number.",
        )
    return int(text)


_GROUPED_AMOUNT = re.compile(r"^\d{1,3}(?:([.,  ])\d{3})(?:\1\d{3})*$")


def parse_fee(text: str | None) -> int | None:
    """A fee as typed: "15000", "15.000", "15 000" or "15,000" đồng; empty means none set."""
    value = clean_line(text or "").removesuffix("đ").removesuffix("đồng").strip()
    if not value:
        return None
    grouped = _GROUPED_AMOUNT.match(value)
    digits = re.sub(r"[.,  ]", "", value) if grouped else value
    if has_control_chars(value) or not re.fullmatch(r"\d{1,12}", digits):
        raise _invalid(
            "fee_vnd",
            f"“{value[:40]}” không phải số tiền (đồng), ví dụ 15000 hoặc 15.000.",
            f"'{value[:40]}' is not an amount in dong, e.g. 15000 or 15.000.",
        )
    return int(digits)


def _code(row: Mapping[str, object]) -> str | None:
    raw = row.get("code")
    if isinstance(raw, float):  # an Excel cell typed as a number: 1.001193
        return f"{raw:.6f}"
    return _cell(row, "code")


def _document_details(name: str, details: str, base: DocumentSpec) -> DocumentSpec:
    kind, count, mandatory = base.copy_kind, base.count, base.mandatory
    for raw in details.split(";"):
        tag = fold(raw)
        if not tag:
            continue
        if tag in _COPY_KIND_ALIASES:
            kind = _COPY_KIND_ALIASES[tag]
        elif tag in _MANDATORY_ALIASES:
            mandatory = _MANDATORY_ALIASES[tag]
        elif match := _COUNT_RE.match(tag):
            count = int(match.group(1))
        else:
            raise _invalid(
                "documents_vi",
                f"giấy tờ “{name[:60]}”: không hiểu “{clean_line(raw)[:40]}” trong [{details}] "
                "(ví dụ đúng: [bản chính; 1 bản; bắt buộc]).",
                f"document '{name[:60]}': '{clean_line(raw)[:40]}' in [{details}] is not "
                "understood (e.g. [bản chính; 1 bản; bắt buộc]).",
            )
    return DocumentSpec(name=name, copy_kind=kind, count=count, mandatory=mandatory)


def _inferred(name: str) -> DocumentSpec:
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
    return DocumentSpec(name=name, copy_kind=kind, count=1, mandatory=not optional)


def parse_documents(cell: str | None) -> tuple[DocumentSpec, ...]:
    """The documents cell: ``name [details] | name | …`` (details optional, inferred if absent)."""
    if not cell:
        return ()
    docs: list[DocumentSpec] = []
    for part in cell.split("|"):
        text = clean_line(part)
        if not text:
            continue
        match = _DOC_DETAILS_RE.match(text)
        if match and match.group("name"):
            name = match.group("name")
            docs.append(_document_details(name, match.group("details"), _inferred(name)))
        else:
            docs.append(_inferred(text))
    return tuple(docs)


def format_documents(documents: tuple[DocumentSpec, ...]) -> str:
    """The documents cell the export writes, every detail spelled out."""
    return " | ".join(
        f"{d.name} [{COPY_KIND_VI[d.copy_kind]}; {d.count} bản; "
        f"{MANDATORY_VI if d.mandatory else OPTIONAL_VI}]"
        for d in documents
    )


def parse_return_options(cell: str | None) -> tuple[bool, bool]:
    """``counter``, ``post``, ``counter|post`` (or "tại quầy", "bưu chính"); empty means both."""
    if cell is None or not cell.strip():
        return True, True
    chosen: set[str] = set()
    for raw in _LIST_SPLIT.split(cell):
        token = fold(raw)
        if not token:
            continue
        if token not in _RETURN_ALIASES:
            raise _invalid(
                "return_options",
                f"“{clean_line(raw)[:40]}” không hợp lệ (cho phép: counter, post, counter|post; "
                "hoặc “tại quầy”, “bưu chính”).",
                f"unknown value '{clean_line(raw)[:40]}' (allowed: counter, post, counter|post).",
            )
        chosen.add(_RETURN_ALIASES[token])
    return RETURN_COUNTER in chosen, RETURN_POST in chosen


def format_return_options(at_counter: bool, by_post: bool) -> str:
    return "|".join(
        option for option, on in ((RETURN_COUNTER, at_counter), (RETURN_POST, by_post)) if on
    )


def _unit_and_days(row: Mapping[str, object]) -> tuple[ProcessingUnit, int]:
    unit_text = _clean(_cell(row, "processing_unit"), "processing_unit", 40) or ""
    unit = _UNIT_ALIASES.get(fold(unit_text))
    if unit is None:
        raise _unknown_unit(unit_text)
    days = _int(row, "processing_days")
    if unit == SAME_DAY:
        if days not in (None, 0):
            raise _invalid(
                "processing_days",
                f"thủ tục trong ngày (same_day) phải có thời hạn 0, không phải {days}.",
                f"a same-day procedure must have 0 days, not {days}.",
            )
        return ProcessingUnit.WORKING_DAYS, 0
    if days is None:
        raise _invalid("processing_days", "chưa nhập.", "missing.")
    return ProcessingUnit(unit), days


def parse_procedure_row(row: Mapping[str, object]) -> ProcedureSpec:
    """Validate one catalogue row. Raises ``ValidationError`` with the column at fault."""
    name_vi = _clean(_cell(row, "name_vi"), "name_vi", MAX_NAME)
    if not name_vi:
        raise _invalid("name_vi", "chưa nhập.", "missing.")
    field_vi = _clean(_cell(row, "field_vi"), "field_vi", MAX_NAME)
    if not field_vi:
        raise _invalid("field_vi", "chưa nhập.", "missing.")
    code = _code(row)
    unit, days = _unit_and_days(row)
    documents_cell = _clean(_cell(row, "documents_vi"), "documents_vi", MAX_TEXT * 8)
    at_counter, by_post = parse_return_options(
        _clean(_cell(row, "return_options"), "return_options", 100)
    )
    return check_procedure(
        ProcedureSpec(
            code=code,
            name_vi=name_vi,
            name_en=_cell(row, "name_en"),
            field_vi=field_vi,
            field_en=_cell(row, "field_en"),
            processing_days=days,
            processing_unit=unit,
            same_day_cutoff=_cell(row, "same_day_cutoff"),
            fee_vnd=parse_fee(_cell(row, "fee_vnd")),
            fee_note=_cell(row, "fee_note"),
            legal_basis=_cell(row, "legal_basis"),
            documents=parse_documents(documents_cell),
            return_at_counter=at_counter,
            return_by_post=by_post,
        )
    )


def procedure_row(spec: ProcedureSpec) -> dict[str, str | int | None]:
    """The row the export writes for a procedure: ``parse_procedure_row`` reads it back equal."""
    return {
        "code": spec.code,
        "name_vi": spec.name_vi,
        "name_en": spec.name_en,
        "field_vi": spec.field_vi,
        "field_en": spec.field_en,
        "processing_days": spec.processing_days,
        "processing_unit": spec.processing_unit.value,
        "same_day_cutoff": spec.same_day_cutoff,
        "fee_vnd": spec.fee_vnd,
        "fee_note": spec.fee_note,
        "return_options": format_return_options(spec.return_at_counter, spec.return_by_post),
        "documents_vi": format_documents(spec.documents),
        "legal_basis": spec.legal_basis,
    }
