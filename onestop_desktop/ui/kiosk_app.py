"""``onestop-desktop --kiosk``: the ticket kiosk, full screen, no login, as ``KIOSK_ACTOR``.

Opening, retrying and full screen are ``UnattendedController``'s. The kiosk window closes only
with an administrator's password (see ``KioskWindow``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.unattended_app import UnattendedController, run_unattended

if TYPE_CHECKING:
    from onestop_desktop.services.context import Actor
    from onestop_desktop.ui.session import UiSession


class KioskController(UnattendedController):
    """Opens the database, then shows the kiosk full screen."""

    name = "kiosk"
    warm = ("onestop_desktop.printing.ticket", "onestop_desktop.ui.kiosk_window")

    def actor(self) -> Actor:
        from onestop_desktop.services.queue import KIOSK_ACTOR

        return KIOSK_ACTOR

    def not_set_up_text(self) -> str:
        return QApplication.translate(
            "KioskApp",
            "Phường chưa được thiết lập. Hãy mở chương trình ở chế độ quầy để thiết lập, "
            "rồi khởi động lại máy lấy số.",
        )

    def build_window(self, session: UiSession) -> QWidget:
        from onestop_desktop.ui.kiosk_window import KioskWindow

        return KioskWindow(session)

    def ready_signal(self, window: QWidget) -> SignalInstance:
        return window.services_loaded  # type: ignore[attr-defined, no-any-return]

    def before_probe_exit(self) -> None:
        if self.window is not None:
            self.window.unlocked = True  # type: ignore[attr-defined]


def run_kiosk(location: DataLocation, language: str | None = None) -> int:
    """Run the kiosk until an administrator unlocks and closes it; returns the exit code."""
    return run_unattended(KioskController, location, language)
