"""The supervisor's live dashboard: today's queue and dossiers in a few indexed queries.

``live_dashboard`` reads what only the dashboard needs itself (who waits now in each lane and for
how long; dossiers received, returned, due and overdue today) and takes the day's ticket tables
from ``services.day_totals.ticket_figures``, the same SQL the end-of-day summary uses. A past day
is shown from its summary (``day_dashboard``): the closing's snapshot when the day is closed.

The wait target (``dashboard.wait_target_minutes``, default 20) is a ward setting: the longest
current wait is highlighted on the dashboard past it.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, func, or_, select

from onestop_desktop.domain.dossier import DossierStatus
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.lifecycle import CLOCK_RUNS
from onestop_desktop.domain.queue import TicketStatus
from onestop_desktop.domain.roles import Permission
from onestop_desktop.domain.statistics import Bucket
from onestop_desktop.services import day_totals
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.dashboard_dto import (
    CHANNELS,
    DEFAULT_WAIT_TARGET_MINUTES,
    WAIT_TARGET_RANGE,
    ChannelCount,
    ClosedMark,
    Dashboard,
    LaneWaiting,
)
from onestop_desktop.services.day_report_dto import DaySummary
from onestop_desktop.services.settings import get_setting, put_setting
from onestop_desktop.store.models import Dossier, DossierEvent, QueueService, Ticket

WAIT_TARGET_KEY = "dashboard.wait_target_minutes"


# -- the wait target -----------------------------------------------------------------------------
def _stored_target(ctx: ServiceContext) -> int:
    value = get_setting(ctx, WAIT_TARGET_KEY, None)
    low, high = WAIT_TARGET_RANGE
    if type(value) is int and low <= value <= high:
        return value
    return DEFAULT_WAIT_TARGET_MINUTES


def set_wait_target(ctx: ServiceContext, minutes: int) -> int:
    """Set the wait target (EDIT_SETTINGS), 1–240 whole minutes; audited."""
    ctx.require(Permission.EDIT_SETTINGS)
    low, high = WAIT_TARGET_RANGE
    if type(minutes) is not int or not low <= minutes <= high:
        raise ValidationError(
            f"Thời gian chờ mục tiêu phải là số phút nguyên từ {low} đến {high}.",
            f"The wait target must be a whole number of minutes from {low} to {high}.",
            field="wait_target",
        )
    put_setting(ctx, WAIT_TARGET_KEY, minutes, shown_before=_stored_target(ctx))
    return minutes


# -- today ---------------------------------------------------------------------------------------
def _lane_label(prefix: str, name: str) -> str:
    return f"{prefix} · {name}"


def _lanes(ctx: ServiceContext, today: date, now: datetime) -> list[LaneWaiting]:
    """Every active lane (and an inactive one someone still waits in), in display order."""
    waiting = (
        select(
            Ticket.lane_id.label("lane_id"),
            func.count().label("n"),
            func.min(Ticket.issued_at).label("first"),
        )
        .where(Ticket.business_date == today, Ticket.status == TicketStatus.WAITING.value)
        .group_by(Ticket.lane_id)
        .subquery()
    )
    rows = ctx.session.execute(
        select(QueueService.prefix, QueueService.name_vi, waiting.c.n, waiting.c.first)
        .outerjoin(waiting, waiting.c.lane_id == QueueService.id)
        .where(or_(QueueService.active, waiting.c.n > 0))
        .order_by(QueueService.sort_order, QueueService.prefix)
    ).all()
    lanes = []
    for prefix, name, count, first in rows:
        longest = None if first is None else max(0, int((now - first).total_seconds()))
        lanes.append(LaneWaiting(prefix, _lane_label(prefix, name), int(count or 0), longest))
    return lanes


def _received(ctx: ServiceContext, today: date) -> list[ChannelCount]:
    """Dossiers received today per channel, as Biểu 06 counts them (refusals and dossiers still
    waiting at intake for a Mẫu 02's documents are not received)."""
    rows = ctx.session.execute(
        select(Dossier.channel, func.count())
        .where(
            Dossier.business_date == today,
            Dossier.status != DossierStatus.REFUSED.value,
            Dossier.due_at.is_not(None),
        )
        .group_by(Dossier.channel)
    ).all()
    counts = {str(channel): int(n) for channel, n in rows}
    return [ChannelCount(c.value, counts.get(c.value, 0)) for c in CHANNELS]


def _due_and_overdue(ctx: ServiceContext, now: datetime) -> tuple[int, int, int]:
    """(returned today, due today, overdue now). Returned: results handed over today, as the
    day's totals count them. Pending means the processing clock runs: a
    dossier waiting for a supplement is neither due nor overdue."""
    start = datetime.combine(now.date(), time.min)
    end = start + timedelta(days=1)
    returned = ctx.session.scalar(
        select(func.count(DossierEvent.id)).where(
            DossierEvent.to_status == DossierStatus.RETURNED.value,
            DossierEvent.at >= start,
            DossierEvent.at < end,
        )
    )
    # Only the status in WHERE: the pending dossiers are few and found through the status
    # index; a range on due_at would walk every old dossier's due date on a big database.
    due, overdue = ctx.session.execute(
        select(
            func.coalesce(
                func.sum(case((and_(Dossier.due_at >= start, Dossier.due_at < end), 1), else_=0)),
                0,
            ),
            func.coalesce(func.sum(case((Dossier.due_at < now, 1), else_=0)), 0),
        ).where(Dossier.status.in_([s.value for s in CLOCK_RUNS]))
    ).one()
    return int(returned or 0), int(due), int(overdue)


def _closed(ctx: ServiceContext, day: date) -> ClosedMark | None:
    """The day's latest closing, unless it was reopened since."""
    closings = day_totals.closings_of(ctx.session, day)
    last = closings[-1] if closings else None
    if last is None or last.reopened_at is not None:
        return None
    return ClosedMark(last.revision, last.closed_at)


def live_dashboard(ctx: ServiceContext) -> Dashboard:
    """Today as it is now (VIEW_DAY)."""
    ctx.require(Permission.VIEW_DAY)
    now = ctx.clock.now()
    today = now.date()
    tables = day_totals.ticket_figures(ctx.session, today)
    returned, due, overdue = _due_and_overdue(ctx, now)
    return Dashboard(
        business_date=today,
        as_of=now,
        live=True,
        lanes=_lanes(ctx, today, now),
        wait_target_min=_stored_target(ctx),
        tickets=tables.day,
        per_counter=tables.per_counter,
        per_clerk=tables.per_clerk,
        per_hour=tables.per_hour,
        received=_received(ctx, today),
        returned=returned,
        due_today=due,
        overdue=overdue,
        closed=_closed(ctx, today),
    )


# -- a past day ----------------------------------------------------------------------------------
def dashboard_from_summary(summary: DaySummary, wait_target_min: int) -> Dashboard:
    """A day's summary (its closing's snapshot when closed) in the dashboard's shape."""
    totals = summary.totals
    total = totals.dossiers.total
    lanes = [
        LaneWaiting(g.key, g.label, g.figures.waiting, g.figures.max_wait_s)
        for g in totals.per_service
    ]
    closed = summary.closed
    return Dashboard(
        business_date=totals.business_date,
        as_of=totals.as_of,
        live=False,
        lanes=lanes,
        wait_target_min=wait_target_min,
        tickets=totals.tickets,
        per_counter=totals.per_counter,
        per_clerk=totals.per_clerk,
        per_hour=totals.per_hour,
        received=[
            ChannelCount("online", total[Bucket.RECEIVED_ONLINE]),
            ChannelCount("direct_postal", total[Bucket.RECEIVED_DIRECT]),
        ],
        returned=totals.dossiers.returned_counter + totals.dossiers.returned_post,
        due_today=None,
        overdue=None,
        closed=None if closed is None else ClosedMark(closed.revision, closed.closed_at),
    )


def day_dashboard(ctx: ServiceContext, business_date: date) -> Dashboard:
    """Today live, or a past day from its summary (VIEW_DAY). A day in the future or before the
    ward existed is refused."""
    ctx.require(Permission.VIEW_DAY)
    if type(business_date) is date and business_date == ctx.clock.now().date():
        return live_dashboard(ctx)
    summary = day_totals.day_summary(ctx, business_date)
    return dashboard_from_summary(summary, _stored_target(ctx))
