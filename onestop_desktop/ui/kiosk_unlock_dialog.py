"""Leaving kiosk mode: an administrator's user name and password, checked like any login.

The check is ``services.auth.login`` on the DB worker, so a wrong password is audited and counts
toward the account's lockout exactly as at the login screen. A correct password of an account
that is not an administrator is refused too. The dialog closes itself (rejected) after
``idle_ms`` without typing, so it is never left open on a public touch screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.roles import Role
from onestop_desktop.ui.form_helpers import error_label, show_inline_error
from onestop_desktop.ui.messages import error_text
from onestop_desktop.ui.session import UiSession

log = logging.getLogger(__name__)

IDLE_MS = 60_000


class KioskUnlockDialog(QDialog):
    """``unlocked(Actor)`` then accepted when an administrator's password is right."""

    unlocked = Signal(object)
    refused = Signal(str)  # the message shown

    def __init__(
        self,
        session: UiSession,
        language: str = "vi",
        parent: QWidget | None = None,
        *,
        idle_ms: int = IDLE_MS,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.setWindowTitle(self.tr("Thoát chế độ máy lấy số"))
        self.setMinimumWidth(520)
        self.setStyleSheet("font-size: 14pt;")
        intro = QLabel(
            self.tr(
                "Chỉ quản trị viên mới thoát được chế độ máy lấy số. "
                "Nhập tên đăng nhập và mật khẩu của quản trị viên."
            )
        )
        intro.setWordWrap(True)
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
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("Thoát chế độ máy lấy số"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.username.setFocus()

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self.reject)
        self._idle.start()
        self.username.textChanged.connect(self._idle.start)
        self.password.textChanged.connect(self._idle.start)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    def _on_ok(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            show_inline_error(self.error, self.tr("Nhập tên đăng nhập và mật khẩu."))
            return
        self._idle.stop()
        self.buttons.setEnabled(False)
        self.error.setVisible(False)
        runner = self.session.runner

        def job() -> object:
            from onestop_desktop.services.auth import login

            return runner.write(login, None, username=username, password=password)

        self.session.worker.submit(job, self._checked, lambda exc: self._refuse(error_text(exc)))

    def _checked(self, result: object) -> None:
        from onestop_desktop.services.auth import LoginResult

        assert isinstance(result, LoginResult)
        if result.actor is None:
            self._refuse(result.message_en if self.language == "en" else result.message_vi)
            return
        if result.actor.role != Role.ADMIN:
            log.warning("kiosk unlock refused to %s (not an administrator)", result.actor.username)
            self._refuse(
                self.tr(
                    "Tài khoản này không phải quản trị viên; "
                    "chỉ quản trị viên mới thoát được chế độ máy lấy số."
                )
            )
            return
        log.info("kiosk unlocked by %s", result.actor.username)
        self.unlocked.emit(result.actor)
        self.accept()

    def _refuse(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        show_inline_error(self.error, message, self.password)
        self._idle.start()
        self.refused.emit(message)

    def done(self, result: int) -> None:
        self._idle.stop()
        super().done(result)
