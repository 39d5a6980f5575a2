"""What the intake forms (Mẫu 01, 02, 03) print: plain data handed over by the services.

The services fill a ``DossierSlip`` from the database; ``printing.forms`` turns it into an A4 PDF.
Texts arrive NFC-normalised already and are printed exactly as given.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime


class FormKind(enum.StrEnum):
    RECEIPT = "01"  # Giấy tiếp nhận hồ sơ và hẹn trả kết quả
    SUPPLEMENT = "02"  # Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
    REFUSAL = "03"  # Phiếu từ chối tiếp nhận giải quyết hồ sơ
    EXTENSION = "04"  # Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết
    STOP = "05"  # Thông báo dừng giải quyết hồ sơ
    CONTROL = "06"  # Phiếu kiểm soát quá trình giải quyết hồ sơ
    REGISTER = "07"  # Sổ theo dõi hồ sơ


@dataclass(frozen=True)
class SlipPerson:
    full_name: str
    id_type: str | None = None  # cccd | cmnd | passport
    id_number: str | None = None
    birth_date: date | None = None
    phone: str | None = None
    address: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class SlipDocument:
    name: str
    copy_kind: str  # a domain.catalogue.CopyKind value
    count: int
    handed_in: bool
    note: str | None = None  # Mẫu 02: what is wrong or missing with it


@dataclass(frozen=True)
class DossierSlip:
    ward_name: str  # "Phường Tây Hồ"
    unit_code: str
    code: str  # 000.00.06.H56-261120-0001
    seq: int  # the register's running number for the day (Sổ theo dõi: số thứ tự)
    procedure_name: str
    procedure_name_en: str | None
    field_name: str
    applicant: SlipPerson
    representative: SlipPerson | None
    channel: str  # direct | online | postal | mobile
    documents: tuple[SlipDocument, ...]
    processing_days: int
    processing_unit: str  # a domain.catalogue.ProcessingUnit value; 0 days = same day
    received_at: datetime
    due_at: datetime | None  # None on Mẫu 02 / 03
    return_method: str  # counter | post
    fee_vnd: int | None
    fee_note: str | None
    clerk_name: str
    printed_at: datetime
    qr_payload: str | None = None  # Mẫu 01 only: domain.dossier_code.sign_code(code, key)
    reason: str | None = None  # Mẫu 02: why supplement is needed; Mẫu 03: why refused
    copy_number: int = 0  # 0 = the original print; n ≥ 1 = the n-th reprint, marked "BẢN SAO"
    sets: int = 1  # số lượng hồ sơ: "01 bộ"
