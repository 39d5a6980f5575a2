"""Biểu 06 for a month, a quarter, a year and a range, on the hand-worked fixture day (answers
worked out from the table in tests/day_fixture.py), and malformed periods refused."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.statistics import Bucket as B
from onestop_desktop.services.period_report import period_report, range_report
from tests import day_fixture as fx

pytestmark = pytest.mark.db

NOVEMBER = {
    "Hộ tịch": {
        B.RECEIVED_ONLINE: 1,
        B.RECEIVED_DIRECT: 3,
        B.CARRIED_OVER: 1,
        B.RESOLVED_EARLY: 1,
        B.RESOLVED_ON_TIME: 1,
        B.RESOLVED_LATE: 1,
        B.PENDING_WITHIN: 1,
        B.PENDING_OVERDUE: 1,
    },
    "Chứng thực": {B.RECEIVED_DIRECT: 4, B.RESOLVED_EARLY: 1, B.CLOSED: 2, B.PENDING_WITHIN: 1},
}


@pytest.fixture
def seeded(runner, ward, make_user, clock) -> None:  # type: ignore[no-untyped-def]
    fx.seed_day(runner, ward, make_user)
    clock.set(fx.AS_OF)


def _rows(report) -> dict[str, dict[B, int]]:  # type: ignore[no-untyped-def]
    return {r.field: {b: r[b] for b in B if r[b]} for r in report.fields}


def test_a_month_still_running(runner, ward, seeded) -> None:  # type: ignore[no-untyped-def]
    report = runner.read(period_report, ward, "month", 2026, 11)
    assert report.title == "Tháng 11 năm 2026"
    assert (report.start, report.end) == (date(2026, 11, 1), date(2026, 11, 30))
    assert report.as_of == fx.AS_OF
    assert _rows(report) == NOVEMBER
    assert report.total.received == 9
    assert report.total.on_time_rate == pytest.approx(3 / 4)


def test_a_quarter_and_a_year_count_october_s_dossier_as_received(runner, ward, seeded) -> None:  # type: ignore[no-untyped-def]
    quarter = runner.read(period_report, ward, "quarter", 2026, 4)
    year = runner.read(period_report, ward, "year", 2026)
    assert quarter.title == "Quý IV năm 2026"
    assert year.title == "Năm 2026"
    expected = {k: dict(v) for k, v in NOVEMBER.items()}
    expected["Hộ tịch"][B.RECEIVED_DIRECT] = 4
    del expected["Hộ tịch"][B.CARRIED_OVER]
    assert _rows(quarter) == expected
    assert _rows(year) == expected


def test_a_past_month_is_judged_at_its_end(runner, ward, seeded) -> None:  # type: ignore[no-untyped-def]
    october = runner.read(period_report, ward, "month", 2026, 10)
    assert october.as_of == datetime(2026, 11, 1)
    # D3 came in on 28/10, due 10/11: still within time on 31/10
    assert _rows(october) == {"Hộ tịch": {B.RECEIVED_DIRECT: 1, B.PENDING_WITHIN: 1}}


def test_a_range_of_days(runner, ward, seeded) -> None:  # type: ignore[no-untyped-def]
    report = runner.read(range_report, ward, fx.DAY, fx.DAY)
    assert report.title == "Từ ngày 20/11/2026 đến ngày 20/11/2026"
    assert report.total[B.CARRIED_OVER] == 5


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("month", 2026, 12), "date"),  # December has not begun on 20/11/2026
        (("week", 2026, 1), "kind"),
        (("month", 2026, 13), "number"),
        (("month", 2026, None), "number"),
        (("quarter", 2026, 5), "number"),
        (("quarter", 2026, True), "number"),
        (("year", 1999), "year"),
        (("year", "2026"), "year"),
        (("year", 2026, 1), "number"),
    ],
)
def test_malformed_periods_are_refused(runner, ward, seeded, args, field) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused:
        runner.read(period_report, ward, *args)
    assert refused.value.field == field
    assert refused.value.message_vi
