"""The "PDF or XLSX, saved as …" part of the dialogs that export a report (the register Mẫu 07,
Biểu 06): two format buttons, the file path with a "Chọn…" button, and the path kept on the
chosen format's suffix."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)


class ReportFileFields(QObject):
    """Build it in a dialog, put ``formats`` and ``path_box`` in its form; ``format_changed``
    fires when PDF/XLSX is switched (suggest a new name then)."""

    format_changed = Signal()

    def __init__(self, parent: QWidget, folder: Path, save_title: str) -> None:
        super().__init__(parent)
        self.dialog = parent
        self.folder = folder
        self.save_title = save_title
        self.pdf = QRadioButton(self.tr("PDF (để in)"))
        self.pdf.setObjectName("formatPdf")
        self.xlsx = QRadioButton(self.tr("Excel (XLSX)"))
        self.xlsx.setObjectName("formatXlsx")
        group = QButtonGroup(self)
        group.addButton(self.pdf)
        group.addButton(self.xlsx)
        self.pdf.setChecked(True)
        self.pdf.toggled.connect(lambda _on: self.format_changed.emit())
        self.formats = QWidget()
        row = QHBoxLayout(self.formats)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.pdf)
        row.addWidget(self.xlsx)
        row.addStretch(1)

        self.path = QLineEdit()
        self.path.setObjectName("outPath")
        choose = QPushButton(self.tr("Chọn…"))
        choose.clicked.connect(self.choose)
        self.path_box = QWidget()
        path_row = QHBoxLayout(self.path_box)
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(choose)

    def suffix(self) -> str:
        return ".pdf" if self.pdf.isChecked() else ".xlsx"

    def _with_suffix(self, path: Path) -> Path:
        return path if path.suffix.lower() == self.suffix() else path.with_suffix(self.suffix())

    def suggest(self, stem: str) -> None:
        """``stem`` + the format's suffix, in the folder of the path typed so far (or the
        default folder)."""
        current = self.path.text().strip()
        folder = Path(current).parent if current else self.folder
        self.path.setText(str(folder / f"{stem}{self.suffix()}"))

    def choose(self) -> None:
        kinds = (
            self.tr("Tệp PDF (*.pdf)") if self.pdf.isChecked() else self.tr("Tệp Excel (*.xlsx)")
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self.dialog, self.save_title, self.path.text(), kinds
        )
        if chosen:
            self.path.setText(str(self._with_suffix(Path(chosen))))

    def chosen_path(self) -> Path | None:
        """The path to write, on the format's suffix; ``None`` when none was given."""
        text = self.path.text().strip()
        return self._with_suffix(Path(text)) if text else None
