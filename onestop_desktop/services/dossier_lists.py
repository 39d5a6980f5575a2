"""The lists a counter and a supervisor read: dossiers due today or overdue, and the register
(Mẫu 07, Sổ theo dõi hồ sơ) for a range of reception dates. Read-only; the actions that move a
dossier on are in ``services.processing``."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select

from onestop_desktop.domain.dossier import ReturnMethod
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.lifecycle import CLOCK_RUNS
from onestop_desktop.domain.roles import Permission
from onestop_desktop.printing.processing_slips import Register, RegisterRow
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.processing_dto import DueRow, ReceiverKind
from onestop_desktop.store.models import Dossier, DossierEvent, DossierExtension, Procedure, Ward

REGISTER_MAX_DAYS = 366


def due_list(ctx: ServiceContext) -> list[DueRow]:
    """Pending dossiers due today or already overdue, most overdue first."""
    ctx.require(Permission.SERVE_COUNTER)
    now = ctx.clock.now()
    end_of_today = datetime.combine(now.date(), time.max)
    extended = select(DossierExtension.id).where(DossierExtension.dossier_id == Dossier.id).exists()
    rows = ctx.session.execute(
        select(
            Dossier.id,
            Dossier.code,
            Procedure.name_vi,
            Dossier.applicant_name,
            Dossier.status,
            Dossier.received_at,
            Dossier.due_at,
            extended,
        )
        .join(Procedure, Procedure.id == Dossier.procedure_id)
        .where(
            Dossier.status.in_([s.value for s in CLOCK_RUNS]),
            Dossier.due_at <= end_of_today,
        )
        .order_by(Dossier.due_at, Dossier.id)
        .limit(1000)
    )
    return [
        DueRow(i, code, proc, name, status, received, due, due < now, bool(ext))
        for i, code, proc, name, status, received, due, ext in rows
        if due is not None
    ]


def _receiver(d: Any) -> str | None:
    if d.returned_via == ReturnMethod.POST:
        sent = d.post_sent_on.strftime("%d/%m/%Y") if d.post_sent_on else ""
        return f"Bưu chính: {d.post_service}, số hiệu {d.post_tracking}, gửi ngày {sent}"
    if d.returned_via == ReturnMethod.COUNTER:
        who = "Người được ủy quyền: " if d.receiver_kind == ReceiverKind.AUTHORISED else ""
        return f"{who}{d.receiver_name} (số giấy tờ {d.receiver_id_number})"
    return None


def register(ctx: ServiceContext, date_from: date, date_to: date) -> Register:
    """Mẫu 07: the dossiers received in the range (inclusive), in register order."""
    ctx.require(Permission.VIEW_DAY)
    today = ctx.clock.now().date()
    if type(date_from) is not date or type(date_to) is not date or date_from > date_to:
        raise ValidationError(
            "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.",
            "The start date must be on or before the end date.",
            field="date_from",
        )
    if date_from > today:
        raise ValidationError(
            "Khoảng ngày nằm hoàn toàn trong tương lai.",
            "The date range is entirely in the future.",
            field="date_from",
        )
    if (date_to - date_from).days >= REGISTER_MAX_DAYS:
        raise ValidationError(
            f"Sổ theo dõi in tối đa {REGISTER_MAX_DAYS} ngày một lần.",
            f"The register covers at most {REGISTER_MAX_DAYS} days at a time.",
            field="date_to",
        )
    session = ctx.session
    ward = session.scalars(select(Ward)).one()
    in_range = Dossier.business_date.between(date_from, date_to)
    dossiers = session.execute(
        select(Dossier, Procedure.name_vi)
        .join(Procedure, Procedure.id == Dossier.procedure_id)
        .where(in_range)
        .order_by(Dossier.business_date, Dossier.seq)
    ).all()
    notes: dict[int, list[str]] = defaultdict(list)
    for dossier_id, reason in session.execute(
        select(DossierEvent.dossier_id, DossierEvent.reason)
        .join(Dossier, Dossier.id == DossierEvent.dossier_id)
        .where(in_range, DossierEvent.reason.is_not(None))
        .order_by(DossierEvent.id)
    ):
        if reason:
            notes[dossier_id].append(reason)
    for dossier_id, new_due in session.execute(
        select(DossierExtension.dossier_id, DossierExtension.new_due_at)
        .join(Dossier, Dossier.id == DossierExtension.dossier_id)
        .where(in_range)
        .order_by(DossierExtension.id)
    ):
        notes[dossier_id].append(f"Gia hạn đến {new_due:%H:%M %d/%m/%Y}")
    rows = tuple(
        RegisterRow(
            seq=d.seq,
            code=d.code,
            procedure_name=name,
            sets=1,
            applicant_name=d.applicant_name,
            applicant_address=d.applicant_address,
            applicant_phone=d.applicant_phone,
            received_at=d.received_at,
            due_at=d.due_at,
            returned_at=d.returned_at,
            receiver=_receiver(d),
            status=d.status,
            timing=d.return_timing,
            notes="; ".join(notes[d.id]) or None,
        )
        for d, name in dossiers
    )
    return Register(
        ward_name=ward.name,
        unit_code=ward.unit_code,
        date_from=date_from,
        date_to=date_to,
        rows=rows,
        printed_at=ctx.clock.now(),
    )
