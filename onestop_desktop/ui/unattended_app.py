"""The unattended modes (kiosk, display board): full screen, no login, an actor of their own.

The database is opened on the DB worker while a dark screen says "Đang kết nối…"; a database that
cannot be reached yet (the PC booted before the server) or a ward not set up yet is tried again
every ``RETRY_MS`` rather than ending the program. A mode subclasses ``UnattendedController`` with
its window, its actor and its own wording.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from onestop_desktop import __version__
from onestop_desktop.store.instance_lock import InstanceLock
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.app import (
    PROBE_ENV,
    _install_excepthook,
    _load_fonts,
    open_runner,
    read_ui_cache,
)
from onestop_desktop.ui.i18n import install_language
from onestop_desktop.ui.messages import error_text, set_message_language
from onestop_desktop.ui.worker import DbWorker

if TYPE_CHECKING:
    from onestop_desktop.domain.clock import Clock
    from onestop_desktop.services.context import Actor, ServiceRunner
    from onestop_desktop.services.dto import WardStatus
    from onestop_desktop.ui.session import UiSession

log = logging.getLogger(__name__)

RETRY_MS = 10_000


def _open(
    location: DataLocation, clock: Clock | None, warm: tuple[str, ...]
) -> tuple[ServiceRunner, WardStatus]:
    """Runs on the worker thread: opens the database, then imports the mode's window modules."""
    runner, status = open_runner(location, clock)
    for module in warm:
        importlib.import_module(module)
    return runner, status


class UnattendedController(QObject):
    """Opens the database, then shows the mode's window full screen."""

    name = "unattended mode"  # for the log
    warm: tuple[str, ...] = ()  # modules to import on the worker before the window is built

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
        self.window: QWidget | None = None
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

    # -- what a mode provides ------------------------------------------------------------------
    def actor(self) -> Actor:
        raise NotImplementedError

    def not_set_up_text(self) -> str:
        raise NotImplementedError

    def build_window(self, session: UiSession) -> QWidget:
        raise NotImplementedError

    def ready_signal(self, window: QWidget) -> SignalInstance:
        """Emitted once the window shows real data: the start-up probe prints READY then."""
        raise NotImplementedError

    def before_probe_exit(self) -> None:
        """Whatever the window needs to let the probe close it."""

    # -- the shared path -----------------------------------------------------------------------
    def _apply_language(self, stored: str) -> str:
        language = self.forced_language or (stored if stored in ("vi", "en") else "vi")
        app = QApplication.instance()
        assert app is not None
        install_language(app, language)
        set_message_language(language)
        return language

    def _show(self, widget: QWidget) -> None:
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
            self.waiting.setText(QApplication.translate("UnattendedApp", "Đang kết nối…"))
            self._show(self.waiting)
        location, clock, warm = self.location, self.clock, self.warm
        self.worker.submit(lambda: _open(location, clock, warm), self._opened, self._failed)

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        log.warning("%s cannot open the database; trying again: %s", self.name, text)
        retry = QApplication.translate("UnattendedApp", "Thử lại sau {0} giây.").format(
            RETRY_MS // 1000
        )
        self.waiting.setText(f"{text}\n\n{retry}")
        self._retry.start()

    def _opened(self, result: tuple[ServiceRunner, WardStatus]) -> None:
        from onestop_desktop.ui.session import UiSession

        runner, status = result
        if self.runner is not None and self.runner is not runner:
            self.runner.db.dispose()
        self.runner = runner
        if not status.initialised:
            self.waiting.setText(self.not_set_up_text())
            self._retry.start()
            return
        language = self._apply_language(status.language)
        session = UiSession(
            worker=self.worker,
            runner=runner,
            location=self.location,
            ward=status,
            actor=self.actor(),
            language=language,
        )
        window = self.build_window(session)
        self.window = window
        self._show(window)
        window.activateWindow()
        self.waiting.hide()
        if os.environ.get(PROBE_ENV):
            self.ready_signal(window).connect(self._probe_ready)

    def _probe_ready(self, _data: object) -> None:
        print("READY", flush=True)
        self.before_probe_exit()
        QApplication.exit(0)

    def shutdown(self) -> None:
        self._retry.stop()
        self.worker.wait_idle()
        if self.runner is not None:
            self.runner.db.dispose()


def run_unattended(controller_type: type[UnattendedController], location: DataLocation,
                   language: str | None) -> int:  # fmt: skip
    """Run a mode until its window closes; returns the exit code."""
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
    controller = controller_type(location, language)
    controller.start()
    try:
        return int(app.exec())
    finally:
        controller.shutdown()
        lock.release()
