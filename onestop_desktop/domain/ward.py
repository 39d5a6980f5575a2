"""The ward (đơn vị tiếp nhận): its unit code and name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.text import clean_line, has_control_chars

# V1V2V3.Z1Z2.Y1Y2.MX1X2, e.g. 000.00.06.H56 (Thông tư 10/2016/TT-BTTTT).
UNIT_CODE_RE = re.compile(r"^\d{3}\.\d{2}\.\d{2}\.[A-Z][0-9A-Z]{2}$")
WARD_NAME_MAX = 200


@dataclass(frozen=True)
class WardInfo:
    unit_code: str
    name: str


def validate_ward(unit_code: str, name: str) -> WardInfo:
    code = unit_code.strip().upper()
    if not UNIT_CODE_RE.match(code):
        raise ValidationError(
            "Mã đơn vị phải có dạng 000.00.06.H56 (mã định danh điện tử của phường).",
            "The unit code must look like 000.00.06.H56 (the ward's electronic identifier).",
            field="unit_code",
        )
    clean = clean_line(name)
    if not clean:
        raise ValidationError("Chưa nhập tên phường.", "The ward name is empty.", field="name")
    if len(clean) > WARD_NAME_MAX or has_control_chars(name):
        raise ValidationError(
            f"Tên phường không hợp lệ (tối đa {WARD_NAME_MAX} ký tự, không ký tự điều khiển).",
            f"Invalid ward name (at most {WARD_NAME_MAX} characters, no control characters).",
            field="name",
        )
    return WardInfo(unit_code=code, name=clean)
