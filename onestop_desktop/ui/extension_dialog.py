"""Gia hạn (Mẫu 04): an apology and a new due date, with the reason printed on the letter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QLineEdit, QWidget

from onestop_desktop.ui.action_dialog import ActionDialog
from onestop_desktop.ui.labels import moment

SATURDAY = 5


@dataclass(frozen=True)
class ExtensionInput:
    new_due_at: datetime
    reason: str


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


class ExtensionDialog(ActionDialog):
    def __init__(
        self,
        heading: str,
        due_at: datetime | None,
        now: datetime,
        submit: Callable[[ExtensionInput], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Gia hạn giải quyết — Mẫu 04"), heading, submit, parent)
        base = max(due_at, now) if due_at is not None else now
        proposed = (base + timedelta(days=1)).replace(second=0, microsecond=0)
        while proposed.weekday() >= SATURDAY:  # holidays are the service's to refuse
            proposed += timedelta(days=1)
        current = QLabel(moment(due_at) if due_at is not None else "—")
        current.setObjectName("currentDue")
        self.new_due = QDateTimeEdit(_qdatetime(proposed))
        self.new_due.setObjectName("newDueAt")
        self.new_due.setCalendarPopup(True)
        self.new_due.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("Lý do chậm, in trên văn bản xin lỗi"))
        self.add_row(self.tr("Hạn trả hiện tại:"), current)
        self.add_row(self.tr("Hạn trả mới:"), self.new_due, "new_due_at")
        self.add_row(self.tr("Lý do:"), self.reason, "reason")
        self.reason.setFocus()

    def value(self) -> ExtensionInput:
        chosen = self.new_due.dateTime()
        day, time = chosen.date(), chosen.time()
        return ExtensionInput(
            datetime(day.year(), day.month(), day.day(), time.hour(), time.minute()),
            self.reason.text().strip(),
        )
