"""The counter panel of the clerk's window, driven by its keys over a real database: F5 calls the
next ticket, F9 finishes it, a waiting row is called by double-click or Enter, a paused counter
refuses to call, a finished ticket cannot be transferred; the counter this PC is, asked once."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.queue import counter_state, finish_service, issue_ticket
from onestop_desktop.services.queue_dto import CounterState, TicketRow
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.counter_choice_dialog import CounterChoiceDialog
from onestop_desktop.ui.counter_panel import CounterPanel
from onestop_desktop.ui.main_window import MainWindow
from onestop_desktop.ui.reason_dialog import ReasonDialog
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.status_bar import AppStatusBar
from onestop_desktop.ui.this_pc import counter_number, set_counter_number
from onestop_desktop.ui.transfer_dialog import TransferDialog
from onestop_desktop.ui.worker import DbWorker
from tests.conftest import PASSWORD
from tests.queue_helpers import Lanes, make_lanes
from tests.ui.keys import type_text

WAIT = 30_000


@pytest.fixture
def lanes(runner: ServiceRunner, ward: Actor) -> Lanes:
    return make_lanes(runner, ward)


@pytest.fixture
def clerk(make_user) -> Actor:  # type: ignore[no-untyped-def]
    return make_user("canbo1", "clerk")


def _window(qtbot, runner: ServiceRunner, location: DataLocation, actor: Actor) -> MainWindow:  # type: ignore[no-untyped-def]
    session = UiSession(DbWorker(), runner, location, runner.read(ward_status, None), actor, "vi")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    _activate(qtbot, window)
    return window


def _activate(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Window shortcuts need the window active (again, once a dialog over it has closed)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


def _panel(window: MainWindow) -> CounterPanel:
    assert window.counter_panel is not None
    return window.counter_panel


def _at_counter(qtbot, runner, location, actor, number: int) -> tuple[MainWindow, CounterPanel]:  # type: ignore[no-untyped-def]
    set_counter_number(location, number)
    window = _window(qtbot, runner, location, actor)
    panel = _panel(window)
    qtbot.waitUntil(lambda: panel.state is not None, timeout=WAIT)
    return window, panel


def _issue(
    runner: ServiceRunner, actor: Actor, lane: int, category: str | None = None
) -> TicketRow:
    return runner.write(issue_ticket, actor, lane, category).ticket


def _state(runner: ServiceRunner, actor: Actor, counter_id: int) -> CounterState:
    return runner.read(counter_state, actor, counter_id)


def _press(qtbot, window: MainWindow, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """A function key pressed wherever the focus is in the window; waits for the action's
    write and the re-read after it."""
    _activate(qtbot, window)
    with qtbot.waitSignal(window.session.worker.busy_changed, timeout=WAIT):
        QTest.keyClick(QApplication.focusWidget() or window, key)
    qtbot.waitUntil(lambda: not window.session.worker.busy, timeout=WAIT)


def test_f5_calls_the_next_ticket_and_f9_finishes_it(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    lanes: Lanes,
    clerk: Actor,  # type: ignore[no-untyped-def]
) -> None:
    a1 = _issue(runner, clerk, lanes.a)
    b1 = _issue(runner, clerk, lanes.b)
    _issue(runner, clerk, lanes.a)
    window, panel = _at_counter(qtbot, runner, location, clerk, 2)
    status_bar = window.statusBar()
    assert isinstance(status_bar, AppStatusBar)
    assert status_bar.counter_label.text() == "Quầy 2"
    assert panel.counter_title.text() == "Quầy 2"
    assert panel.waiting.rowCount() == 3
    assert "Hộ tịch: <b>2</b>" in panel.lanes_label.text()
    assert "Chứng thực: <b>1</b>" in panel.lanes_label.text()
    assert panel.ticket_label.text() == "—"
    assert not panel.buttons["finish"].isEnabled()

    # The clerk is typing in the intake form: F5 still calls the next citizen.
    assert window.intake is not None
    window.intake.picker.search.setFocus()
    _press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: panel.ticket_label.text() == "A001", timeout=WAIT)
    assert panel.ticket_service.text() == "A · Hộ tịch"
    assert panel.ticket_status.text().startswith("Đã gọi lúc 09:00")
    assert panel.message.text() == "Mời số A001 đến quầy 2."
    assert window.intake.ticket_id == a1.id  # dossiers taken in now are linked to A001
    assert panel.waiting.rowCount() == 2
    assert _state(runner, clerk, lanes.counters[2]).current.id == a1.id  # type: ignore[union-attr]

    _press(qtbot, window, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: panel.ticket_status.text().startswith("Đang phục vụ"), timeout=WAIT)
    _press(qtbot, window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: panel.ticket_label.text() == "—", timeout=WAIT)
    assert panel.message.text() == "Đã phục vụ xong số A001."
    assert window.intake.ticket_id is None
    state = _state(runner, clerk, lanes.counters[2])
    assert state.current is None
    assert [t.label for t in state.waiting] == ["B001", "A002"]
    assert b1.id == state.waiting[0].id


def test_a_waiting_ticket_is_called_by_double_click_or_enter(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    lanes: Lanes,
    clerk: Actor,  # type: ignore[no-untyped-def]
) -> None:
    for lane in (lanes.a, lanes.a, lanes.b):
        _issue(runner, clerk, lane)
    _, panel = _at_counter(qtbot, runner, location, clerk, 2)
    assert [panel.waiting.row_at(r).label for r in range(3)] == ["A001", "A002", "B001"]

    index = panel.waiting.index(2, 0)
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: panel.ticket_label.text() == "B001", timeout=WAIT)
    assert [panel.waiting.row_at(r).label for r in range(panel.waiting.rowCount())] == [
        "A001",
        "A002",
    ]

    panel.table.setFocus()
    panel.table.selectRow(1)
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.ticket_label.text() == "A002", timeout=WAIT)
    # Calling the next one closed B001 as served; only A001 waits now.
    state = _state(runner, clerk, lanes.counters[2])
    assert state.current is not None
    assert state.current.label == "A002"
    assert [t.label for t in state.waiting] == ["A001"]


def test_a_paused_counter_refuses_to_call_and_nothing_changes(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    lanes: Lanes,
    clerk: Actor,  # type: ignore[no-untyped-def]
) -> None:
    _issue(runner, clerk, lanes.a)
    window, panel = _at_counter(qtbot, runner, location, clerk, 1)

    QTest.keyClick(window, Qt.Key.Key_F12)
    dialog = panel.reason_dialog
    assert isinstance(dialog, ReasonDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    type_text(dialog.reason, "Nghỉ trưa")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.paused_banner.isVisible, timeout=WAIT)
    assert panel.paused_banner.text() == "Tạm dừng: Nghỉ trưa"
    assert panel.buttons["pause"].text() == "Tiếp tục (F12)"
    status_bar = window.statusBar()
    assert isinstance(status_bar, AppStatusBar)
    assert status_bar.counter_label.text() == "Quầy 1 · tạm dừng"

    before = _state(runner, clerk, lanes.counters[1])
    _press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "đang tạm dừng" in panel.message.text(), timeout=WAIT)
    assert panel.message.text() == (
        "Quầy 1 đang tạm dừng (Nghỉ trưa); bấm “Tiếp tục” trước khi gọi số."
    )
    assert "Traceback" not in panel.message.text()
    assert panel.ticket_label.text() == "—"
    assert _state(runner, clerk, lanes.counters[1]) == before

    _press(qtbot, window, Qt.Key.Key_F12)  # resume: no question asked
    qtbot.waitUntil(lambda: not panel.paused_banner.isVisible(), timeout=WAIT)
    _press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: panel.ticket_label.text() == "A001", timeout=WAIT)


def test_no_show_needs_a_recall_first(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    lanes: Lanes,
    clerk: Actor,  # type: ignore[no-untyped-def]
) -> None:
    _issue(runner, clerk, lanes.a)
    window, panel = _at_counter(qtbot, runner, location, clerk, 1)
    _press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: panel.ticket_label.text() == "A001", timeout=WAIT)
    _press(qtbot, window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: "gọi lại ít nhất 1 lần" in panel.message.text(), timeout=WAIT)
    assert panel.ticket_label.text() == "A001"
    _press(qtbot, window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: "đã gọi lại 1 lần" in panel.ticket_status.text(), timeout=WAIT)
    assert panel.message.text() == "Đã gọi lại số A001 (lần 1)."
    _press(qtbot, window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: panel.ticket_label.text() == "—", timeout=WAIT)
    assert panel.message.text() == "Số A001: vắng mặt."
    assert window.intake is not None
    assert window.intake.ticket_id is None


def test_transfer_to_another_service_and_counter_and_a_finished_ticket_refused(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    lanes: Lanes,
    clerk: Actor,  # type: ignore[no-untyped-def]
) -> None:
    a1 = _issue(runner, clerk, lanes.a)
    _issue(runner, clerk, lanes.a)
    window, panel = _at_counter(qtbot, runner, location, clerk, 2)
    _press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: panel.ticket_label.text() == "A001", timeout=WAIT)

    QTest.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: panel.transfer_dialog is not None, timeout=WAIT)
    dialog = panel.transfer_dialog
    assert isinstance(dialog, TransferDialog)
    assert dialog.windowTitle() == "Chuyển số A001"
    # Counter 1 serves A only: once B is chosen, only counter 3 (B) is offered (2 is this one).
    dialog.choose(lanes.b, None)
    offered = [dialog.counter.itemText(i) for i in range(dialog.counter.count())]
    assert offered == ["Bất kỳ quầy nào phục vụ dịch vụ này", "Quầy 3 — Quầy 3"]
    dialog.choose(lanes.b, lanes.counters[3])
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.ticket_label.text() == "—", timeout=WAIT)
    assert panel.message.text() == "Đã chuyển số A001 sang B · Chứng thực · quầy 3."
    assert window.intake is not None
    assert window.intake.ticket_id is None
    at_three = _state(runner, clerk, lanes.counters[3]).waiting
    assert [(t.id, t.label, t.service_prefix) for t in at_three] == [(a1.id, "A001", "B")]

    # A ticket finished meanwhile (by another window of this counter) cannot be transferred.
    _press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: panel.ticket_label.text() == "A002", timeout=WAIT)
    QTest.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: panel.transfer_dialog is not dialog, timeout=WAIT)
    dialog = panel.transfer_dialog
    assert isinstance(dialog, TransferDialog)
    runner.write(finish_service, clerk, lanes.counters[2])
    before = _state(runner, clerk, lanes.counters[3])
    dialog.choose(lanes.b, None)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert dialog.error.text() == (
        "Số này đã kết thúc (đã phục vụ xong hoặc vắng mặt), không chuyển được."
    )
    assert dialog.isVisible()
    assert _state(runner, clerk, lanes.counters[3]) == before


def test_the_counter_is_asked_once_and_remembered_for_this_pc(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    lanes: Lanes,
    clerk: Actor,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, runner, location, clerk)
    panel = _panel(window)
    status_bar = window.statusBar()
    assert isinstance(status_bar, AppStatusBar)
    assert status_bar.counter_label.text() == "Quầy: chưa chọn"
    panel.ask_if_unset()
    qtbot.waitUntil(lambda: panel.choice_dialog is not None, timeout=WAIT)
    dialog = panel.choice_dialog
    assert isinstance(dialog, CounterChoiceDialog)
    items = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert items == [
        "Quầy 1 — Quầy 1 (dịch vụ: A)",
        "Quầy 2 — Quầy 2 (dịch vụ: A, B)",
        "Quầy 3 — Quầy 3 (dịch vụ: B)",
    ]
    # F5 before a counter is chosen says what to do.
    panel.call_next()
    assert panel.message.text() == "Máy này chưa được gán quầy: bấm “Chọn quầy…” trước."
    dialog.choose(3)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: status_bar.counter_label.text() == "Quầy 3", timeout=WAIT)
    assert counter_number(location) == 3
    assert json.loads((location.data_dir / "this-pc.json").read_text("utf-8"))["counter"] == 3
    assert window.session.actor.counter_id == lanes.counters[3]

    # "Đổi quầy…" changes it; the next window of this PC does not ask again.
    qtbot.mouseClick(panel.change_counter, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.choice_dialog is not dialog, timeout=WAIT)
    second = panel.choice_dialog
    assert isinstance(second, CounterChoiceDialog)
    assert second.chosen() == 3
    second.choose(1)
    with qtbot.waitSignal(second.accepted, timeout=WAIT):
        qtbot.mouseClick(
            second.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    qtbot.waitUntil(lambda: panel.counter_title.text() == "Quầy 1", timeout=WAIT)
    assert counter_number(location) == 1
    window.close()
    again = _window(qtbot, runner, location, clerk)
    again_panel = _panel(again)
    again_panel.ask_if_unset()
    qtbot.waitUntil(lambda: again_panel.state is not None, timeout=WAIT)
    assert again_panel.choice_dialog is None
    assert again_panel.counter_title.text() == "Quầy 1"


def test_a_ward_without_counters_says_so(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    clerk: Actor,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, runner, location, clerk)
    panel = _panel(window)
    panel.ask_if_unset()
    qtbot.waitUntil(lambda: panel.loaded, timeout=WAIT)
    assert panel.choice_dialog is None
    assert "Chưa có quầy nào" in panel.message.text()
    assert not panel.buttons["callNext"].isEnabled()


def test_after_login_a_clerk_is_asked_for_the_counter_an_admin_is_not(
    qtbot,
    app_harness,
    location: DataLocation,
    lanes: Lanes,
    clerk: Actor,  # type: ignore[no-untyped-def]
) -> None:
    for username, asked in (("admin", False), ("canbo1", True)):
        harness = app_harness(location)
        with qtbot.waitSignal(
            harness.controller.stage_changed,
            timeout=WAIT,
            check_params_cb=lambda s: s == "login_ready",
        ):
            harness.controller.start()
        login = harness.controller.dialog
        type_text(login.username, username)
        type_text(login.password, PASSWORD)
        with qtbot.waitSignal(harness.controller.stage_changed, timeout=WAIT):
            QTest.keyClick(login.password, Qt.Key.Key_Return)
        panel = _panel(harness.controller.window)
        qtbot.waitUntil(lambda: panel.loaded, timeout=WAIT)  # noqa: B023
        assert (panel.choice_dialog is not None) is asked
        if asked:
            assert isinstance(panel.choice_dialog, CounterChoiceDialog)
            assert panel.choice_dialog.isVisible()
            panel.choice_dialog.reject()
        harness.close()
