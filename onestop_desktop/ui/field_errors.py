"""Messages under the fields of a dialog: one error label per field, named like the service's
``ValidationError.field``; what names no field of the dialog goes to a general label."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from onestop_desktop.domain.errors import FormInvalid, ValidationError
from onestop_desktop.ui.form_helpers import ERROR_STYLE, error_label
from onestop_desktop.ui.messages import error_text


class FieldErrors:
    def __init__(self, owner: QWidget) -> None:
        self.general = error_label(owner)
        self.general.setObjectName("generalError")
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def under(self, widget: QWidget, *fields: str) -> QWidget:
        """``widget`` with its error label below it, for the names ``fields`` of the service."""
        label = QLabel()
        label.setObjectName(f"{fields[0]}_error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        for field in fields:
            self._fields[field] = (widget, label)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(label)
        return box

    def label(self, field: str) -> QLabel:
        return self._fields[field][1]

    def clear(self) -> None:
        self.general.clear()
        self.general.setVisible(False)
        for widget, label in self._fields.values():
            label.clear()
            label.setVisible(False)
            widget.setStyleSheet("")

    def show_field(self, field: str, text: str) -> None:
        """A message under ``field`` (or in the general label if the dialog has no such field)."""
        found = self._fields.get(field)
        if found is None:
            self.general.setText(text)
            self.general.setVisible(True)
            return
        widget, label = found
        label.setText(text)
        label.setVisible(True)
        kind = widget.metaObject().className()
        widget.setStyleSheet(f"{kind} {{ border: 2px solid #b3261e; }}")
        widget.setFocus()

    def show(self, exc: BaseException) -> None:
        """A refused submission: each problem under its field, the rest in the general label."""
        problems = exc.problems if isinstance(exc, FormInvalid) else [exc]
        for problem in reversed(problems):  # the first problem ends with the focus
            if isinstance(problem, ValidationError) and problem.field:
                self.show_field(problem.field, error_text(problem))
            else:
                self.general.setText(error_text(problem))
                self.general.setVisible(True)
