"""Hand-made figures for the end-of-day summary and the periodic report (Biểu 06): the self-test,
the review renders in ``docs/forms`` and the tests use them. Phường Tây Hồ, fields of the sample
catalogue; the numbers are made up but add up (every field row balances). Nobody real is named.
"""

from __future__ import annotations

from datetime import date, datetime

from onestop_desktop.domain.day_totals import (
    DayTotals,
    DossierFigures,
    FeeLine,
    FieldRow,
    Satisfaction,
    TicketFigures,
    TicketGroup,
)
from onestop_desktop.domain.statistics import Bucket
from onestop_desktop.services.day_report_dto import ClosingInfo, DaySummary, PeriodReport

WARD_NAME = "Phường Tây Hồ"
UNIT_CODE = "000.00.06.H56"
DAY = date(2026, 11, 20)
FIELDS = (
    "Hộ tịch",
    "Chứng thực",
    "Hộ kinh doanh",
    "Đất đai",
    "Hoạt động xây dựng",
    "Bảo trợ xã hội",
    "Người có công",
    "Giảm nghèo",
    "Nuôi con nuôi",
)


def field_row(
    name: str,
    online: int = 0,
    direct: int = 0,
    carried: int = 0,
    early: int = 0,
    on_time: int = 0,
    late: int = 0,
    closed: int = 0,
    within: int = 0,
    overdue: int = 0,
) -> FieldRow:
    """A field's row; refused when it does not balance (received = resolved + closed + pending)."""
    row = FieldRow(
        name,
        {
            Bucket.RECEIVED_ONLINE: online,
            Bucket.RECEIVED_DIRECT: direct,
            Bucket.CARRIED_OVER: carried,
            Bucket.RESOLVED_EARLY: early,
            Bucket.RESOLVED_ON_TIME: on_time,
            Bucket.RESOLVED_LATE: late,
            Bucket.CLOSED: closed,
            Bucket.PENDING_WITHIN: within,
            Bucket.PENDING_OVERDUE: overdue,
        },
    )
    if row.received != row.resolved + row[Bucket.CLOSED] + row.pending:
        raise ValueError(f"the row of {name} does not add up")
    return row


def _figures(
    issued: int, served: int, no_show: int, waiting: int, wait: int, longest: int, service: int
) -> TicketFigures:
    return TicketFigures(issued, served, no_show, waiting, wait, longest, service)


def sample_day_totals(
    *, fields: int | None = None, hours: int | None = None, as_of: datetime | None = None
) -> DayTotals:
    """20/11/2026 at Phường Tây Hồ. ``fields`` / ``hours`` stretch the tables (up to any number
    of fields, up to 24 hours) to try the pagination; the figures stay consistent."""
    per_service = [
        TicketGroup("A", "A · Hộ tịch", _figures(61, 55, 4, 2, 754, 2710, 512)),
        TicketGroup("B", "B · Chứng thực", _figures(48, 45, 3, 0, 433, 1505, 268)),
        TicketGroup("C", "C · Đất đai, xây dựng", _figures(17, 15, 1, 1, 1212, 4020, 905)),
    ]
    per_counter = [
        TicketGroup("1", "Quầy 1", _figures(0, 41, 3, 0, 640, 2710, 455)),
        TicketGroup("2", "Quầy 2", _figures(0, 44, 3, 1, 602, 2405, 330)),
        TicketGroup("3", "Quầy 3", _figures(0, 30, 2, 2, 771, 4020, 498)),
    ]
    per_clerk = [
        TicketGroup("canbo1", "Trần Minh Châu", _figures(0, 41, 3, 0, 640, 2710, 455)),
        TicketGroup("canbo2", "Lê Thị Thu Hằng", _figures(0, 44, 3, 1, 602, 2405, 330)),
        TicketGroup("canbo3", "Phạm Quốc Việt", _figures(0, 30, 2, 2, 771, 4020, 498)),
    ]
    day_hours = [
        (8, 21, 14),
        (9, 26, 24),
        (10, 19, 22),
        (11, 9, 12),
        (13, 14, 11),
        (14, 22, 20),
        (15, 11, 9),
        (16, 4, 3),
    ]
    if hours is not None:
        day_hours = [(h, 3 + (h * 7) % 11, 2 + (h * 5) % 9) for h in range(min(hours, 24))]
    per_hour = [
        TicketGroup(
            f"{h:02d}",
            f"{h:02d}:00–{h + 1:02d}:00",
            _figures(issued, served, issued % 3 // 2, 0, 300 + 41 * h, 900 + 97 * h, 240 + 13 * h),
        )
        for h, issued, served in day_hours
    ]
    rows = [
        field_row("Hộ tịch", online=9, direct=23, carried=14, early=11, on_time=15, late=2,
                  closed=1, within=16, overdue=1),
        field_row("Chứng thực", online=2, direct=31, carried=0, early=0, on_time=33),
        field_row("Hộ kinh doanh", online=6, direct=3, carried=7, early=4, on_time=2, late=1,
                  within=8, overdue=1),
        field_row("Đất đai", online=0, direct=2, carried=12, early=1, on_time=1, late=1,
                  closed=1, within=8, overdue=2),
        field_row("Hoạt động xây dựng", online=1, direct=1, carried=5, on_time=2, within=5),
        field_row("Bảo trợ xã hội", online=0, direct=4, carried=3, early=2, on_time=1,
                  within=4),
    ]  # fmt: skip
    if fields is not None:
        names = [*FIELDS, *(f"Lĩnh vực mẫu số {i:02d} có tên dài để thử xuống dòng" for i in
                            range(1, max(0, fields - len(FIELDS)) + 1))]  # fmt: skip
        rows = [_balanced(name, i) for i, name in enumerate(names[:fields], start=1)]
    served = sum(g.figures.served for g in per_service)
    return DayTotals(
        business_date=DAY,
        unit_code=UNIT_CODE,
        ward_name=WARD_NAME,
        as_of=as_of or datetime(2026, 11, 20, 17, 5),
        tickets=TicketFigures(126, served, 8, 3, 739, 4020, 468),
        per_service=per_service,
        per_counter=per_counter,
        per_clerk=per_clerk,
        per_hour=per_hour,
        dossiers=DossierFigures(
            fields=rows,
            supplement_requests=5,
            refusals=2,
            withdrawals=1,
            stops=1,
            returned_counter=57,
            returned_post=4,
        ),
        fees=[
            FeeLine("cash", 23, 1_250_000),
            FeeLine("transfer", 9, 640_000),
            FeeLine("card", 2, 100_000),
        ],
        satisfaction=Satisfaction({4: 52, 3: 18, 2: 7, 1: 3}),
    )


def _balanced(name: str, i: int) -> FieldRow:
    online, direct, carried = i % 4, 3 + i % 7, i % 5
    received = online + direct + carried
    early, on_time, late = i % 3, min(2 + i % 5, received - i % 3), 0
    rest = received - early - on_time
    closed = min(rest, i % 2)
    overdue = min(rest - closed, i % 3 == 0)
    return field_row(
        name,
        online=online,
        direct=direct,
        carried=carried,
        early=early,
        on_time=on_time,
        late=late,
        closed=closed,
        within=rest - closed - overdue,
        overdue=overdue,
    )


def sample_summary(
    *, closed: bool = True, fields: int | None = None, hours: int | None = None
) -> DaySummary:
    """The sample day, closed a second time (after a correction) or live."""
    totals = sample_day_totals(fields=fields, hours=hours)
    first = ClosingInfo(
        business_date=DAY,
        revision=1,
        closed_at=datetime(2026, 11, 20, 17, 10),
        closed_by="Đỗ Thị Hạnh",
        reason=None,
        idempotency_key=f"{UNIT_CODE}:{DAY.isoformat()}:1",
        sent_at=datetime(2026, 11, 20, 17, 11),
        reopened_at=datetime(2026, 11, 21, 16, 50),
    )
    second = ClosingInfo(
        business_date=DAY,
        revision=2,
        closed_at=datetime(2026, 11, 21, 17, 5),
        closed_by="Đỗ Thị Hạnh",
        reason="Bổ sung một hồ sơ nhận qua bưu chính chưa nhập",
        idempotency_key=f"{UNIT_CODE}:{DAY.isoformat()}:2",
        sent_at=None,
        reopened_at=None,
    )
    if not closed:
        live = sample_day_totals(fields=fields, hours=hours, as_of=datetime(2026, 11, 20, 16, 30))
        return DaySummary(live, None, [])
    return DaySummary(totals, second, [first, second])


def sample_period_report(*, fields: int | None = None) -> PeriodReport:
    """Tháng 11 năm 2026, judged on 20/11/2026 at 16:30 (the month is still running)."""
    day = sample_day_totals(fields=fields)
    rows = [
        FieldRow(r.field, {b: n * 17 for b, n in r.counts.items()}) for r in day.dossiers.fields
    ]
    return PeriodReport(
        unit_code=UNIT_CODE,
        ward_name=WARD_NAME,
        kind="month",
        start=date(2026, 11, 1),
        end=date(2026, 11, 30),
        as_of=datetime(2026, 11, 20, 16, 30),
        title="Tháng 11 năm 2026",
        fields=rows,
    )
