"""Sổ theo dõi hồ sơ (Mẫu 07) for a date range of reception, saved as PDF or XLSX (supervisors)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from onestop_desktop.ui.action_dialog import ActionDialog


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
        self.folder = folder
        self.date_from = QDateEdit(_qdate(today.replace(day=1)))
        self.date_from.setObjectName("dateFrom")
        self.date_to = QDateEdit(_qdate(today))
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self._suggest_path)
        self.pdf = QRadioButton(self.tr("PDF (để in)"))
        self.pdf.setObjectName("formatPdf")
        self.xlsx = QRadioButton(self.tr("Excel (XLSX)"))
        self.xlsx.setObjectName("formatXlsx")
        group = QButtonGroup(self)
        group.addButton(self.pdf)
        group.addButton(self.xlsx)
        self.pdf.setChecked(True)
        self.pdf.toggled.connect(self._suggest_path)
        formats = QWidget()
        row = QHBoxLayout(formats)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.pdf)
        row.addWidget(self.xlsx)
        row.addStretch(1)
        self.path = QLineEdit()
        self.path.setObjectName("outPath")
        choose = QPushButton(self.tr("Chọn…"))
        choose.clicked.connect(self._choose)
        path_box = QWidget()
        path_row = QHBoxLayout(path_box)
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(choose)
        self.add_row(self.tr("Từ ngày:"), self.date_from, "date_from")
        self.add_row(self.tr("Đến ngày:"), self.date_to, "date_to")
        self.add_row(self.tr("Định dạng:"), formats)
        self.add_row(self.tr("Lưu vào tệp:"), path_box, "out_path")
        self.setMinimumWidth(640)
        self._suggest_path()

    def suffix(self) -> str:
        return ".pdf" if self.pdf.isChecked() else ".xlsx"

    def _suggest_path(self) -> None:
        first, last = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        name = f"so-theo-doi-ho-so-{first:%Y%m%d}-{last:%Y%m%d}{self.suffix()}"
        current = self.path.text().strip()
        folder = Path(current).parent if current else self.folder
        self.path.setText(str(folder / name))

    def _choose(self) -> None:
        if self.pdf.isChecked():
            kinds = self.tr("Tệp PDF (*.pdf)")
        else:
            kinds = self.tr("Tệp Excel (*.xlsx)")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Lưu sổ theo dõi hồ sơ"), self.path.text(), kinds
        )
        if chosen:
            path = Path(chosen)
            self.path.setText(
                str(
                    path
                    if path.suffix.lower() == self.suffix()
                    else path.with_suffix(self.suffix())
                )
            )

    def value(self) -> RegisterRequest | None:
        first, last = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        if last < first:
            self.errors.show_field("date_to", self.tr("Ngày cuối phải sau ngày đầu."))
            return None
        text = self.path.text().strip()
        if not text:
            self.errors.show_field("out_path", self.tr("Chưa chọn nơi lưu tệp."))
            return None
        path = Path(text)
        if path.suffix.lower() != self.suffix():
            path = path.with_suffix(self.suffix())
        return RegisterRequest(first, last, path)
