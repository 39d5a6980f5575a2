"""The working calendar as the ward runs it: public holidays (the ``holidays`` package), the days
the administrator adds (extra days off, make-up working days) and the shifts of a working day.

``load_calendar`` is what due-date computations use: a ``WorkingCalendar`` from the active
overrides and the shift setting. Nothing is deleted: a withdrawn day stays in the table, inactive,
and adding the same day again brings it back.
"""

from __future__ import annotations

import enum
import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from functools import lru_cache
from typing import Any

from sqlalchemy import select

from onestop_desktop.domain.calendar import DEFAULT_SHIFTS, Shift, WorkingCalendar
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.roles import Permission
from onestop_desktop.domain.text import clean_line, has_control_chars
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.settings import put_setting
from onestop_desktop.store.models import CalendarOverride, Setting

SHIFTS_KEY = "calendar.shifts"
MAX_SHIFTS = 3
MAX_NOTE = 200
FIRST_YEAR, LAST_YEAR = 2000, 2100


class DayKind(enum.StrEnum):
    DAY_OFF = "day_off"  # nghỉ
    WORKING_DAY = "working_day"  # làm bù


class DaySource(enum.StrEnum):
    HOLIDAY = "holiday"  # lễ, Tết: the holidays package (with the government's swapped days)
    ADMIN = "admin"  # entered by the ward's administrator


@dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: DayKind
    source: DaySource
    note: str | None
    note_en: str | None
    # A public-holiday row for a day the administrator has also entered (the admin entry wins).
    overridden: bool = False


# -- reading ---------------------------------------------------------------------------------
def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            f"Năm phải từ {FIRST_YEAR} đến {LAST_YEAR}.",
            f"The year must be {FIRST_YEAR} to {LAST_YEAR}.",
            "year",
        )


@lru_cache(maxsize=16)
def _public_days(year: int) -> tuple[CalendarDay, ...]:
    import holidays

    vi = holidays.country_holidays("VN", years=year, language="vi")
    en = holidays.country_holidays("VN", years=year, language="en_US")
    days = [
        CalendarDay(day, DayKind.DAY_OFF, DaySource.HOLIDAY, name, en.get(day))
        for day, name in sorted(vi.items())
    ]
    days += [
        CalendarDay(
            day,
            DayKind.WORKING_DAY,
            DaySource.HOLIDAY,
            "Làm bù theo thông báo của Chính phủ",
            "Make-up day (government notice)",
        )
        for day in sorted(vi.weekend_workdays)
        if day.year == year
    ]
    return tuple(days)


def _row(o: CalendarOverride) -> CalendarDay:
    return CalendarDay(o.day, DayKind(o.kind), DaySource.ADMIN, o.note, o.note)


def list_calendar_days(ctx: ServiceContext, year: int) -> list[CalendarDay]:
    """The year's public holidays and make-up days, and the administrator's active entries."""
    _check_year(year)
    entered = [
        _row(o)
        for o in ctx.session.scalars(
            select(CalendarOverride)
            .where(
                CalendarOverride.active,
                CalendarOverride.day >= date(year, 1, 1),
                CalendarOverride.day <= date(year, 12, 31),
            )
            .order_by(CalendarOverride.day)
        )
    ]
    admin_days = {d.day for d in entered}
    public = [
        CalendarDay(d.day, d.kind, d.source, d.note, d.note_en, overridden=d.day in admin_days)
        for d in _public_days(year)
    ]
    return sorted([*public, *entered], key=lambda d: (d.day, d.source == DaySource.ADMIN))


def _parse_shifts(value: Any) -> tuple[Shift, ...]:
    return tuple(
        Shift(time.fromisoformat(item["start"]), time.fromisoformat(item["end"])) for item in value
    )


def get_shifts(ctx: ServiceContext) -> tuple[Shift, ...]:
    """The shifts of a working day (default 07:30–11:30 and 13:00–17:00)."""
    row = ctx.session.get(Setting, SHIFTS_KEY)
    if row is None:
        return DEFAULT_SHIFTS
    try:
        return check_shifts(_parse_shifts(json.loads(row.value)))
    except (ValueError, KeyError, TypeError, ValidationError):
        return DEFAULT_SHIFTS  # only set_shifts writes it; never let a bad value stop intake


@lru_cache(maxsize=8)
def _calendar(
    shifts: tuple[Shift, ...], overrides: tuple[tuple[date, bool], ...]
) -> WorkingCalendar:
    # Cached so the holiday tables a calendar builds on first use are built once per content.
    return WorkingCalendar(shifts=shifts, overrides=dict(overrides))


def load_calendar(ctx: ServiceContext) -> WorkingCalendar:
    """The working calendar in force: holidays, the active admin entries, the shift setting."""
    overrides = tuple(
        (o.day, o.kind == DayKind.WORKING_DAY)
        for o in ctx.session.scalars(
            select(CalendarOverride).where(CalendarOverride.active).order_by(CalendarOverride.day)
        )
    )
    return _calendar(get_shifts(ctx), overrides)


# -- rules -----------------------------------------------------------------------------------
def _fmt(t: time) -> str:
    return t.strftime("%H:%M")


def check_shifts(shifts: Sequence[Shift]) -> tuple[Shift, ...]:
    """One to three shifts, each ending after it starts, not overlapping; sorted by start."""
    if not 1 <= len(shifts) <= MAX_SHIFTS:
        raise ValidationError(
            f"Ca làm việc: cần từ 1 đến {MAX_SHIFTS} ca.",
            f"Shifts: 1 to {MAX_SHIFTS} shifts are needed.",
            "shifts",
        )
    if not all(isinstance(s.start, time) and isinstance(s.end, time) for s in shifts):
        raise ValidationError(
            "Ca làm việc: giờ bắt đầu và giờ kết thúc phải là giờ:phút.",
            "Shifts: the start and end must be times of day.",
            "shifts",
        )
    ordered = sorted(
        (
            Shift(s.start.replace(second=0, microsecond=0), s.end.replace(second=0, microsecond=0))
            for s in shifts
        ),
        key=lambda s: s.start,
    )
    for number, shift in enumerate(ordered, start=1):
        if shift.end <= shift.start:
            raise ValidationError(
                f"Ca {number} ({_fmt(shift.start)}–{_fmt(shift.end)}): giờ kết thúc phải sau "
                "giờ bắt đầu.",
                f"Shift {number} ({_fmt(shift.start)}–{_fmt(shift.end)}): the end must come "
                "after the start.",
                "shifts",
            )
    for first, second in itertools.pairwise(ordered):
        if second.start < first.end:
            raise ValidationError(
                f"Ca {_fmt(first.start)}–{_fmt(first.end)} và ca {_fmt(second.start)}–"
                f"{_fmt(second.end)} chồng lên nhau.",
                f"Shifts {_fmt(first.start)}–{_fmt(first.end)} and {_fmt(second.start)}–"
                f"{_fmt(second.end)} overlap.",
                "shifts",
            )
    return tuple(ordered)


def _clean_text(value: str | None, field: str, label_vi: str, label_en: str) -> str | None:
    if value is None:
        return None
    if has_control_chars(value):
        raise ValidationError(
            f"{label_vi}: có ký tự điều khiển.", f"{label_en}: control characters.", field
        )
    text = clean_line(value)
    if len(text) > MAX_NOTE:
        raise ValidationError(
            f"{label_vi}: dài quá {MAX_NOTE} ký tự.",
            f"{label_en}: longer than {MAX_NOTE} characters.",
            field,
        )
    return text or None


def _check_day(day: date) -> None:
    if type(day) is not date:  # a datetime is a date too, but not a day
        raise ValidationError("Ngày không hợp lệ.", "Not a date.", "day")
    _check_year(day.year)


# -- writing ---------------------------------------------------------------------------------
def add_calendar_day(
    ctx: ServiceContext, day: date, kind: str, note: str | None = None
) -> CalendarDay:
    """Add an extra day off or a make-up working day (or bring back / change one withdrawn)."""
    ctx.require(Permission.EDIT_SETTINGS)
    _check_day(day)
    try:
        day_kind = DayKind(kind)
    except ValueError:
        raise ValidationError(
            f"Loại ngày “{str(kind)[:40]}” không hợp lệ (nghỉ: day_off, làm bù: working_day).",
            f"Unknown kind of day '{str(kind)[:40]}' (day_off or working_day).",
            "kind",
        ) from None
    text = _clean_text(note, "note", "Ghi chú", "Note")
    public_working = _calendar(DEFAULT_SHIFTS, ()).is_working_day(day)
    shown = day.strftime("%d/%m/%Y")
    if day_kind is DayKind.DAY_OFF and not public_working:
        raise ValidationError(
            f"Ngày {shown} vốn đã là ngày nghỉ (cuối tuần hoặc lễ, Tết).",
            f"{shown} is already a day off (weekend or public holiday).",
            "day",
        )
    if day_kind is DayKind.WORKING_DAY and public_working:
        raise ValidationError(
            f"Ngày {shown} vốn đã là ngày làm việc.",
            f"{shown} is already a working day.",
            "day",
        )
    row = ctx.session.get(CalendarOverride, day)
    if row is None:
        row = CalendarOverride(day=day, kind=day_kind.value, note=text, active=True)
        ctx.session.add(row)
        ctx.session.flush()
        ctx.audit("calendar_day", day.isoformat(), "create", after=_view(row))
        return _row(row)
    if row.active and row.kind == day_kind.value and row.note == text:
        return _row(row)  # nothing to change
    before = _view(row)
    action = "update" if row.active else "reactivate"
    row.kind, row.note, row.active = day_kind.value, text, True
    ctx.session.flush()
    ctx.audit("calendar_day", day.isoformat(), action, before=before, after=_view(row))
    return _row(row)


def withdraw_calendar_day(ctx: ServiceContext, day: date, reason: str) -> CalendarDay:
    """Withdraw an administrator's entry (it stays, inactive); a reason is required."""
    ctx.require(Permission.EDIT_SETTINGS)
    _check_day(day)
    text = _clean_text(reason, "reason", "Lý do", "Reason")
    if not text:
        raise ValidationError(
            "Lý do: cần ghi lý do rút ngày này.", "Reason: say why the day is withdrawn.", "reason"
        )
    row = ctx.session.get(CalendarOverride, day)
    if row is None or not row.active:
        shown = day.strftime("%d/%m/%Y")
        raise ValidationError(
            f"Ngày {shown} không có trong bảng ngày do quản trị nhập.",
            f"{shown} is not among the days entered by the administrator.",
            "day",
        )
    before = _view(row)
    row.active = False
    ctx.session.flush()
    ctx.audit(
        "calendar_day", day.isoformat(), "withdraw", before=before, after=_view(row), reason=text
    )
    return _row(row)


def set_shifts(ctx: ServiceContext, shifts: Sequence[Shift]) -> tuple[Shift, ...]:
    """Change the shifts of a working day (one to three, not overlapping)."""
    ctx.require(Permission.EDIT_SETTINGS)
    checked = check_shifts(shifts)
    value = [{"start": _fmt(s.start), "end": _fmt(s.end)} for s in checked]
    put_setting(ctx, SHIFTS_KEY, value)
    return checked


def _view(o: CalendarOverride) -> dict[str, Any]:
    return {"day": o.day.isoformat(), "kind": o.kind, "note": o.note, "active": o.active}
