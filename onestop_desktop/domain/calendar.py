"""The working calendar and due dates (ngày hẹn trả), counted in working time.

Working days: Monday–Friday, minus Vietnamese public holidays and the government's swapped days
(the ``holidays`` package, country VN, which also knows make-up working Saturdays), with an
admin-edited override table that wins over both. Working time runs in shifts (default 07:30–11:30
and 13:00–17:00, 8 hours a day). A dossier received outside working time counts from the next
working moment; a same-day procedure received after its cut-off is due the next working day.
Deterministic: no clock is read here; callers pass the times.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import Any

from onestop_desktop.domain.catalogue import ProcessingUnit


@dataclass(frozen=True)
class Shift:
    start: time
    end: time

    def minutes(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


DEFAULT_SHIFTS = (Shift(time(7, 30), time(11, 30)), Shift(time(13, 0), time(17, 0)))


@dataclass(frozen=True)
class WorkingCalendar:
    shifts: tuple[Shift, ...] = DEFAULT_SHIFTS
    # date → True (make-up working day) / False (extra day off); wins over everything else.
    overrides: Mapping[date, bool] = field(default_factory=dict)

    @cached_property
    def _public(self) -> Any:
        import holidays

        return holidays.country_holidays("VN", language="vi")

    @property
    def minutes_per_day(self) -> int:
        return sum(s.minutes() for s in self.shifts)

    def is_working_day(self, day: date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        return bool(self._public.is_working_day(day))

    def next_working_day(self, day: date) -> date:
        day += timedelta(days=1)
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def next_working_moment(self, at: datetime) -> datetime:
        """``at`` itself if it falls inside a shift of a working day, else the next shift start."""
        day = at.date()
        if self.is_working_day(day):
            for shift in self.shifts:
                if at.time() < shift.end:
                    return max(at, datetime.combine(day, shift.start))
        return datetime.combine(self.next_working_day(day), self.shifts[0].start)

    def add_working_minutes(self, start: datetime, minutes: int) -> datetime:
        """The moment ``minutes`` of working time after ``start``."""
        at = self.next_working_moment(start)
        remaining = minutes
        while True:
            shift = next(s for s in self.shifts if at.time() < s.end)
            end = datetime.combine(at.date(), shift.end)
            available = int((end - at).total_seconds() // 60)
            if remaining <= available:
                return at + timedelta(minutes=remaining)
            remaining -= available
            at = self.next_working_moment(end)

    def working_minutes_between(self, start: datetime, end: datetime) -> int:
        """Working time in ``[start, end)``: what a supplement pause takes off the clock."""
        total = 0
        at = self.next_working_moment(start)
        while at < end:
            shift = next(s for s in self.shifts if at.time() < s.end)
            shift_end = min(datetime.combine(at.date(), shift.end), end)
            total += int((shift_end - at).total_seconds() // 60)
            at = self.next_working_moment(datetime.combine(at.date(), shift.end))
        return total

    def end_of_day(self, day: date) -> datetime:
        return datetime.combine(day, self.shifts[-1].end)

    def due_at(
        self,
        received_at: datetime,
        amount: int,
        unit: ProcessingUnit,
        cutoff: time | None = None,
    ) -> datetime:
        """When the result is due for a dossier received at ``received_at``."""
        start = self.next_working_moment(received_at)
        if amount == 0:  # same day
            late = start.date() != received_at.date() or (
                cutoff is not None and received_at.time() > cutoff
            )
            day = self.next_working_day(received_at.date()) if late else start.date()
            return self.end_of_day(day)
        if unit is ProcessingUnit.WORKING_HOURS:
            return self.add_working_minutes(start, amount * 60)
        if unit is ProcessingUnit.CALENDAR_DAYS:
            day = start.date() + timedelta(days=amount)
            while not self.is_working_day(day):
                day += timedelta(days=1)
            return self.end_of_day(day)
        return self.add_working_minutes(start, amount * self.minutes_per_day)

    def extend_for_pause(
        self, due: datetime, paused_from: datetime, resumed_at: datetime
    ) -> datetime:
        """The due date after a supplement request paused the clock and supplementing resumed it."""
        paused = self.working_minutes_between(paused_from, resumed_at)
        if paused == 0:
            return due
        # Move the due moment on by the same working time; a due time at a shift end stays there.
        before = due - timedelta(minutes=1)
        return self.add_working_minutes(before, paused + 1)
