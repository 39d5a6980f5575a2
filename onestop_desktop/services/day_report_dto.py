"""Plain data the supervisor's use cases return: a day's summary, its closing, a period report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from onestop_desktop.domain.day_totals import (
    Change,
    DayTotals,
    FieldRow,
    TicketFigures,
    TicketGroup,
)


@dataclass(frozen=True)
class TicketTables:
    """A day's tickets: the whole day, and per lane, counter, clerk and hour."""

    day: TicketFigures
    per_service: list[TicketGroup]
    per_counter: list[TicketGroup]
    per_clerk: list[TicketGroup]
    per_hour: list[TicketGroup]


@dataclass(frozen=True)
class ClosingInfo:
    """One closing (revision) of a day."""

    business_date: date
    revision: int
    closed_at: datetime
    closed_by: str | None  # full name of the supervisor, None from the command line
    reason: str | None  # why a revision after the first was made
    idempotency_key: str
    sent_at: datetime | None  # acknowledged by the city's receiver
    reopened_at: datetime | None  # reopened for correction after this closing


@dataclass(frozen=True)
class DaySummary:
    """What the summary shows: the snapshot of the last closing if the day is closed (and not
    reopened), else the live figures. ``closings`` lists every revision, oldest first."""

    totals: DayTotals
    closed: ClosingInfo | None  # the closing the figures come from; None when live
    closings: list[ClosingInfo]

    @property
    def is_closed(self) -> bool:
        return self.closed is not None


@dataclass(frozen=True)
class OpenItems:
    """What is still open on a day the supervisor wants to close."""

    business_date: date
    tickets_waiting: int
    tickets_at_counter: int  # called or being served, not finished
    busy_counters: list[str]  # "Quầy 3" … counters with a ticket not finished
    already_closed: ClosingInfo | None  # the last closing, when the day is closed now

    @property
    def anything_open(self) -> bool:
        return bool(self.tickets_waiting or self.tickets_at_counter)


@dataclass(frozen=True)
class ClosingResult:
    closing: ClosingInfo
    totals: DayTotals
    changes: list[Change]  # against the previous revision; empty for revision 1


@dataclass(frozen=True)
class PeriodReport:
    """Biểu 06 for a month, quarter or year (or any range of days)."""

    unit_code: str
    ward_name: str
    kind: str  # month | quarter | year | range
    start: date
    end: date
    as_of: datetime
    title: str  # "Tháng 11 năm 2026", "Quý IV năm 2026", "Năm 2026", "Từ 01/11/2026 đến …"
    fields: list[FieldRow]

    @property
    def total(self) -> FieldRow:
        from onestop_desktop.domain.day_totals import total_row

        return total_row(self.fields)
