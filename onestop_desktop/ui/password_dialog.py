"""A new password, typed twice: the user's own change (current password first; required after an
administrator's reset) or the administrator's reset of someone's password."""

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

from onestop_desktop.ui.form_helpers import clear_inline_errors, error_label, show_failure
from onestop_desktop.ui.form_helpers import show_inline_error as _show


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PasswordDialog(QDialog):
    """``submit(current, new)``; ``current`` is "" for the administrator's reset."""

    def __init__(
        self,
        submit: Callable[[str, str], None],
        *,
        own: bool,
        who: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.own = own
        if own:
            self.setWindowTitle(self.tr("Đổi mật khẩu"))
            note = self.tr(
                "Mật khẩu của {0} vừa được quản trị viên đặt lại. Hãy đặt mật khẩu mới "
                "(ít nhất 10 ký tự) trước khi làm việc."
            ).format(who)
        else:
            self.setWindowTitle(self.tr("Đặt lại mật khẩu"))
            note = self.tr(
                "Mật khẩu tạm thời cho {0}. Người dùng phải đổi mật khẩu ở lần đăng nhập sau; "
                "tài khoản đang bị khóa tạm thời sẽ được mở."
            ).format(who)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.current = _password_field("currentPassword")
        self.password = _password_field("newPassword")
        self.repeat = _password_field("repeatPassword")
        form = QFormLayout()
        if own:
            form.addRow(self.tr("Mật khẩu hiện tại:"), self.current)
        form.addRow(self.tr("Mật khẩu mới:"), self.password)
        form.addRow(self.tr("Nhập lại mật khẩu mới:"), self.repeat)
        self.fields = {"current_password": self.current, "password": self.password}
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _on_ok(self) -> None:
        clear_inline_errors(self.error, [self.current, self.password, self.repeat])
        if self.password.text() != self.repeat.text():
            _show(self.error, self.tr("Hai lần nhập mật khẩu mới không khớp."), self.repeat)
            return
        self.buttons.setEnabled(False)
        self._submit(self.current.text() if self.own else "", self.password.text())

    def failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self.fields, exc)
