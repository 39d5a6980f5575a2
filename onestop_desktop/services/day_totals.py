"""A day's totals from the database, by SQL aggregation; the summary of a day (snapshot or live).

CONTRACT STUB: signatures are final; bodies land shortly.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from onestop_desktop.domain.day_totals import DayTotals
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.day_report_dto import DaySummary, TicketTables


def check_report_date(ctx: ServiceContext, business_date: date) -> None:
    """Refuse (ValidationError) a day in the future or before the ward existed."""
    raise NotImplementedError


def ticket_figures(session: Session, business_date: date, as_of: datetime) -> TicketTables:
    """Tickets of the day: the whole day, per service, per counter, per clerk, per hour."""
    raise NotImplementedError


def day_totals(ctx: ServiceContext, business_date: date) -> DayTotals:
    """The live totals of a day (VIEW_DAY), computed now."""
    raise NotImplementedError


def day_summary(ctx: ServiceContext, business_date: date) -> DaySummary:
    """The figures a summary shows (VIEW_DAY): the last closing's snapshot if the day is closed
    and not reopened, else live."""
    raise NotImplementedError
