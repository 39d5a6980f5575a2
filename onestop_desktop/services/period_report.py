"""The periodic statistics report (Biểu 06) for a month, a quarter, a year or a range of days.

The rows are ``services.totals.dossier_buckets`` for the period: the same classification as the
daily summary and the sync document. A period still running is judged now; a past one at its end.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from sqlalchemy import select

from onestop_desktop.domain.day_totals import FieldRow
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.roles import Permission
from onestop_desktop.domain.statistics import Bucket, Period
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.day_report_dto import PeriodReport
from onestop_desktop.services.totals import dossier_buckets
from onestop_desktop.store.models import Ward

KINDS = ("month", "quarter", "year")
QUARTERS = ("I", "II", "III", "IV")
FIRST_YEAR = 2000


def _bad(vi: str, en: str, field: str) -> ValidationError:
    return ValidationError(vi, en, field=field)


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def period_bounds(kind: str, year: int, number: int | None) -> tuple[date, date, str]:
    """First and last day of the period and its Vietnamese title; ValidationError if malformed."""
    if kind not in KINDS:
        raise _bad(
            "Kỳ báo cáo phải là tháng, quý hoặc năm.",
            "The period must be a month, a quarter or a year.",
            "kind",
        )
    if not _whole(year) or not FIRST_YEAR <= year <= 2100:
        raise _bad(
            f"Năm báo cáo không hợp lệ (từ {FIRST_YEAR} đến 2100).",
            f"Not a valid year ({FIRST_YEAR}–2100).",
            "year",
        )
    if kind == "year":
        if number is not None:
            raise _bad(
                "Báo cáo năm không chọn tháng/quý.", "A yearly report has no number.", "number"
            )
        return date(year, 1, 1), date(year, 12, 31), f"Năm {year}"
    top = 12 if kind == "month" else 4
    if not _whole(number) or not 1 <= number <= top:  # type: ignore[operator]
        what_vi, what_en = ("Tháng", "month") if kind == "month" else ("Quý", "quarter")
        raise _bad(
            f"{what_vi} phải từ 1 đến {top}.", f"The {what_en} must be 1 to {top}.", "number"
        )
    assert number is not None
    if kind == "month":
        last = calendar.monthrange(year, number)[1]
        return date(year, number, 1), date(year, number, last), f"Tháng {number:02d} năm {year}"
    first_month = 3 * (number - 1) + 1
    end_month = first_month + 2
    last = calendar.monthrange(year, end_month)[1]
    return (
        date(year, first_month, 1),
        date(year, end_month, last),
        f"Quý {QUARTERS[number - 1]} năm {year}",
    )


def _report(ctx: ServiceContext, kind: str, start: date, end: date, title: str) -> PeriodReport:
    now = ctx.clock.now()
    if start > now.date():
        raise _bad(
            f"Kỳ báo cáo bắt đầu {start:%d/%m/%Y}, chưa đến.",
            f"The period starts on {start.isoformat()}, in the future.",
            "date",
        )
    ends = datetime.combine(end + timedelta(days=1), datetime.min.time())
    period = Period(start, end, min(now, ends))
    rows = [FieldRow(f.field, {b: f[b] for b in Bucket}) for f in dossier_buckets(ctx, period)]
    ward = ctx.session.execute(select(Ward.unit_code, Ward.name)).one()
    return PeriodReport(
        unit_code=ward.unit_code,
        ward_name=ward.name,
        kind=kind,
        start=start,
        end=end,
        as_of=period.as_of.replace(microsecond=0),
        title=title,
        fields=rows,
    )


def period_report(
    ctx: ServiceContext, kind: str, year: int, number: int | None = None
) -> PeriodReport:
    """``kind`` month (number 1–12), quarter (1–4) or year (number None) (VIEW_DAY).
    A period still running is judged now; refused when it starts in the future."""
    ctx.require(Permission.VIEW_DAY)
    start, end, title = period_bounds(kind, year, number)
    return _report(ctx, kind, start, end, title)


def range_report(ctx: ServiceContext, start: date, end: date) -> PeriodReport:
    """Biểu 06 for the days ``start`` … ``end`` inclusive (VIEW_DAY)."""
    ctx.require(Permission.VIEW_DAY)
    for value, field in ((start, "start"), (end, "end")):
        if not isinstance(value, date) or isinstance(value, datetime):
            raise _bad("Ngày không hợp lệ.", "Not a valid date.", field)
    if end < start:
        raise _bad(
            "Ngày kết thúc phải sau ngày bắt đầu.", "The end must not be before the start.", "end"
        )
    if (end - start).days > 366 * 5:
        raise _bad("Khoảng thời gian quá dài (tối đa 5 năm).", "The range is over 5 years.", "end")
    title = f"Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"
    return _report(ctx, "range", start, end, title)
