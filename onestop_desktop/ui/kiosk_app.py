"""``onestop-desktop --kiosk``: the ticket kiosk, full screen, no login.

The kiosk acts as ``KIOSK_ACTOR``. The database is opened on the DB worker while a dark screen
says "Đang kết nối…"; a database that cannot be reached yet (the kiosk's PC booted before the
server) or a ward not set up yet is tried again every ``RETRY_MS`` rather than ending the
program. The kiosk window closes only with an administrator's password (see ``KioskWindow``).
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from onestop_desktop import __version__
from onestop_desktop.store.instance_lock import InstanceLock
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.app import PROBE_ENV, _install_excepthook, _load_fonts, read_ui_cache
from onestop_desktop.ui.i18n import install_language
from onestop_desktop.ui.messages import error_text, set_message_language
from onestop_desktop.ui.worker import DbWorker

if TYPE_CHECKING:
    from onestop_desktop.domain.clock import Clock
    from onestop_desktop.services.context import ServiceRunner
    from onestop_desktop.services.dto import WardStatus
    from onestop_desktop.ui.kiosk_window import KioskWindow

log = logging.getLogger(__name__)

RETRY_MS = 10_000


def _open(location: DataLocation, clock: Clock | None) -> tuple[ServiceRunner, WardStatus]:
    """Runs on the worker thread: imports the data layers, opens and migrates the database."""
    from onestop_desktop.domain.clock import SystemClock
    from onestop_desktop.services.context import ServiceRunner
    from onestop_desktop.services.setup import ward_status
    from onestop_desktop.store.startup import open_database

    clock = clock or SystemClock()
    db, _report = open_database(location, clock.now())
    runner = ServiceRunner(db, clock)
    try:
        status = runner.read(ward_status, None)
    except BaseException:
        db.dispose()
        raise
    # Warm what the kiosk needs, still off the GUI thread.
    import onestop_desktop.printing.ticket
    import onestop_desktop.ui.kiosk_window  # noqa: F401

    return runner, status


class KioskController(QObject):
    """Opens the database, then shows the kiosk full screen."""

    def __init__(
        self,
        location: DataLocation,
        language: str | None = None,
        *,
        clock: Clock | None = None,
        full_screen: bool = True,
    ) -> None:
        super().__init__()
        self.location = location
        self.forced_language = language
        self.clock = clock
        self.full_screen = full_screen
        self.worker = DbWorker(self)
        self.runner: ServiceRunner | None = None
        self.window: KioskWindow | None = None
        self.waiting = QLabel()
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        self.waiting.setStyleSheet(
            'background: #0b1524; color: #a9bdd6; font-size: 28pt; font-family: "Liberation Sans";'
        )
        self.waiting.setMargin(80)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.start)

    def _apply_language(self, stored: str) -> str:
        language = self.forced_language or (stored if stored in ("vi", "en") else "vi")
        app = QApplication.instance()
        assert app is not None
        install_language(app, language)
        set_message_language(language)
        return language

    def _show(self, widget: QLabel | KioskWindow) -> None:
        if self.full_screen:
            # Full screen even under a bare X server with no window manager to honour the request.
            screen = widget.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                widget.setGeometry(screen.geometry())
            widget.showFullScreen()
        else:
            widget.resize(1920, 1080)
            widget.show()

    def start(self) -> None:
        if self.window is None:
            self._apply_language(read_ui_cache(self.location).get("language", "vi"))
            self.waiting.setText(QApplication.translate("KioskApp", "Đang kết nối…"))
            self._show(self.waiting)
        location, clock = self.location, self.clock
        self.worker.submit(lambda: _open(location, clock), self._opened, self._failed)

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        log.warning("kiosk cannot open the database; trying again: %s", text)
        retry = QApplication.translate("KioskApp", "Thử lại sau {0} giây.").format(RETRY_MS // 1000)
        self.waiting.setText(f"{text}\n\n{retry}")
        self._retry.start()

    def _opened(self, result: tuple[ServiceRunner, WardStatus]) -> None:
        from onestop_desktop.services.queue import KIOSK_ACTOR
        from onestop_desktop.ui.kiosk_window import KioskWindow
        from onestop_desktop.ui.session import UiSession

        runner, status = result
        if self.runner is not None and self.runner is not runner:
            self.runner.db.dispose()
        self.runner = runner
        if not status.initialised:
            self.waiting.setText(
                QApplication.translate(
                    "KioskApp",
                    "Phường chưa được thiết lập. Hãy mở chương trình ở chế độ quầy để thiết lập, "
                    "rồi khởi động lại máy lấy số.",
                )
            )
            self._retry.start()
            return
        language = self._apply_language(status.language)
        session = UiSession(
            worker=self.worker,
            runner=runner,
            location=self.location,
            ward=status,
            actor=KIOSK_ACTOR,
            language=language,
        )
        self.window = KioskWindow(session)
        self._show(self.window)
        self.window.activateWindow()
        self.waiting.hide()
        if os.environ.get(PROBE_ENV):
            self.window.services_loaded.connect(self._probe_ready)

    def _probe_ready(self, _services: object) -> None:
        print("READY", flush=True)
        if self.window is not None:
            self.window.unlocked = True
        QApplication.exit(0)

    def shutdown(self) -> None:
        self._retry.stop()
        self.worker.wait_idle()
        if self.runner is not None:
            self.runner.db.dispose()


def run_kiosk(location: DataLocation, language: str | None = None) -> int:
    """Run the kiosk until an administrator unlocks and closes it; returns the exit code."""
    app: Any = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("onestop-desktop")
    app.setApplicationVersion(__version__)
    _load_fonts(app)
    _install_excepthook()
    lock = InstanceLock(location.data_dir)
    try:
        lock.acquire()
    except OSError as exc:
        QMessageBox.critical(None, "onestop-desktop", str(exc))
        return 1
    controller = KioskController(location, language)
    controller.start()
    try:
        return int(app.exec())
    finally:
        controller.shutdown()
        lock.release()
