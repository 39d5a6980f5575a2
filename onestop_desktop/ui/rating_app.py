"""``onestop-desktop --rating``: the counter's rating panel, full screen, no login, as
``RATING_ACTOR``.

Opening, retrying and full screen are ``UnattendedController``'s. The panel goes to a second
screen when the PC has one (the clerk's counter app keeps the main screen); on a tablet it fills
the only screen. Which counter it belongs to is this PC's ``counter`` in ``this-pc.json``.
Ctrl+Shift+Q closes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.unattended_app import UnattendedController, run_unattended

if TYPE_CHECKING:
    from onestop_desktop.services.context import Actor
    from onestop_desktop.ui.session import UiSession


class RatingController(UnattendedController):
    """Opens the database, then shows the rating panel full screen."""

    name = "rating panel"
    warm = ("onestop_desktop.ui.rating_window",)

    def actor(self) -> Actor:
        from onestop_desktop.services.ratings import RATING_ACTOR

        return RATING_ACTOR

    def not_set_up_text(self) -> str:
        return QApplication.translate(
            "RatingApp",
            "Phường chưa được thiết lập. Hãy mở chương trình ở chế độ quầy để thiết lập, "
            "rồi khởi động lại màn hình đánh giá.",
        )

    def build_window(self, session: UiSession) -> QWidget:
        from onestop_desktop.ui.rating_window import RatingWindow

        return RatingWindow(session)

    def ready_signal(self, window: QWidget) -> SignalInstance:
        return window.polled  # type: ignore[attr-defined, no-any-return]

    def _show(self, widget: QWidget) -> None:
        # A second screen faces the citizen; the first one is the clerk's.
        primary = QGuiApplication.primaryScreen()
        others = [s for s in QGuiApplication.screens() if s is not primary]
        if self.full_screen and others:
            widget.setScreen(others[0])
            widget.move(others[0].geometry().topLeft())
        super()._show(widget)


def run_rating(location: DataLocation, language: str | None = None) -> int:
    """Run the rating panel until Ctrl+Shift+Q closes it; returns the exit code."""
    return run_unattended(RatingController, location, language)
