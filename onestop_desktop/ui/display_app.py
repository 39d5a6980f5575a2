"""``onestop-desktop --display``: the display board on a TV, full screen, no login.

The board acts as ``DISPLAY_ACTOR``. The database is opened on the DB worker while a black
screen says "Đang kết nối…"; a database that cannot be reached yet (the TV's PC booted before the
server) is tried again every ``RETRY_MS`` rather than ending the program. Whether the voice is on
is this PC's choice, kept in ``DATA/this-pc.json`` under ``display_voice`` (M on the board toggles
it). Ctrl+Shift+Q closes the board.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from onestop_desktop import __version__
from onestop_desktop.store.instance_lock import InstanceLock
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.app import PROBE_ENV, _install_excepthook, _load_fonts, read_ui_cache
from onestop_desktop.ui.i18n import install_language
from onestop_desktop.ui.messages import error_text, set_message_language
from onestop_desktop.ui.worker import DbWorker

if TYPE_CHECKING:
    from onestop_desktop.services.context import ServiceRunner
    from onestop_desktop.services.dto import WardStatus
    from onestop_desktop.ui.display_window import DisplayWindow

log = logging.getLogger(__name__)

RETRY_MS = 10_000
VOICE_KEY = "display_voice"
THIS_PC_FILE = "this-pc.json"


# -- this PC's voice switch ------------------------------------------------------------------------
def _this_pc(location: DataLocation) -> dict[str, object]:
    try:
        data = json.loads((location.data_dir / THIS_PC_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def voice_enabled(location: DataLocation) -> bool:
    return _this_pc(location).get(VOICE_KEY) is not False


def set_voice_enabled(location: DataLocation, on: bool) -> None:
    data = _this_pc(location)
    data[VOICE_KEY] = on
    path = location.data_dir / THIS_PC_FILE
    temporary = path.with_suffix(".display.tmp")
    try:
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)
    except OSError:
        log.warning("cannot write %s", path)


# -- opening -----------------------------------------------------------------------------------
def _open(location: DataLocation) -> tuple[ServiceRunner, WardStatus]:
    """Runs on the worker thread: imports the data layers, opens and migrates the database."""
    from onestop_desktop.domain.clock import SystemClock
    from onestop_desktop.services.context import ServiceRunner
    from onestop_desktop.services.setup import ward_status
    from onestop_desktop.store.startup import open_database

    clock = SystemClock()
    db, _report = open_database(location, clock.now())
    runner = ServiceRunner(db, clock)
    try:
        status = runner.read(ward_status, None)
    except BaseException:
        db.dispose()
        raise
    import onestop_desktop.ui.display_window  # noqa: F401  (warm it off the GUI thread)

    return runner, status


def _full_screen(widget: QWidget) -> None:
    """Full screen even under a bare X server with no window manager to honour the request."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        widget.setGeometry(screen.geometry())
    widget.showFullScreen()


class DisplayController(QObject):
    """Opens the database, then shows the board full screen."""

    def __init__(self, location: DataLocation, language: str | None = None) -> None:
        super().__init__()
        self.location = location
        self.forced_language = language
        self.worker = DbWorker(self)
        self.runner: ServiceRunner | None = None
        self.window: DisplayWindow | None = None
        self.exit_code: int | None = None
        self.waiting = QLabel()
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        self.waiting.setStyleSheet("background: #0b1524; color: #a9bdd6; font-size: 28pt;")
        self.waiting.setCursor(Qt.CursorShape.BlankCursor)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.start)

    def _apply_language(self, stored: str) -> None:
        language = self.forced_language or (stored if stored in ("vi", "en") else "vi")
        app = QApplication.instance()
        assert app is not None
        install_language(app, language)
        set_message_language(language)

    def start(self) -> None:
        if self.window is None:
            self._apply_language(read_ui_cache(self.location).get("language", "vi"))
            self.waiting.setText(QApplication.translate("DisplayApp", "Đang kết nối…"))
            _full_screen(self.waiting)
        location = self.location
        self.worker.submit(lambda: _open(location), self._opened, self._failed)

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        log.warning("display board cannot open the database; trying again: %s", text)
        retry = QApplication.translate("DisplayApp", "Thử lại sau {0} giây.").format(
            RETRY_MS // 1000
        )
        self.waiting.setText(f"{text}\n\n{retry}")
        self._retry.start()

    def _opened(self, result: tuple[ServiceRunner, WardStatus]) -> None:
        from onestop_desktop.services.queue import DISPLAY_ACTOR
        from onestop_desktop.ui.announcer import Announcer
        from onestop_desktop.ui.display_window import DisplayWindow
        from onestop_desktop.ui.session import UiSession

        self.runner, status = result
        if not status.initialised:
            self.waiting.setText(
                QApplication.translate(
                    "DisplayApp",
                    "Phường chưa được thiết lập. Hãy mở chương trình ở chế độ quầy để thiết lập, "
                    "rồi khởi động lại bảng hiển thị.",
                )
            )
            self._retry.start()
            return
        self._apply_language(self.forced_language or status.language)
        session = UiSession(
            worker=self.worker,
            runner=self.runner,
            location=self.location,
            ward=status,
            actor=DISPLAY_ACTOR,
            language=self.forced_language or status.language,
        )
        location = self.location
        announcer = Announcer(enabled=voice_enabled(location))
        announcer.enabled_changed.connect(lambda on: set_voice_enabled(location, on))
        self.window = DisplayWindow(session, announcer)
        _full_screen(self.window)
        self.waiting.hide()
        if os.environ.get(PROBE_ENV):
            self.window.board_updated.connect(self._probe_ready)

    def _probe_ready(self, _state: object) -> None:
        print("READY", flush=True)
        QApplication.exit(0)

    def shutdown(self) -> None:
        self._retry.stop()
        self.worker.wait_idle()
        if self.runner is not None:
            self.runner.db.dispose()


def run_display(location: DataLocation, language: str | None = None) -> int:
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
    controller = DisplayController(location, language)
    controller.start()
    try:
        return int(app.exec())
    finally:
        controller.shutdown()
        lock.release()
