"""Finding dossiers: one search box for a code, a scanned receipt, a name, an ID number or a phone.

Every kind of text is answered from an index, so a lookup stays fast in a database of a million
dossiers:

- a dossier code (``000.00.06.H56-261120-0361``) or a scanned receipt QR payload (the code plus
  its signature, checked with the ward's key): equality on the unique ``code`` index;
- a name, any case, with or without diacritics, whole or its beginning ("nguyen van", "NGUYỄN VĂN
  AN"): a prefix *range* on ``applicant_name_key`` (``key >= p AND key < p_upper``), which a
  B-tree answers on SQLite and on PostgreSQL whatever the database's collation (``LIKE 'p%'``
  only uses the index on PostgreSQL under the C collation); an exact ``substr`` recheck drops the
  few keys a linguistic collation may sort into the range without starting with ``p``;
- an ID number (CCCD 12 digits, CMND 9, a passport number) or a phone (10 digits starting with 0,
  or +84…): equality on their indexes.

The reception date range and the status narrow any of these; results come newest first (most
recently taken in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, func, or_, select

from onestop_desktop.domain.dossier import DossierStatus
from onestop_desktop.domain.dossier_code import CODE_RE, PAYLOAD_RE, parse_code, verify_payload
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.ids import is_whole
from onestop_desktop.domain.roles import Permission
from onestop_desktop.domain.text import fold, has_control_chars, nfc
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.store.models import Dossier, Procedure, Ward

TEXT_MAX = 200
LIMIT_MAX = 1000
_IDENTIFIER_SEPARATORS = re.compile(r"[\s.\-()]")
_PASSPORT_RE = re.compile(r"^[A-Z0-9]{6,15}$")
_PHONE_RE = re.compile(r"^0\d{9}$")
# The last character of a name prefix is "incremented" to make the range's upper bound only when
# every collation in use sorts its successor right after it (a–y, 0–8); otherwise (z, 9,
# punctuation, other letters) that character is dropped and the bound taken on what precedes it,
# a slightly wider range that the recheck narrows again.
_SUCCESSOR = {c: chr(ord(c) + 1) for c in "abcdefghijklmnopqrstuvwxy012345678"}


@dataclass(frozen=True)
class DossierQuery:
    """What the clerk asks for. ``text`` is one box: code, QR payload, name, ID number or phone."""

    text: str = ""
    date_from: date | None = None  # reception date, inclusive
    date_to: date | None = None  # reception date, inclusive
    status: str | None = None
    limit: int = 200


@dataclass(frozen=True)
class DossierRow:
    id: int
    code: str
    procedure_name: str
    applicant_name: str
    status: str
    channel: str
    received_at: datetime
    due_at: datetime | None
    returned_at: datetime | None


def search_dossiers(ctx: ServiceContext, query: DossierQuery) -> list[DossierRow]:
    """The dossiers matching ``query``, newest first, at most ``query.limit``."""
    ctx.require(Permission.SERVE_COUNTER)
    return [_to_row(row) for row in ctx.session.execute(search_statement(ctx, query))]


def search_statement(ctx: ServiceContext, query: DossierQuery) -> Select[*tuple[Any, ...]]:
    """The SELECT that ``search_dossiers`` runs (tests and benchmarks EXPLAIN it).

    Refuses bad input with ``ValidationError``. The reception dates are the dossiers'
    ``business_date`` (indexed), the day the code was given.

    Newest first means most recently taken in: by ``id``, which grows as dossiers are recorded.
    The ids are chosen first from the indexes alone (an index entry carries the row id, so a
    name range, a status or a date range yields ids without reading a row, and "all dossiers"
    is the table read backwards); only the ``limit`` rows shown are then read. Ordering by
    ``received_at`` instead, which has no index, would read and sort every match: seconds for
    an empty query or a common family name in a million dossiers.
    """
    _check_query(query)
    conditions = _text_conditions(ctx, query.text)
    if query.date_from is not None:
        conditions.append(Dossier.business_date >= query.date_from)
    if query.date_to is not None:
        conditions.append(Dossier.business_date <= query.date_to)
    if query.status:
        conditions.append(Dossier.status == query.status)
    newest = select(Dossier.id).where(*conditions).order_by(Dossier.id.desc()).limit(query.limit)
    return _rows().where(Dossier.id.in_(newest)).order_by(Dossier.id.desc())


def find_by_code(ctx: ServiceContext, code_or_payload: str) -> DossierRow | None:
    """The dossier with this code, typed or scanned from its receipt; ``None`` if there is none.

    A payload whose signature does not match (an altered or forged receipt) and text that is not
    a dossier code are refused with ``ValidationError``.
    """
    ctx.require(Permission.SERVE_COUNTER)
    _check_text(code_or_payload)
    text = code_or_payload.strip().upper()
    code = _code_of(ctx, text) or str(parse_code(text))  # parse_code refuses a non-code
    row = ctx.session.execute(_rows().where(Dossier.code == code)).first()
    return None if row is None else _to_row(row)


def name_prefix_bounds(prefix: str, *, binary: bool = False) -> tuple[str, str | None]:
    """``(low, high)`` such that every key starting with ``prefix`` is in ``[low, high)``.

    ``binary``: the column compares code point by code point (SQLite's BINARY, PostgreSQL's
    "C"), so the last character's successor is the exact bound. Otherwise (a linguistic
    collation, which may order punctuation, digits and spaces in its own way) the bound is
    taken only on a character whose successor every Latin collation sorts right after it, and
    ``high`` is ``None`` when there is none (a prefix of only z, 9 or punctuation).
    """
    if binary:
        return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1) if prefix else None
    stem = prefix
    while stem:
        successor = _SUCCESSOR.get(stem[-1])
        if successor is not None:
            return prefix, stem[:-1] + successor
        stem = stem[:-1].rstrip()
    return prefix, None


# -- internals ---------------------------------------------------------------------------------
def _rows() -> Select[*tuple[Any, ...]]:
    """The columns of a ``DossierRow``, labelled by its field names."""
    return select(
        Dossier.id,
        Dossier.code,
        Procedure.name_vi.label("procedure_name"),
        Dossier.applicant_name,
        Dossier.status,
        Dossier.channel,
        Dossier.received_at,
        Dossier.due_at,
        Dossier.returned_at,
    ).join(Procedure, Procedure.id == Dossier.procedure_id)


def _to_row(row: Row[*tuple[Any, ...]]) -> DossierRow:
    return DossierRow(**row._mapping)


def _check_text(text: str) -> None:
    if not isinstance(text, str):
        raise ValidationError(
            "Nội dung tìm kiếm không hợp lệ.", "The search text is not valid.", field="text"
        )
    if len(text) > TEXT_MAX:
        raise ValidationError(
            f"Nội dung tìm kiếm dài quá {TEXT_MAX} ký tự.",
            f"The search text is longer than {TEXT_MAX} characters.",
            field="text",
        )
    if has_control_chars(text) or any(ch in text.strip() for ch in "\t\n\r"):
        raise ValidationError(
            "Nội dung tìm kiếm có ký tự điều khiển; hãy gõ hoặc quét lại.",
            "The search text contains control characters; type or scan it again.",
            field="text",
        )


def _check_query(query: DossierQuery) -> None:
    _check_text(query.text)
    for day, field in ((query.date_from, "date_from"), (query.date_to, "date_to")):
        if day is not None and type(day) is not date:
            raise ValidationError("Ngày không hợp lệ.", "Not a valid date.", field=field)
    if query.date_from and query.date_to and query.date_from > query.date_to:
        raise ValidationError(
            "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.",
            "The start date must be on or before the end date.",
            field="date_from",
        )
    if query.status and (
        not isinstance(query.status, str) or query.status not in set(DossierStatus)
    ):
        raise ValidationError(
            "Trạng thái hồ sơ không có trong danh sách.",
            f"Unknown dossier status: {str(query.status)[:40]}.",
            field="status",
        )
    if not is_whole(query.limit, 1, LIMIT_MAX):
        raise ValidationError(
            f"Số kết quả tối đa phải từ 1 đến {LIMIT_MAX}.",
            f"The result limit must be between 1 and {LIMIT_MAX}.",
            field="limit",
        )


def _code_of(ctx: ServiceContext, text: str) -> str | None:
    """The dossier code in ``text`` (upper case, trimmed) if it is a code or a receipt payload."""
    if PAYLOAD_RE.match(text):
        key = ctx.session.scalar(select(Ward.signing_key).limit(1))
        # Without a ward nothing was ever signed: an empty key refuses every signature.
        return verify_payload(text, bytes.fromhex(key or ""))
    if CODE_RE.match(text):
        return str(parse_code(text))
    return None


def _text_conditions(ctx: ServiceContext, raw: str) -> list[ColumnElement[bool]]:
    text = nfc(raw).strip()
    if not text:
        return []
    code = _code_of(ctx, text.upper())
    if code is not None:
        return [Dossier.code == code]
    if any(ch.isdigit() for ch in text):
        return [_identifier_condition(text)]
    key = fold(text)
    if not any(ch.isalpha() for ch in key):
        raise _not_understood()
    # SQLite always compares text as BINARY; a PostgreSQL database has its own collation.
    low, high = name_prefix_bounds(key, binary=ctx.session.get_bind().dialect.name == "sqlite")
    conditions = [Dossier.applicant_name_key >= low]
    if high is not None:
        conditions.append(Dossier.applicant_name_key < high)
    # The range may hold keys that do not start with the prefix (a widened bound, or a
    # linguistic collation that skips spaces): the recheck keeps only those that do.
    conditions.append(func.substr(Dossier.applicant_name_key, 1, len(low)) == low)
    return conditions


def _identifier_condition(text: str) -> ColumnElement[bool]:
    compact = _IDENTIFIER_SEPARATORS.sub("", text).upper()
    if compact.startswith("+84") and compact[3:].isdigit():
        compact = "0" + compact[3:]
    if _PHONE_RE.match(compact):
        # A 10-digit number starting with 0 is a phone, or (rarely) a passport number.
        return or_(Dossier.applicant_phone == compact, Dossier.applicant_id_number == compact)
    if _PASSPORT_RE.match(compact) and (compact.isdigit() or not any(c.isspace() for c in text)):
        return Dossier.applicant_id_number == compact  # CCCD (12), CMND (9) or passport
    raise _not_understood()


def _not_understood() -> ValidationError:
    return ValidationError(
        "Không hiểu nội dung tìm kiếm. Hãy nhập mã hồ sơ, họ tên, số CCCD/CMND/hộ chiếu "
        "hoặc số điện thoại 10 chữ số.",
        "The search text was not understood. Type a dossier code, a name, an ID or passport "
        "number, or a 10-digit phone number.",
        field="text",
    )
