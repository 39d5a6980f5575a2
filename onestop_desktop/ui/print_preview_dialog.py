"""Xem trước khi in: the pages of a PDF as the printer will get them, with Print and Close."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.ui.form_helpers import error_label, show_inline_error
from onestop_desktop.ui.pdf_printer import (
    PREVIEW_DPI,
    PrintOutcome,
    UnreadablePdf,
    page_images,
    print_pdf,
)

PrintAction = Callable[[Path], PrintOutcome]


class PrintPreviewDialog(QDialog):
    """Shows every page of ``pdf``; Print sends it with ``print_action`` (by default the
    configured printer ``printer_name``, or the system default) and closes when it printed."""

    def __init__(
        self,
        pdf: Path,
        printer_name: str | None = None,
        parent: QWidget | None = None,
        *,
        print_action: PrintAction | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.outcome: PrintOutcome | None = None
        self._print_action: PrintAction = print_action or (lambda p: print_pdf(p, printer_name))
        self.setWindowTitle(self.tr("Xem trước khi in — {0}").format(pdf.name))

        self.pages: list[QLabel] = []
        column = QWidget()
        column.setObjectName("previewPages")
        pages_layout = QVBoxLayout(column)
        pages_layout.setSpacing(12)
        pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.error = error_label(self)
        try:
            for number, image in enumerate(page_images(pdf, PREVIEW_DPI), start=1):
                label = QLabel()
                label.setPixmap(QPixmap.fromImage(image))
                label.setFrameShape(QFrame.Shape.Box)
                label.setAccessibleName(self.tr("Trang {0}").format(number))
                pages_layout.addWidget(label)
                self.pages.append(label)
        except UnreadablePdf as exc:
            show_inline_error(self.error, str(exc))
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(column)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.summary = QLabel(self.tr("{0} trang · {1}").format(len(self.pages), str(pdf)))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&In"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setDefault(True)
        self.print_button.setEnabled(bool(self.pages))
        self.close_button = QPushButton(self.tr("Đó&ng"))
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.print_now)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._size_to_screen()

    def print_now(self) -> None:
        self.print_button.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.outcome = self._print_action(self.pdf)
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.print_button.setEnabled(True)
        if self.outcome.printed:
            self.accept()
            return
        show_inline_error(
            self.error,
            self.tr("Chưa in được: {0}\nTệp PDF vẫn được lưu tại: {1}").format(
                self.outcome.message, str(self.pdf)
            ),
        )

    def _size_to_screen(self) -> None:
        width = (self.pages[0].pixmap().width() if self.pages else 600) + 80
        screen = self.screen().availableGeometry() if self.screen() else None
        height = int(screen.height() * 0.85) if screen else 900
        self.resize(width, height)
