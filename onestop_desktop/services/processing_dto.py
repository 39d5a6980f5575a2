"""Plain data the processing and return use cases hand to the screens (never ORM objects)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from onestop_desktop.printing.processing_slips import ControlSlip, ExtensionLetter, StopNotice
from onestop_desktop.printing.slips import DossierSlip, FormKind


class ReceiverKind(enum.StrEnum):
    APPLICANT = "applicant"  # the applicant in person
    AUTHORISED = "authorised"  # someone with an authorisation (giấy ủy quyền)


class FeeMethod(enum.StrEnum):
    CASH = "cash"  # tiền mặt
    TRANSFER = "transfer"  # chuyển khoản
    CARD = "card"  # thẻ


FEE_METHOD_VI = {
    FeeMethod.CASH: "Tiền mặt",
    FeeMethod.TRANSFER: "Chuyển khoản",
    FeeMethod.CARD: "Thẻ",
}


@dataclass(frozen=True)
class CounterReturn:
    """The result handed over at the counter."""

    receiver_kind: ReceiverKind
    receiver_id_number: str  # CCCD/CMND/passport of whoever takes it
    receiver_name: str | None = None  # required when AUTHORISED; the applicant's name otherwise


@dataclass(frozen=True)
class PostalReturn:
    """The result sent by the public postal service."""

    tracking_number: str
    sent_on: date
    post_service: str = "Bưu điện Việt Nam (VNPost)"


@dataclass(frozen=True)
class FeePayment:
    amount_vnd: int
    method: FeeMethod
    receipt_number: str | None = None  # số biên lai


@dataclass(frozen=True)
class DocumentLine:
    name: str
    copy_kind: str  # domain.catalogue.CopyKind value
    count: int
    handed_in: bool
    note: str | None


@dataclass(frozen=True)
class FeeLine:
    amount_vnd: int
    method: str  # FeeMethod value
    receipt_number: str | None
    collected_by: str  # clerk's full name
    collected_at: datetime


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    by: str  # user's full name ("" for the system)
    from_status: str | None
    to_status: str
    reason: str | None


@dataclass(frozen=True)
class HandoverLine:
    id: int
    to_body: str
    sent_at: datetime
    sent_by: str
    note: str | None
    back_at: datetime | None
    back_by: str | None
    result_note: str | None


@dataclass(frozen=True)
class DossierDetail:
    """Everything the return screen shows about one dossier."""

    id: int
    code: str
    procedure_name: str
    procedure_name_en: str | None
    field_name: str
    status: str  # DossierStatus value
    channel: str
    return_method: str  # what the applicant registered at intake: counter | post
    applicant_name: str
    applicant_id_number: str | None
    applicant_phone: str | None
    applicant_address: str | None
    representative_name: str | None
    received_at: datetime
    due_at: datetime | None  # in force: moved by supplement pauses and extensions
    first_due_at: datetime | None  # the date printed on the receipt
    paused_at: datetime | None  # waiting for a supplement since
    result_ready_at: datetime | None
    returned_at: datetime | None
    timing: str | None  # domain.lifecycle.Timing value once the result is released
    overdue: bool  # pending and past its due date now
    returned_via: str | None  # counter | post
    receiver_kind: str | None
    receiver_name: str | None
    receiver_id_number: str | None
    post_service: str | None
    post_tracking: str | None
    post_sent_on: date | None
    fee_vnd: int | None  # the catalogue's amount
    fee_editable: bool  # the amount depends on pages/copies or exemptions (the catalogue's note)
    fee_note: str | None
    fees_paid_vnd: int
    fee_due_vnd: int  # catalogue amount − paid, never below 0
    fees: tuple[FeeLine, ...]
    documents: tuple[DocumentLine, ...]  # handed in: originals (bản chính) go back to the citizen
    handovers: tuple[HandoverLine, ...]
    history: tuple[HistoryLine, ...]
    allowed: tuple[str, ...]  # domain.lifecycle.Action values allowed now


@dataclass(frozen=True)
class PrintedForm:
    """A form produced by a transition, to be saved and printed by the caller."""

    kind: FormKind
    code: str
    data: DossierSlip | ExtensionLetter | StopNotice | ControlSlip


@dataclass(frozen=True)
class TransitionResult:
    detail: DossierDetail
    form: PrintedForm | None = None  # Mẫu 01 after a supplement completes intake, 04, 05, 02…


@dataclass(frozen=True)
class DueRow:
    """A dossier due today or overdue (the clerk's and supervisor's list)."""

    id: int
    code: str
    procedure_name: str
    applicant_name: str
    status: str
    received_at: datetime
    due_at: datetime
    overdue: bool  # False = due today, not yet late
    extended: bool  # a Mẫu 04 already moved its date


@dataclass(frozen=True)
class RatingPrompt:
    """What the counter's rating panel asks about. Carries no name: the panel is public."""

    request_id: int
    counter_number: int
    code: str | None  # the dossier code, if the service ended with one
    asked_at: datetime


@dataclass(frozen=True)
class RatingCounts:
    """A counter's ratings for a day, for the clerk: counts only, never who gave them."""

    very_satisfied: int
    satisfied: int
    unsatisfied: int
    very_unsatisfied: int

    @property
    def total(self) -> int:
        return self.very_satisfied + self.satisfied + self.unsatisfied + self.very_unsatisfied
