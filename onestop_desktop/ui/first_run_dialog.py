"""First run: the ward (name, unit code) and its administrator. No default password exists."""

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

from onestop_desktop.ui.form_helpers import (
    clear_inline_errors,
    error_label,
    show_failure,
    show_inline_error,
)


class FirstRunDialog(QDialog):
    """Collects the setup; ``submit_setup`` is called with the values and must call back
    ``setup_failed(exc)`` or close the dialog with ``accept()``."""

    def __init__(
        self, submit_setup: Callable[[dict[str, str]], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._submit = submit_setup
        self.setWindowTitle(self.tr("Thiết lập lần đầu"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Chào mừng! Nhập thông tin phường và tạo tài khoản quản trị đầu tiên. "
                "Phần mềm không có mật khẩu mặc định."
            )
        )
        intro.setWordWrap(True)
        self.ward_name = QLineEdit()
        self.ward_name.setPlaceholderText(self.tr("Ví dụ: Phường Tây Hồ"))
        self.unit_code = QLineEdit()
        self.unit_code.setPlaceholderText("000.00.06.H56")
        self.admin_username = QLineEdit("admin")
        self.admin_full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields = {
            "name": self.ward_name,
            "unit_code": self.unit_code,
            "username": self.admin_username,
            "full_name": self.admin_full_name,
            "password": self.password,
        }
        form = QFormLayout()
        form.addRow(self.tr("Tên phường:"), self.ward_name)
        form.addRow(self.tr("Mã đơn vị:"), self.unit_code)
        form.addRow(self.tr("Tên đăng nhập quản trị:"), self.admin_username)
        form.addRow(self.tr("Họ và tên quản trị:"), self.admin_full_name)
        form.addRow(self.tr("Mật khẩu (≥ 10 ký tự):"), self.password)
        form.addRow(self.tr("Nhập lại mật khẩu:"), self.password_again)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tạo"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _on_ok(self) -> None:
        clear_inline_errors(self.error, [*list(self.fields.values()), self.password_again])
        if self.password.text() != self.password_again.text():
            show_inline_error(
                self.error, self.tr("Hai lần nhập mật khẩu không khớp."), self.password_again
            )
            return
        self.buttons.setEnabled(False)
        self._submit(
            {
                "ward_name": self.ward_name.text(),
                "unit_code": self.unit_code.text(),
                "admin_username": self.admin_username.text(),
                "admin_full_name": self.admin_full_name.text(),
                "admin_password": self.password.text(),
            }
        )

    def setup_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self.fields, exc)
