"""Small helpers shared by the dialogs: inline error labels and field highlighting."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.ui.messages import error_text

ERROR_STYLE = "color: #b3261e; font-weight: 600;"
INVALID_FIELD_STYLE = "QLineEdit { border: 2px solid #b3261e; }"


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    label.setObjectName("errorLabel")
    return label


def show_inline_error(label: QLabel, text: str, field: QLineEdit | None = None) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    if field is not None:
        field.setStyleSheet(INVALID_FIELD_STYLE)
        field.setFocus()


def clear_inline_errors(label: QLabel, fields: list[QLineEdit]) -> None:
    label.clear()
    label.setVisible(False)
    for field in fields:
        field.setStyleSheet("")


def show_failure(label: QLabel, fields: dict[str, QLineEdit], exc: BaseException) -> None:
    """Show a refused submission inline, highlighting the field a validation error names."""
    field = fields.get(exc.field or "") if isinstance(exc, ValidationError) else None
    show_inline_error(label, error_text(exc), field)
