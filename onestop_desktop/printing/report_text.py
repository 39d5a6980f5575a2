"""How the end-of-day summary and the periodic report (Biểu 06) word their figures: labels,
numbers, money, durations, rates and the status line. Shared by the PDFs and the workbooks so both
hold the same labels and values. Pure functions: no reportlab, no openpyxl.

Numbers are written the Vietnamese way: a dot between thousands, a comma before decimals
("1.250", "87,5 %", "1.250.000 đ").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from onestop_desktop.domain.day_totals import FEE_METHODS, SCORES, DayTotals, FieldRow
from onestop_desktop.domain.statistics import Bucket
from onestop_desktop.domain.text import nfc
from onestop_desktop.services.day_report_dto import DaySummary, PeriodReport

SUMMARY_TITLE = "BÁO CÁO TỔNG HỢP CUỐI NGÀY"
PERIOD_TITLE = (
    "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP "
    "GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
)
PERIOD_FORM = "Biểu số 06/VPCP/KSTT"
PERIOD_BASIS = "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP"
PERIOD_UNIT = "Đơn vị tính: Số hồ sơ TTHC"
PERIOD_RECEIVER = "UBND thành phố Hà Nội"
COUNTER_NAME = "Bộ phận Một cửa"
TIME_NOTE = (
    "Thời gian ghi theo phút:giây (12:34 là 12 phút 34 giây); từ 1 giờ trở lên ghi số giờ và "
    "phút. Thời gian chờ tính từ lúc lấy số đến lần gọi đầu; thời gian phục vụ đến lúc xong."
)
NONE = "—"  # a time or a rate with nothing to measure
NO_DATA = "Không có số liệu"
TOTAL_LABEL = "Tổng cộng"
NO_FIELD = "Khác (chưa phân lĩnh vực)"
PREPARER = "NGƯỜI LẬP BIỂU"
SUMMARY_SIGNER = "LÃNH ĐẠO"
PERIOD_SIGNER = "THỦ TRƯỞNG ĐƠN VỊ"
SIGN_HINT = "(Ký, ghi rõ họ tên)"
HEAD_SIGN_HINT = "(Ký, ghi rõ họ tên, đóng dấu)"
CLOSED_NOTE = (
    "(*) Rút/dừng giải quyết: hồ sơ người nộp rút hoặc dừng giải quyết (Mẫu 05) trong kỳ. "
    "Biểu 06 không có cột này; cột được thêm để mỗi dòng cân đối: "
    "(3) = (7) + (11) + (12), (3) = (4) + (5) + (6)."
)

FEE_VI = {"cash": "Tiền mặt", "transfer": "Chuyển khoản", "card": "Thẻ"}
SCORE_VI = {4: "Rất hài lòng", 3: "Hài lòng", 2: "Bình thường", 1: "Không hài lòng"}
SATISFIED_LABEL = "Tỷ lệ hài lòng (Rất hài lòng và Hài lòng)"


# -- numbers -------------------------------------------------------------------------------------
def number(n: int) -> str:
    """``1250`` → ``"1.250"``."""
    return f"{n:,}".replace(",", ".")


def money(vnd: int) -> str:
    """``1250000`` → ``"1.250.000 đ"``."""
    return f"{number(vnd)} đ"


def percent(rate: float | None) -> str:
    """``0.875`` → ``"87,5 %"``; no rate → ``"—"``."""
    if rate is None:
        return NONE
    return f"{rate * 100:.1f} %".replace(".", ",")


def duration(seconds: int | None) -> str:
    """``754`` → ``"12:34"`` (minutes and seconds); from an hour on ``"1 giờ 05 phút"``."""
    if seconds is None:
        return NONE
    seconds = max(0, int(seconds))
    if seconds < 3600:
        return f"{seconds // 60:02d}:{seconds % 60:02d}"
    hours, rest = divmod(seconds, 3600)
    return f"{hours} giờ {rest // 60:02d} phút"


def day_text(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def at_text(at: datetime) -> str:
    """``"17:05 21/11/2026"``."""
    return f"{at:%H:%M} {at:%d/%m/%Y}"


# -- the ticket tables ---------------------------------------------------------------------------
@dataclass(frozen=True)
class TicketLine:
    """One figure of the day's ticket table: label, value as printed, value as a number."""

    label: str
    text: str
    value: int | None  # seconds for the times


def ticket_lines(totals: DayTotals) -> list[TicketLine]:
    t = totals.tickets
    return [
        TicketLine("Số phiếu đã cấp", number(t.issued), t.issued),
        TicketLine("Số lượt đã phục vụ xong", number(t.served), t.served),
        TicketLine("Vắng mặt khi được gọi", number(t.no_show), t.no_show),
        TicketLine("Còn chờ, chưa phục vụ xong", number(t.waiting), t.waiting),
        TicketLine("Thời gian chờ trung bình", duration(t.avg_wait_s), t.avg_wait_s),
        TicketLine("Thời gian chờ lâu nhất", duration(t.max_wait_s), t.max_wait_s),
        TicketLine("Thời gian phục vụ trung bình", duration(t.avg_service_s), t.avg_service_s),
    ]


GROUP_HEADS = (
    "Đã cấp",
    "Đã phục vụ",
    "Vắng mặt",
    "Còn chờ",
    "Chờ trung bình",
    "Chờ lâu nhất",
    "Phục vụ trung bình",
)
COUNT_COLUMNS = 4  # the first four of GROUP_HEADS are counts, the rest times


@dataclass(frozen=True)
class GroupTable:
    key: str  # per_service | per_counter | per_clerk | per_hour
    title: str  # the section heading
    sheet: str  # the workbook's sheet name (≤ 31 characters, no "/")
    label_head: str


GROUP_TABLES = (
    GroupTable("per_service", "Phiếu theo dịch vụ", "Theo dịch vụ", "Dịch vụ"),
    GroupTable("per_counter", "Phiếu theo quầy", "Theo quầy", "Quầy"),
    GroupTable("per_clerk", "Phiếu theo cán bộ", "Theo cán bộ", "Cán bộ"),
    GroupTable("per_hour", "Phiếu theo khung giờ", "Theo giờ", "Khung giờ"),
)


def hour_label(key: str, label: str) -> str:
    """A bar's name under the chart: ``"08"`` → ``"8h"``."""
    return f"{int(key)}h" if key.isdigit() else nfc(label)


# -- the Biểu 06 columns -------------------------------------------------------------------------
@dataclass(frozen=True)
class BucketColumn:
    group: str | None  # the heading over several columns; None for a column of its own
    heading: str
    value: Callable[[FieldRow], int]
    total: bool = False  # a "Tổng số" column, printed bold


def _bucket(bucket: Bucket) -> Callable[[FieldRow], int]:
    return lambda row: row[bucket]


RECEIVED_GROUP = "Số hồ sơ nhận giải quyết"
RESOLVED_GROUP = "Số hồ sơ đã giải quyết"
PENDING_GROUP = "Số hồ sơ đang giải quyết"
CLOSED_HEAD = "Rút/dừng giải quyết"
BUCKET_COLUMNS: tuple[BucketColumn, ...] = (
    BucketColumn(RECEIVED_GROUP, "Tổng số", lambda r: r.received, total=True),
    BucketColumn(RECEIVED_GROUP, "Trực tuyến", _bucket(Bucket.RECEIVED_ONLINE)),
    BucketColumn(RECEIVED_GROUP, "Trực tiếp và dịch vụ bưu chính", _bucket(Bucket.RECEIVED_DIRECT)),
    BucketColumn(RECEIVED_GROUP, "Từ kỳ trước", _bucket(Bucket.CARRIED_OVER)),
    BucketColumn(RESOLVED_GROUP, "Tổng số", lambda r: r.resolved, total=True),
    BucketColumn(RESOLVED_GROUP, "Trước hạn", _bucket(Bucket.RESOLVED_EARLY)),
    BucketColumn(RESOLVED_GROUP, "Đúng hạn", _bucket(Bucket.RESOLVED_ON_TIME)),
    BucketColumn(RESOLVED_GROUP, "Quá hạn", _bucket(Bucket.RESOLVED_LATE)),
    BucketColumn(None, CLOSED_HEAD, _bucket(Bucket.CLOSED)),
    BucketColumn(PENDING_GROUP, "Tổng số", lambda r: r.pending, total=True),
    BucketColumn(PENDING_GROUP, "Trong hạn", _bucket(Bucket.PENDING_WITHIN)),
    BucketColumn(PENDING_GROUP, "Quá hạn", _bucket(Bucket.PENDING_OVERDUE)),
)


def bucket_values(row: FieldRow) -> list[int]:
    """A field's figures in the order of ``BUCKET_COLUMNS``."""
    return [c.value(row) for c in BUCKET_COLUMNS]


def bucket_groups() -> list[tuple[str | None, int, int]]:
    """``(group, first, last)`` column indexes of ``BUCKET_COLUMNS``, in order."""
    spans: list[tuple[str | None, int, int]] = []
    for i, column in enumerate(BUCKET_COLUMNS):
        if spans and column.group is not None and spans[-1][0] == column.group:
            spans[-1] = (column.group, spans[-1][1], i)
        else:
            spans.append((column.group, i, i))
    return spans


def field_label(row: FieldRow) -> str:
    return nfc(row.field) if row.field else NO_FIELD


# -- the other dossier counts, fees, satisfaction ------------------------------------------------
def other_dossier_lines(totals: DayTotals) -> list[tuple[str, int]]:
    d = totals.dossiers
    return [
        ("Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)", d.supplement_requests),
        ("Từ chối tiếp nhận hồ sơ (Mẫu 03)", d.refusals),
        ("Người nộp rút hồ sơ", d.withdrawals),
        ("Dừng giải quyết hồ sơ (Mẫu 05)", d.stops),
        ("Trả kết quả tại Bộ phận Một cửa", d.returned_counter),
        ("Trả kết quả qua dịch vụ bưu chính công ích", d.returned_post),
    ]


def fee_lines(totals: DayTotals) -> list[tuple[str, int, int]]:
    """``(method, count, amount)`` for every method, zeros included, in the usual order."""
    by_method = {f.method: f for f in totals.fees}
    methods = [*FEE_METHODS, *(m for m in by_method if m not in FEE_METHODS)]
    out: list[tuple[str, int, int]] = []
    for method in methods:
        line = by_method.get(method)
        count, amount = (line.count, line.amount_vnd) if line else (0, 0)
        out.append((FEE_VI.get(method, method), count, amount))
    return out


def satisfaction_lines(totals: DayTotals) -> list[tuple[str, int]]:
    counts = totals.satisfaction.counts
    return [(SCORE_VI[s], counts.get(s, 0)) for s in SCORES]


# -- heading lines -------------------------------------------------------------------------------
def agency_line(ward_name: str) -> str:
    """``"Bộ phận Một cửa UBND Phường Tây Hồ"``."""
    return nfc(f"{COUNTER_NAME} UBND {ward_name}")


def summary_day_line(summary: DaySummary) -> str:
    return f"Ngày {day_text(summary.totals.business_date)}"


def status_line(summary: DaySummary) -> str:
    """Where the figures come from: a closing's snapshot, or live figures of a day not closed
    (or reopened for a correction)."""
    closed = summary.closed
    if closed is not None:
        line = f"Số liệu đã chốt lần {closed.revision} lúc {at_text(closed.closed_at)}"
        if closed.closed_by:
            line += f"; người chốt: {closed.closed_by}"
        return nfc(line)
    as_of = summary.totals.as_of
    when = f"{as_of:%H:%M}"
    if as_of.date() != summary.totals.business_date:
        when = at_text(as_of)
    if summary.closings:
        last = summary.closings[-1]
        return nfc(
            f"Số liệu tạm tính đến {when} — ngày đã mở lại để điều chỉnh sau lần chốt "
            f"{last.revision}, chưa chốt lại"
        )
    return f"Số liệu tạm tính đến {when} — ngày chưa chốt"


def printed_line(printed_at: datetime) -> str:
    return f"In lúc {printed_at:%H:%M} ngày {day_text(printed_at.date())}"


def period_line(report: PeriodReport) -> str:
    """``"Kỳ báo cáo: Tháng 11 năm 2026"``."""
    return nfc(f"Kỳ báo cáo: {report.title}")


def period_span_line(report: PeriodReport) -> str | None:
    """``"Từ ngày 01/11/2026 đến ngày 30/11/2026"`` (``"Ngày 20/11/2026"`` for one day); None
    when the period's title says it already (a range of days)."""
    if report.start == report.end:
        span = f"Ngày {day_text(report.start)}"
    else:
        span = f"Từ ngày {day_text(report.start)} đến ngày {day_text(report.end)}"
    return None if span.lower() in nfc(report.title).lower() else span


def period_as_of_line(report: PeriodReport) -> str | None:
    """``"Số liệu tính đến 09:00 ngày 20/11/2026"`` while the period is still running."""
    if report.as_of >= datetime.combine(report.end + timedelta(days=1), time.min):
        return None
    return f"Số liệu tính đến {report.as_of:%H:%M} ngày {day_text(report.as_of.date())}"


def reporting_unit_line(report: PeriodReport) -> str:
    return nfc(f"Đơn vị báo cáo: UBND {report.ward_name}")


def unit_code_line(report: PeriodReport) -> str:
    return nfc(f"Mã đơn vị: {report.unit_code}")
