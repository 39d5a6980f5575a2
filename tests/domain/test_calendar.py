"""Due dates against real 2026 dates (default shifts 07:30–11:30, 13:00–17:00)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from onestop_desktop.domain.calendar import WorkingCalendar
from onestop_desktop.domain.catalogue import ProcessingUnit

CAL = WorkingCalendar()
WD = ProcessingUnit.WORKING_DAYS


def test_three_working_days_across_tet_2026() -> None:
    due = CAL.due_at(datetime(2026, 2, 13, 10, 0), 3, WD)
    assert due.date() == date(2026, 2, 25)  # Tết 16–20/02 off
    assert due.strftime("%A") == "Wednesday"


def test_three_working_days_across_hung_kings_and_30_4_1_5() -> None:
    assert CAL.due_at(datetime(2026, 4, 24, 10, 0), 3, WD).date() == date(2026, 5, 4)


def test_same_day_after_the_cutoff_is_due_the_next_working_day() -> None:
    friday = datetime(2026, 11, 20, 15, 30)
    assert CAL.due_at(friday, 0, WD, cutoff=time(15, 0)).date() == date(2026, 11, 23)
    assert CAL.due_at(friday.replace(hour=14), 0, WD, cutoff=time(15, 0)).date() == friday.date()


def test_make_up_saturday_works_and_the_swapped_monday_does_not() -> None:
    assert CAL.is_working_day(date(2026, 8, 22))
    assert not CAL.is_working_day(date(2026, 8, 31))
    # Friday 21/08 16:00, 1 working day: 1 h on Friday, 7 h on the make-up Saturday.
    assert CAL.due_at(datetime(2026, 8, 21, 16, 0), 1, WD) == datetime(2026, 8, 22, 16, 0)


def test_an_override_changes_the_result() -> None:
    base = CAL.due_at(datetime(2026, 11, 20, 10, 0), 1, WD)
    assert base.date() == date(2026, 11, 23)
    closed = WorkingCalendar(overrides={date(2026, 11, 23): False})
    # Tuesday 24/11/2026 is Ngày Văn hóa Việt Nam (a holiday from 2026), so Wednesday.
    assert not CAL.is_working_day(date(2026, 11, 24))
    assert closed.due_at(datetime(2026, 11, 20, 10, 0), 1, WD).date() == date(2026, 11, 25)
    opened = WorkingCalendar(overrides={date(2026, 11, 23): False, date(2026, 11, 24): True})
    assert opened.due_at(datetime(2026, 11, 20, 10, 0), 1, WD).date() == date(2026, 11, 24)


def test_receipt_after_hours_counts_from_the_next_working_morning() -> None:
    evening = CAL.due_at(datetime(2026, 11, 20, 18, 0), 1, WD)
    assert evening == datetime(2026, 11, 23, 17, 0)  # 8 h of work from Monday 07:30


def test_a_two_working_day_pause_moves_the_due_date_by_two_working_days() -> None:
    received = datetime(2026, 11, 16, 9, 0)  # Monday
    due = CAL.due_at(received, 5, WD)
    paused = CAL.extend_for_pause(due, datetime(2026, 11, 17, 9, 0), datetime(2026, 11, 19, 9, 0))
    assert CAL.working_minutes_between(due, paused) == 2 * CAL.minutes_per_day


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31)),
    st.integers(min_value=0, max_value=30),
    st.sampled_from(list(ProcessingUnit)),
)
def test_due_date_is_never_on_a_day_off_nor_before_receipt(
    received: datetime, amount: int, unit: ProcessingUnit
) -> None:
    due = CAL.due_at(received, amount, unit, cutoff=time(15, 0))
    assert CAL.is_working_day(due.date())
    assert due >= received
    assert due - received < timedelta(days=120)
