"""The periodic statistics report (Biểu 06) for a month, a quarter or a year, saved as PDF or XLSX.

Non-blocking like every ``ActionDialog``: OK hands a ``PeriodRequest`` to ``submit``, which saves
the report on the worker and calls back ``accept()`` or ``failed(exc)`` (a period in the future,
an unwritable file: the message goes under its field, nothing is written).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QSpinBox,
    QWidget,
)

from onestop_desktop.ui.action_dialog import ActionDialog
from onestop_desktop.ui.report_file_fields import ReportFileFields

FIRST_YEAR = 2000
LAST_YEAR = 2100


@dataclass(frozen=True)
class PeriodRequest:
    kind: str  # month | quarter | year
    year: int
    number: int | None  # month 1–12, quarter 1–4, None for a year
    path: Path


class PeriodReportDialog(ActionDialog):
    def __init__(
        self,
        today: date,
        folder: Path,
        submit: Callable[[PeriodRequest], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Báo cáo định kỳ — Biểu 06"),
            self.tr(
                "Tình hình, kết quả giải quyết thủ tục hành chính theo lĩnh vực, cho một tháng, "
                "một quý hoặc một năm. Kỳ đang diễn ra được tính đến thời điểm hiện tại."
            ),
            submit,
            parent,
        )
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        self.kind.addItem(self.tr("Tháng"), "month")
        self.kind.addItem(self.tr("Quý"), "quarter")
        self.kind.addItem(self.tr("Năm"), "year")
        self.number = QSpinBox()
        self.number.setObjectName("periodNumber")
        self.number.setRange(1, 12)
        self.number.setValue(today.month)
        self.year = QSpinBox()
        self.year.setObjectName("periodYear")
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(today.year)
        self.today = today
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.number.valueChanged.connect(self._suggest_path)
        self.year.valueChanged.connect(self._suggest_path)

        self.file = ReportFileFields(self, folder, self.tr("Lưu báo cáo định kỳ"))
        self.pdf, self.xlsx, self.path = self.file.pdf, self.file.xlsx, self.file.path
        self.file.format_changed.connect(self._suggest_path)

        self.add_row(self.tr("Kỳ báo cáo:"), self.kind, "kind")
        self.add_row(self.tr("Tháng / quý:"), self.number, "number")
        self.add_row(self.tr("Năm:"), self.year, "year", "date")
        self.add_row(self.tr("Định dạng:"), self.file.formats)
        self.add_row(self.tr("Lưu vào tệp:"), self.file.path_box, "out_path", "path")
        self.setMinimumWidth(640)
        self._suggest_path()

    def chosen_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.chosen_kind()
        if kind == "month":
            self.number.setRange(1, 12)
            self.number.setValue(self.today.month)
        elif kind == "quarter":
            self.number.setRange(1, 4)
            self.number.setValue((self.today.month - 1) // 3 + 1)
        self.number.setEnabled(kind != "year")
        self._suggest_path()

    def _suggest_path(self) -> None:
        kind, year = self.chosen_kind(), self.year.value()
        if kind == "month":
            name = f"bieu-06-thang-{self.number.value():02d}-{year}"
        elif kind == "quarter":
            name = f"bieu-06-quy-{self.number.value()}-{year}"
        else:
            name = f"bieu-06-nam-{year}"
        self.file.suggest(name)

    def value(self) -> PeriodRequest | None:
        path = self.file.chosen_path()
        if path is None:
            self.errors.show_field("out_path", self.tr("Chưa chọn nơi lưu tệp."))
            return None
        kind = self.chosen_kind()
        number = None if kind == "year" else self.number.value()
        return PeriodRequest(kind, self.year.value(), number, path)
