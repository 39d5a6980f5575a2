"""From the counter to the wall: F5 on the counter panel calls the next ticket and the display
board, in its own session as the waiting room's screen, shows it and announces it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.queue import DISPLAY_ACTOR, KIOSK_ACTOR, issue_ticket
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.announcer import Announcer
from onestop_desktop.ui.display_window import DisplayWindow
from onestop_desktop.ui.main_window import MainWindow
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.this_pc import set_counter_number
from onestop_desktop.ui.worker import DbWorker
from tests.queue_helpers import make_lanes

WAIT = 30_000


def test_f5_at_the_counter_shows_on_the_display_board(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,
    make_user,  # type: ignore[no-untyped-def]
) -> None:
    lanes = make_lanes(runner, ward)
    clerk = make_user("canbo1", "clerk")
    runner.write(issue_ticket, KIOSK_ACTOR, lanes.a)
    runner.write(issue_ticket, KIOSK_ACTOR, lanes.b)
    status = runner.read(ward_status, None)

    board = DisplayWindow(
        UiSession(DbWorker(), runner, location, status, DISPLAY_ACTOR, "vi"),
        Announcer(engine="mock"),
        poll_ms=100,
    )
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.show()
    qtbot.waitUntil(lambda: board.state is not None, timeout=WAIT)
    assert board.state is not None
    assert board.state.recent == ()

    set_counter_number(location, 2)
    window = MainWindow(UiSession(DbWorker(), runner, location, status, clerk, "vi"))
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    panel = window.counter_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.state is not None, timeout=WAIT)

    with qtbot.waitSignal(
        board.board_updated,
        check_params_cb=lambda state: [c.label for c in state.recent] == ["A001"],
        timeout=WAIT,
    ) as shown:
        QTest.keyClick(window, Qt.Key.Key_F5)
    state = shown.args[0]
    assert [(c.counter_number, c.label) for c in state.latest_per_counter] == [(2, "A001")]
    qtbot.waitUntil(lambda: "A001" in panel.ticket_label.text(), timeout=WAIT)
    # The next F5 at the same counter: the board follows with B001 at counter 2.
    with qtbot.waitSignal(
        board.board_updated,
        check_params_cb=lambda s: [c.label for c in s.recent][:1] == ["B001"],
        timeout=WAIT,
    ):
        QTest.keyClick(window, Qt.Key.Key_F5)
    window.session.worker.wait_idle()
    board.session.worker.wait_idle()
