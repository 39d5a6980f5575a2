"""Satisfaction ratings at a counter: the request the intake or return leaves, what the panel
shows, a touch linked to the dossier and counter, anonymous audit, and the refusals."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.errors import PermissionDenied, ValidationError
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.processing_dto import RatingCounts
from onestop_desktop.services.ratings import (
    PROMPT_MINUTES,
    RATING_ACTOR,
    pending_rating,
    ratings_today,
    record_rating,
)
from onestop_desktop.store.models import AuditEntry, Rating, RatingRequest
from tests.intake_helpers import APPLICANT
from tests.queue_helpers import Lanes, make_lanes
from tests.rating_helpers import Served, ask, serve_and_receive

pytestmark = pytest.mark.db


@pytest.fixture
def lanes(runner: ServiceRunner, ward: Actor) -> Lanes:
    return make_lanes(runner, ward)


@pytest.fixture
def clerk(make_user, lanes: Lanes) -> Actor:  # type: ignore[no-untyped-def]
    """A clerk sitting at counter 1."""
    return replace(make_user("canbo1", "clerk"), counter_id=lanes.counters[1])


@pytest.fixture
def served(runner: ServiceRunner, ward: Actor, clerk: Actor, lanes: Lanes) -> Served:
    served = serve_and_receive(runner, ward, clerk, lanes)
    ask(runner, clerk, served.dossier_id, served.ticket_id)
    return served


def ratings(runner: ServiceRunner) -> list[tuple[int | None, int | None, int | None, int]]:
    with runner.db.read() as s:
        rows = s.scalars(select(Rating).order_by(Rating.id))
        return [(r.counter_id, r.dossier_id, r.ticket_id, r.score) for r in rows]


def requests(runner: ServiceRunner) -> list[RatingRequest]:
    with runner.db.read() as s:
        return list(s.scalars(select(RatingRequest).order_by(RatingRequest.id)))


def test_a_rating_is_linked_to_the_dossier_ticket_and_counter_and_audited_anonymously(
    runner: ServiceRunner, clerk: Actor, lanes: Lanes, served: Served, clock: FixedClock
) -> None:
    prompt = runner.read(pending_rating, RATING_ACTOR, 1)
    assert prompt is not None
    assert (prompt.counter_number, prompt.code, prompt.asked_at) == (1, served.code, clock.now())
    # The public panel gets the code and nothing of the applicant.
    assert APPLICANT.full_name not in repr(prompt)

    clock.advance(seconds=20)
    runner.write(record_rating, RATING_ACTOR, 1, 4, prompt.request_id)

    assert ratings(runner) == [(lanes.counters[1], served.dossier_id, served.ticket_id, 4)]
    answered = next(r for r in requests(runner) if r.id == prompt.request_id)
    assert answered.answered_at == clock.now()
    assert answered.rating_id is not None
    assert runner.read(pending_rating, RATING_ACTOR, 1) is None  # answered: not asked again
    with runner.db.read() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity == "rating")).one()
        assert (audit.action, audit.username) == ("rate", "rating-panel")
        assert json.loads(audit.after_json or "{}") == {"counter": 1, "score": 4}
        written = f"{audit.entity_id} {audit.before_json} {audit.after_json} {audit.reason}"
        assert served.code not in written
        assert APPLICANT.full_name not in written


def test_an_intake_by_someone_at_no_counter_asks_nobody(
    runner: ServiceRunner, make_user, lanes: Lanes
) -> None:  # type: ignore[no-untyped-def]
    supervisor = make_user("truongbp", "supervisor")  # no counter_id
    ask(runner, supervisor, None, None)
    assert requests(runner) == []
    assert runner.read(pending_rating, RATING_ACTOR, 1) is None


@pytest.mark.parametrize("score", [0, 5, -1, True, "4", 3.5])
def test_a_bad_score_is_refused_and_nothing_changes(
    runner: ServiceRunner, served: Served, score: object
) -> None:
    prompt = runner.read(pending_rating, RATING_ACTOR, 1)
    assert prompt is not None
    with pytest.raises(ValidationError) as refused:
        runner.write(record_rating, RATING_ACTOR, 1, score, prompt.request_id)  # type: ignore[arg-type]
    assert refused.value.field == "score"
    assert "1" in refused.value.message_vi
    assert "4" in refused.value.message_vi
    assert ratings(runner) == []
    assert runner.read(pending_rating, RATING_ACTOR, 1) == prompt  # still asked


def test_an_unknown_counter_is_refused(runner: ServiceRunner, served: Served) -> None:
    for call in (
        lambda: runner.read(pending_rating, RATING_ACTOR, 9),
        lambda: runner.write(record_rating, RATING_ACTOR, 9, 4, None),
    ):
        with pytest.raises(ValidationError) as refused:
            call()
        assert refused.value.field == "counter"
        assert "9" in refused.value.message_vi
    assert ratings(runner) == []


def test_a_stale_request_is_not_shown_and_a_late_touch_rates_the_counter_only(
    runner: ServiceRunner, served: Served, lanes: Lanes, clock: FixedClock
) -> None:
    prompt = runner.read(pending_rating, RATING_ACTOR, 1)
    assert prompt is not None
    clock.advance(minutes=PROMPT_MINUTES)
    assert runner.read(pending_rating, RATING_ACTOR, 1) == prompt  # exactly at the limit: shown
    clock.advance(seconds=1)
    assert runner.read(pending_rating, RATING_ACTOR, 1) is None

    runner.write(record_rating, RATING_ACTOR, 1, 2, prompt.request_id)

    assert ratings(runner) == [(lanes.counters[1], None, None, 2)]
    assert [r.answered_at for r in requests(runner)][-1] is None


def test_a_newer_request_supersedes_the_older_one(
    runner: ServiceRunner, clerk: Actor, served: Served, lanes: Lanes, clock: FixedClock
) -> None:
    older = runner.read(pending_rating, RATING_ACTOR, 1)
    assert older is not None
    clock.advance(minutes=1)
    ask(runner, clerk, None, None)  # the next citizen, served without a dossier
    newer = runner.read(pending_rating, RATING_ACTOR, 1)
    assert newer is not None
    assert newer.request_id != older.request_id
    assert newer.code is None

    # A touch answering the older request (a panel that had not polled yet) rates the counter.
    runner.write(record_rating, RATING_ACTOR, 1, 3, older.request_id)
    assert ratings(runner) == [(lanes.counters[1], None, None, 3)]
    assert runner.read(pending_rating, RATING_ACTOR, 1) == newer


def test_another_counters_request_is_not_shown_here(
    runner: ServiceRunner, make_user, served: Served, lanes: Lanes
) -> None:  # type: ignore[no-untyped-def]
    assert runner.read(pending_rating, RATING_ACTOR, 2) is None
    other = replace(make_user("canbo2", "clerk"), counter_id=lanes.counters[2])
    ask(runner, other, None, None)
    prompt_1 = runner.read(pending_rating, RATING_ACTOR, 1)
    prompt_2 = runner.read(pending_rating, RATING_ACTOR, 2)
    assert prompt_1 is not None
    assert prompt_1.code == served.code
    assert prompt_2 is not None
    assert prompt_2.counter_number == 2


def test_a_touch_with_no_request_rates_the_counter_and_an_answered_one_links_once(
    runner: ServiceRunner, served: Served, lanes: Lanes
) -> None:
    prompt = runner.read(pending_rating, RATING_ACTOR, 1)
    assert prompt is not None
    runner.write(record_rating, RATING_ACTOR, 1, 4, prompt.request_id)
    runner.write(record_rating, RATING_ACTOR, 1, 1, prompt.request_id)  # a second touch
    runner.write(record_rating, RATING_ACTOR, 3, 3, None)  # counter 3: nobody asked
    assert ratings(runner) == [
        (lanes.counters[1], served.dossier_id, served.ticket_id, 4),
        (lanes.counters[1], None, None, 1),
        (lanes.counters[3], None, None, 3),
    ]


def test_ratings_today_counts_this_counter_today_only(
    runner: ServiceRunner, clerk: Actor, lanes: Lanes, clock: FixedClock
) -> None:
    assert runner.read(ratings_today, clerk, lanes.counters[1]) == RatingCounts(0, 0, 0, 0)
    clock.set(clock.now() - timedelta(days=1))
    runner.write(record_rating, RATING_ACTOR, 1, 4, None)  # yesterday
    clock.advance(days=1)
    for score in (4, 4, 3, 2, 1, 1, 1):
        runner.write(record_rating, RATING_ACTOR, 1, score, None)
    runner.write(record_rating, RATING_ACTOR, 2, 4, None)  # another counter

    counts = runner.read(ratings_today, clerk, lanes.counters[1])
    assert counts == RatingCounts(very_satisfied=2, satisfied=1, unsatisfied=1, very_unsatisfied=3)
    assert counts.total == 7
    clock.advance(days=1)
    assert runner.read(ratings_today, clerk, lanes.counters[1]).total == 0


def test_nobody_unknown_reads_or_rates(runner: ServiceRunner, lanes: Lanes) -> None:
    for call in (
        lambda: runner.read(pending_rating, None, 1),
        lambda: runner.write(record_rating, None, 1, 4, None),
        lambda: runner.read(ratings_today, None, lanes.counters[1]),
    ):
        with pytest.raises(PermissionDenied):
            call()
    with runner.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Rating)) == 0
