"""The admin-edited working calendar: extra days off, make-up working days, shifts; and the
``load_calendar`` that due dates are computed with."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from onestop_desktop.domain.calendar import DEFAULT_SHIFTS, Shift
from onestop_desktop.domain.catalogue import ProcessingUnit
from onestop_desktop.domain.errors import PermissionDenied, ValidationError
from onestop_desktop.services.calendar_days import (
    DayKind,
    DaySource,
    add_calendar_day,
    get_shifts,
    list_calendar_days,
    load_calendar,
    set_shifts,
    withdraw_calendar_day,
)
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.store.models import AuditEntry, CalendarOverride, Setting

pytestmark = pytest.mark.db

MONDAY = date(2026, 11, 23)
SATURDAY = date(2026, 11, 28)
WD = ProcessingUnit.WORKING_DAYS


def _state(runner: ServiceRunner) -> tuple[int, int, int, list[tuple[date, str, bool]]]:
    with runner.db.read() as s:
        overrides = [
            (o.day, o.kind, o.active)
            for o in s.scalars(select(CalendarOverride).order_by(CalendarOverride.day))
        ]
        return (
            int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0),
            int(s.scalar(select(func.count()).select_from(Setting)) or 0),
            len(overrides),
            overrides,
        )


def test_a_day_off_and_a_make_up_saturday_change_the_calendar(
    runner: ServiceRunner, ward: Actor
) -> None:
    cal = runner.read(load_calendar, ward)
    assert cal.shifts == DEFAULT_SHIFTS
    assert cal.is_working_day(MONDAY)
    assert not cal.is_working_day(SATURDAY)
    friday_morning = datetime(2026, 11, 20, 10, 0)
    assert cal.due_at(friday_morning, 1, WD).date() == MONDAY

    off = runner.write(add_calendar_day, ward, MONDAY, "day_off", "Nghỉ bù theo thông báo của TP")
    assert (off.kind, off.source, off.note) == (DayKind.DAY_OFF, DaySource.ADMIN, off.note)
    runner.write(add_calendar_day, ward, SATURDAY, "working_day", "Làm bù cho ngày 23/11")
    cal = runner.read(load_calendar, ward)
    assert not cal.is_working_day(MONDAY)
    assert cal.is_working_day(SATURDAY)
    # Tuesday 24/11/2026 is Ngày Văn hóa Việt Nam: one working day from Friday is Wednesday.
    assert cal.due_at(friday_morning, 1, WD).date() == date(2026, 11, 25)
    assert [e.action for e in _audit_entries(runner)][-2:] == ["create", "create"]

    withdrawn = runner.write(withdraw_calendar_day, ward, MONDAY, "Thành phố hủy thông báo")
    assert withdrawn.day == MONDAY
    cal = runner.read(load_calendar, ward)
    assert cal.is_working_day(MONDAY)
    assert cal.due_at(friday_morning, 1, WD).date() == MONDAY
    assert _audit_entries(runner)[-1].reason == "Thành phố hủy thông báo"
    assert _state(runner)[3] == [
        (MONDAY, "day_off", False),  # withdrawn, kept
        (SATURDAY, "working_day", True),
    ]

    # Adding the same day again brings the row back, updated.
    again = runner.write(add_calendar_day, ward, MONDAY, "day_off", "Nghỉ theo thông báo mới")
    assert again.note == "Nghỉ theo thông báo mới"
    assert _audit_entries(runner)[-1].action == "reactivate"
    assert not runner.read(load_calendar, ward).is_working_day(MONDAY)
    assert _state(runner)[2] == 2


def _audit_entries(runner: ServiceRunner) -> list[AuditEntry]:
    with runner.db.read() as s:
        entries = list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity.in_(["calendar_day", "setting"]))
                .order_by(AuditEntry.id)
            )
        )
        s.expunge_all()
        return entries


def test_the_year_lists_holidays_and_admin_days_with_their_source(
    runner: ServiceRunner, ward: Actor
) -> None:
    runner.write(add_calendar_day, ward, MONDAY, "day_off", None)
    # The government's make-up Saturday 22/08/2026 withdrawn by the ward: an admin day off.
    runner.write(add_calendar_day, ward, date(2026, 8, 22), "day_off", "Không làm bù")
    days = runner.read(list_calendar_days, ward, 2026)
    by_day = {(d.day, d.source): d for d in days}
    tet = by_day[(date(2026, 2, 17), DaySource.HOLIDAY)]
    assert (tet.kind, tet.note, tet.note_en) == (
        DayKind.DAY_OFF,
        "Tết Nguyên Đán",
        "Lunar New Year",
    )
    make_up = by_day[(date(2026, 8, 22), DaySource.HOLIDAY)]
    assert make_up.kind is DayKind.WORKING_DAY
    assert make_up.overridden
    assert by_day[(date(2026, 8, 22), DaySource.ADMIN)].kind is DayKind.DAY_OFF
    assert by_day[(MONDAY, DaySource.ADMIN)].note is None
    assert not by_day[(date(2026, 2, 17), DaySource.HOLIDAY)].overridden
    assert [d.day for d in days] == sorted(d.day for d in days)
    assert all(d.day.year == 2026 for d in days)
    assert not runner.read(load_calendar, ward).is_working_day(date(2026, 8, 22))
    assert runner.read(list_calendar_days, ward, 2027)  # another year: its own holidays only
    assert all(d.source is DaySource.HOLIDAY for d in runner.read(list_calendar_days, ward, 2027))


def test_a_day_in_the_past_is_fine(runner: ServiceRunner, ward: Actor) -> None:
    runner.write(add_calendar_day, ward, date(2020, 1, 2), "day_off", "Sự cố điện")
    assert not runner.read(load_calendar, ward).is_working_day(date(2020, 1, 2))


@pytest.mark.parametrize(
    ("day", "kind", "note", "field", "needle"),
    [
        (MONDAY, "holiday", None, "kind", "holiday"),
        (MONDAY, "", None, "kind", "day_off"),
        (MONDAY, "day_off", "Nghỉ\x07bù", "note", "control"),
        (MONDAY, "day_off", "x" * 201, "note", "200"),
        (SATURDAY, "day_off", None, "day", "already a day off"),
        (MONDAY, "working_day", None, "day", "already a working day"),
        (date(2026, 2, 17), "day_off", None, "day", "already a day off"),
        (date(1999, 12, 31), "day_off", None, "year", "2000"),
    ],
)
def test_bad_days_are_refused_with_a_clear_message_and_no_change(
    runner: ServiceRunner,
    ward: Actor,
    day: date,
    kind: str,
    note: str | None,
    field: str,
    needle: str,
) -> None:
    before = _state(runner)
    with pytest.raises(ValidationError) as exc:
        runner.write(add_calendar_day, ward, day, kind, note)
    assert exc.value.field == field
    assert needle in exc.value.message_en
    assert exc.value.message_vi != exc.value.message_en
    assert _state(runner) == before


def test_withdrawing_needs_a_reason_and_an_entry(runner: ServiceRunner, ward: Actor) -> None:
    runner.write(add_calendar_day, ward, MONDAY, "day_off", None)
    before = _state(runner)
    with pytest.raises(ValidationError) as exc:
        runner.write(withdraw_calendar_day, ward, MONDAY, " ")
    assert exc.value.field == "reason"
    with pytest.raises(ValidationError) as exc:
        runner.write(withdraw_calendar_day, ward, SATURDAY, "nhầm")
    assert exc.value.field == "day"
    assert _state(runner) == before


def test_shifts_are_stored_validated_and_used(runner: ServiceRunner, ward: Actor) -> None:
    assert runner.read(get_shifts, ward) == DEFAULT_SHIFTS
    saturday_morning = (Shift(time(13, 30), time(17, 30)), Shift(time(7, 0), time(11, 0)))
    stored = runner.write(set_shifts, ward, saturday_morning)
    assert stored == tuple(sorted(saturday_morning, key=lambda s: s.start))
    assert runner.read(get_shifts, ward) == stored
    cal = runner.read(load_calendar, ward)
    assert cal.shifts == stored
    assert cal.minutes_per_day == 8 * 60
    # Received Friday 17:10: inside the new afternoon shift, 1 working day later is Monday 17:10.
    assert cal.due_at(datetime(2026, 11, 20, 17, 10), 1, WD) == datetime(2026, 11, 23, 17, 10)
    entry = _audit_entries(runner)[-1]
    assert (entry.entity, entry.entity_id) == ("setting", "calendar.shifts")
    audit = len(_audit_entries(runner))
    runner.write(set_shifts, ward, stored)  # the same again: nothing written
    assert len(_audit_entries(runner)) == audit


@pytest.mark.parametrize(
    ("shifts", "needle"),
    [
        ((Shift(time(7, 30), time(11, 30)), Shift(time(11, 0), time(17, 0))), "overlap"),
        ((Shift(time(13, 0), time(12, 0)),), "end must come after"),
        ((Shift(time(8, 0), time(8, 0)),), "end must come after"),
        ((), "1 to 3"),
        (tuple(Shift(time(h, 0), time(h + 1, 0)) for h in (6, 8, 10, 12)), "1 to 3"),
    ],
)
def test_bad_shifts_are_refused_and_nothing_changes(
    runner: ServiceRunner, ward: Actor, shifts: tuple[Shift, ...], needle: str
) -> None:
    before = _state(runner)
    with pytest.raises(ValidationError) as exc:
        runner.write(set_shifts, ward, shifts)
    assert needle in exc.value.message_en
    assert exc.value.field == "shifts"
    assert _state(runner) == before
    assert runner.read(load_calendar, ward).shifts == DEFAULT_SHIFTS


def test_only_the_administrator_edits_the_calendar(
    runner: ServiceRunner,
    ward: Actor,
    make_user,  # type: ignore[no-untyped-def]
) -> None:
    runner.write(add_calendar_day, ward, MONDAY, "day_off", None)
    before = _state(runner)
    for role in ("clerk", "supervisor"):
        actor = make_user(f"user_{role}", role)
        before = _state(runner)
        with pytest.raises(PermissionDenied):
            runner.write(add_calendar_day, actor, SATURDAY, "working_day", None)
        with pytest.raises(PermissionDenied):
            runner.write(withdraw_calendar_day, actor, MONDAY, "không nghỉ nữa")
        with pytest.raises(PermissionDenied):
            runner.write(set_shifts, actor, DEFAULT_SHIFTS[:1])
        assert _state(runner) == before
        # Everyone computes due dates with the calendar and may see it.
        assert not runner.read(load_calendar, actor).is_working_day(MONDAY)
        assert runner.read(list_calendar_days, actor, 2026)
