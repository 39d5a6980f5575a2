"""A day's totals from the database, by SQL aggregation; the summary of a day (snapshot or live).

Every figure is a ``GROUP BY`` over the day's rows through an index (tickets by
``business_date``, dossier events by ``(to_status, at)``, fees and ratings by their time); no
Python loop walks rows. The dossier buckets are ``services.totals.dossier_buckets`` for the
one-day period, the same rule the periodic report and the sync document use.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from onestop_desktop.domain.day_totals import (
    FEE_METHODS,
    SCORES,
    DayTotals,
    DossierFigures,
    FeeLine,
    FieldRow,
    Satisfaction,
    TicketFigures,
    TicketGroup,
)
from onestop_desktop.domain.dossier import DossierStatus
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.queue import OPEN_STATUSES, TicketStatus
from onestop_desktop.domain.roles import Permission
from onestop_desktop.domain.statistics import Bucket, Period
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.day_report_dto import ClosingInfo, DaySummary, TicketTables
from onestop_desktop.services.totals import dossier_buckets
from onestop_desktop.store.models import (
    Counter,
    DayClosing,
    DayReopening,
    Dossier,
    DossierEvent,
    Fee,
    QueueService,
    Rating,
    SyncOutboxItem,
    Ticket,
    User,
    Ward,
)
from onestop_desktop.sync.document import idempotency_key

_OPEN = tuple(s.value for s in OPEN_STATUSES)


def date_text(day: date) -> str:
    """A day as Vietnamese documents and messages write it: 20/11/2026."""
    return day.strftime("%d/%m/%Y")


def first_day(session: Session) -> date | None:
    """The first day the ward has anything for: its creation, or older imported records."""
    created = session.scalar(select(func.min(Ward.created_at)))
    candidates: list[date] = [] if created is None else [created.date()]
    for column in (Dossier.business_date, Ticket.business_date):
        oldest = session.scalar(select(func.min(column)))
        if oldest is not None:
            candidates.append(oldest if isinstance(oldest, date) else date.fromisoformat(oldest))
    return min(candidates) if candidates else None


def check_report_date(ctx: ServiceContext, business_date: date) -> None:
    """Refuse (ValidationError) a day in the future or before the ward existed."""
    if not isinstance(business_date, date) or isinstance(business_date, datetime):
        raise ValidationError("Ngày không hợp lệ.", "Not a valid date.", field="date")
    today = ctx.clock.now().date()
    if business_date > today:
        raise ValidationError(
            f"Ngày {date_text(business_date)} chưa đến (hôm nay là {date_text(today)}).",
            f"{business_date.isoformat()} is in the future (today is {today.isoformat()}).",
            field="date",
        )
    first = first_day(ctx.session)
    if first is None or business_date < first:
        since = date_text(first) if first else date_text(today)
        raise ValidationError(
            f"Ngày {date_text(business_date)} trước khi phường bắt đầu dùng phần mềm "
            f"(từ {since}); không có số liệu.",
            f"{business_date.isoformat()} is before the ward started using the software "
            f"({(first or today).isoformat()}); there are no figures.",
            field="date",
        )


# -- tickets ----------------------------------------------------------------------------------
def _seconds(session: Session, later: Any, earlier: Any) -> ColumnElement[Any]:
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def _hour(session: Session, column: Any) -> ColumnElement[Any]:
    if session.get_bind().dialect.name == "postgresql":
        return func.cast(func.extract("hour", column), Ticket.number.type)
    return func.cast(func.strftime("%H", column), Ticket.number.type)


def _figure_columns(session: Session) -> list[ColumnElement[Any]]:
    wait = _seconds(session, Ticket.called_at, Ticket.issued_at)
    service = _seconds(
        session, Ticket.finished_at, func.coalesce(Ticket.started_at, Ticket.called_at)
    )
    served = Ticket.status == TicketStatus.DONE.value
    return [
        func.count(Ticket.id),
        func.sum(case((served, 1), else_=0)),
        func.sum(case((Ticket.status == TicketStatus.NO_SHOW.value, 1), else_=0)),
        func.sum(case((Ticket.status.in_(_OPEN), 1), else_=0)),
        func.avg(wait),
        func.max(wait),
        func.avg(case((served, service))),
    ]


def _figures(row: Any) -> TicketFigures:
    def whole(value: Any) -> int | None:
        return None if value is None else round(float(value))

    return TicketFigures(
        issued=int(row[0] or 0),
        served=int(row[1] or 0),
        no_show=int(row[2] or 0),
        waiting=int(row[3] or 0),
        avg_wait_s=whole(row[4]),
        max_wait_s=whole(row[5]),
        avg_service_s=whole(row[6]),
    )


def ticket_figures(session: Session, business_date: date) -> TicketTables:
    """Tickets of the day: the whole day, per service, per counter, per clerk, per hour.

    Tickets still open when this runs count as ``waiting``. Per hour: tickets issued in that hour
    (issued, no-show, waiting, waits) and tickets finished in it (served, service time).
    """
    columns = _figure_columns(session)
    on_day = Ticket.business_date == business_date
    day = _figures(session.execute(select(*columns).where(on_day)).one())

    per_service = [
        TicketGroup(row[0], f"{row[0]} · {row[1]}", _figures(row[2:]))
        for row in session.execute(
            select(QueueService.prefix, QueueService.name_vi, *columns)
            .join(QueueService, QueueService.id == Ticket.service_id)
            .where(on_day)
            .group_by(QueueService.id, QueueService.prefix, QueueService.name_vi)
            .order_by(QueueService.prefix)
        )
    ]
    per_counter = [
        TicketGroup(str(row[0]), row[1] or f"Quầy {row[0]}", _figures(row[2:]))
        for row in session.execute(
            select(Counter.number, Counter.name, *columns)
            .join(Counter, Counter.id == Ticket.counter_id)
            .where(on_day)
            .group_by(Counter.id, Counter.number, Counter.name)
            .order_by(Counter.number)
        )
    ]
    per_clerk = [
        TicketGroup(row[0], row[1], _figures(row[2:]))
        for row in session.execute(
            select(User.username, User.full_name, *columns)
            .join(User, User.id == Ticket.served_by_id)
            .where(on_day)
            .group_by(User.id, User.username, User.full_name)
            .order_by(User.full_name, User.username)
        )
    ]
    per_hour = _per_hour(session, business_date, columns)
    return TicketTables(day, per_service, per_counter, per_clerk, per_hour)


def _per_hour(
    session: Session, business_date: date, columns: list[ColumnElement[Any]]
) -> list[TicketGroup]:
    on_day = Ticket.business_date == business_date
    issued_hour = _hour(session, Ticket.issued_at).label("hour")
    by_issue = {
        int(row[0]): _figures(row[1:])
        for row in session.execute(
            select(issued_hour, *columns).where(on_day).group_by(issued_hour)
        )
    }
    finished_hour = _hour(session, Ticket.finished_at).label("hour")
    service = columns[6]
    by_finish = {
        int(row[0]): (int(row[1] or 0), row[2])
        for row in session.execute(
            select(finished_hour, func.count(Ticket.id), service)
            .where(on_day, Ticket.status == TicketStatus.DONE.value)
            .group_by(finished_hour)
        )
    }
    groups: list[TicketGroup] = []
    for hour in sorted(set(by_issue) | set(by_finish)):
        issued = by_issue.get(hour, TicketFigures())
        served, service_s = by_finish.get(hour, (0, None))
        figures = TicketFigures(
            issued=issued.issued,
            served=served,
            no_show=issued.no_show,
            waiting=issued.waiting,
            avg_wait_s=issued.avg_wait_s,
            max_wait_s=issued.max_wait_s,
            avg_service_s=None if service_s is None else round(float(service_s)),
        )
        groups.append(TicketGroup(f"{hour:02d}", f"{hour:02d}:00–{hour + 1:02d}:00", figures))
    return groups


# -- dossiers, fees, ratings ------------------------------------------------------------------
def _day_bounds(business_date: date) -> tuple[datetime, datetime]:
    begins = datetime.combine(business_date, time.min)
    return begins, begins + timedelta(days=1)


def _dossier_figures(ctx: ServiceContext, business_date: date, as_of: datetime) -> DossierFigures:
    begins, ends = _day_bounds(business_date)
    period = Period(business_date, business_date, min(as_of, ends))
    fields = [FieldRow(f.field, {b: f[b] for b in Bucket}) for f in dossier_buckets(ctx, period)]
    events = dict(
        ctx.session.execute(
            select(DossierEvent.to_status, func.count(DossierEvent.id))
            .where(
                DossierEvent.to_status.in_(
                    [
                        DossierStatus.AWAITING_SUPPLEMENT.value,
                        DossierStatus.REFUSED.value,
                        DossierStatus.WITHDRAWN.value,
                        DossierStatus.STOPPED.value,
                    ]
                ),
                DossierEvent.at >= begins,
                DossierEvent.at < ends,
            )
            .group_by(DossierEvent.to_status)
        ).all()
    )
    returned = dict(
        ctx.session.execute(
            select(Dossier.returned_via, func.count(DossierEvent.id))
            .join(Dossier, Dossier.id == DossierEvent.dossier_id)
            .where(
                DossierEvent.to_status == DossierStatus.RETURNED.value,
                DossierEvent.at >= begins,
                DossierEvent.at < ends,
            )
            .group_by(Dossier.returned_via)
        ).all()
    )
    return DossierFigures(
        fields=fields,
        supplement_requests=int(events.get(DossierStatus.AWAITING_SUPPLEMENT.value, 0)),
        refusals=int(events.get(DossierStatus.REFUSED.value, 0)),
        withdrawals=int(events.get(DossierStatus.WITHDRAWN.value, 0)),
        stops=int(events.get(DossierStatus.STOPPED.value, 0)),
        returned_counter=int(sum(n for via, n in returned.items() if via != "post")),
        returned_post=int(returned.get("post", 0)),
    )


def _fees(session: Session, business_date: date) -> list[FeeLine]:
    begins, ends = _day_bounds(business_date)
    rows = {
        method: (int(count), int(amount or 0))
        for method, count, amount in session.execute(
            select(Fee.method, func.count(Fee.id), func.sum(Fee.amount_vnd))
            .where(Fee.collected_at >= begins, Fee.collected_at < ends)
            .group_by(Fee.method)
        )
    }
    return [FeeLine(m, *rows.get(m, (0, 0))) for m in FEE_METHODS]


def _satisfaction(session: Session, business_date: date) -> Satisfaction:
    begins, ends = _day_bounds(business_date)
    counts = {
        int(score): int(n)
        for score, n in session.execute(
            select(Rating.score, func.count(Rating.id))
            .where(Rating.at >= begins, Rating.at < ends)
            .group_by(Rating.score)
        )
    }
    return Satisfaction({score: counts.get(score, 0) for score in SCORES})


def compute_totals(ctx: ServiceContext, business_date: date) -> DayTotals:
    """The day's live totals (no permission check: callers check)."""
    now = ctx.clock.now()
    ward = ctx.session.execute(select(Ward.unit_code, Ward.name)).one()
    tickets = ticket_figures(ctx.session, business_date)
    return DayTotals(
        business_date=business_date,
        unit_code=ward.unit_code,
        ward_name=ward.name,
        as_of=now.replace(microsecond=0),
        tickets=tickets.day,
        per_service=tickets.per_service,
        per_counter=tickets.per_counter,
        per_clerk=tickets.per_clerk,
        per_hour=tickets.per_hour,
        dossiers=_dossier_figures(ctx, business_date, now),
        fees=_fees(ctx.session, business_date),
        satisfaction=_satisfaction(ctx.session, business_date),
    )


def day_totals(ctx: ServiceContext, business_date: date) -> DayTotals:
    """The live totals of a day (VIEW_DAY), computed now."""
    ctx.require(Permission.VIEW_DAY)
    check_report_date(ctx, business_date)
    return compute_totals(ctx, business_date)


# -- the summary: snapshot or live ------------------------------------------------------------
def closings_of(session: Session, business_date: date) -> list[ClosingInfo]:
    """Every closing of the day, oldest first, with its delivery and reopening."""
    unit = session.scalar(select(Ward.unit_code)) or ""
    rows = session.execute(
        select(DayClosing, User.full_name, SyncOutboxItem.acked_at)
        .outerjoin(User, User.id == DayClosing.closed_by_id)
        .outerjoin(SyncOutboxItem, SyncOutboxItem.day_closing_id == DayClosing.id)
        .where(DayClosing.business_date == business_date)
        .order_by(DayClosing.revision)
    ).all()
    reopened = dict(
        session.execute(
            select(DayReopening.revision, DayReopening.at).where(
                DayReopening.business_date == business_date
            )
        ).all()
    )
    return [
        ClosingInfo(
            business_date=closing.business_date,
            revision=closing.revision,
            closed_at=closing.closed_at,
            closed_by=full_name,
            reason=closing.reason,
            idempotency_key=idempotency_key(unit, closing.business_date, closing.revision),
            sent_at=acked_at,
            reopened_at=reopened.get(closing.revision),
        )
        for closing, full_name, acked_at in rows
    ]


def snapshot(session: Session, business_date: date, revision: int) -> DayTotals:
    text = session.scalar(
        select(DayClosing.totals_json).where(
            DayClosing.business_date == business_date, DayClosing.revision == revision
        )
    )
    if text is None:
        raise LookupError(f"no closing {business_date} revision {revision}")
    return DayTotals.from_dict(json.loads(text))


def day_summary(ctx: ServiceContext, business_date: date) -> DaySummary:
    """The figures a summary shows (VIEW_DAY): the last closing's snapshot if the day is closed
    and not reopened, else live."""
    ctx.require(Permission.VIEW_DAY)
    check_report_date(ctx, business_date)
    closings = closings_of(ctx.session, business_date)
    last = closings[-1] if closings else None
    if last is not None and last.reopened_at is None:
        return DaySummary(snapshot(ctx.session, business_date, last.revision), last, closings)
    return DaySummary(compute_totals(ctx, business_date), None, closings)
