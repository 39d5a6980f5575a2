"""The dossier code (mã hồ sơ) and the signed payload its receipt's QR code carries.

Code: ``<unit code>-<YYMMDD>-<NNNN>`` (Điều 19, Thông tư 01/2018/TT-VPCP), e.g.
``000.00.06.H56-261120-0001``: the receiving unit, the reception date and that day's sequence.

QR payload: ``<code>-<12 digits>``, the code followed by a short HMAC-SHA256 signature with the
ward's secret written as decimal digits. Only digits, capital letters, ``.`` and ``-``: a keyboard
wedge scanner types them the same on any layout, and a Vietnamese input method (Telex, VNI) does not
turn them into accented letters. Nothing personal is in it.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import date

from onestop_desktop.domain.errors import ValidationError

SEQ_MAX = 9999
SIGNATURE_DIGITS = 12
_UNIT = r"\d{3}\.\d{2}\.\d{2}\.[A-Z][0-9A-Z]{2}"
CODE_RE = re.compile(rf"^({_UNIT})-(\d{{2}})(\d{{2}})(\d{{2}})-(\d{{4}})$")
PAYLOAD_RE = re.compile(rf"^({_UNIT}-\d{{6}}-\d{{4}})-(\d{{{SIGNATURE_DIGITS}}})$")


@dataclass(frozen=True)
class DossierCode:
    unit_code: str
    day: date
    seq: int

    def __str__(self) -> str:
        return f"{self.unit_code}-{self.day:%y%m%d}-{self.seq:04d}"


def format_code(unit_code: str, day: date, seq: int) -> str:
    if not 1 <= seq <= SEQ_MAX:
        raise ValidationError(
            f"Đã hết số thứ tự hồ sơ trong ngày (tối đa {SEQ_MAX}).",
            f"The day's dossier numbers are used up (at most {SEQ_MAX}).",
        )
    return str(DossierCode(unit_code, day, seq))


def parse_code(text: str) -> DossierCode:
    """The parts of a dossier code typed or scanned (spaces around it and case are forgiven)."""
    match = CODE_RE.match(text.strip().upper())
    if not match:
        raise ValidationError(
            "Mã hồ sơ phải có dạng 000.00.06.H56-261120-0001.",
            "A dossier code looks like 000.00.06.H56-261120-0001.",
            field="code",
        )
    unit, yy, mm, dd, seq = match.groups()
    try:
        day = date(2000 + int(yy), int(mm), int(dd))
    except ValueError:
        raise ValidationError(
            "Ngày trong mã hồ sơ không có thật.",
            "The date inside the dossier code does not exist.",
            field="code",
        ) from None
    return DossierCode(unit, day, int(seq))


def _signature(code: str, key: bytes) -> str:
    digest = hmac.new(key, code.encode("ascii"), hashlib.sha256).digest()
    return f"{int.from_bytes(digest[:8], 'big') % 10**SIGNATURE_DIGITS:0{SIGNATURE_DIGITS}d}"


def sign_code(code: str, key: bytes) -> str:
    """The QR payload for ``code``: the code and its signature."""
    parse_code(code)
    return f"{code}-{_signature(code, key)}"


def verify_payload(payload: str, key: bytes) -> str:
    """The dossier code inside a scanned payload, or ``ValidationError`` if forged or altered."""
    match = PAYLOAD_RE.match(payload.strip().upper())
    if not match:
        raise ValidationError(
            "Mã quét được không phải mã QR của giấy tiếp nhận.",
            "The scanned code is not a receipt QR code.",
            field="payload",
        )
    code, signature = match.groups()
    if not hmac.compare_digest(signature, _signature(code, key)):
        raise ValidationError(
            "Mã QR không hợp lệ: chữ ký không khớp (giấy tiếp nhận bị sửa hoặc giả).",
            "Invalid QR code: the signature does not match (altered or forged receipt).",
            field="payload",
        )
    parse_code(code)
    return code
