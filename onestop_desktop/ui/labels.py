"""Translated labels for values that come from the domain (roles, processing units, fees)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from onestop_desktop.domain.roles import Role


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_label(role: Role | str) -> str:
    labels = {
        Role.CLERK: QCoreApplication.translate("Labels", "Cán bộ tiếp nhận"),
        Role.SUPERVISOR: QCoreApplication.translate("Labels", "Lãnh đạo / tổ trưởng"),
        Role.ADMIN: QCoreApplication.translate("Labels", "Quản trị hệ thống"),
    }
    return labels[Role(role)]


def processing_time(days: int, unit: str, cutoff: str | None) -> str:
    if days == 0:
        if cutoff:
            return QCoreApplication.translate("Labels", "Trong ngày (nhận trước {0})").format(
                cutoff
            )
        return QCoreApplication.translate("Labels", "Trong ngày")
    units = {
        "working_days": QCoreApplication.translate("Labels", "{0} ngày làm việc"),
        "working_hours": QCoreApplication.translate("Labels", "{0} giờ làm việc"),
        "calendar_days": QCoreApplication.translate("Labels", "{0} ngày"),
    }
    return units.get(unit, "{0} " + unit).format(days)


def money(amount_vnd: int | None) -> str:
    if amount_vnd is None:
        return "—"
    if amount_vnd == 0:
        return QCoreApplication.translate("Labels", "Miễn phí")
    return f"{amount_vnd:,}".replace(",", ".") + " đ"


def copy_kind_label(kind: str) -> str:
    labels = {
        "original": QCoreApplication.translate("Labels", "Bản chính"),
        "certified_copy": QCoreApplication.translate("Labels", "Bản sao chứng thực"),
        "photocopy": QCoreApplication.translate("Labels", "Bản chụp"),
        "present": QCoreApplication.translate("Labels", "Xuất trình"),
    }
    return labels.get(kind, kind)


def status_label(status: str) -> str:
    labels = {
        "received": QCoreApplication.translate("Labels", "Đã tiếp nhận"),
        "in_processing": QCoreApplication.translate("Labels", "Đang giải quyết"),
        "result_ready": QCoreApplication.translate("Labels", "Có kết quả, chờ trả"),
        "returned": QCoreApplication.translate("Labels", "Đã trả kết quả"),
        "awaiting_supplement": QCoreApplication.translate("Labels", "Chờ bổ sung"),
        "refused": QCoreApplication.translate("Labels", "Từ chối tiếp nhận"),
        "withdrawn": QCoreApplication.translate("Labels", "Đã rút hồ sơ"),
        "stopped": QCoreApplication.translate("Labels", "Dừng giải quyết"),
    }
    return labels.get(status, status)


def channel_label(channel: str) -> str:
    labels = {
        "direct": QCoreApplication.translate("Labels", "Trực tiếp"),
        "online": QCoreApplication.translate("Labels", "Trực tuyến"),
        "postal": QCoreApplication.translate("Labels", "Bưu chính"),
        "mobile": QCoreApplication.translate("Labels", "Lưu động"),
    }
    return labels.get(channel, channel)


def moment(value: datetime | None) -> str:
    """``16:00 25/11/2026`` — how times are shown on screen."""
    return "" if value is None else f"{value:%H:%M %d/%m/%Y}"


def priority_label(code: str | None) -> str:
    """The citizen's priority category in the UI language ("" for a normal ticket)."""
    if code is None:
        return ""
    labels = {
        "elderly": QCoreApplication.translate("Labels", "Người cao tuổi"),
        "disabled": QCoreApplication.translate("Labels", "Người khuyết tật"),
        "pregnant": QCoreApplication.translate("Labels", "Phụ nữ mang thai"),
        "meritorious": QCoreApplication.translate("Labels", "Người có công với cách mạng"),
        "small_child": QCoreApplication.translate("Labels", "Người đi cùng trẻ nhỏ"),
    }
    return labels.get(code, code)
