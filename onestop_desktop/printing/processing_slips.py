"""What the processing forms print: Mẫu 04 (apology and new date), Mẫu 05 (stop notice),
Mẫu 06 (control slip) and Mẫu 07 (the register). Plain data filled by ``services.processing``.

Texts arrive NFC-normalised and are printed as given. Datetimes are naive local time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from onestop_desktop.printing.slips import SlipPerson


@dataclass(frozen=True)
class DossierHeader:
    """The lines every processing form repeats about the dossier."""

    ward_name: str  # "Phường Tây Hồ"
    unit_code: str
    code: str  # 000.00.06.H56-261120-0001 (Số biên nhận / mã hồ sơ)
    procedure_name: str
    field_name: str
    applicant: SlipPerson
    received_at: datetime


@dataclass(frozen=True)
class ExtensionLetter:
    """Mẫu 04: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết."""

    dossier: DossierHeader
    old_due_at: datetime
    new_due_at: datetime
    reason: str
    clerk_name: str
    printed_at: datetime
    copy_number: int = 0  # 0 = original; n = n-th reprint, marked "BẢN SAO"


@dataclass(frozen=True)
class StopNotice:
    """Mẫu 05: Thông báo dừng giải quyết hồ sơ."""

    dossier: DossierHeader
    stopped_at: datetime
    reason: str
    clerk_name: str
    printed_at: datetime
    copy_number: int = 0


@dataclass(frozen=True)
class ControlStep:
    """One hand-over: to whom, when it left, when it came back and with what result."""

    to_body: str  # officer or department
    sent_at: datetime
    sent_by: str  # clerk's full name
    note: str | None
    back_at: datetime | None
    back_by: str | None
    result_note: str | None


@dataclass(frozen=True)
class ControlSlip:
    """Mẫu 06: Phiếu kiểm soát quá trình giải quyết hồ sơ."""

    dossier: DossierHeader
    due_at: datetime | None
    steps: tuple[ControlStep, ...]
    printed_at: datetime
    copy_number: int = 0


@dataclass(frozen=True)
class RegisterRow:
    """One dossier in the register (Sổ theo dõi hồ sơ), Mẫu 07."""

    seq: int  # số thứ tự in the register: the dossier's sequence of its day
    code: str
    procedure_name: str
    sets: int  # số bộ hồ sơ
    applicant_name: str
    applicant_address: str | None
    applicant_phone: str | None
    received_at: datetime
    due_at: datetime | None  # the due date in force (after pauses and extensions)
    returned_at: datetime | None
    receiver: str | None  # "Nguyễn Văn A (CCCD 001…)", "Người được ủy quyền: …", "Bưu chính: …"
    status: str  # a DossierStatus value
    timing: str | None  # early | on_time | late (domain.lifecycle.Timing), once resolved
    notes: str | None  # refusal/stop/withdrawal reason, extension, supplement…


@dataclass(frozen=True)
class Register:
    """Mẫu 07 for a date range of reception, inclusive."""

    ward_name: str
    unit_code: str
    date_from: date
    date_to: date
    rows: tuple[RegisterRow, ...]
    printed_at: datetime
