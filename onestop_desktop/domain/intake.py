"""Taking in a dossier at the counter: the form the clerk fills and the rules of its three outcomes.

- **accept** (tiếp nhận): every mandatory document handed in → receipt Mẫu 01 with a due date;
- **supplement** (yêu cầu bổ sung): something is missing or must be completed → Mẫu 02 naming what
  and why; the dossier waits and its clock has not started;
- **refuse** (từ chối): not accepted at all → Mẫu 03 with the reason.

The same ``validate_intake`` runs on the screen before saving (messages beside the fields) and in
the service (nothing invalid reaches the database whichever way it comes).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from onestop_desktop.domain.applicant import (
    Person,
    PersonInput,
    check_notes,
    check_text,
    validate_person,
)
from onestop_desktop.domain.dossier import Channel, ReturnMethod
from onestop_desktop.domain.errors import FormInvalid, ValidationError

REASON_MAX = 1000
E = TypeVar("E", bound=enum.StrEnum)
DOCUMENT_NOTE_MAX = 300


class Outcome(enum.StrEnum):
    ACCEPT = "accept"
    SUPPLEMENT = "supplement"
    REFUSE = "refuse"


@dataclass(frozen=True)
class RequiredDocument:
    """A document the procedure asks for, as the checklist shows it."""

    id: int
    name: str
    copy_kind: str
    count: int
    mandatory: bool


@dataclass(frozen=True)
class DocumentCheck:
    """What the clerk ticked for one required document."""

    document_id: int
    handed_in: bool
    note: str = ""


@dataclass(frozen=True)
class IntakeForm:
    procedure_id: int
    applicant: PersonInput
    outcome: Outcome = Outcome.ACCEPT
    representative: PersonInput | None = None
    channel: str = Channel.DIRECT.value
    return_method: str = ReturnMethod.COUNTER.value
    documents: tuple[DocumentCheck, ...] = ()
    notes: str = ""
    reason: str = ""
    ticket_id: int | None = None
    bilingual_receipt: bool = False  # print the form in Vietnamese and English


@dataclass(frozen=True)
class CheckedDocument:
    document: RequiredDocument
    handed_in: bool
    note: str | None


@dataclass(frozen=True)
class CleanIntake:
    applicant: Person
    representative: Person | None
    channel: Channel
    return_method: ReturnMethod
    documents: tuple[CheckedDocument, ...]
    notes: str | None
    reason: str | None


def validate_intake(form: IntakeForm, required: list[RequiredDocument], today: date) -> CleanIntake:
    """The cleaned intake, or ``FormInvalid`` with one message per bad field."""
    _check_shape(form)
    problems: list[ValidationError] = []
    applicant: Person | None = None
    representative: Person | None = None
    try:
        applicant = validate_person(form.applicant, today)
    except FormInvalid as invalid:
        problems.extend(invalid.problems)
    if form.representative is not None:
        try:
            representative = validate_person(form.representative, today, representative=True)
        except FormInvalid as invalid:
            problems.extend(invalid.problems)
    channel = _choice(Channel, form.channel, "channel", "Chọn hình thức nộp.", problems)
    method = _choice(
        ReturnMethod, form.return_method, "return_method", "Chọn nơi nhận kết quả.", problems
    )
    notes = _collect(problems, lambda: check_notes(form.notes))
    documents = _check_documents(form, required, problems)
    reason = _check_reason(form, documents, problems)
    if problems or applicant is None or channel is None or method is None:
        raise FormInvalid(problems)
    return CleanIntake(applicant, representative, channel, method, documents, notes, reason)


def _check_shape(form: IntakeForm) -> None:
    """Refuse a form the intake screen cannot produce (wrong types), before reading it."""
    documents = form.documents
    well_formed = (
        isinstance(form.outcome, Outcome)
        and isinstance(form.bilingual_receipt, bool)
        and isinstance(form.applicant, PersonInput)
        and (form.representative is None or isinstance(form.representative, PersonInput))
        and isinstance(documents, (tuple, list))
        and all(
            isinstance(d, DocumentCheck)
            and isinstance(d.document_id, int)
            and isinstance(d.handed_in, bool)
            and isinstance(d.note, str)
            for d in documents
        )
    )
    if not well_formed:
        raise FormInvalid(
            [
                ValidationError(
                    "Phiếu tiếp nhận không hợp lệ; hãy mở lại màn hình tiếp nhận và nhập lại.",
                    "The intake form is malformed; open the intake screen again and re-enter it.",
                    field="form",
                )
            ]
        )


def _collect(problems: list[ValidationError], check: Callable[[], str | None]) -> str | None:
    try:
        return check()
    except ValidationError as error:
        problems.append(error)
        return None


def _choice(
    kind: type[E], value: str, field: str, message: str, problems: list[ValidationError]
) -> E | None:
    try:
        return kind(value)
    except ValueError:
        problems.append(ValidationError(message, f"Choose a valid {field}.", field=field))
        return None


def _check_documents(
    form: IntakeForm, required: list[RequiredDocument], problems: list[ValidationError]
) -> tuple[CheckedDocument, ...]:
    ticks = {check.document_id: check for check in form.documents}
    unknown = set(ticks) - {doc.id for doc in required}
    if unknown:
        problems.append(
            ValidationError(
                "Danh sách giấy tờ không khớp với thủ tục đã chọn; hãy chọn lại thủ tục.",
                "The document list does not match the chosen procedure; choose it again.",
                field="documents",
            )
        )
    checked = []
    for doc in required:
        tick = ticks.get(doc.id)
        note = None
        if tick is not None and tick.note.strip():
            try:
                note = check_text(
                    tick.note, "documents", "ghi chú giấy tờ", "document note", DOCUMENT_NOTE_MAX
                )
            except ValidationError as error:
                problems.append(error)
        checked.append(CheckedDocument(doc, tick is not None and tick.handed_in, note))
    missing = [c.document.name for c in checked if c.document.mandatory and not c.handed_in]
    if form.outcome is Outcome.ACCEPT and missing:
        problems.append(
            ValidationError(
                "Còn thiếu giấy tờ bắt buộc: " + "; ".join(missing) + ". "
                "Đánh dấu đã nộp, hoặc chọn “Yêu cầu bổ sung”.",
                "Mandatory documents are missing: " + "; ".join(missing) + ". "
                "Tick them as handed in, or choose “Request supplement”.",
                field="documents",
            )
        )
    if form.outcome is Outcome.SUPPLEMENT and not any(not c.handed_in or c.note for c in checked):
        problems.append(
            ValidationError(
                "Yêu cầu bổ sung cần ít nhất một giấy tờ chưa nộp hoặc có ghi chú cần hoàn thiện.",
                "A supplement request needs at least one document not handed in or with a note.",
                field="documents",
            )
        )
    return tuple(checked)


def _check_reason(
    form: IntakeForm, documents: tuple[CheckedDocument, ...], problems: list[ValidationError]
) -> str | None:
    try:
        reason = check_text(form.reason, "reason", "lý do", "reason", REASON_MAX)
    except ValidationError as error:
        problems.append(error)
        return None
    if form.outcome is Outcome.REFUSE and reason is None:
        problems.append(
            ValidationError(
                "Từ chối tiếp nhận phải ghi rõ lý do.",
                "A refusal needs a reason.",
                field="reason",
            )
        )
    if form.outcome is Outcome.SUPPLEMENT and reason is None:
        missing = [c.document.name for c in documents if not c.handed_in]
        if missing:
            reason = "Hồ sơ còn thiếu: " + "; ".join(missing) + "."
        else:
            problems.append(
                ValidationError(
                    "Ghi rõ lý do yêu cầu bổ sung, hoàn thiện hồ sơ.",
                    "Say why the dossier must be supplemented or completed.",
                    field="reason",
                )
            )
    return reason
