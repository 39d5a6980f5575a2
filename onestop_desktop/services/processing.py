"""Processing and return of results: the lifecycle after intake, one use case per action.

Each action checks the role, asks ``domain.lifecycle.next_status`` (an illegal action raises
``IllegalTransition`` and nothing changes), writes the dossier, one history row
(``DossierEvent``: who, when, from, to, reason) and one audit row (the code, never the person),
and returns the dossier as the return screen shows it, with the form to print if the action
produces one (Mẫu 01 after a supplement completes intake, 02, 04, 05; 06 on demand).

Early / on time / late is fixed when the result comes back to the counter (``result_back``): that
is when the processing body released it, and a citizen who collects it later does not make the
ward late. The due date in force is ``Dossier.due_at``: a supplement pause moves it on, a Mẫu 04
extension replaces it; ``DossierExtension`` keeps each earlier date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from onestop_desktop.domain.applicant import check_any_id, check_name, check_notes, check_text
from onestop_desktop.domain.dossier import DossierStatus, ReturnMethod
from onestop_desktop.domain.dossier_code import CODE_RE, PAYLOAD_RE
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.ids import is_row_id
from onestop_desktop.domain.lifecycle import CLOCK_RUNS, Action, allowed_actions, next_status
from onestop_desktop.domain.lifecycle import timing as timing_of
from onestop_desktop.domain.roles import Permission
from onestop_desktop.domain.text import nfc
from onestop_desktop.printing.processing_slips import (
    ControlSlip,
    ControlStep,
    DossierHeader,
    ExtensionLetter,
    StopNotice,
)
from onestop_desktop.printing.slips import FormKind
from onestop_desktop.services.calendar_days import load_calendar
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.dossier_search import _code_of
from onestop_desktop.services.intake import _due, applicant_of, build_slip
from onestop_desktop.services.processing_dto import (
    CounterReturn,
    DocumentLine,
    DossierDetail,
    FeeLine,
    FeeMethod,
    FeePayment,
    HandoverLine,
    HistoryLine,
    PostalReturn,
    PrintedForm,
    ReceiverKind,
    TransitionResult,
)
from onestop_desktop.services.ratings import ask_rating
from onestop_desktop.store.models import (
    Dossier,
    DossierDocument,
    DossierEvent,
    DossierExtension,
    DossierHandover,
    DossierPrint,
    Fee,
    Procedure,
    User,
    Ward,
)

REASON_MAX = 1000
BODY_MAX = 200
FEE_MAX_VND = 100_000_000
_TRACKING_RE = re.compile(r"^[A-Z0-9][A-Z0-9.\-]{3,39}$")


# ---------------------------------------------------------------- reading


def _names(ctx: ServiceContext) -> dict[int, str]:
    """User id → full name (a ward has tens of accounts)."""
    return {uid: name for uid, name in ctx.session.execute(select(User.id, User.full_name))}


def _detail(ctx: ServiceContext, dossier: Dossier) -> DossierDetail:
    session = ctx.session
    procedure = session.get(Procedure, dossier.procedure_id)
    assert procedure is not None
    names = _names(ctx)
    documents = session.scalars(
        select(DossierDocument)
        .where(DossierDocument.dossier_id == dossier.id)
        .order_by(DossierDocument.id)
    ).all()
    fees = session.scalars(select(Fee).where(Fee.dossier_id == dossier.id).order_by(Fee.id)).all()
    handovers = session.scalars(
        select(DossierHandover)
        .where(DossierHandover.dossier_id == dossier.id)
        .order_by(DossierHandover.id)
    ).all()
    events = session.scalars(
        select(DossierEvent).where(DossierEvent.dossier_id == dossier.id).order_by(DossierEvent.id)
    ).all()
    first_due = session.scalar(
        select(DossierExtension.old_due_at)
        .where(DossierExtension.dossier_id == dossier.id)
        .order_by(DossierExtension.id)
        .limit(1)
    )
    paid = sum(f.amount_vnd for f in fees)
    now = ctx.clock.now()
    pending = dossier.status in CLOCK_RUNS
    return DossierDetail(
        id=dossier.id,
        code=dossier.code,
        procedure_name=procedure.name_vi,
        procedure_name_en=procedure.name_en,
        field_name=procedure.field_vi,
        status=dossier.status,
        channel=dossier.channel,
        return_method=dossier.return_method,
        applicant_name=dossier.applicant_name,
        applicant_id_number=dossier.applicant_id_number,
        applicant_phone=dossier.applicant_phone,
        applicant_address=dossier.applicant_address,
        representative_name=dossier.representative_name,
        received_at=dossier.received_at,
        due_at=dossier.due_at,
        first_due_at=first_due or dossier.due_at,
        paused_at=dossier.paused_at,
        result_ready_at=dossier.result_ready_at,
        returned_at=dossier.returned_at,
        timing=dossier.return_timing,
        overdue=pending and dossier.due_at is not None and dossier.due_at < now,
        returned_via=dossier.returned_via,
        receiver_kind=dossier.receiver_kind,
        receiver_name=dossier.receiver_name,
        receiver_id_number=dossier.receiver_id_number,
        post_service=dossier.post_service,
        post_tracking=dossier.post_tracking,
        post_sent_on=dossier.post_sent_on,
        fee_vnd=procedure.fee_vnd,
        fee_editable=_fee_editable(procedure),
        fee_note=procedure.fee_note,
        fees_paid_vnd=paid,
        fee_due_vnd=max(0, (procedure.fee_vnd or 0) - paid),
        fees=tuple(
            FeeLine(
                f.amount_vnd,
                f.method,
                f.receipt_number,
                names.get(f.collected_by_id or 0, ""),
                f.collected_at,
            )
            for f in fees
        ),
        documents=tuple(
            DocumentLine(d.name, d.copy_kind, d.count, d.handed_in, d.note) for d in documents
        ),
        handovers=tuple(
            HandoverLine(
                h.id,
                h.to_body,
                h.sent_at,
                names.get(h.sent_by_id or 0, ""),
                h.note,
                h.back_at,
                names.get(h.back_by_id or 0) if h.back_at else None,
                h.result_note,
            )
            for h in handovers
        ),
        history=tuple(
            HistoryLine(e.at, names.get(e.user_id or 0, ""), e.from_status, e.to_status, e.reason)
            for e in events
        ),
        allowed=tuple(a.value for a in allowed_actions(dossier.status)),
    )


def _fee_editable(procedure: Procedure) -> bool:
    """A fixed catalogue amount is charged as is; an amount that depends on pages, copies or
    exemptions (the catalogue has a note, or no amount) is typed by the clerk."""
    return procedure.fee_vnd is None or bool(procedure.fee_note)


def _not_found() -> ValidationError:
    return ValidationError("Không tìm thấy hồ sơ.", "The dossier was not found.", field="code")


def dossier_detail(ctx: ServiceContext, dossier_id: int) -> DossierDetail:
    """The dossier as the return screen shows it."""
    ctx.require(Permission.SERVE_COUNTER)
    dossier = ctx.session.get(Dossier, dossier_id) if is_row_id(dossier_id) else None
    if dossier is None:
        raise _not_found()
    return _detail(ctx, dossier)


def open_for_return(ctx: ServiceContext, text: str) -> DossierDetail:
    """The dossier for a scanned receipt payload (``<code>-<12 digits>``) or a typed code.

    An altered or forged payload, text that is no code, and an unknown code raise
    ``ValidationError`` with a message for the clerk.
    """
    ctx.require(Permission.SERVE_COUNTER)
    cleaned = nfc(text).strip().upper()
    if len(cleaned) > 80 or not (PAYLOAD_RE.match(cleaned) or CODE_RE.match(cleaned)):
        raise ValidationError(
            "Đây không phải mã hồ sơ hay mã QR trên giấy tiếp nhận.",
            "This is neither a dossier code nor the QR code of a receipt.",
            field="code",
        )
    try:
        code = _code_of(ctx, cleaned)
    except ValidationError as exc:
        raise ValidationError(
            "Mã QR không hợp lệ: giấy tiếp nhận này đã bị sửa hoặc không do phường cấp.",
            "Invalid QR code: this receipt was altered or not issued by this ward.",
            field="code",
        ) from exc
    dossier = ctx.session.scalars(select(Dossier).where(Dossier.code == code)).first()
    if dossier is None:
        raise _not_found()
    return _detail(ctx, dossier)


# ---------------------------------------------------------------- writing


def _load(ctx: ServiceContext, dossier_id: int) -> Dossier:
    if not is_row_id(dossier_id):
        raise _not_found()
    dossier = ctx.session.get(Dossier, dossier_id, with_for_update=True)
    if dossier is None:
        raise _not_found()
    return dossier


def _reason(raw: str, *, required: bool = True, field: str = "reason") -> str | None:
    text = check_notes(raw or "") if raw else None
    if required and not text:
        raise ValidationError("Chưa nhập lý do.", "The reason is empty.", field=field)
    if text and len(text) > REASON_MAX:
        raise ValidationError(
            f"Lý do dài quá {REASON_MAX} ký tự.",
            f"The reason is longer than {REASON_MAX} characters.",
            field=field,
        )
    return text


def _move(
    ctx: ServiceContext,
    dossier: Dossier,
    action: Action,
    reason: str | None,
    **audit_after: Any,
) -> None:
    """Apply ``action``'s status change with its history and audit rows."""
    before = dossier.status
    after = next_status(before, action)
    dossier.status = after.value
    ctx.session.add(
        DossierEvent(
            dossier_id=dossier.id,
            at=ctx.clock.now(),
            user_id=ctx.actor.user_id if ctx.actor else None,
            from_status=before,
            to_status=after.value,
            reason=reason,
        )
    )
    ctx.audit(
        "dossier",
        dossier.code,
        action.value,
        before={"status": before},
        after={"status": after.value, **audit_after},
        reason=reason,
    )


def _printed(ctx: ServiceContext, dossier: Dossier, kind: FormKind) -> int:
    """Record a printout of ``kind``; returns its copy number (0 for the first)."""
    actor = ctx.actor
    copies = ctx.session.scalar(
        select(func.count())
        .select_from(DossierPrint)
        .where(DossierPrint.dossier_id == dossier.id, DossierPrint.form == kind.value)
    )
    ctx.session.add(
        DossierPrint(
            dossier_id=dossier.id,
            form=kind.value,
            copy_number=int(copies or 0),
            printed_at=ctx.clock.now(),
            user_id=actor.user_id if actor else None,
        )
    )
    return int(copies or 0)


def _header(ctx: ServiceContext, dossier: Dossier) -> DossierHeader:
    ward = ctx.session.scalars(select(Ward)).one()
    procedure = ctx.session.get(Procedure, dossier.procedure_id)
    assert procedure is not None
    return DossierHeader(
        ward_name=ward.name,
        unit_code=ward.unit_code,
        code=dossier.code,
        procedure_name=procedure.name_vi,
        field_name=procedure.field_vi,
        applicant=applicant_of(dossier),
        received_at=dossier.received_at,
    )


def _clerk(ctx: ServiceContext) -> str:
    return ctx.actor.full_name if ctx.actor else ""


def _done(
    ctx: ServiceContext, dossier: Dossier, form: PrintedForm | None = None
) -> TransitionResult:
    ctx.session.flush()
    return TransitionResult(_detail(ctx, dossier), form)


def hand_over(
    ctx: ServiceContext, dossier_id: int, to_body: str, note: str | None = None
) -> TransitionResult:
    """The dossier goes to the processing officer or department ``to_body`` (the control trail)."""
    actor = ctx.require(Permission.SERVE_COUNTER)
    dossier = _load(ctx, dossier_id)
    next_status(dossier.status, Action.HAND_OVER)
    body = check_text(
        to_body,
        "to_body",
        "nơi nhận hồ sơ",
        "receiving officer or department",
        BODY_MAX,
        required=True,
    )
    clean_note = _reason(note or "", required=False, field="note")
    ctx.session.add(
        DossierHandover(
            dossier_id=dossier.id,
            to_body=body,
            sent_at=ctx.clock.now(),
            sent_by_id=actor.user_id,
            note=clean_note,
        )
    )
    _move(ctx, dossier, Action.HAND_OVER, clean_note, to_body=body)
    return _done(ctx, dossier)


def result_back(
    ctx: ServiceContext, dossier_id: int, result_note: str | None = None
) -> TransitionResult:
    """The result came back to the counter: fixes early / on time / late against the due date
    in force, and closes the open hand-over."""
    actor = ctx.require(Permission.SERVE_COUNTER)
    dossier = _load(ctx, dossier_id)
    next_status(dossier.status, Action.RESULT_READY)
    clean_note = _reason(result_note or "", required=False, field="result_note")
    now = ctx.clock.now()
    assert dossier.due_at is not None  # received and in-processing dossiers always have one
    fixed = timing_of(now, dossier.due_at)
    dossier.result_ready_at = now
    dossier.return_timing = fixed.value
    for open_handover in ctx.session.scalars(
        select(DossierHandover).where(
            DossierHandover.dossier_id == dossier.id, DossierHandover.back_at.is_(None)
        )
    ):
        open_handover.back_at = now
        open_handover.back_by_id = actor.user_id
        open_handover.result_note = clean_note
    _move(ctx, dossier, Action.RESULT_READY, clean_note, timing=fixed.value)
    return _done(ctx, dossier)


def return_at_counter(
    ctx: ServiceContext, dossier_id: int, handed: CounterReturn
) -> TransitionResult:
    """The result is handed to the applicant or an authorised person (with their ID number)."""
    actor = ctx.require(Permission.SERVE_COUNTER)
    dossier = _load(ctx, dossier_id)
    next_status(dossier.status, Action.RETURN)
    try:
        kind = ReceiverKind(handed.receiver_kind)
    except ValueError:
        raise ValidationError(
            "Chọn người nhận kết quả.", "Choose who collects the result.", field="receiver_kind"
        ) from None
    id_number = check_any_id(handed.receiver_id_number, "receiver_id_number")
    if kind is ReceiverKind.AUTHORISED:
        name = check_name(handed.receiver_name or "", "receiver_name")
    else:
        name = dossier.applicant_name
    now = ctx.clock.now()
    dossier.returned_at = now
    dossier.returned_via = ReturnMethod.COUNTER.value
    dossier.returned_by_id = actor.user_id
    dossier.receiver_kind = kind.value
    dossier.receiver_name = name
    dossier.receiver_id_number = id_number
    _move(ctx, dossier, Action.RETURN, None, via="counter", receiver=kind.value)
    ask_rating(ctx, dossier.id, dossier.ticket_id)
    return _done(ctx, dossier)


def return_by_post(ctx: ServiceContext, dossier_id: int, sent: PostalReturn) -> TransitionResult:
    """The result is sent by the public postal service (tracking number, date sent)."""
    actor = ctx.require(Permission.SERVE_COUNTER)
    dossier = _load(ctx, dossier_id)
    next_status(dossier.status, Action.RETURN)
    tracking = nfc(sent.tracking_number or "").strip().replace(" ", "").upper()
    if not tracking:
        raise ValidationError(
            "Chưa nhập số hiệu bưu gửi.", "The tracking number is empty.", field="tracking_number"
        )
    if not _TRACKING_RE.match(tracking):
        raise ValidationError(
            "Số hiệu bưu gửi gồm 4–40 chữ in, chữ số, dấu chấm hoặc gạch nối.",
            "A tracking number has 4–40 capitals, digits, dots or hyphens.",
            field="tracking_number",
        )
    service = check_text(
        sent.post_service or "",
        "post_service",
        "đơn vị bưu chính",
        "postal service",
        80,
        required=True,
    )
    now = ctx.clock.now()
    ready_day = (dossier.result_ready_at or now).date()
    if type(sent.sent_on) is not date or not ready_day <= sent.sent_on <= now.date():
        raise ValidationError(
            "Ngày gửi phải từ ngày có kết quả đến hôm nay.",
            "The date sent must be between the day the result was ready and today.",
            field="sent_on",
        )
    dossier.returned_at = now
    dossier.returned_via = ReturnMethod.POST.value
    dossier.returned_by_id = actor.user_id
    dossier.post_service = service
    dossier.post_tracking = tracking
    dossier.post_sent_on = sent.sent_on
    _move(ctx, dossier, Action.RETURN, None, via="post", tracking=tracking)
    return _done(ctx, dossier)


def request_supplement(ctx: ServiceContext, dossier_id: int, reason: str) -> TransitionResult:
    """The processing body asks for more: the clock pauses; Mẫu 02 to print."""
    ctx.require(Permission.SERVE_COUNTER)
    dossier = _load(ctx, dossier_id)
    next_status(dossier.status, Action.REQUEST_SUPPLEMENT)
    why = _reason(reason)
    dossier.paused_at = ctx.clock.now()
    _move(ctx, dossier, Action.REQUEST_SUPPLEMENT, why)
    ctx.session.flush()
    copy = _printed(ctx, dossier, FormKind.SUPPLEMENT)
    slip = build_slip(ctx, dossier, copy_number=copy)
    return _done(ctx, dossier, PrintedForm(FormKind.SUPPLEMENT, dossier.code, slip))


def supplement_received(
    ctx: ServiceContext, dossier_id: int, note: str | None = None
) -> TransitionResult:
    """The citizen brought what was asked. The clock resumes: a paused due date moves on by the
    working time of the pause; a dossier that never had one (Mẫu 02 at intake) is received now,
    complete: its reception time becomes now, its due date is counted from now, and its receipt
    Mẫu 01 is to print (the code stays the one on the Mẫu 02)."""
    ctx.require(Permission.SERVE_COUNTER)
    dossier = _load(ctx, dossier_id)
    next_status(dossier.status, Action.SUPPLEMENT)
    clean_note = _reason(note or "", required=False, field="note")
    now = ctx.clock.now()
    form: PrintedForm | None = None
    if dossier.due_at is not None and dossier.paused_at is not None:
        dossier.due_at = load_calendar(ctx).extend_for_pause(dossier.due_at, dossier.paused_at, now)
        dossier.paused_at = None
        _move(ctx, dossier, Action.SUPPLEMENT, clean_note, due_at=dossier.due_at.isoformat(" "))
    else:
        procedure = ctx.session.get(Procedure, dossier.procedure_id)
        assert procedure is not None
        dossier.received_at = now
        dossier.due_at = _due(ctx, procedure, now)
        dossier.paused_at = None
        for doc in ctx.session.scalars(
            select(DossierDocument).where(DossierDocument.dossier_id == dossier.id)
        ):
            doc.handed_in = True
        _move(ctx, dossier, Action.SUPPLEMENT, clean_note, due_at=dossier.due_at.isoformat(" "))
        ctx.session.flush()
        copy = _printed(ctx, dossier, FormKind.RECEIPT)
        form = PrintedForm(
            FormKind.RECEIPT, dossier.code, build_slip(ctx, dossier, copy_number=copy)
        )
    return _done(ctx, dossier, form)


def extend(
    ctx: ServiceContext, dossier_id: int, new_due_at: datetime, reason: str
) -> TransitionResult:
    """Mẫu 04: apologise and set a new due date (later than the one in force and than now)."""
    ctx.require(Permission.SERVE_COUNTER)
    dossier = _load(ctx, dossier_id)
    next_status(dossier.status, Action.EXTEND)
    why = _reason(reason)
    assert why is not None
    assert dossier.due_at is not None
    now = ctx.clock.now()
    if (
        type(new_due_at) is not datetime
        or new_due_at.tzinfo is not None
        or new_due_at <= max(now, dossier.due_at)
    ):
        raise ValidationError(
            "Ngày hẹn trả mới phải sau ngày hẹn hiện tại và sau lúc này.",
            "The new due date must be after the current one and after now.",
            field="new_due_at",
        )
    if new_due_at > now + timedelta(days=366):
        raise ValidationError(
            "Ngày hẹn trả mới không được quá một năm kể từ hôm nay.",
            "The new due date cannot be more than a year from today.",
            field="new_due_at",
        )
    calendar = load_calendar(ctx)
    if not calendar.is_working_day(new_due_at.date()):
        raise ValidationError(
            "Ngày hẹn trả mới phải là ngày làm việc.",
            "The new due date must be a working day.",
            field="new_due_at",
        )
    old = dossier.due_at
    ctx.session.add(
        DossierExtension(
            dossier_id=dossier.id,
            at=now,
            user_id=ctx.actor.user_id if ctx.actor else None,
            old_due_at=old,
            new_due_at=new_due_at,
            reason=why,
        )
    )
    dossier.due_at = new_due_at
    _move(
        ctx,
        dossier,
        Action.EXTEND,
        why,
        old_due_at=old.isoformat(" "),
        new_due_at=new_due_at.isoformat(" "),
    )
    copy = _printed(ctx, dossier, FormKind.EXTENSION)
    letter = ExtensionLetter(
        dossier=_header(ctx, dossier),
        old_due_at=old,
        new_due_at=new_due_at,
        reason=why,
        clerk_name=_clerk(ctx),
        printed_at=now,
        copy_number=copy,
    )
    return _done(ctx, dossier, PrintedForm(FormKind.EXTENSION, dossier.code, letter))


def withdraw(ctx: ServiceContext, dossier_id: int, reason: str) -> TransitionResult:
    """The applicant withdraws the dossier."""
    ctx.require(Permission.SERVE_COUNTER)
    dossier = _load(ctx, dossier_id)
    next_status(dossier.status, Action.WITHDRAW)
    why = _reason(reason)
    dossier.paused_at = None
    _move(ctx, dossier, Action.WITHDRAW, why)
    return _done(ctx, dossier)


def stop(ctx: ServiceContext, dossier_id: int, reason: str) -> TransitionResult:
    """Mẫu 05: processing is stopped, with the reason."""
    ctx.require(Permission.SERVE_COUNTER)
    dossier = _load(ctx, dossier_id)
    next_status(dossier.status, Action.STOP)
    why = _reason(reason)
    assert why is not None
    now = ctx.clock.now()
    dossier.paused_at = None
    _move(ctx, dossier, Action.STOP, why)
    copy = _printed(ctx, dossier, FormKind.STOP)
    notice = StopNotice(
        dossier=_header(ctx, dossier),
        stopped_at=now,
        reason=why,
        clerk_name=_clerk(ctx),
        printed_at=now,
        copy_number=copy,
    )
    return _done(ctx, dossier, PrintedForm(FormKind.STOP, dossier.code, notice))


def collect_fee(ctx: ServiceContext, dossier_id: int, payment: FeePayment) -> DossierDetail:
    """Record a fee collected for the dossier (amount, method, receipt number, by whom)."""
    actor = ctx.require(Permission.SERVE_COUNTER)
    dossier = _load(ctx, dossier_id)
    if dossier.status == DossierStatus.REFUSED:
        raise ValidationError(
            "Hồ sơ bị từ chối tiếp nhận không thu phí.",
            "No fee is collected for a refused dossier.",
        )
    amount = payment.amount_vnd
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        raise ValidationError(
            "Số tiền phải là số nguyên không âm (đồng).",
            "The amount must be a whole, non-negative number of dong.",
            field="amount_vnd",
        )
    if amount > FEE_MAX_VND:
        raise ValidationError("Số tiền quá lớn.", "The amount is too large.", field="amount_vnd")
    procedure = ctx.session.get(Procedure, dossier.procedure_id)
    assert procedure is not None
    if not _fee_editable(procedure) and amount != procedure.fee_vnd:
        raise ValidationError(
            f"Phí, lệ phí của thủ tục này cố định: {procedure.fee_vnd:,} đồng.".replace(",", "."),
            f"This procedure's fee is fixed: {procedure.fee_vnd:,} VND.",
            field="amount_vnd",
        )
    try:
        method = FeeMethod(payment.method)
    except ValueError:
        raise ValidationError(
            "Chọn hình thức nộp: tiền mặt, chuyển khoản hoặc thẻ.",
            "Choose the payment method: cash, transfer or card.",
            field="method",
        ) from None
    receipt = check_text(
        payment.receipt_number or "", "receipt_number", "số biên lai", "receipt number", 40
    )
    fee = Fee(
        dossier_id=dossier.id,
        amount_vnd=amount,
        method=method.value,
        receipt_number=receipt,
        collected_by_id=actor.user_id,
        collected_at=ctx.clock.now(),
    )
    ctx.session.add(fee)
    ctx.audit(
        "fee",
        dossier.code,
        "collect",
        after={"amount_vnd": amount, "method": method.value, "receipt_number": receipt},
    )
    ctx.session.flush()
    return _detail(ctx, dossier)


def control_slip(ctx: ServiceContext, dossier_id: int) -> PrintedForm:
    """Mẫu 06 for the dossier's hand-over trail; each print is recorded (later ones are copies)."""
    ctx.require(Permission.SERVE_COUNTER)
    dossier = _load(ctx, dossier_id)
    names = _names(ctx)
    steps = tuple(
        ControlStep(
            to_body=h.to_body,
            sent_at=h.sent_at,
            sent_by=names.get(h.sent_by_id or 0, ""),
            note=h.note,
            back_at=h.back_at,
            back_by=names.get(h.back_by_id or 0) if h.back_at else None,
            result_note=h.result_note,
        )
        for h in ctx.session.scalars(
            select(DossierHandover)
            .where(DossierHandover.dossier_id == dossier.id)
            .order_by(DossierHandover.id)
        )
    )
    if dossier.due_at is None:
        raise ValidationError(
            "Hồ sơ chưa được tiếp nhận nên chưa có phiếu kiểm soát.",
            "The dossier was not accepted, so it has no control slip.",
        )
    copy = _printed(ctx, dossier, FormKind.CONTROL)
    ctx.audit(
        "dossier", dossier.code, "print", after={"form": FormKind.CONTROL.value, "copy": copy}
    )
    slip = ControlSlip(
        dossier=_header(ctx, dossier),
        due_at=dossier.due_at,
        steps=steps,
        printed_at=ctx.clock.now(),
        copy_number=copy,
    )
    return PrintedForm(FormKind.CONTROL, dossier.code, slip)
