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
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from onestop_desktop.ui.action_dialog import ActionDialog

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
        self.folder = folder
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

        self.add_row(self.tr("Kỳ báo cáo:"), self.kind, "kind")
        self.add_row(self.tr("Tháng / quý:"), self.number, "number")
        self.add_row(self.tr("Năm:"), self.year, "year", "date")
        self.add_row(self.tr("Định dạng:"), formats)
        self.add_row(self.tr("Lưu vào tệp:"), path_box, "out_path", "path")
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

    def suffix(self) -> str:
        return ".pdf" if self.pdf.isChecked() else ".xlsx"

    def _suggest_path(self) -> None:
        kind, year = self.chosen_kind(), self.year.value()
        if kind == "month":
            name = f"bieu-06-thang-{self.number.value():02d}-{year}"
        elif kind == "quarter":
            name = f"bieu-06-quy-{self.number.value()}-{year}"
        else:
            name = f"bieu-06-nam-{year}"
        current = self.path.text().strip()
        folder = Path(current).parent if current else self.folder
        self.path.setText(str(folder / f"{name}{self.suffix()}"))

    def _choose(self) -> None:
        kinds = (
            self.tr("Tệp PDF (*.pdf)") if self.pdf.isChecked() else self.tr("Tệp Excel (*.xlsx)")
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Lưu báo cáo định kỳ"), self.path.text(), kinds
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != self.suffix():
                path = path.with_suffix(self.suffix())
            self.path.setText(str(path))

    def value(self) -> PeriodRequest | None:
        text = self.path.text().strip()
        if not text:
            self.errors.show_field("out_path", self.tr("Chưa chọn nơi lưu tệp."))
            return None
        path = Path(text)
        if path.suffix.lower() != self.suffix():
            path = path.with_suffix(self.suffix())
        kind = self.chosen_kind()
        number = None if kind == "year" else self.number.value()
        return PeriodRequest(kind, self.year.value(), number, path)
