"""Ask why (a reason is required to stop applying a procedure or to withdraw a day off).

Non-blocking: ``open()`` it; ``submit(reason)`` is called on OK and must call back ``failed(exc)``
(the refusal shows inline and the dialog stays) or ``accept()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.ui.form_helpers import clear_inline_errors, error_label, show_failure


class ReasonDialog(QDialog):
    def __init__(
        self,
        title: str,
        prompt: str,
        submit: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(500)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _on_ok(self) -> None:
        clear_inline_errors(self.error, [self.reason])
        self.buttons.setEnabled(False)
        self._submit(self.reason.text())

    def failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, {"reason": self.reason}, exc)
