"""Closing a day: what is still open, the immutable snapshot (revision 1, 2 …), reopening.

``close_day`` computes the day's totals once, stores them as the JSON snapshot of the next
revision and, in the same transaction, queues the signed daily-totals document in the outbox:
either both exist or neither. A closed day stays closed until ``reopen_day`` (reason required)
records a reopening; its figures are then live again, and the next ``close_day`` is the next
revision, its changes against the previous one listed. Snapshots are never updated.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import func, select

from onestop_desktop import __version__
from onestop_desktop.domain.day_totals import DayTotals, diff_totals
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.queue import AT_COUNTER, TicketStatus
from onestop_desktop.domain.roles import Permission
from onestop_desktop.domain.text import clean_line, has_control_chars
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.day_report_dto import ClosingInfo, ClosingResult, OpenItems
from onestop_desktop.services.day_totals import (
    check_report_date,
    closings_of,
    compute_totals,
    date_text,
    snapshot,
)
from onestop_desktop.store.models import (
    Counter,
    DayClosing,
    DayReopening,
    SyncOutboxItem,
    Ticket,
    Ward,
)
from onestop_desktop.sync.document import build_document, idempotency_key

REASON_MAX = 500


def open_items(ctx: ServiceContext, business_date: date) -> OpenItems:
    """What is still open that day (VIEW_DAY)."""
    ctx.require(Permission.VIEW_DAY)
    check_report_date(ctx, business_date)
    on_day = Ticket.business_date == business_date
    waiting = ctx.session.scalar(
        select(func.count(Ticket.id)).where(on_day, Ticket.status == TicketStatus.WAITING.value)
    )
    at_counter = [s.value for s in AT_COUNTER]
    busy = ctx.session.execute(
        select(Counter.number, Counter.name, func.count(Ticket.id))
        .join(Counter, Counter.id == Ticket.counter_id)
        .where(on_day, Ticket.status.in_(at_counter))
        .group_by(Counter.id, Counter.number, Counter.name)
        .order_by(Counter.number)
    ).all()
    closings = closings_of(ctx.session, business_date)
    last = closings[-1] if closings else None
    return OpenItems(
        business_date=business_date,
        tickets_waiting=int(waiting or 0),
        tickets_at_counter=sum(int(n) for _, _, n in busy),
        busy_counters=[name or f"Quầy {number}" for number, name, _ in busy],
        already_closed=last if last is not None and last.reopened_at is None else None,
    )


def _reason(reason: str | None, *, required: bool) -> str | None:
    if reason is not None and not isinstance(reason, str):
        raise ValidationError("Lý do không hợp lệ.", "Not a valid reason.", field="reason")
    if reason is not None and has_control_chars(reason.replace("\n", " ")):
        raise ValidationError(
            "Lý do có ký tự điều khiển không hợp lệ.",
            "The reason holds control characters.",
            field="reason",
        )
    text = clean_line(reason) if reason is not None else ""
    if not text:
        if required:
            raise ValidationError(
                "Cần ghi lý do mở lại ngày để điều chỉnh.",
                "A reason is required to reopen the day for correction.",
                field="reason",
            )
        return None
    if len(text) > REASON_MAX:
        raise ValidationError(
            f"Lý do quá dài (tối đa {REASON_MAX} ký tự).",
            f"The reason is too long (at most {REASON_MAX} characters).",
            field="reason",
        )
    return text


def close_day(ctx: ServiceContext, business_date: date, reason: str | None = None) -> ClosingResult:
    """Freeze the day's totals as the next revision and queue the signed document in the outbox
    (CLOSE_DAY). Refused when the day is closed and not reopened, in the future, or before the
    ward existed. Revision 2+ requires the day to have been reopened (its reason is kept)."""
    actor = ctx.require(Permission.CLOSE_DAY)
    check_report_date(ctx, business_date)
    note = _reason(reason, required=False)
    # Serialise closings: on PostgreSQL two supervisors closing at once would both read
    # "revision 1 is free" and the second would fail on the unique (date, revision); locking the
    # ward row makes it wait and then see the first closing. (SQLite writes are serial already.)
    ctx.session.execute(select(Ward.id).with_for_update())
    closings = closings_of(ctx.session, business_date)
    last = closings[-1] if closings else None
    if last is not None and last.reopened_at is None:
        raise ValidationError(
            f"Ngày {date_text(business_date)} đã chốt (lần {last.revision} lúc "
            f"{last.closed_at:%H:%M %d/%m/%Y}). Muốn điều chỉnh, hãy mở lại ngày trước.",
            f"{business_date.isoformat()} is already closed (revision {last.revision} at "
            f"{last.closed_at:%Y-%m-%d %H:%M}). Reopen the day first to correct it.",
            field="date",
        )
    revision = 1 if last is None else last.revision + 1
    if note is None and last is not None:
        note = ctx.session.scalar(
            select(DayReopening.reason).where(
                DayReopening.business_date == business_date,
                DayReopening.revision == last.revision,
            )
        )
    now = ctx.clock.now().replace(microsecond=0)
    totals = compute_totals(ctx, business_date)
    previous: DayTotals | None = (
        snapshot(ctx.session, business_date, last.revision) if last else None
    )
    closing = DayClosing(
        business_date=business_date,
        revision=revision,
        closed_at=now,
        closed_by_id=actor.user_id,
        reason=note,
        totals_json=json.dumps(totals.to_dict(), ensure_ascii=False, sort_keys=True),
    )
    ctx.session.add(closing)
    ctx.session.flush()
    key = idempotency_key(totals.unit_code, business_date, revision)
    body = build_document(totals, revision=revision, generated_at=now, app_version=__version__)
    ctx.session.add(
        SyncOutboxItem(
            idempotency_key=key,
            day_closing_id=closing.id,
            body=body.decode(),
            created_at=now,
            attempts=0,
            next_attempt_at=now,
        )
    )
    changes = diff_totals(previous, totals) if previous is not None else []
    ctx.audit(
        "day",
        business_date.isoformat(),
        "close",
        after={"revision": revision, "idempotency_key": key, "changes": len(changes)},
        reason=note,
    )
    info = ClosingInfo(
        business_date=business_date,
        revision=revision,
        closed_at=now,
        closed_by=actor.full_name if actor.user_id is not None else None,
        reason=note,
        idempotency_key=key,
        sent_at=None,
        reopened_at=None,
    )
    return ClosingResult(info, totals, changes)


def reopen_day(ctx: ServiceContext, business_date: date, reason: str) -> ClosingInfo:
    """Reopen a closed day to correct it (CLOSE_DAY, reason required); figures are live again
    until the next ``close_day``, which makes the next revision. Returns the reopened closing."""
    ctx.require(Permission.CLOSE_DAY)
    check_report_date(ctx, business_date)
    note = _reason(reason, required=True)
    assert note is not None
    ctx.session.execute(select(Ward.id).with_for_update())
    closings = closings_of(ctx.session, business_date)
    last = closings[-1] if closings else None
    if last is None or last.reopened_at is not None:
        raise ValidationError(
            f"Ngày {date_text(business_date)} chưa chốt nên không cần mở lại.",
            f"{business_date.isoformat()} is not closed; there is nothing to reopen.",
            field="date",
        )
    now = ctx.clock.now().replace(microsecond=0)
    ctx.session.add(
        DayReopening(
            business_date=business_date,
            revision=last.revision,
            at=now,
            by_id=ctx.actor.user_id if ctx.actor else None,
            reason=note,
        )
    )
    ctx.audit(
        "day",
        business_date.isoformat(),
        "reopen",
        before={"revision": last.revision},
        reason=note,
    )
    return ClosingInfo(
        business_date=last.business_date,
        revision=last.revision,
        closed_at=last.closed_at,
        closed_by=last.closed_by,
        reason=last.reason,
        idempotency_key=last.idempotency_key,
        sent_at=last.sent_at,
        reopened_at=now,
    )
