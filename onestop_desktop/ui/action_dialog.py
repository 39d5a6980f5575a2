"""The shape every action dialog of the return screen shares (a base class, not a window).

Non-blocking: the owner ``open()``s it; OK reads the fields (``value()``; a field that cannot even
be read shows its message and returns None) and hands the value to ``submit``, which runs the use
case on the worker and calls back ``failed(exc)`` (the messages go under the fields, the dialog
stays, nothing changed) or ``accept()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.ui.field_errors import FieldErrors


class ActionDialog(QDialog):
    def __init__(
        self,
        title: str,
        heading: str,
        submit: Callable[[Any], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.heading = QLabel(heading)
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.errors = FieldErrors(self)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.notes = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.notes)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)

    def add_row(self, caption: str, widget: QWidget, *fields: str) -> None:
        """A labelled field; ``fields`` are the names the service's errors use for it."""
        self.form.addRow(caption, self.errors.under(widget, *fields) if fields else widget)

    def add_note(self, text: str) -> QLabel:
        """A wrapped explanation above the fields (the catalogue's fee note…)."""
        note = QLabel(text)
        note.setWordWrap(True)
        note.setStyleSheet("color: #444;")
        self.notes.addWidget(note)
        return note

    def value(self) -> Any:
        raise NotImplementedError

    def _on_ok(self) -> None:
        self.errors.clear()
        value = self.value()
        if value is None:
            return
        self.buttons.setEnabled(False)
        self._submit(value)

    def failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(exc)
