"""A dashboard tile: a big figure with its caption and a line of detail, red when it alerts."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from onestop_desktop.ui.form_helpers import ERROR_STYLE

TILE_STYLE = "QFrame#tile { border: 1px solid #c8c8c8; border-radius: 6px; background: #fafafa; }"
ALERT_STYLE = "QFrame#tile { border: 2px solid #b3261e; border-radius: 6px; background: #fdecea; }"


class Tile(QFrame):
    """A big figure with its caption and a line of detail."""

    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setProperty("key", key)
        self.setStyleSheet(TILE_STYLE)
        self.alert = False
        self.figure = QLabel("…")
        self.figure.setObjectName(f"{key}Figure")
        self.figure.setStyleSheet("font-size: 24pt; font-weight: 700;")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName(f"{key}Detail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #555;")
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        column.setSpacing(1)
        column.addWidget(self.caption)
        column.addWidget(self.figure)
        column.addWidget(self.detail)
        column.addStretch(1)

    def show_value(self, figure: str, detail: str = "", *, alert: bool = False) -> None:
        self.figure.setText(figure)
        self.detail.setText(detail)
        if alert != self.alert:
            self.alert = alert
            self.setStyleSheet(ALERT_STYLE if alert else TILE_STYLE)
            colour = "#b3261e" if alert else "inherit"
            self.figure.setStyleSheet(f"font-size: 24pt; font-weight: 700; color: {colour};")
            self.detail.setStyleSheet(ERROR_STYLE if alert else "color: #555;")
