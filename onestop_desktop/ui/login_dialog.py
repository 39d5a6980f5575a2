"""Login: user name and password; a refusal is shown in the dialog and the password cleared."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.ui.form_helpers import error_label, show_inline_error


class LoginDialog(QDialog):
    def __init__(
        self,
        ward_name: str,
        submit_login: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit_login
        self.setWindowTitle(self.tr("Đăng nhập — Bộ phận Một cửa"))
        self.setMinimumWidth(420)
        self.title = QLabel(ward_name)
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("loginState")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.login_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("Đăng nhập"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def set_connecting(self) -> None:
        """Shown before the database is open: typing works, logging in waits."""
        self.login_button.setEnabled(False)
        self.state.setText(self.tr("Đang mở cơ sở dữ liệu…"))

    def set_ready(self, ward_name: str) -> None:
        self.title.setText(ward_name)
        self.state.clear()
        self.login_button.setEnabled(True)

    def _on_ok(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            show_inline_error(self.error, self.tr("Nhập tên đăng nhập và mật khẩu."))
            return
        self.buttons.setEnabled(False)
        self.error.setVisible(False)
        self._submit(self.username.text(), self.password.text())

    def login_refused(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        show_inline_error(self.error, message, self.password)
