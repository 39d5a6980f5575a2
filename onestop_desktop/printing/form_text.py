"""How the intake forms word dates, times, durations, amounts and choices (Vietnamese, English).

Pure functions: no reportlab here, so the wording is easy to test and reuse. Dates follow
Nghị định 30/2020/NĐ-CP on administrative documents: "Hà Nội, ngày 05 tháng 3 năm 2026" (a day
below 10 and the months 1 and 2 get a leading zero).
"""

from __future__ import annotations

from datetime import date, datetime

from onestop_desktop.domain.catalogue import CopyKind, ProcessingUnit
from onestop_desktop.domain.dossier import Channel, IdType, ReturnMethod

PLACE = "Hà Nội"
PLACE_EN = "Hanoi"
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def two_digits(n: int) -> str:
    """``3`` → ``"03"``: counts and days on official forms ("01 bộ", "03 ngày làm việc")."""
    return f"{n:02d}"


def place_date(day: date, place: str = PLACE) -> str:
    """``"Hà Nội, ngày 20 tháng 11 năm 2026"`` (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def place_date_en(day: date, place: str = PLACE_EN) -> str:
    return f"{place}, {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def clock_date(at: datetime) -> str:
    """``"09 giờ 30 phút, ngày 20/11/2026"``: the times on Mẫu 01 (items 4 and 5)."""
    return f"{at:%H} giờ {at:%M} phút, ngày {at:%d/%m/%Y}"


def clock_date_en(at: datetime) -> str:
    return f"{at:%H:%M}, {at:%d/%m/%Y}"


def day_text(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def duration(days: int, unit: str) -> str:
    """The legal processing time: "Trong ngày", "03 ngày làm việc", "04 giờ làm việc", "30 ngày"."""
    if days == 0:
        return "Trong ngày"
    kind = ProcessingUnit(unit)
    if kind is ProcessingUnit.WORKING_HOURS:
        return f"{two_digits(days)} giờ làm việc"
    if kind is ProcessingUnit.CALENDAR_DAYS:
        return f"{two_digits(days)} ngày"
    return f"{two_digits(days)} ngày làm việc"


def duration_en(days: int, unit: str) -> str:
    if days == 0:
        return "Same day"
    plural = "" if days == 1 else "s"
    kind = ProcessingUnit(unit)
    if kind is ProcessingUnit.WORKING_HOURS:
        return f"{days} working hour{plural}"
    if kind is ProcessingUnit.CALENDAR_DAYS:
        return f"{days} day{plural}"
    return f"{days} working day{plural}"


def money(vnd: int | None) -> str:
    """``50000`` → ``"50.000 đồng"``; nothing to pay → ``"Không thu"``."""
    if not vnd:
        return "Không thu"
    return f"{vnd:,} đồng".replace(",", ".")


def money_en(vnd: int | None) -> str:
    if not vnd:
        return "Free of charge"
    return f"VND {vnd:,}".replace(",", ".")


ID_LABELS: dict[str, tuple[str, str]] = {
    IdType.CCCD: ("Số CCCD", "Citizen ID No."),
    IdType.CMND: ("Số CMND", "ID card No."),
    IdType.PASSPORT: ("Số hộ chiếu", "Passport No."),
}
ID_FALLBACK = ("Số giấy tờ tùy thân", "Identity document No.")

CHANNEL_LABELS: dict[str, tuple[str, str]] = {
    Channel.DIRECT: ("Trực tiếp", "In person"),
    Channel.ONLINE: ("Trực tuyến", "Online"),
    Channel.POSTAL: ("Qua dịch vụ bưu chính công ích", "By public postal service"),
    Channel.MOBILE: ("Lưu động (tại nơi ở của người nộp)", "Mobile service (at home)"),
}

COPY_KIND_LABELS: dict[str, tuple[str, str]] = {
    CopyKind.ORIGINAL: ("Bản chính", "Original"),
    CopyKind.CERTIFIED_COPY: ("Bản sao chứng thực", "Certified copy"),
    CopyKind.PHOTOCOPY: ("Bản chụp", "Photocopy"),
    CopyKind.PRESENT: ("Xuất trình", "Shown"),
}


def return_place(method: str, ward_name: str) -> tuple[str, str]:
    """Item 6 of Mẫu 01: where the result is collected."""
    if method == ReturnMethod.POST:
        return (
            "Nhận qua dịch vụ bưu chính công ích (gửi đến địa chỉ của người nộp hồ sơ)",
            "By public postal service (sent to the applicant's address)",
        )
    return (
        f"Bộ phận Một cửa UBND {ward_name}",
        f"The one-stop counter of the {ward_name_en(ward_name)} People's Committee",
    )


def ward_name_en(ward_name: str) -> str:
    """``"Phường Tây Hồ"`` → ``"Tây Hồ Ward"``, ``"Xã Sóc Sơn"`` → ``"Sóc Sơn Commune"``."""
    for prefix, kind in (("Phường ", "Ward"), ("Xã ", "Commune"), ("Đặc khu ", "Special Zone")):
        if ward_name.startswith(prefix):
            return f"{ward_name.removeprefix(prefix)} {kind}"
    return ward_name
