"""Closing a day: what is still open, the immutable snapshot (revision 1, 2 …), reopening.

CONTRACT STUB: signatures are final; bodies land shortly.
"""

from __future__ import annotations

from datetime import date

from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.day_report_dto import ClosingInfo, ClosingResult, OpenItems


def open_items(ctx: ServiceContext, business_date: date) -> OpenItems:
    """What is still open that day (VIEW_DAY)."""
    raise NotImplementedError


def close_day(ctx: ServiceContext, business_date: date, reason: str | None = None) -> ClosingResult:
    """Freeze the day's totals as the next revision and queue the signed document in the outbox
    (CLOSE_DAY). Refused when the day is closed and not reopened, in the future, or before the
    ward existed. Revision 2+ requires the day to have been reopened (its reason is kept)."""
    raise NotImplementedError


def reopen_day(ctx: ServiceContext, business_date: date, reason: str) -> ClosingInfo:
    """Reopen a closed day to correct it (CLOSE_DAY, reason required); figures are live again
    until the next ``close_day``, which makes the next revision. Returns the reopened closing."""
    raise NotImplementedError
