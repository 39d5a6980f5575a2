from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.app import AppController
from onestop_desktop.ui.i18n import install_language
from onestop_desktop.ui.messages import set_message_language


class Harness:
    """An AppController with its exits and fatal messages recorded instead of acted on."""

    def __init__(self, location: DataLocation, clock: FixedClock, **kwargs: object) -> None:
        self.exits: list[int] = []
        self.fatal: list[str] = []
        self.controller = AppController(
            location,
            clock=clock,
            on_exit=self.exits.append,
            **kwargs,  # type: ignore[arg-type]
        )
        self.controller.show_fatal = self.fatal.append

    def close(self) -> None:
        c = self.controller
        for widget in (c.window, c.dialog):
            if widget is not None:
                widget.close()
        c.shutdown()


@pytest.fixture
def app_harness(qapp: QApplication, clock: FixedClock, tmp_path: Path) -> Iterator[type[Harness]]:
    made: list[Harness] = []

    def make(location: DataLocation, **kwargs: object) -> Harness:
        h = Harness(location, clock, **kwargs)
        made.append(h)
        return h

    yield make  # type: ignore[misc]
    for h in made:
        h.close()
    install_language(qapp, "vi")
    set_message_language("vi")
