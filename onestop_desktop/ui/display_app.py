"""``onestop-desktop --display``: the display board on a TV, full screen, no login, as
``DISPLAY_ACTOR``.

Opening, retrying and full screen are ``UnattendedController``'s. Whether the voice is on is this
PC's choice (``this_pc.voice_enabled``; M on the board toggles it). Ctrl+Shift+Q closes the board.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.this_pc import set_voice_enabled, voice_enabled
from onestop_desktop.ui.unattended_app import UnattendedController, run_unattended

if TYPE_CHECKING:
    from onestop_desktop.services.context import Actor
    from onestop_desktop.ui.session import UiSession

__all__ = ["DisplayController", "run_display", "voice_enabled"]


class DisplayController(UnattendedController):
    """Opens the database, then shows the board full screen."""

    name = "display board"
    warm = ("onestop_desktop.ui.display_window",)

    def __init__(self, location: DataLocation, language: str | None = None) -> None:
        super().__init__(location, language)
        self.waiting.setCursor(Qt.CursorShape.BlankCursor)

    def actor(self) -> Actor:
        from onestop_desktop.services.queue import DISPLAY_ACTOR

        return DISPLAY_ACTOR

    def not_set_up_text(self) -> str:
        return QApplication.translate(
            "DisplayApp",
            "Phường chưa được thiết lập. Hãy mở chương trình ở chế độ quầy để thiết lập, "
            "rồi khởi động lại bảng hiển thị.",
        )

    def build_window(self, session: UiSession) -> QWidget:
        from onestop_desktop.ui.announcer import Announcer
        from onestop_desktop.ui.display_window import DisplayWindow

        location = self.location
        announcer = Announcer(enabled=voice_enabled(location))
        announcer.enabled_changed.connect(lambda on: set_voice_enabled(location, on))
        return DisplayWindow(session, announcer)

    def ready_signal(self, window: QWidget) -> SignalInstance:
        return window.board_updated  # type: ignore[attr-defined, no-any-return]


def run_display(location: DataLocation, language: str | None = None) -> int:
    return run_unattended(DisplayController, location, language)
