"""The day's totals on a seeded day with hand-worked answers (tests/day_fixture.py), on SQLite and
on PostgreSQL: every ticket figure, per lane/counter/clerk/hour, every Biểu 06 bucket per field and
in total, the day's other dossier counts, fees by method and satisfaction."""

from __future__ import annotations

from datetime import date

import pytest

from onestop_desktop.domain.day_totals import DayTotals, TicketGroup
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.statistics import Bucket
from onestop_desktop.services.day_totals import day_summary, day_totals
from tests import day_fixture as fx

pytestmark = pytest.mark.db


@pytest.fixture
def totals(runner, ward, make_user, clock) -> DayTotals:  # type: ignore[no-untyped-def]
    fx.seed_day(runner, ward, make_user)
    clock.set(fx.AS_OF)
    return runner.read(day_totals, ward, fx.DAY)


def _row(group: TicketGroup) -> tuple[object, ...]:
    f = group.figures
    return (f.issued, f.served, f.no_show, f.waiting, f.avg_wait_s, f.max_wait_s, f.avg_service_s)


def test_the_day_s_tickets(totals: DayTotals) -> None:
    assert totals.tickets.to_dict() == fx.TICKETS
    assert {g.key: _row(g) for g in totals.per_service} == fx.PER_SERVICE
    assert [g.label for g in totals.per_service] == ["A · Hộ tịch", "B · Chứng thực"]
    assert {g.key: _row(g) for g in totals.per_counter} == fx.PER_COUNTER
    assert {g.key: _row(g) for g in totals.per_clerk} == fx.PER_CLERK
    assert [g.label for g in totals.per_clerk] == ["Cán bộ lan", "Cán bộ minh"]
    assert {g.key: _row(g) for g in totals.per_hour} == fx.PER_HOUR
    assert next(g.label for g in totals.per_hour) == "08:00–09:00"


def test_the_day_s_dossiers_in_the_official_buckets(totals: DayTotals) -> None:
    fields = {row.field: {b: row[b] for b in Bucket if row[b]} for row in totals.dossiers.fields}
    assert fields == fx.FIELDS
    total = totals.dossiers.total
    assert {b: total[b] for b in Bucket if total[b]} == fx.TOTAL
    # every row adds up: received = resolved + closed + pending
    for row in [*totals.dossiers.fields, total]:
        assert row.received == row.resolved + row[Bucket.CLOSED] + row.pending
    assert total.on_time_rate == pytest.approx(2 / 3)
    other = totals.dossiers
    assert {k: getattr(other, k) for k in fx.OTHER} == fx.OTHER


def test_fees_and_satisfaction(totals: DayTotals) -> None:
    assert {f.method: (f.count, f.amount_vnd) for f in totals.fees} == fx.FEES
    assert totals.fees_total_vnd == 158_000
    assert {s: totals.satisfaction.counts.get(s, 0) for s in (4, 3, 2, 1)} == fx.RATINGS
    assert totals.satisfaction.total == 4
    assert totals.satisfaction.rate == pytest.approx(0.75)


def test_the_snapshot_json_round_trips(totals: DayTotals) -> None:
    assert DayTotals.from_dict(totals.to_dict()) == totals
    public = totals.public_dict()
    assert "per_clerk" not in public
    assert "Cán bộ lan" not in str(public)


def test_a_day_without_activity_has_zero_figures(runner, ward, make_user, clock) -> None:  # type: ignore[no-untyped-def]
    fx.seed_day(runner, ward, make_user)
    clock.set(fx.AS_OF)
    quiet = runner.read(day_totals, ward, date(2026, 11, 18))  # dossiers only, no tickets
    assert quiet.tickets.issued == 0
    assert quiet.tickets.avg_wait_s is None
    assert quiet.per_hour == []
    assert quiet.fees_total_vnd == 0
    assert quiet.satisfaction.rate is None


def test_the_summary_of_an_open_day_is_live(runner, ward, make_user, clock) -> None:  # type: ignore[no-untyped-def]
    fx.seed_day(runner, ward, make_user)
    clock.set(fx.AS_OF)
    summary = runner.read(day_summary, ward, fx.DAY)
    assert not summary.is_closed
    assert summary.closings == []
    assert summary.totals.tickets.issued == 6
    assert summary.totals.as_of == fx.AS_OF


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (date(2026, 11, 21), "chưa đến"),  # tomorrow, seen from 20/11
        (date(2026, 10, 1), "trước khi phường bắt đầu"),  # before the oldest record (28/10)
    ],
)
def test_a_day_in_the_future_or_before_the_ward_is_refused(  # type: ignore[no-untyped-def]
    runner, ward, make_user, clock, day: date, words: str
) -> None:
    fx.seed_day(runner, ward, make_user)
    clock.set(fx.AS_OF)
    with pytest.raises(ValidationError) as refused:
        runner.read(day_totals, ward, day)
    assert words in refused.value.message_vi
    assert refused.value.field == "date"
