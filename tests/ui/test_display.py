"""The display board on a real database: it follows calls made through the services here and in
another process, blinks and announces them (Qt's mock speech engine), keeps its last board when
the database goes away and comes back by itself, and only Ctrl+Shift+Q closes it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTextToSpeech import QTextToSpeech

from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.queue import (
    DISPLAY_ACTOR,
    KIOSK_ACTOR,
    board_state,
    call_next,
    issue_ticket,
    recall,
)
from onestop_desktop.services.queue_dto import BoardState
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.engine import Database, sqlite_url
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.announcer import Announcer, announcement_text
from onestop_desktop.ui.display_window import POLL_MS, DisplayWindow
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import DbWorker
from tests.conftest import START
from tests.queue_helpers import Lanes, make_lanes

# Long enough for a busy CI machine; the board's own cycle is POLL_MS.
WITHIN_A_POLL_MS = POLL_MS * 8


@pytest.fixture
def lanes(runner: ServiceRunner, ward: Actor) -> Lanes:
    lanes = make_lanes(runner, ward)
    for _ in range(3):
        runner.write(issue_ticket, KIOSK_ACTOR, lanes.a)
        runner.write(issue_ticket, KIOSK_ACTOR, lanes.b)
    return lanes


@pytest.fixture
def clerk(make_user) -> Actor:  # type: ignore[no-untyped-def]
    return make_user("canbo", "clerk")  # type: ignore[no-any-return]


@pytest.fixture
def board(
    qtbot, runner: ServiceRunner, location: DataLocation, lanes: Lanes
) -> Iterator[DisplayWindow]:  # type: ignore[no-untyped-def]
    worker = DbWorker()
    session = UiSession(
        worker, runner, location, runner.read(ward_status, None), DISPLAY_ACTOR, "vi"
    )
    window = DisplayWindow(session, Announcer(engine="mock"))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    with qtbot.waitSignal(window.board_updated, timeout=10_000):
        pass  # the first board
    yield window
    window.close()
    worker.wait_idle()


def _newest_is(label: str, counter: int):  # type: ignore[no-untyped-def]
    def check(state: BoardState) -> bool:
        return bool(state.recent) and (state.recent[0].label, state.recent[0].counter_number) == (
            label,
            counter,
        )

    return check


def test_a_call_shows_within_a_poll_cycle_blinks_and_is_announced(
    qtbot, board: DisplayWindow, runner: ServiceRunner, clerk: Actor, lanes: Lanes
) -> None:  # type: ignore[no-untyped-def]
    assert not board.number.isVisible()  # nobody called yet today: an invitation instead
    assert board.now_caption.text() == "Xin mời quý khách lấy số thứ tự"
    assert board.counters_empty.isVisible()
    spoken: list[str] = []
    board.announcer.started.connect(spoken.append)

    called = runner.write(call_next, clerk, lanes.counters[2])
    assert called is not None
    with qtbot.waitSignal(
        board.board_updated,
        timeout=WITHIN_A_POLL_MS,
        check_params_cb=_newest_is(called.label, 2),
    ):
        pass
    assert board.number.text() == called.label == "A001"
    assert board.number.isVisible()
    assert board.now_caption.text() == "Mời khách hàng số"
    assert board.now_counter.text() == "→ Quầy 2"
    assert board.now_service.text() == "Hộ tịch"
    assert [(r.counter.text(), r.label.text()) for r in board.counter_rows] == [("Quầy 2", "A001")]
    assert board.blinking
    qtbot.waitUntil(lambda: not board.blinking, timeout=10_000)  # a few cycles, then steady
    qtbot.waitUntil(lambda: spoken == [announcement_text("A001", 2)], timeout=5_000)

    # A recall is a new call on the board: announced again.
    runner.write(recall, clerk, lanes.counters[2])
    qtbot.waitUntil(lambda: len(spoken) == 2, timeout=10_000)
    assert spoken[1] == announcement_text("A001", 2)


# Runs in another process on the same database: what a counter PC does when it calls.
OTHER_COUNTER = """
import sys
from datetime import datetime
from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.queue import call_next
from onestop_desktop.store.engine import Database

url, user_id, counter_id, now = sys.argv[1:5]
db = Database(url)
clerk = Actor(int(user_id), "canbo", "Cán bộ canbo", Role.CLERK)
called = ServiceRunner(db, FixedClock(datetime.fromisoformat(now))).write(
    call_next, clerk, int(counter_id)
)
db.dispose()
print(called.label if called else "-")
"""


@pytest.mark.slow
def test_a_call_made_by_another_process_shows_on_the_board(
    qtbot, board: DisplayWindow, db_url: str, clerk: Actor, lanes: Lanes, runner: ServiceRunner
) -> None:  # type: ignore[no-untyped-def]
    first = runner.write(call_next, clerk, lanes.counters[1])
    assert first is not None
    qtbot.waitUntil(lambda: board.number.text() == first.label, timeout=10_000)

    other = subprocess.Popen(
        [
            sys.executable,
            "-c",
            OTHER_COUNTER,
            db_url,
            str(clerk.user_id),
            str(lanes.counters[3]),
            START.isoformat(),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # B is called only at counters 2 and 3: counter 3's call is B001.
        with qtbot.waitSignal(
            board.board_updated, timeout=60_000, check_params_cb=_newest_is("B001", 3)
        ):
            pass
        out, err = other.communicate(timeout=60)
    finally:
        if other.poll() is None:
            other.kill()
            other.communicate()
    assert other.returncode == 0, err
    assert out.strip() == "B001"
    assert board.number.text() == "B001"
    assert board.now_counter.text() == "→ Quầy 3"
    assert [(r.counter.text(), r.label.text()) for r in board.counter_rows if r.isVisible()] == [
        ("Quầy 1", first.label),
        ("Quầy 3", "B001"),
    ]
    assert [chip.label.text() for chip in board.chips if chip.isVisible()] == [first.label]


def test_a_lost_database_keeps_the_board_and_recovers(
    qtbot, board: DisplayWindow, runner: ServiceRunner, clerk: Actor, lanes: Lanes, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    called = runner.write(call_next, clerk, lanes.counters[1])
    assert called is not None
    qtbot.waitUntil(lambda: board.number.text() == called.label, timeout=10_000)
    assert not board.offline.isVisible()

    unreachable = Database(sqlite_url(tmp_path / "no-such-folder" / "onestop.sqlite"))
    board.session.runner = ServiceRunner(unreachable, runner.clock)
    with qtbot.waitSignal(board.connection_changed, timeout=10_000) as lost:
        pass
    assert lost.args == [False]
    assert board.offline.isVisible()
    assert board.offline.text() == "● mất kết nối"
    assert board.number.text() == called.label  # the last board stays

    board.session.runner = runner
    with qtbot.waitSignal(board.connection_changed, timeout=10_000) as back:
        pass
    assert back.args == [True]
    assert not board.offline.isVisible()
    unreachable.dispose()


def test_a_late_answer_does_not_replace_a_newer_board(
    qtbot, board: DisplayWindow, runner: ServiceRunner, clerk: Actor, lanes: Lanes
) -> None:  # type: ignore[no-untyped-def]
    before = runner.read(board_state, DISPLAY_ACTOR, 8)
    called = runner.write(call_next, clerk, lanes.counters[1])
    assert called is not None
    qtbot.waitUntil(lambda: board.number.text() == called.label, timeout=10_000)
    # The answer to a poll sent before the one shown arrives now: it is dropped.
    board._polled(0, (before.last_call_id, before))
    assert board.number.text() == called.label
    assert board.state is not None
    assert board.state.last_call_id > before.last_call_id


def test_keys_m_mutes_esc_does_nothing_ctrl_shift_q_closes(qtbot, board: DisplayWindow) -> None:  # type: ignore[no-untyped-def]
    assert board.announcer.enabled
    assert not board.muted.isVisible()
    qtbot.keyClick(board, Qt.Key.Key_M)
    assert not board.announcer.enabled
    assert board.muted.isVisible()
    qtbot.keyClick(board, Qt.Key.Key_M)
    assert board.announcer.enabled
    assert not board.muted.isVisible()

    qtbot.keyClick(board, Qt.Key.Key_Escape)
    qtbot.keyClick(board, Qt.Key.Key_Q)
    qtbot.keyClick(board, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert board.isVisible()

    qtbot.keyClick(
        board,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not board.isVisible()
    assert not board.poll_timer.isActive()


def test_the_number_is_the_largest_type_on_the_board(
    qtbot, board: DisplayWindow, runner: ServiceRunner, clerk: Actor, lanes: Lanes
) -> None:  # type: ignore[no-untyped-def]
    for counter in (1, 2, 3):
        runner.write(call_next, clerk, lanes.counters[counter])
    qtbot.waitUntil(lambda: len(board.chips[0].label.text()) > 0, timeout=10_000)
    qtbot.waitUntil(lambda: sum(r.isVisible() for r in board.counter_rows) == 3, timeout=10_000)
    number = board.number.font().pixelSize()
    others = [
        w.font().pixelSize()
        for w in board.findChildren(type(board.number))
        if w is not board.number and w.isVisible()
    ]
    assert number >= 0.25 * board.height()
    assert number > 2 * max(others)
    # Nothing clipped: the number and the counter line fit their panel.
    for label in (board.number, board.now_counter, board.now_service, board.ward_name):
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    assert board.findChild(QTextToSpeech) is not None  # the mock voice, not a real one


def test_the_display_app_shows_the_board_and_remembers_the_voice_switch(
    qtbot, location: DataLocation, ward: Actor, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from onestop_desktop.ui.announcer import ENGINE_ENV
    from onestop_desktop.ui.display_app import DisplayController, voice_enabled

    monkeypatch.setenv(ENGINE_ENV, "mock")  # never a real voice in tests
    assert voice_enabled(location)
    for expect_voice in (True, False):
        controller = DisplayController(location)
        qtbot.addWidget(controller.waiting)
        controller.start()
        qtbot.waitUntil(lambda c=controller: c.window is not None, timeout=20_000)
        window = controller.window
        assert window is not None
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.board_updated, timeout=10_000):
            pass
        assert window.isFullScreen()
        assert window.ward_name.text() == "Phường Tây Hồ"
        assert window.actor == DISPLAY_ACTOR
        assert window.announcer.enabled is expect_voice
        if expect_voice:
            qtbot.keyClick(window, Qt.Key.Key_M)  # switched off, and kept for this PC
        window.close()
        controller.shutdown()
    assert not voice_enabled(location)


def test_the_display_app_waits_for_a_ward_to_be_set_up(qtbot, location: DataLocation) -> None:  # type: ignore[no-untyped-def]
    from onestop_desktop.ui.display_app import DisplayController

    controller = DisplayController(location)
    qtbot.addWidget(controller.waiting)
    controller.start()
    qtbot.waitUntil(lambda: "chưa được thiết lập" in controller.waiting.text(), timeout=20_000)
    assert controller.window is None
    controller.shutdown()
