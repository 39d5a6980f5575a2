"""Queue use cases: issue a ticket, call, recall, no-show, serve, transfer, pause; board state.

Race-free with the database's own mechanisms, one transaction each:
- on SQLite every write transaction is ``BEGIN IMMEDIATE``, so writers are serialised;
- on PostgreSQL ``call_next`` locks the counter row (two windows of one counter queue up) and
  takes the ticket with ``FOR UPDATE SKIP LOCKED``, so counters calling at the same moment get
  different tickets without waiting for each other. Numbers come from ``store.sequences``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.ids import is_row_id
from onestop_desktop.domain.queue import (
    AT_COUNTER,
    DEFAULT_NO_SHOW_AFTER_RECALLS,
    DEFAULT_PRIORITY_AFTER_NORMALS,
    OPEN_STATUSES,
    PRIORITY_CATEGORIES,
    TicketStatus,
    call_order,
    next_count,
    take_priority,
    ticket_label,
)
from onestop_desktop.domain.roles import Permission, Role
from onestop_desktop.domain.text import clean_line, has_control_chars
from onestop_desktop.services.context import Actor, ServiceContext
from onestop_desktop.services.queue_dto import (
    BoardState,
    CallRow,
    CounterRow,
    CounterState,
    IssuedTicket,
    ServiceRow,
    TicketRow,
)
from onestop_desktop.services.settings import get_setting
from onestop_desktop.store.models import Counter, QueueService, Ticket, TicketCall, Ward
from onestop_desktop.store.sequences import next_value

# The unattended modes act as these (no person is logged in at a kiosk or a wall display).
KIOSK_ACTOR = Actor(None, "kiosk", "Máy lấy số", Role.CLERK)
DISPLAY_ACTOR = Actor(None, "display", "Màn hình hiển thị", Role.CLERK)
PAUSE_REASON_MAX = 200


# -- settings ------------------------------------------------------------------------------------
def priority_after_normals(ctx: ServiceContext) -> int:
    return int(get_setting(ctx, "queue.priority_after_normals", DEFAULT_PRIORITY_AFTER_NORMALS))


def priority_categories(ctx: ServiceContext) -> tuple[str, ...]:
    value = get_setting(ctx, "queue.priority_categories", list(PRIORITY_CATEGORIES))
    return tuple(str(v) for v in value)


def no_show_after_recalls(ctx: ServiceContext) -> int:
    return int(get_setting(ctx, "queue.no_show_after_recalls", DEFAULT_NO_SHOW_AFTER_RECALLS))


# -- reading -------------------------------------------------------------------------------------
def _today(ctx: ServiceContext) -> date:
    return ctx.clock.now().date()


def _row(session: Session, t: Ticket) -> TicketRow:
    issuer = session.get(QueueService, t.service_id)
    lane = session.get(QueueService, t.lane_id or t.service_id)
    counter = session.get(Counter, t.counter_id) if t.counter_id else None
    assert issuer is not None
    assert lane is not None
    return TicketRow(
        id=t.id,
        label=ticket_label(issuer.prefix, t.number, issuer.range_end),
        service_id=lane.id,
        service_prefix=lane.prefix,
        service_name_vi=lane.name_vi,
        service_name_en=lane.name_en,
        priority_category=t.priority_category,
        status=t.status,
        issued_at=t.issued_at,
        called_at=t.called_at,
        started_at=t.started_at,
        finished_at=t.finished_at,
        recall_count=t.recall_count,
        counter_id=t.counter_id,
        counter_number=counter.number if counter else None,
        target_counter_id=t.target_counter_id,
    )


def _waiting_counts(ctx: ServiceContext) -> dict[int, int]:
    rows = ctx.session.execute(
        select(Ticket.lane_id, func.count())
        .where(Ticket.business_date == _today(ctx), Ticket.status == TicketStatus.WAITING)
        .group_by(Ticket.lane_id)
    ).all()
    return {int(lane): int(n) for lane, n in rows if lane is not None}


def _service_row(s: QueueService, counts: dict[int, int]) -> ServiceRow:
    return ServiceRow(s.id, s.prefix, s.name_vi, s.name_en, counts.get(s.id, 0), s.active)


def list_services(ctx: ServiceContext) -> list[ServiceRow]:
    ctx.require(Permission.SERVE_COUNTER)
    counts = _waiting_counts(ctx)
    services = ctx.session.scalars(
        select(QueueService)
        .where(QueueService.active)
        .order_by(QueueService.sort_order, QueueService.prefix)
    )
    return [_service_row(s, counts) for s in services]


def _counter_row(c: Counter) -> CounterRow:
    return CounterRow(
        c.id,
        c.number,
        c.name,
        c.active,
        c.paused_reason,
        tuple(sorted(s.id for s in c.services if s.active)),
    )


def list_counters(ctx: ServiceContext) -> list[CounterRow]:
    ctx.require(Permission.SERVE_COUNTER)
    counters = ctx.session.scalars(select(Counter).where(Counter.active).order_by(Counter.number))
    return [_counter_row(c) for c in counters]


def _counter(ctx: ServiceContext, counter_id: int, *, lock: bool = False) -> Counter:
    stmt = select(Counter).where(Counter.id == counter_id)
    if lock:
        stmt = stmt.with_for_update()
    counter = ctx.session.scalars(stmt).first() if is_row_id(counter_id) else None
    if counter is None or not counter.active:
        raise ValidationError(
            "Quầy này không tồn tại hoặc đã ngừng hoạt động.",
            "This counter does not exist or is no longer in use.",
            field="counter",
        )
    return counter


def _lane_ids(counter: Counter) -> list[int]:
    lanes = [s.id for s in counter.services if s.active]
    if not lanes:
        raise ValidationError(
            f"Quầy {counter.number} chưa được giao dịch vụ nào; "
            "quản trị cần chọn dịch vụ cho quầy.",
            f"Counter {counter.number} serves no service; an administrator must assign some.",
            field="counter",
        )
    return lanes


def _callable(ctx: ServiceContext, counter: Counter, lanes: Sequence[int]) -> Select[Any]:
    """Today's tickets waiting for this counter: in its lanes, not sent to another counter."""
    return (
        select(Ticket)
        .where(
            Ticket.business_date == _today(ctx),
            Ticket.status == TicketStatus.WAITING,
            Ticket.lane_id.in_(lanes),
            (Ticket.target_counter_id.is_(None)) | (Ticket.target_counter_id == counter.id),
        )
        .order_by(Ticket.issued_at, Ticket.id)
    )


def _current(ctx: ServiceContext, counter: Counter) -> Ticket | None:
    return ctx.session.scalars(
        select(Ticket)
        .where(Ticket.counter_id == counter.id, Ticket.status.in_(AT_COUNTER))
        .order_by(Ticket.called_at.desc())
        .limit(1)
    ).first()


def counter_state(ctx: ServiceContext, counter_id: int) -> CounterState:
    ctx.require(Permission.SERVE_COUNTER)
    session = ctx.session
    counter = _counter(ctx, counter_id)
    lanes = [s.id for s in counter.services if s.active]
    waiting = list(session.scalars(_callable(ctx, counter, lanes))) if lanes else []
    ordered = call_order(
        waiting,
        lambda t: t.priority_category is not None,
        normals_since_priority=counter.normals_since_priority,
        priority_after_normals=priority_after_normals(ctx),
    )
    counts = _waiting_counts(ctx)
    current = _current(ctx, counter)
    return CounterState(
        counter=_counter_row(counter),
        current=_row(session, current) if current else None,
        waiting=tuple(_row(session, t) for t in ordered),
        waiting_per_service=tuple(
            _service_row(s, counts)
            for s in sorted(counter.services, key=lambda s: (s.sort_order, s.prefix))
            if s.active
        ),
    )


# -- issuing -------------------------------------------------------------------------------------
def issue_ticket(
    ctx: ServiceContext, service_id: int, priority_category: str | None = None
) -> IssuedTicket:
    ctx.require(Permission.SERVE_COUNTER)
    session = ctx.session
    service = session.get(QueueService, service_id) if is_row_id(service_id) else None
    if service is None or not service.active:
        raise ValidationError(
            "Dịch vụ này không tồn tại hoặc đã ngừng; hãy chọn dịch vụ khác.",
            "This service does not exist or is no longer offered; choose another one.",
            field="service",
        )
    if priority_category is not None and priority_category not in priority_categories(ctx):
        raise ValidationError(
            "Đối tượng ưu tiên không hợp lệ.", "Unknown priority category.", field="priority"
        )
    now = ctx.clock.now()
    number = next_value(session, f"ticket:{service.prefix}", now.date(), service.range_start)
    if number > service.range_end:
        raise ValidationError(
            f"Dịch vụ {service.prefix} đã hết số thứ tự trong ngày (tối đa {service.range_end}).",
            f"Service {service.prefix} has used up today's numbers (up to {service.range_end}).",
            field="service",
        )
    ticket = Ticket(
        service_id=service.id,
        lane_id=service.id,
        business_date=now.date(),
        number=number,
        priority_category=priority_category,
        status=TicketStatus.WAITING,
        issued_at=now,
        recall_count=0,
    )
    session.add(ticket)
    session.flush()
    label = ticket_label(service.prefix, number, service.range_end)
    ctx.audit("ticket", ticket.id, "issue", after={"label": label, "priority": priority_category})
    ahead = session.scalar(
        select(func.count())
        .select_from(Ticket)
        .where(
            Ticket.business_date == now.date(),
            Ticket.status == TicketStatus.WAITING,
            Ticket.lane_id == service.id,
            Ticket.id < ticket.id,
        )
    )
    ward = session.scalars(select(Ward.name)).first() or ""
    return IssuedTicket(_row(session, ticket), int(ahead or 0), ward)


# -- at the counter ------------------------------------------------------------------------------
def _ready_counter(ctx: ServiceContext, counter_id: int) -> tuple[Counter, list[int]]:
    counter = _counter(ctx, counter_id, lock=True)
    if counter.paused_reason is not None:
        raise ValidationError(
            f"Quầy {counter.number} đang tạm dừng ({counter.paused_reason}); "
            "bấm “Tiếp tục” trước khi gọi số.",
            f"Counter {counter.number} is paused ({counter.paused_reason}); resume it first.",
            field="counter",
        )
    return counter, _lane_ids(counter)


def _finish_current(ctx: ServiceContext, counter: Counter, now: datetime) -> None:
    """Calling the next citizen closes the one at the counter as served."""
    current = _current(ctx, counter)
    if current is not None:
        current.started_at = current.started_at or current.called_at
        current.status = TicketStatus.DONE
        current.finished_at = now
        ctx.audit("ticket", current.id, "finish", after={"by": "next call"})


def _call(ctx: ServiceContext, counter: Counter, ticket: Ticket, now: datetime) -> TicketRow:
    actor = ctx.require(Permission.SERVE_COUNTER)
    ticket.status = TicketStatus.CALLED
    ticket.called_at = now
    ticket.counter_id = counter.id
    ticket.served_by_id = actor.user_id
    ticket.target_counter_id = None
    counter.normals_since_priority = next_count(
        counter.normals_since_priority, ticket.priority_category is not None
    )
    ctx.session.add(
        TicketCall(
            ticket_id=ticket.id,
            counter_id=counter.id,
            business_date=now.date(),
            at=now,
            kind="call",
        )
    )
    ctx.session.flush()
    row = _row(ctx.session, ticket)
    ctx.audit("ticket", ticket.id, "call", after={"label": row.label, "counter": counter.number})
    return row


def call_next(ctx: ServiceContext, counter_id: int) -> TicketRow | None:
    """Call the next ticket for this counter, by arrival with the fair priority interleave."""
    ctx.require(Permission.SERVE_COUNTER)
    counter, lanes = _ready_counter(ctx, counter_id)
    now = ctx.clock.now()
    base = _callable(ctx, counter, lanes)
    has_priority, has_normal = _kinds_waiting(ctx, base)
    take = take_priority(
        counter.normals_since_priority,
        priority_after_normals(ctx),
        priority_waiting=has_priority,
        normal_waiting=has_normal,
    )
    if take is None:
        _finish_current(ctx, counter, now)
        return None
    kinds = [take, not take] if has_priority and has_normal else [take]
    for priority in kinds:
        wanted = (
            Ticket.priority_category.is_not(None)
            if priority
            else Ticket.priority_category.is_(None)
        )
        stmt = base.where(wanted).limit(1).with_for_update(skip_locked=True)
        ticket = ctx.session.scalars(stmt).first()
        if ticket is not None:
            _finish_current(ctx, counter, now)
            return _call(ctx, counter, ticket, now)
    return None  # every candidate was just taken by other counters


def _kinds_waiting(ctx: ServiceContext, stmt: Select[Any]) -> tuple[bool, bool]:
    """Whether priority and normal tickets wait, in one query (no locks taken)."""
    is_priority = case((Ticket.priority_category.is_not(None), 1), else_=0)
    is_normal = case((Ticket.priority_category.is_(None), 1), else_=0)
    row = ctx.session.execute(
        stmt.order_by(None).with_only_columns(func.max(is_priority), func.max(is_normal))
    ).one()
    return bool(row[0]), bool(row[1])


def call_ticket(ctx: ServiceContext, counter_id: int, ticket_id: int) -> TicketRow:
    """Call a particular waiting ticket out of order (a clerk picked it from the list)."""
    ctx.require(Permission.SERVE_COUNTER)
    counter, lanes = _ready_counter(ctx, counter_id)
    ticket = ctx.session.scalars(
        _callable(ctx, counter, lanes).where(Ticket.id == ticket_id).with_for_update()
    ).first()
    if ticket is None:
        raise ValidationError(
            "Số này không còn chờ ở quầy này (đã được gọi, đã chuyển hoặc không thuộc dịch vụ "
            "của quầy).",
            "This ticket is no longer waiting for this counter (called, transferred, or of "
            "another service).",
            field="ticket",
        )
    now = ctx.clock.now()
    _finish_current(ctx, counter, now)
    return _call(ctx, counter, ticket, now)


def _at_counter(ctx: ServiceContext, counter_id: int, statuses: Sequence[str]) -> Ticket:
    counter = _counter(ctx, counter_id, lock=True)
    current = _current(ctx, counter)
    if current is None or current.status not in statuses:
        raise ValidationError(
            "Quầy không có số nào đang được gọi hoặc phục vụ cho thao tác này.",
            "No ticket is called or being served at this counter for this action.",
            field="ticket",
        )
    return current


def recall(ctx: ServiceContext, counter_id: int) -> TicketRow:
    ctx.require(Permission.SERVE_COUNTER)
    ticket = _at_counter(ctx, counter_id, [TicketStatus.CALLED])
    now = ctx.clock.now()
    ticket.recall_count += 1
    ctx.session.add(
        TicketCall(
            ticket_id=ticket.id,
            counter_id=counter_id,
            business_date=now.date(),
            at=now,
            kind="recall",
        )
    )
    ctx.audit("ticket", ticket.id, "recall", after={"recalls": ticket.recall_count})
    return _row(ctx.session, ticket)


def mark_no_show(ctx: ServiceContext, counter_id: int) -> TicketRow:
    ctx.require(Permission.SERVE_COUNTER)
    ticket = _at_counter(ctx, counter_id, [TicketStatus.CALLED])
    needed = no_show_after_recalls(ctx)
    if ticket.recall_count < needed:
        raise ValidationError(
            f"Hãy gọi lại ít nhất {needed} lần trước khi ghi nhận vắng mặt.",
            f"Recall at least {needed} time(s) before marking a no-show.",
            field="ticket",
        )
    ticket.status = TicketStatus.NO_SHOW
    ticket.finished_at = ctx.clock.now()
    ctx.audit("ticket", ticket.id, "no_show")
    return _row(ctx.session, ticket)


def start_service(ctx: ServiceContext, counter_id: int) -> TicketRow:
    ctx.require(Permission.SERVE_COUNTER)
    ticket = _at_counter(ctx, counter_id, [TicketStatus.CALLED])
    ticket.status = TicketStatus.SERVING
    ticket.started_at = ctx.clock.now()
    ctx.audit("ticket", ticket.id, "start")
    return _row(ctx.session, ticket)


def finish_service(ctx: ServiceContext, counter_id: int) -> TicketRow:
    ctx.require(Permission.SERVE_COUNTER)
    ticket = _at_counter(ctx, counter_id, AT_COUNTER)
    now = ctx.clock.now()
    ticket.started_at = ticket.started_at or ticket.called_at
    ticket.status = TicketStatus.DONE
    ticket.finished_at = now
    ctx.audit("ticket", ticket.id, "finish")
    return _row(ctx.session, ticket)


def transfer_ticket(
    ctx: ServiceContext,
    ticket_id: int,
    *,
    to_service_id: int | None = None,
    to_counter_id: int | None = None,
) -> TicketRow:
    """Send a ticket to another lane and/or counter; it waits again there with its number, in its
    original place (it has already waited once)."""
    ctx.require(Permission.SERVE_COUNTER)
    session = ctx.session
    found = select(Ticket).where(Ticket.id == ticket_id).with_for_update()
    ticket = session.scalars(found).first() if is_row_id(ticket_id) else None
    if ticket is None:
        raise ValidationError("Không tìm thấy số thứ tự này.", "Ticket not found.", field="ticket")
    if ticket.status not in OPEN_STATUSES:
        raise ValidationError(
            "Số này đã kết thúc (đã phục vụ xong hoặc vắng mặt), không chuyển được.",
            "This ticket is finished (served or no-show) and cannot be transferred.",
            field="ticket",
        )
    if to_service_id is None and to_counter_id is None:
        raise ValidationError(
            "Chọn dịch vụ hoặc quầy để chuyển tới.",
            "Choose a service or a counter to transfer to.",
            field="target",
        )
    lane_id = ticket.lane_id or ticket.service_id
    if to_service_id is not None:
        service = session.get(QueueService, to_service_id) if is_row_id(to_service_id) else None
        if service is None or not service.active:
            raise ValidationError(
                "Dịch vụ chuyển tới không tồn tại hoặc đã ngừng.",
                "The service to transfer to does not exist or is no longer offered.",
                field="target",
            )
        lane_id = service.id
    if to_counter_id is not None:
        counter = _counter(ctx, to_counter_id)
        if lane_id not in [s.id for s in counter.services if s.active]:
            raise ValidationError(
                f"Quầy {counter.number} không phục vụ dịch vụ này; chọn quầy khác hoặc dịch vụ "
                "khác.",
                f"Counter {counter.number} does not serve this service; choose another.",
                field="target",
            )
    before = {"lane": ticket.lane_id, "counter": ticket.counter_id, "status": ticket.status}
    ticket.lane_id = lane_id
    ticket.target_counter_id = to_counter_id
    ticket.status = TicketStatus.WAITING
    ticket.counter_id = None
    session.flush()
    after = {"lane": lane_id, "target_counter": to_counter_id, "status": ticket.status}
    ctx.audit("ticket", ticket.id, "transfer", before=before, after=after)
    return _row(session, ticket)


def pause_counter(ctx: ServiceContext, counter_id: int, reason: str) -> CounterRow:
    ctx.require(Permission.SERVE_COUNTER)
    counter = _counter(ctx, counter_id, lock=True)
    text = clean_line(reason)
    if not text or len(text) > PAUSE_REASON_MAX or has_control_chars(reason):
        raise ValidationError(
            f"Ghi lý do tạm dừng (tối đa {PAUSE_REASON_MAX} ký tự).",
            f"Give a reason for the pause (at most {PAUSE_REASON_MAX} characters).",
            field="reason",
        )
    counter.paused_reason = text
    counter.paused_at = ctx.clock.now()
    ctx.audit("counter", counter.id, "pause", after={"number": counter.number}, reason=text)
    return _counter_row(counter)


def resume_counter(ctx: ServiceContext, counter_id: int) -> CounterRow:
    ctx.require(Permission.SERVE_COUNTER)
    counter = _counter(ctx, counter_id, lock=True)
    if counter.paused_reason is None:
        raise ValidationError("Quầy không tạm dừng.", "The counter is not paused.", field="counter")
    counter.paused_reason = None
    counter.paused_at = None
    ctx.audit("counter", counter.id, "resume", after={"number": counter.number})
    return _counter_row(counter)


def _call_row(call: TicketCall, ticket: Ticket, service: QueueService, counter: Counter) -> CallRow:
    return CallRow(
        id=call.id,
        at=call.at,
        kind=call.kind,
        label=ticket_label(service.prefix, ticket.number, service.range_end),
        counter_number=counter.number,
        service_name_vi=service.name_vi,
    )


# -- the display board ---------------------------------------------------------------------------
def last_call_id(ctx: ServiceContext) -> int:
    """The newest call's id: displays poll this (one index lookup) and refresh when it grows."""
    ctx.require(Permission.SERVE_COUNTER)
    return int(ctx.session.scalar(select(func.max(TicketCall.id))) or 0)


def board_state(ctx: ServiceContext, recent: int = 8) -> BoardState:
    ctx.require(Permission.SERVE_COUNTER)
    session = ctx.session
    today = _today(ctx)
    joined = (
        select(TicketCall, Ticket, QueueService, Counter)
        .join(Ticket, TicketCall.ticket_id == Ticket.id)
        .join(QueueService, Ticket.service_id == QueueService.id)
        .join(Counter, TicketCall.counter_id == Counter.id)
    )
    recent_rows = session.execute(
        joined.where(TicketCall.business_date == today)
        .order_by(TicketCall.id.desc())
        .limit(max(recent, 1))
    ).all()
    newest_per_counter = (
        select(func.max(TicketCall.id))
        .where(TicketCall.business_date == today)
        .group_by(TicketCall.counter_id)
    )
    latest_rows = session.execute(joined.where(TicketCall.id.in_(newest_per_counter))).all()
    calls = [_call_row(*row) for row in recent_rows]
    latest = {row.counter_number: row for row in (_call_row(*r) for r in latest_rows)}
    ward = session.scalars(select(Ward.name)).first() or ""
    return BoardState(
        ward_name=ward,
        latest_per_counter=tuple(latest[n] for n in sorted(latest)),
        recent=tuple(calls[:recent]),
        last_call_id=last_call_id(ctx),
    )
