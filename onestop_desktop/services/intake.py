"""Receive a dossier at the counter (tiếp nhận hồ sơ), and reprint its form.

One transaction: validate, allocate the day's dossier code, compute the due date on the working
calendar, insert the dossier with its checklist, history row, first printout and audit row. When it
commits the dossier is on disk (SQLite ``synchronous=FULL``, PostgreSQL's WAL) before the receipt is
printed: nothing the citizen holds a receipt for can be lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy import func, select

from onestop_desktop.domain.catalogue import ProcessingUnit
from onestop_desktop.domain.dossier import DossierStatus
from onestop_desktop.domain.dossier_code import format_code, sign_code
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.ids import is_row_id
from onestop_desktop.domain.intake import (
    CleanIntake,
    IntakeForm,
    Outcome,
    RequiredDocument,
    validate_intake,
)
from onestop_desktop.domain.roles import Permission
from onestop_desktop.domain.text import fold
from onestop_desktop.printing.slips import DossierSlip, FormKind, SlipDocument, SlipPerson
from onestop_desktop.services.calendar_days import load_calendar
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.ratings import ask_rating
from onestop_desktop.store.models import (
    Dossier,
    DossierDocument,
    DossierEvent,
    DossierPrint,
    Procedure,
    Ticket,
    User,
    Ward,
)
from onestop_desktop.store.sequences import next_value

OUTCOME_STATUS = {
    Outcome.ACCEPT: DossierStatus.RECEIVED,
    Outcome.SUPPLEMENT: DossierStatus.AWAITING_SUPPLEMENT,
    Outcome.REFUSE: DossierStatus.REFUSED,
}
OUTCOME_FORM = {
    Outcome.ACCEPT: FormKind.RECEIPT,
    Outcome.SUPPLEMENT: FormKind.SUPPLEMENT,
    Outcome.REFUSE: FormKind.REFUSAL,
}


def form_of(status: str, due_at: datetime | None) -> FormKind | None:
    """The intake form a dossier in ``status`` has: Mẫu 02 while waiting, Mẫu 03 if refused,
    otherwise the receipt Mẫu 01 once it has a due date."""
    if status == DossierStatus.AWAITING_SUPPLEMENT:
        return FormKind.SUPPLEMENT
    if status == DossierStatus.REFUSED:
        return FormKind.REFUSAL
    return FormKind.RECEIPT if due_at is not None else None


@dataclass(frozen=True)
class ProcedureChecklist:
    """What the intake screen shows once a procedure is picked."""

    procedure_id: int
    name_vi: str
    field_vi: str
    processing_days: int
    processing_unit: str
    cutoff: str | None
    fee_vnd: int | None
    fee_note: str | None
    return_at_counter: bool
    return_by_post: bool
    documents: tuple[RequiredDocument, ...]
    due_if_received_now: datetime


@dataclass(frozen=True)
class IntakeResult:
    dossier_id: int
    code: str
    status: str
    due_at: datetime | None
    form: FormKind
    slip: DossierSlip


def _active_procedure(ctx: ServiceContext, procedure_id: int) -> Procedure:
    procedure = ctx.session.get(Procedure, procedure_id) if is_row_id(procedure_id) else None
    if procedure is None or not procedure.active:
        raise ValidationError(
            "Thủ tục này không còn trong danh mục; hãy chọn lại.",
            "This procedure is no longer in the catalogue; choose again.",
            field="procedure",
        )
    return procedure


def _required(procedure: Procedure) -> list[RequiredDocument]:
    return [
        RequiredDocument(d.id, d.name, d.copy_kind, d.count, d.mandatory)
        for d in procedure.documents
        if d.active
    ]


def _due(ctx: ServiceContext, procedure: Procedure, received_at: datetime) -> datetime:
    cutoff = time.fromisoformat(procedure.same_day_cutoff) if procedure.same_day_cutoff else None
    return load_calendar(ctx).due_at(
        received_at, procedure.processing_days, ProcessingUnit(procedure.processing_unit), cutoff
    )


def procedure_checklist(ctx: ServiceContext, procedure_id: int) -> ProcedureChecklist:
    ctx.require(Permission.SERVE_COUNTER)
    p = _active_procedure(ctx, procedure_id)
    return ProcedureChecklist(
        procedure_id=p.id,
        name_vi=p.name_vi,
        field_vi=p.field_vi,
        processing_days=p.processing_days,
        processing_unit=p.processing_unit,
        cutoff=p.same_day_cutoff,
        fee_vnd=p.fee_vnd,
        fee_note=p.fee_note,
        return_at_counter=p.return_at_counter,
        return_by_post=p.return_by_post,
        documents=tuple(_required(p)),
        due_if_received_now=_due(ctx, p, ctx.clock.now()),
    )


def receive_dossier(ctx: ServiceContext, form: IntakeForm) -> IntakeResult:
    actor = ctx.require(Permission.SERVE_COUNTER)
    session = ctx.session
    procedure = _active_procedure(ctx, form.procedure_id)
    now = ctx.clock.now()
    clean = validate_intake(form, _required(procedure), now.date())
    if form.ticket_id is not None and (
        not is_row_id(form.ticket_id) or session.get(Ticket, form.ticket_id) is None
    ):
        raise ValidationError(
            "Không tìm thấy số thứ tự đang phục vụ.", "The ticket being served was not found."
        )
    ward = session.scalars(select(Ward)).one()
    seq = next_value(session, f"dossier:{ward.unit_code}", now.date())
    code = format_code(ward.unit_code, now.date(), seq)
    status = OUTCOME_STATUS[form.outcome]
    due = _due(ctx, procedure, now) if form.outcome is Outcome.ACCEPT else None
    dossier = _new_dossier(clean, form, procedure, ward, code, seq, status, now, due)
    dossier.received_by_id = actor.user_id
    session.add(dossier)
    session.flush()
    for checked in clean.documents:
        doc = checked.document
        session.add(
            DossierDocument(
                dossier_id=dossier.id,
                procedure_document_id=doc.id,
                name=doc.name,
                copy_kind=doc.copy_kind,
                count=doc.count,
                handed_in=checked.handed_in,
                note=checked.note,
            )
        )
    session.add(
        DossierEvent(
            dossier_id=dossier.id,
            at=now,
            user_id=actor.user_id,
            from_status=None,
            to_status=status.value,
            reason=clean.reason,
        )
    )
    kind = OUTCOME_FORM[form.outcome]
    session.add(
        DossierPrint(
            dossier_id=dossier.id,
            form=kind.value,
            copy_number=0,
            printed_at=now,
            user_id=actor.user_id,
            bilingual=form.bilingual_receipt,
        )
    )
    ctx.audit(
        "dossier",
        code,
        form.outcome.value,
        after={
            "procedure": procedure.code or procedure.id,
            "status": status.value,
            "channel": clean.channel.value,
            "due_at": due.isoformat(sep=" ") if due else None,
            "ticket_id": form.ticket_id,
            "form": kind.value,
        },
        reason=clean.reason,
    )
    session.flush()
    if form.outcome is Outcome.ACCEPT:
        ask_rating(ctx, dossier.id, form.ticket_id)
    slip = build_slip(ctx, dossier, copy_number=0)
    return IntakeResult(dossier.id, code, status.value, due, kind, slip)


def _new_dossier(
    clean: CleanIntake,
    form: IntakeForm,
    procedure: Procedure,
    ward: Ward,
    code: str,
    seq: int,
    status: DossierStatus,
    now: datetime,
    due: datetime | None,
) -> Dossier:
    a, r = clean.applicant, clean.representative
    return Dossier(
        code=code,
        unit_code=ward.unit_code,
        business_date=now.date(),
        seq=seq,
        procedure_id=procedure.id,
        ticket_id=form.ticket_id,
        channel=clean.channel.value,
        return_method=clean.return_method.value,
        status=status.value,
        received_at=now,
        due_at=due,
        applicant_name=a.full_name,
        applicant_name_key=fold(a.full_name),
        applicant_id_type=a.id_type.value if a.id_type else None,
        applicant_id_number=a.id_number,
        applicant_birth_date=a.birth_date,
        applicant_phone=a.phone,
        applicant_address=a.address,
        applicant_email=a.email,
        representative_name=r.full_name if r else None,
        representative_id_number=r.id_number if r else None,
        notes=clean.notes,
    )


def _reason(ctx: ServiceContext, dossier: Dossier) -> str | None:
    return ctx.session.scalars(
        select(DossierEvent.reason)
        .where(DossierEvent.dossier_id == dossier.id, DossierEvent.to_status == dossier.status)
        .order_by(DossierEvent.id.desc())
        .limit(1)
    ).first()


def applicant_of(dossier: Dossier) -> SlipPerson:
    """The applicant as every printed form names them."""
    return SlipPerson(
        full_name=dossier.applicant_name,
        id_type=dossier.applicant_id_type,
        id_number=dossier.applicant_id_number,
        birth_date=dossier.applicant_birth_date,
        phone=dossier.applicant_phone,
        address=dossier.applicant_address,
        email=dossier.applicant_email,
    )


def build_slip(ctx: ServiceContext, dossier: Dossier, *, copy_number: int) -> DossierSlip:
    """The printable data of a dossier's current form."""
    session = ctx.session
    ward = session.scalars(select(Ward)).one()
    procedure = session.get(Procedure, dossier.procedure_id)
    assert procedure is not None
    clerk = session.get(User, dossier.received_by_id) if dossier.received_by_id else None
    documents = session.scalars(
        select(DossierDocument)
        .where(DossierDocument.dossier_id == dossier.id)
        .order_by(DossierDocument.id)
    ).all()
    accepted = form_of(dossier.status, dossier.due_at) is FormKind.RECEIPT
    return DossierSlip(
        ward_name=ward.name,
        unit_code=ward.unit_code,
        code=dossier.code,
        seq=dossier.seq,
        procedure_name=procedure.name_vi,
        procedure_name_en=procedure.name_en,
        field_name=procedure.field_vi,
        applicant=applicant_of(dossier),
        representative=(
            SlipPerson(dossier.representative_name, id_number=dossier.representative_id_number)
            if dossier.representative_name
            else None
        ),
        channel=dossier.channel,
        documents=tuple(
            SlipDocument(d.name, d.copy_kind, d.count, d.handed_in, d.note) for d in documents
        ),
        processing_days=procedure.processing_days,
        processing_unit=procedure.processing_unit,
        received_at=dossier.received_at,
        due_at=dossier.due_at,
        return_method=dossier.return_method,
        fee_vnd=procedure.fee_vnd,
        fee_note=procedure.fee_note,
        clerk_name=clerk.full_name if clerk else "",
        printed_at=ctx.clock.now(),
        qr_payload=sign_code(dossier.code, bytes.fromhex(ward.signing_key)) if accepted else None,
        reason=_reason(ctx, dossier),
        copy_number=copy_number,
    )


@dataclass(frozen=True)
class Reprint:
    form: FormKind
    slip: DossierSlip


def reprint_form(ctx: ServiceContext, dossier_id: int, bilingual: bool = False) -> Reprint:
    """The slip for a reprint of the dossier's intake form, recorded and marked as a copy."""
    actor = ctx.require(Permission.SERVE_COUNTER)
    dossier = ctx.session.get(Dossier, dossier_id)
    kind = form_of(dossier.status, dossier.due_at) if dossier else None
    if dossier is None or kind is None:
        raise ValidationError(
            "Hồ sơ này không có phiếu tiếp nhận để in lại.",
            "This dossier has no intake form to reprint.",
        )
    copies = ctx.session.scalar(
        select(func.count())
        .select_from(DossierPrint)
        .where(DossierPrint.dossier_id == dossier.id, DossierPrint.form == kind.value)
    )
    copy_number = int(copies or 0)
    ctx.session.add(
        DossierPrint(
            dossier_id=dossier.id,
            form=kind.value,
            copy_number=copy_number,
            printed_at=ctx.clock.now(),
            user_id=actor.user_id,
            bilingual=bilingual,
        )
    )
    ctx.audit(
        "dossier",
        dossier.code,
        "reprint",
        after={"form": kind.value, "copy_number": copy_number, "bilingual": bilingual},
    )
    return Reprint(kind, build_slip(ctx, dossier, copy_number=copy_number))
