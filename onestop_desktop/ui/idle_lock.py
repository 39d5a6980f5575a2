"""Locking the main window after idle minutes (the ward's setting; 0 = never).

Any key, click or wheel in the application counts as activity. When the window has been idle for
the configured minutes, a cover is laid over the whole window and what is under it is disabled, not
cleared: a clerk's half-filled form is still there after unlocking. Only the same user's password
unlocks it (checked by ``services.auth.unlock_session`` on the worker, wrong passwords count
towards the lockout).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.services.auth import LoginResult, unlock_session
from onestop_desktop.services.security_settings import SecuritySettings, read_security_settings
from onestop_desktop.ui.form_helpers import error_label, show_inline_error
from onestop_desktop.ui.messages import error_text
from onestop_desktop.ui.session import UiSession

CHECK_INTERVAL_MS = 15_000
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}

_BLOCKED_WHILE_LOCKED = {
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
}


class LockCover(QWidget):
    """The cover over a locked window: who is logged in, a password field, Unlock."""

    def __init__(self, parent: QWidget, full_name: str, submit: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCover { background: #eceff1; }")
        self._submit = submit
        self.title = QLabel(self.tr("Màn hình đã khóa"))
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.explain = QLabel(
            self.tr(
                "Phần mềm đã khóa vì không sử dụng trong một thời gian. Nhập mật khẩu của "
                "{0} để tiếp tục; công việc đang làm dở vẫn được giữ nguyên."
            ).format(full_name)
        )
        self.explain.setWordWrap(True)
        font = self.explain.font()
        font.setPointSize(12)
        self.explain.setFont(font)
        self.explain.setFixedWidth(540)
        self.explain.setMinimumHeight(self.explain.heightForWidth(540))
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Mật khẩu"))
        self.password.returnPressed.connect(self._on_unlock)
        self.unlock_button = QPushButton(self.tr("Mở khóa"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self._on_unlock)
        self.error = error_label(self)
        box = QWidget()
        box.setFixedWidth(560)
        column = QVBoxLayout(box)
        for widget in (self.title, self.explain, self.password, self.error, self.unlock_button):
            column.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _on_unlock(self) -> None:
        if not self.password.text():
            show_inline_error(self.error, self.tr("Nhập mật khẩu."), self.password)
            return
        self.unlock_button.setEnabled(False)
        self.error.setVisible(False)
        self._submit(self.password.text())

    def refused(self, message: str) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        show_inline_error(self.error, message, self.password)


class IdleLock(QObject):
    """Watches input in the whole application and locks ``window`` after the idle minutes."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QMainWindow,
        session: UiSession,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        check_interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self._monotonic = monotonic
        self._last_activity = monotonic()
        self.idle_minutes = 0
        self.cover: LockCover | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.installEventFilter(self)
        self.load_setting()

    def load_setting(self) -> None:
        """Read the ward's idle minutes on the worker; the check starts once they are known."""
        self.session.read(read_security_settings, self._setting_loaded, lambda _e: None)

    def _setting_loaded(self, settings: SecuritySettings) -> None:
        self.set_idle_minutes(settings.idle_lock_minutes)

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_minutes = minutes
        self._last_activity = self._monotonic()
        if minutes > 0:
            self.timer.start()
        else:
            self.timer.stop()

    @property
    def is_locked(self) -> bool:
        return self.cover is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.Resize and self.cover is not None:
            self.cover.setGeometry(self.window.rect())
        elif self.cover is not None:
            # While locked, shortcuts (F5 "call next"…) and keys outside the cover do nothing.
            if kind in _BLOCKED_WHILE_LOCKED and not self._inside_cover(watched):
                return True
        elif kind in _ACTIVITY:
            self._last_activity = self._monotonic()
        return False

    def _inside_cover(self, watched: QObject) -> bool:
        node: QObject | None = watched
        while node is not None:
            if node is self.cover:
                return True
            node = node.parent()
        return False

    def check(self) -> None:
        if self.is_locked or self.idle_minutes <= 0:
            return
        if self._monotonic() - self._last_activity >= self.idle_minutes * 60:
            self.lock()

    def lock(self) -> None:
        if self.is_locked:
            return
        central = self.window.centralWidget()
        if central is not None:
            central.setEnabled(False)  # disabled, not cleared: unsaved input stays
        cover = LockCover(self.window, self.session.actor.full_name, self._submit)
        cover.setGeometry(self.window.rect())
        cover.show()
        cover.raise_()
        cover.password.setFocus()
        self.cover = cover
        self.locked.emit()

    def _submit(self, password: str) -> None:
        cover = self.cover
        assert cover is not None

        def done(result: LoginResult) -> None:
            if result.actor is None:
                language = self.session.language
                cover.refused(result.message_en if language == "en" else result.message_vi)
                return
            self._unlock()

        self.session.write(
            unlock_session, done, lambda exc: cover.refused(error_text(exc)), password=password
        )

    def _unlock(self) -> None:
        cover, self.cover = self.cover, None
        if cover is not None:
            cover.hide()
            cover.deleteLater()
        central = self.window.centralWidget()
        if central is not None:
            central.setEnabled(True)
        self._last_activity = self._monotonic()
        self.unlocked.emit()
