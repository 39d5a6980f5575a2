"""Create a user account (administrator only): user name, full name, role, first password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.roles import Role
from onestop_desktop.ui.form_helpers import (
    clear_inline_errors,
    error_label,
    show_failure,
)
from onestop_desktop.ui.labels import role_label


class UserDialog(QDialog):
    def __init__(
        self, submit: Callable[[dict[str, str]], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Thêm người dùng"))
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields = {
            "username": self.username,
            "full_name": self.full_name,
            "password": self.password,
        }
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Họ và tên:"), self.full_name)
        form.addRow(self.tr("Vai trò:"), self.role)
        form.addRow(self.tr("Mật khẩu ban đầu:"), self.password)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _on_ok(self) -> None:
        clear_inline_errors(self.error, list(self.fields.values()))
        self.buttons.setEnabled(False)
        self._submit(
            {
                "username": self.username.text(),
                "full_name": self.full_name.text(),
                "role": str(self.role.currentData()),
                "password": self.password.text(),
            }
        )

    def failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self.fields, exc)
