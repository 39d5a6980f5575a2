"""Time as the ward sees it. Every rule takes a clock so tests can inject one.

All timestamps are naive wall-clock times in Vietnam (UTC+7, no daylight saving), the time the
ward works in; the business date is the date part of that time.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Protocol

VIETNAM = timezone(timedelta(hours=7), "ICT")


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(VIETNAM).replace(tzinfo=None, microsecond=0)


class FixedClock:
    """A clock for tests and simulations: set it, advance it."""

    def __init__(self, at: datetime) -> None:
        self._at = at

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        self._at = at

    def advance(self, **kwargs: float) -> datetime:
        self._at += timedelta(**kwargs)
        return self._at


def business_date(at: datetime) -> date:
    return at.date()
