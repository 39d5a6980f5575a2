"""Translated labels for values that come from the domain (roles, processing units, fees)."""

from __future__ import annotations

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
