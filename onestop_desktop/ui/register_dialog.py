"""Sổ theo dõi hồ sơ (Mẫu 07) for a date range of reception, saved as PDF or XLSX (supervisors)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from onestop_desktop.ui.action_dialog import ActionDialog
from onestop_desktop.ui.report_file_fields import ReportFileFields


@dataclass(frozen=True)
class RegisterRequest:
    date_from: date
    date_to: date
    out_path: Path


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class RegisterDialog(ActionDialog):
    def __init__(
        self,
        today: date,
        folder: Path,
        submit: Callable[[RegisterRequest], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Sổ theo dõi hồ sơ — Mẫu 07"),
            self.tr("Các hồ sơ tiếp nhận trong khoảng ngày (kể cả hai ngày đầu và cuối)."),
            submit,
            parent,
        )
        self.date_from = QDateEdit(_qdate(today.replace(day=1)))
        self.date_from.setObjectName("dateFrom")
        self.date_to = QDateEdit(_qdate(today))
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self._suggest_path)
        self.file = ReportFileFields(self, folder, self.tr("Lưu sổ theo dõi hồ sơ"))
        self.pdf, self.xlsx, self.path = self.file.pdf, self.file.xlsx, self.file.path
        self.file.format_changed.connect(self._suggest_path)
        self.add_row(self.tr("Từ ngày:"), self.date_from, "date_from")
        self.add_row(self.tr("Đến ngày:"), self.date_to, "date_to")
        self.add_row(self.tr("Định dạng:"), self.file.formats)
        self.add_row(self.tr("Lưu vào tệp:"), self.file.path_box, "out_path")
        self.setMinimumWidth(640)
        self._suggest_path()

    def _suggest_path(self) -> None:
        first, last = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        self.file.suggest(f"so-theo-doi-ho-so-{first:%Y%m%d}-{last:%Y%m%d}")

    def value(self) -> RegisterRequest | None:
        first, last = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        if last < first:
            self.errors.show_field("date_to", self.tr("Ngày cuối phải sau ngày đầu."))
            return None
        path = self.file.chosen_path()
        if path is None:
            self.errors.show_field("out_path", self.tr("Chưa chọn nơi lưu tệp."))
            return None
        return RegisterRequest(first, last, path)
