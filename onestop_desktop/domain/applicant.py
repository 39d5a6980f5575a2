"""Who hands in a dossier: the applicant (người nộp / chủ hồ sơ) and an optional representative.

``validate_person`` checks every field at once and raises ``FormInvalid`` listing each bad field, so
the intake screen can put every message beside its field before anything is saved. Accepted values
come back cleaned: NFC, trimmed, spaces collapsed, digits only for ID numbers and phones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from onestop_desktop.domain.dossier import IdType
from onestop_desktop.domain.errors import FormInvalid, ValidationError
from onestop_desktop.domain.text import clean_line, has_control_chars, nfc

NAME_MAX = 100
ADDRESS_MAX = 300
EMAIL_MAX = 120
NOTES_MAX = 2000
# Name punctuation seen on ID cards and passports: O'Brien, Jean-Luc, Nguyễn T. B.
_NAME_PUNCTUATION = frozenset(" '-.")
_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_PASSPORT_RE = re.compile(r"^[A-Z0-9]{6,15}$")
_PHONE_SEPARATORS = re.compile(r"[ .\-()]")
T = TypeVar("T")


@dataclass(frozen=True)
class PersonInput:
    """A person as typed on the intake screen (raw text, nothing checked yet)."""

    full_name: str = ""
    id_type: str = IdType.CCCD.value
    id_number: str = ""
    birth_date: date | None = None
    phone: str = ""
    address: str = ""
    email: str = ""


@dataclass(frozen=True)
class Person:
    full_name: str
    id_type: IdType | None
    id_number: str | None
    birth_date: date | None
    phone: str | None
    address: str | None
    email: str | None


def _problem(field: str, vi: str, en: str) -> ValidationError:
    return ValidationError(vi, en, field=field)


def _is_name_char(ch: str) -> bool:
    return ch in _NAME_PUNCTUATION or unicodedata.category(ch) in {"Lu", "Ll", "Lt", "Mn"}


def check_name(raw: str, field: str = "full_name") -> str:
    name = clean_line(raw)
    if not name:
        raise _problem(field, "Chưa nhập họ và tên.", "The full name is empty.")
    if len(name) > NAME_MAX:
        raise _problem(
            field,
            f"Họ và tên dài quá {NAME_MAX} ký tự.",
            f"The full name is longer than {NAME_MAX} characters.",
        )
    if has_any_control(raw) or not all(_is_name_char(ch) for ch in name):
        raise _problem(
            field,
            "Họ và tên chỉ gồm chữ cái (có dấu), dấu cách, dấu nháy, gạch nối.",
            "A full name has only letters (with diacritics), spaces, apostrophes and hyphens.",
        )
    if not any(ch.isalpha() for ch in name):
        raise _problem(field, "Họ và tên phải có chữ cái.", "The full name needs letters.")
    return name


def check_id(id_type: str, raw: str, field: str = "id_number") -> tuple[IdType, str]:
    try:
        kind = IdType(id_type)
    except ValueError:
        raise _problem(
            "id_type", "Chọn loại giấy tờ tùy thân.", "Choose the kind of identity document."
        ) from None
    number = nfc(raw).strip().replace(" ", "").upper()
    if not number:
        raise _problem(field, "Chưa nhập số giấy tờ tùy thân.", "The ID number is empty.")
    if kind is IdType.CCCD and not (len(number) == 12 and number.isascii() and number.isdigit()):
        raise _problem(
            field,
            "Số căn cước/CCCD gồm đúng 12 chữ số.",
            "A citizen ID (CCCD) number has exactly 12 digits.",
        )
    if kind is IdType.CMND and not (len(number) == 9 and number.isascii() and number.isdigit()):
        raise _problem(
            field,
            "Số CMND gồm đúng 9 chữ số.",
            "An old ID card (CMND) number has exactly 9 digits.",
        )
    if kind is IdType.PASSPORT and not _PASSPORT_RE.match(number):
        raise _problem(
            field,
            "Số hộ chiếu gồm 6–15 chữ cái in hoặc chữ số.",
            "A passport number has 6–15 capital letters or digits.",
        )
    return kind, number


def check_phone(raw: str, *, required: bool = True) -> str | None:
    digits = _PHONE_SEPARATORS.sub("", nfc(raw).strip())
    if not digits:
        if required:
            raise _problem("phone", "Chưa nhập số điện thoại.", "The phone number is empty.")
        return None
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    if not (len(digits) == 10 and digits.isascii() and digits.isdigit() and digits[0] == "0"):
        raise _problem(
            "phone",
            "Số điện thoại gồm 10 chữ số, bắt đầu bằng 0 (ví dụ 0912 345 678).",
            "A phone number has 10 digits starting with 0 (e.g. 0912 345 678).",
        )
    return digits


# Emoji and pictographs (So), private-use, unassigned, surrogate and format characters (bidi
# overrides, zero-width joiners): none of them belongs on an official form or prints in its font.
_ODD_CATEGORIES = frozenset({"So", "Co", "Cn", "Cs", "Cf"})


def has_odd_chars(text: str) -> bool:
    return any(unicodedata.category(ch) in _ODD_CATEGORIES for ch in text)


def has_any_control(text: str) -> bool:
    """Controls including tab and newline: a one-line field has none."""
    return any(unicodedata.category(ch) == "Cc" for ch in text)


def check_text(
    raw: str, field: str, label_vi: str, label_en: str, limit: int, *, required: bool = False
) -> str | None:
    text = clean_line(raw)
    if not text:
        if required:
            raise _problem(field, f"Chưa nhập {label_vi}.", f"The {label_en} is empty.")
        return None
    if len(text) > limit:
        raise _problem(
            field,
            f"{label_vi.capitalize()} dài quá {limit} ký tự.",
            f"The {label_en} is longer than {limit} characters.",
        )
    if has_any_control(raw) or has_odd_chars(text):
        raise _problem(
            field,
            f"{label_vi.capitalize()} có ký tự không hợp lệ (ký tự điều khiển, biểu tượng, emoji).",
            f"The {label_en} contains invalid characters (control characters, symbols, emoji).",
        )
    return text


def check_email(raw: str) -> str | None:
    text = nfc(raw).strip()
    if not text:
        return None
    if len(text) > EMAIL_MAX or not _EMAIL_RE.match(text):
        raise _problem(
            "email",
            "Địa chỉ e-mail không hợp lệ (ví dụ ten@example.vn).",
            "The e-mail address is not valid (e.g. name@example.vn).",
        )
    return text


def check_birth_date(value: date | None, today: date) -> date | None:
    if value is None:
        return None
    if type(value) is not date or value > today or value.year < 1900:
        raise _problem(
            "birth_date",
            "Ngày sinh phải trong khoảng 1900 đến hôm nay.",
            "The date of birth must be between 1900 and today.",
        )
    return value


def check_notes(raw: str) -> str | None:
    """Free notes may span lines (tabs and newlines kept), but no other control characters."""
    text = nfc(raw).strip()
    if not text:
        return None
    if len(text) > NOTES_MAX:
        raise _problem(
            "notes",
            f"Ghi chú dài quá {NOTES_MAX} ký tự.",
            f"The notes are longer than {NOTES_MAX} characters.",
        )
    if has_control_chars(text) or has_odd_chars(text):
        raise _problem(
            "notes",
            "Ghi chú có ký tự không hợp lệ (ký tự điều khiển, biểu tượng, emoji).",
            "The notes contain invalid characters (control characters, symbols, emoji).",
        )
    return text


def _collect(problems: list[ValidationError], prefix: str, check: Callable[[], T], default: T) -> T:
    try:
        return check()
    except ValidationError as error:
        error.field = prefix + (error.field or "")
        problems.append(error)
        return default


def validate_person(raw: PersonInput, today: date, *, representative: bool = False) -> Person:
    """The cleaned person, or ``FormInvalid`` naming every bad field (prefixed ``rep_`` for a
    representative). A representative needs only a name and an ID; the applicant also needs a phone
    and an address."""
    prefix = "rep_" if representative else ""
    problems: list[ValidationError] = []
    name = _collect(problems, prefix, lambda: check_name(raw.full_name), "")
    kind, number = _collect(
        problems, prefix, lambda: check_id(raw.id_type, raw.id_number), (IdType.CCCD, "")
    )
    birth = _collect(problems, prefix, lambda: check_birth_date(raw.birth_date, today), None)
    phone = _collect(
        problems, prefix, lambda: check_phone(raw.phone, required=not representative), None
    )
    address = _collect(
        problems,
        prefix,
        lambda: check_text(
            raw.address, "address", "địa chỉ", "address", ADDRESS_MAX, required=not representative
        ),
        None,
    )
    email = _collect(problems, prefix, lambda: check_email(raw.email), None)
    if problems:
        raise FormInvalid(problems)
    return Person(name, kind, number, birth, phone, address, email)


def check_any_id(raw: str, field: str = "id_number") -> str:
    """An identity number of a kind not chosen first (who collects a result): 12 digits (CCCD),
    9 digits (CMND) or a passport number."""
    number = nfc(raw).strip().replace(" ", "").upper()
    if not number:
        raise _problem(field, "Chưa nhập số giấy tờ tùy thân.", "The ID number is empty.")
    if number.isascii() and number.isdigit() and len(number) in (9, 12):
        return number
    if _PASSPORT_RE.match(number) and not number.isdigit():
        return number
    raise _problem(
        field,
        "Số giấy tờ tùy thân: CCCD 12 chữ số, CMND 9 chữ số, hoặc hộ chiếu 6–15 chữ in/chữ số.",
        "ID number: CCCD 12 digits, CMND 9 digits, or a passport of 6–15 capitals/digits.",
    )
