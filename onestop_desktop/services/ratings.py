"""Satisfaction ratings: the counter's rating panel asks the citizen just served.

A return or an intake at a counter leaves a ``RatingRequest`` for that counter (``ask_rating``,
called inside those use cases); the panel (``onestop-desktop --rating``) polls ``pending_rating``
and records a click with ``record_rating``. A rating is optional, anonymous (linked to the dossier
and counter only), and the clerk sees counts (``ratings_today``), never who gave what.

Only the newest request of a counter is ever shown: a newer one supersedes it, an answer closes
it, and nobody is asked about a service more than ``PROMPT_MINUTES`` old. A click with no pending
request is still a rating of the counter (no dossier, no ticket).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import func, select

from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.ids import is_whole
from onestop_desktop.domain.roles import Permission, Role
from onestop_desktop.services.context import Actor, ServiceContext
from onestop_desktop.services.processing_dto import RatingCounts, RatingPrompt
from onestop_desktop.store.models import Counter, Dossier, Rating, RatingRequest

# The panel runs unattended at the counter, like the kiosk.
RATING_ACTOR = Actor(None, "rating-panel", "Rating panel", Role.CLERK)
# A request nobody answered within this many minutes is no longer shown.
PROMPT_MINUTES = 10
SCORES = (1, 2, 3, 4)  # 4 = rất hài lòng, 3 = hài lòng, 2 = chưa hài lòng, 1 = không hài lòng


def ask_rating(ctx: ServiceContext, dossier_id: int | None, ticket_id: int | None) -> None:
    """Ask the citizen at the acting clerk's counter to rate the service just given.

    Called inside a use case that audits (intake, return); does nothing when the actor sits at
    no counter. The newest request of a counter supersedes the older ones."""
    actor = ctx.actor
    if actor is None or actor.counter_id is None:
        return
    ctx.session.add(
        RatingRequest(
            counter_id=actor.counter_id,
            dossier_id=dossier_id,
            ticket_id=ticket_id,
            asked_at=ctx.clock.now(),
        )
    )


def _counter_by_number(ctx: ServiceContext, number: int) -> Counter:
    counter = None
    if is_whole(number, 1, 9999):
        counter = ctx.session.scalars(select(Counter).where(Counter.number == number)).first()
    if counter is None or not counter.active:
        shown = str(number)[:10]
        raise ValidationError(
            f"Không có quầy số {shown} đang hoạt động; kiểm tra số quầy của máy này.",
            f"There is no counter {shown} in use; check this PC's counter number.",
            field="counter",
        )
    return counter


def _pending(ctx: ServiceContext, counter_id: int, *, lock: bool = False) -> RatingRequest | None:
    """The counter's newest request, if still unanswered and recent enough."""
    stmt = (
        select(RatingRequest)
        .where(RatingRequest.counter_id == counter_id)
        .order_by(RatingRequest.asked_at.desc(), RatingRequest.id.desc())
        .limit(1)
    )
    if lock:
        stmt = stmt.with_for_update()
    newest = ctx.session.scalars(stmt).first()
    if newest is None or newest.answered_at is not None:
        return None
    if newest.asked_at < ctx.clock.now() - timedelta(minutes=PROMPT_MINUTES):
        return None
    return newest


def pending_rating(ctx: ServiceContext, counter_number: int) -> RatingPrompt | None:
    """The newest unanswered request at the counter, if it is recent enough."""
    ctx.require(Permission.SERVE_COUNTER)
    counter = _counter_by_number(ctx, counter_number)
    request = _pending(ctx, counter.id)
    if request is None:
        return None
    code = None
    if request.dossier_id is not None:
        code = ctx.session.scalars(
            select(Dossier.code).where(Dossier.id == request.dossier_id)
        ).first()
    return RatingPrompt(
        request_id=request.id,
        counter_number=counter.number,
        code=code,
        asked_at=request.asked_at,
    )


def record_rating(
    ctx: ServiceContext, counter_number: int, score: int, request_id: int | None = None
) -> None:
    """Store a rating (4 = rất hài lòng … 1 = không hài lòng) for the counter, linked to the
    request's dossier and ticket when ``request_id`` is the counter's pending request."""
    ctx.require(Permission.SERVE_COUNTER)
    if isinstance(score, bool) or not isinstance(score, int) or score not in SCORES:
        raise ValidationError(
            "Mức đánh giá phải từ 1 (không hài lòng) đến 4 (rất hài lòng).",
            "A rating is from 1 (dissatisfied) to 4 (very satisfied).",
            field="score",
        )
    counter = _counter_by_number(ctx, counter_number)
    now = ctx.clock.now()
    pending = _pending(ctx, counter.id, lock=True) if request_id is not None else None
    answered = pending if pending is not None and pending.id == request_id else None
    rating = Rating(
        at=now,
        counter_id=counter.id,
        dossier_id=answered.dossier_id if answered else None,
        ticket_id=answered.ticket_id if answered else None,
        score=score,
    )
    ctx.session.add(rating)
    ctx.session.flush()
    if answered is not None:
        answered.answered_at = now
        answered.rating_id = rating.id
    # Nothing personal and not the dossier: the audit log is read by the ward's staff.
    ctx.audit("rating", rating.id, "rate", after={"counter": counter.number, "score": score})


def ratings_today(ctx: ServiceContext, counter_id: int) -> RatingCounts:
    """Today's rating counts at a counter."""
    ctx.require(Permission.SERVE_COUNTER)
    start = datetime.combine(ctx.clock.now().date(), time())
    rows = ctx.session.execute(
        select(Rating.score, func.count())
        .where(
            Rating.counter_id == counter_id,
            Rating.at >= start,
            Rating.at < start + timedelta(days=1),
        )
        .group_by(Rating.score)
    ).all()
    counts = {int(score): int(n) for score, n in rows}
    return RatingCounts(
        very_satisfied=counts.get(4, 0),
        satisfied=counts.get(3, 0),
        unsatisfied=counts.get(2, 0),
        very_unsatisfied=counts.get(1, 0),
    )
