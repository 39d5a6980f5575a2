"""The periodic statistics report (Biểu 06) for a month, a quarter, a year or a range of days.

CONTRACT STUB: signatures are final; bodies land shortly.
"""

from __future__ import annotations

from datetime import date

from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.day_report_dto import PeriodReport


def period_report(
    ctx: ServiceContext, kind: str, year: int, number: int | None = None
) -> PeriodReport:
    """``kind`` month (number 1–12), quarter (1–4) or year (number None) (VIEW_DAY).
    A period still running is judged now; refused when it starts in the future."""
    raise NotImplementedError


def range_report(ctx: ServiceContext, start: date, end: date) -> PeriodReport:
    raise NotImplementedError
