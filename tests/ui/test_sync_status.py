"""The sync as people see it: the status bar tells how many closed days wait, then that all were
sent once the city's receiver answers, while the window stays responsive; a refusal is shown in
the receiver's words; the administrator's sync page; the worker thread ends with the app."""

from __future__ import annotations

import os
import random
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.setup import ward_status
from onestop_desktop.services.sync_settings import set_sync_settings, sync_settings
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.admin_tab import AdminTab
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.status_bar import AppStatusBar
from onestop_desktop.ui.sync_worker import SyncWorker, current_sync_worker
from onestop_desktop.ui.worker import DbWorker
from tests.conftest import PASSWORD
from tests.sync.recv_helpers import TAY_HO
from tests.sync.send_helpers import (
    advance,
    close_days,
    configure,
    days_before,
    free_port,
    old_ward,
    start_receiver,
)
from tests.ui.keys import type_text

SHOTS = os.environ.get("ONESTOP_SCREENSHOTS")


@pytest.fixture
def admin(runner: ServiceRunner, clock) -> Actor:  # type: ignore[no-untyped-def]
    return old_ward(runner, clock)


def _session(runner: ServiceRunner, location: DataLocation, actor: Actor) -> UiSession:
    return UiSession(DbWorker(), runner, location, runner.read(ward_status, None), actor, "vi")


class Heartbeat:
    """A 10 ms timer on the GUI thread; the longest gap between its ticks shows a blocked GUI."""

    def __init__(self) -> None:
        self.last = time.monotonic()
        self.max_gap = 0.0
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.max_gap = max(self.max_gap, now - self.last)
        self.last = now
        self.ticks += 1


def _sync_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "onestop-sync"]


def test_status_bar_shows_waiting_days_then_sent_without_blocking_the_window(  # type: ignore[no-untyped-def]
    qtbot, runner, clock, admin, location, tmp_path
) -> None:
    close_days(runner, admin, days_before(3))
    port = free_port()
    configure(runner, admin, f"http://127.0.0.1:{port}")
    bar = AppStatusBar(_session(runner, location, admin))
    qtbot.addWidget(bar)
    bar.show()
    worker = SyncWorker(runner, rng=random.Random(1))
    bar.attach_sync(worker)
    heartbeat = Heartbeat()
    worker.start()
    try:
        assert current_sync_worker() is worker
        # The receiver is down: the days wait, with the reason.
        qtbot.waitUntil(lambda: "3 ngày chờ gửi" in bar.sync_label.text(), timeout=20_000)
        qtbot.waitUntil(lambda: "lỗi gần nhất: cannot connect" in bar.sync_label.text())
        assert bar.sync_label.text().startswith("Đồng bộ: 3 ngày chờ gửi")
        with start_receiver(tmp_path, port=port) as receiver:
            advance(clock)
            worker.kick()
            qtbot.waitUntil(lambda: bar.sync_label.text() == "Đồng bộ: đã gửi hết", timeout=20_000)
            assert len(receiver.store.documents()) == 3
    finally:
        heartbeat.timer.stop()
        assert worker.stop()
    assert heartbeat.ticks > 5
    assert heartbeat.max_gap < 0.25, heartbeat.max_gap  # the GUI thread never waited
    assert _sync_threads() == []
    assert current_sync_worker() is None


def test_a_refusal_is_shown_in_the_receivers_words(  # type: ignore[no-untyped-def]
    qtbot, runner, clock, admin, location, tmp_path
) -> None:
    close_days(runner, admin, days_before(1))
    with start_receiver(tmp_path) as receiver:
        runner.write(set_sync_settings, admin, receiver.url, "token-sai", TAY_HO.secret)
        bar = AppStatusBar(_session(runner, location, admin))
        qtbot.addWidget(bar)
        worker = SyncWorker(runner)
        bar.attach_sync(worker)
        worker.start()
        try:
            qtbot.waitUntil(lambda: "bị từ chối" in bar.sync_label.text(), timeout=20_000)
        finally:
            assert worker.stop()
    text = bar.sync_label.text()
    assert text.startswith("Đồng bộ: 1 ngày bị từ chối: HTTP 401")
    assert "chờ gửi" not in text
    assert "#b71c1c" in bar.sync_label.styleSheet()


def test_admin_sync_page_saves_settings_and_sends_now(  # type: ignore[no-untyped-def]
    qtbot, runner, clock, admin, location, tmp_path
) -> None:
    close_days(runner, admin, days_before(2))
    tab = AdminTab(_session(runner, location, admin))
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    page = tab.sync_page
    tab.pages.setCurrentWidget(page)
    assert tab.pages.tabText(tab.pages.currentIndex()) == "Đồng bộ"
    qtbot.waitUntil(lambda: page.rows.rowCount() == 2, timeout=20_000)
    assert page.summary.text() == "2 ngày chờ gửi"
    assert page.rows.data(page.rows.index(0, 2)) == "Chờ gửi"

    # Plain http to another machine is refused with a sentence, nothing saved.
    type_text(page.endpoint, "http://10.0.0.5:8765")
    type_text(page.token, TAY_HO.token)
    type_text(page.secret, TAY_HO.secret)
    page.enabled.setChecked(True)
    page.save_button.click()
    qtbot.waitUntil(lambda: "https" in page.note.text(), timeout=20_000)
    assert "127.0.0.1" in page.note.text()
    assert runner.read(sync_settings, admin).endpoint == ""
    assert page.secret.echoMode() == page.secret.EchoMode.Password

    worker = SyncWorker(runner)
    worker.start()
    try:
        with start_receiver(tmp_path) as receiver:
            page.endpoint.clear()
            type_text(page.endpoint, receiver.url)
            page.save_button.click()  # saved, and the worker asked for a pass
            qtbot.waitUntil(lambda: page.note.text() == "Đã lưu.", timeout=20_000)
            qtbot.waitUntil(lambda: len(receiver.store.documents()) == 2, timeout=20_000)
            page.send_button.click()
            qtbot.waitUntil(lambda: page.summary.text() == "Không có ngày chờ gửi.", timeout=20_000)
            assert [page.rows.data(page.rows.index(r, 2)) for r in range(2)] == [
                "Đã gửi",
                "Đã gửi",
            ]
            if SHOTS:
                tab.grab().save(str(Path(SHOTS) / "admin-sync.png"))
    finally:
        assert worker.stop()


def test_the_app_starts_the_sync_worker_at_login_and_ends_it_at_exit(  # type: ignore[no-untyped-def]
    qtbot, app_harness, location, ward
) -> None:
    from tests.ui.test_startup_and_login import _log_in, _start

    harness = app_harness(location)
    _start(qtbot, harness, "login_ready")
    with qtbot.waitSignal(harness.controller.stage_changed, timeout=30_000):
        _log_in(qtbot, harness, "admin", PASSWORD)
    sync = harness.controller.sync
    assert sync is not None
    assert sync.running
    bar = harness.controller.window.statusBar()
    qtbot.waitUntil(
        lambda: bar.sync_label.text() == "Đồng bộ: không có ngày chờ gửi", timeout=20_000
    )
    qtbot.waitUntil(lambda: sync.passes >= 1, timeout=20_000)
    harness.close()
    assert not sync.running
    assert _sync_threads() == []
