"""The supervisor's dashboard tab over a real database, through the worker thread: it follows a
ticket called in another process without blocking the GUI thread, turns the longest wait red past
the target, closes and reopens the day, saves the summary and the periodic report, and refuses
bad input with the message under the field."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.day_totals import closings_of, day_summary
from onestop_desktop.services.queue import KIOSK_ACTOR, issue_ticket
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import DataLocation
from onestop_desktop.store.models import DayReopening
from onestop_desktop.ui.bar_chart import BarChart, Series, nice_ceiling
from onestop_desktop.ui.close_day_dialog import CloseDayDialog
from onestop_desktop.ui.dashboard_tab import DashboardTab
from onestop_desktop.ui.period_report_dialog import PeriodReportDialog
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import DbWorker
from tests.queue_helpers import Lanes, make_lanes
from tests.ui.keys import type_text

WAIT = 30_000
DAY = date(2026, 11, 20)
REPO = Path(__file__).resolve().parents[2]

# Another counter PC: its own process, its own connection to the same database, calls next.
CALL_NEXT = """
import json, sys
from datetime import datetime
from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.queue import call_next
from onestop_desktop.store.engine import Database
url, user_id, username, counter_id = json.loads(sys.argv[1])
db = Database(url)
runner = ServiceRunner(db, FixedClock(datetime(2026, 11, 20, 9, 5)))
row = runner.write(call_next, Actor(user_id, username, username, Role.CLERK), counter_id)
print(row.label)
db.dispose()
"""


@pytest.fixture
def open_tab(qtbot, runner: ServiceRunner, location: DataLocation) -> Iterator:  # type: ignore[no-untyped-def]
    tabs: list[DashboardTab] = []

    def make(actor: Actor) -> DashboardTab:
        session = UiSession(
            DbWorker(), runner, location, runner.read(ward_status, None), actor, "vi"
        )
        tab = DashboardTab(session)
        qtbot.addWidget(tab)
        tab.resize(1280, 760)
        tab.show()
        tabs.append(tab)
        return tab

    yield make
    for tab in tabs:
        tab.timer.stop()
        tab.session.worker.wait_idle()


def _loaded(qtbot, tab: DashboardTab) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: tab.dashboard is not None and not tab._loading, timeout=WAIT)


def _lane(tab: DashboardTab, prefix: str) -> tuple[int, int | None]:
    assert tab.dashboard is not None
    lane = next(lane for lane in tab.dashboard.lanes if lane.key == prefix)
    return lane.waiting, lane.longest_wait_s


def test_a_ticket_called_in_another_process_shows_without_blocking_the_gui(
    qtbot, runner: ServiceRunner, ward: Actor, make_user, open_tab, db_url: str
) -> None:  # type: ignore[no-untyped-def]
    lanes: Lanes = make_lanes(runner, ward)
    clerk = make_user("canbo1", "clerk")
    supervisor = make_user("giamsat", "supervisor")
    runner.write(issue_ticket, KIOSK_ACTOR, lanes.a)
    runner.write(issue_ticket, KIOSK_ACTOR, lanes.a)
    tab = open_tab(supervisor)
    _loaded(qtbot, tab)
    assert tab.tiles["waiting"].figure.text() == "2"
    assert _lane(tab, "A") == (2, 0)
    assert tab.lanes.data(tab.lanes.index(0, 1)) == "2"

    tab.timer.setInterval(100)  # the tab's own timer, faster than its 10 s for the test
    refreshes: list[float] = []
    tab.refreshed.connect(lambda _d: refreshes.append(time.monotonic()))
    beats: list[float] = [time.monotonic()]
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))
    heartbeat.start()

    args = json.dumps([db_url, clerk.user_id, clerk.username, lanes.counters[1]])
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-c", CALL_NEXT, args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=WAIT)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert out.strip() == "A001"
    qtbot.waitUntil(lambda: tab.tiles["waiting"].figure.text() == "1", timeout=WAIT)
    heartbeat.stop()
    beats.append(time.monotonic())

    assert _lane(tab, "A")[0] == 1
    assert tab.lanes.data(tab.lanes.index(0, 1)) == "1"
    assert tab.tiles["waiting"].detail.text() == "Đã cấp 2 số"
    assert len(refreshes) >= 2  # the tab's timer kept refreshing meanwhile
    gaps = [later - earlier for earlier, later in itertools.pairwise(beats)]
    assert max(gaps) < 0.2, f"the GUI thread stalled for {max(gaps):.3f} s"
    assert len(beats) > 20


def test_the_longest_wait_turns_red_past_the_target(
    qtbot, runner: ServiceRunner, ward: Actor, make_user, open_tab, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    lanes = make_lanes(runner, ward)
    runner.write(issue_ticket, KIOSK_ACTOR, lanes.b)
    tab = open_tab(make_user("giamsat", "supervisor"))
    _loaded(qtbot, tab)
    longest = tab.tiles["longest"]
    assert not longest.alert
    assert longest.detail.text() == "Mục tiêu: 20 phút"

    clock.advance(minutes=21)
    tab.refresh()
    qtbot.waitUntil(lambda: longest.alert, timeout=WAIT)
    assert longest.figure.text() == "21:00"
    assert longest.detail.text() == "Quá mục tiêu 20 phút!"
    assert "#b3261e" in longest.styleSheet()
    assert "#b3261e" in longest.figure.styleSheet()
    assert _lane(tab, "B") == (1, 21 * 60)


def test_closing_then_reopening_the_day_through_the_dialog(
    qtbot, runner: ServiceRunner, ward: Actor, make_user, open_tab
) -> None:  # type: ignore[no-untyped-def]
    lanes = make_lanes(runner, ward)
    runner.write(issue_ticket, KIOSK_ACTOR, lanes.a)
    supervisor = make_user("giamsat", "supervisor")
    tab = open_tab(supervisor)
    _loaded(qtbot, tab)

    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.close_dialog, CloseDayDialog), timeout=WAIT)
    dialog: CloseDayDialog = tab.close_dialog
    assert "Số thứ tự còn đang chờ: 1" in dialog.open_label.text()
    assert dialog.warning.isVisible()
    assert "Chú ý" in dialog.warning.text()
    assert dialog.close_button.isVisible()
    assert not dialog.reopen_button.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.closing is not None, timeout=WAIT)
    assert "lần 1" in dialog.heading.text()
    assert not dialog.changes.isVisible()
    summary = runner.read(day_summary, supervisor, DAY)
    assert summary.closed is not None
    assert summary.closed.revision == 1
    dialog.reject()
    qtbot.waitUntil(lambda: "Đã chốt lần 1" in tab.state_label.text(), timeout=WAIT)

    runner.write(issue_ticket, KIOSK_ACTOR, lanes.a)  # a late ticket: the snapshot stays
    tab.close_dialog = None
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.close_dialog, CloseDayDialog), timeout=WAIT)
    again: CloseDayDialog = tab.close_dialog
    assert "đã chốt lần 1" in again.heading.text()
    assert again.reopen_button.isVisible()
    assert not again.close_button.isVisible()

    qtbot.mouseClick(again.reopen_button, Qt.MouseButton.LeftButton)
    reason = again.reason_dialog
    assert reason is not None
    qtbot.mouseClick(
        reason.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )  # OK, no reason
    qtbot.waitUntil(lambda: reason.error.isVisible(), timeout=WAIT)
    assert "Cần ghi lý do" in reason.error.text()
    assert reason.isVisible()
    closings = runner.read(lambda ctx: closings_of(ctx.session, DAY), supervisor)
    assert [(c.revision, c.reopened_at) for c in closings] == [(1, None)]
    with runner.db.read() as s:
        assert s.scalar(select(func.count(DayReopening.id))) == 0

    type_text(reason.reason, "Nhập bổ sung phiếu cấp muộn")
    qtbot.mouseClick(
        reason.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: again.closing is not None, timeout=WAIT)
    assert "lần 2" in again.heading.text()
    assert again.changes.isVisible()
    changes = [again.changes.item(i).text() for i in range(again.changes.count())]
    assert "Số phiếu đã cấp: 1 → 2" in changes
    assert "Số phiếu còn chờ: 1 → 2" in changes
    again.reject()
    qtbot.waitUntil(lambda: "Đã chốt lần 2" in tab.state_label.text(), timeout=WAIT)


def test_the_period_report_dialog_refuses_bad_input_and_saves_a_good_one(
    qtbot, runner: ServiceRunner, ward: Actor, make_user, open_tab, location: DataLocation
) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(make_user("giamsat", "supervisor"))
    _loaded(qtbot, tab)
    qtbot.mouseClick(tab.period_button, Qt.MouseButton.LeftButton)
    dialog: PeriodReportDialog = tab.period_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    dialog.year.setValue(2027)  # a month that has not begun
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    year_error = dialog.errors.label("year")
    qtbot.waitUntil(year_error.isVisible, timeout=WAIT)
    assert "chưa đến" in year_error.text()

    dialog.year.setValue(2026)
    dialog.path.setText(str(location.data_dir / "khong-co-thu-muc" / "bieu-06.pdf"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    path_error = dialog.errors.label("out_path")
    qtbot.waitUntil(path_error.isVisible, timeout=WAIT)
    assert "không tồn tại" in path_error.text()

    dialog.path.clear()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert path_error.text() == "Chưa chọn nơi lưu tệp."
    assert not any(location.data_dir.rglob("bieu-06*"))

    dialog.kind.setCurrentIndex(dialog.kind.findData("quarter"))
    dialog.xlsx.setChecked(True)
    assert dialog.path.text().endswith("bieu-06-quy-4-2026.xlsx")
    with qtbot.waitSignal(tab.file_saved, timeout=WAIT) as saved:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert saved.args[0] == location.documents_dir / "bieu-06-quy-4-2026.xlsx"
    assert saved.args[0].is_file()
    assert "Đã lưu báo cáo định kỳ" in tab.message.text()


def test_the_summary_prints_in_one_click_and_exports_to_xlsx(
    qtbot,
    runner: ServiceRunner,
    ward: Actor,
    make_user,
    open_tab,
    location: DataLocation,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    lanes = make_lanes(runner, ward)
    runner.write(issue_ticket, KIOSK_ACTOR, lanes.a)
    tab = open_tab(make_user("giamsat", "supervisor"))
    _loaded(qtbot, tab)
    with qtbot.waitSignal(tab.file_saved, timeout=WAIT) as saved:
        qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    pdf = location.documents_dir / "2026" / "11" / "tong-hop-ngay-20261120.pdf"
    assert saved.args[0] == pdf
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "20/11/2026" in text
    # this test machine has no printer: the summary is kept and the preview offered
    assert str(pdf) in tab.message.text()
    assert tab.preview_button.isVisible() == ("Chưa in được" in tab.message.text())

    out = tmp_path / "tong-hop"
    with qtbot.waitSignal(tab.file_saved, timeout=WAIT) as exported:
        tab.export_xlsx(out)
    assert exported.args[0] == out.with_suffix(".xlsx")
    assert exported.args[0].is_file()


def test_who_sees_what_and_the_admin_sets_the_wait_target(
    qtbot, runner: ServiceRunner, ward: Actor, make_user, open_tab
) -> None:  # type: ignore[no-untyped-def]
    supervisor = open_tab(make_user("giamsat", "supervisor"))
    _loaded(qtbot, supervisor)
    assert all(not b.isHidden() for b in supervisor.paper_buttons)
    assert supervisor.target_box.isHidden()

    clerk = open_tab(make_user("canbo1", "clerk"))
    qtbot.waitUntil(lambda: "không có quyền" in clerk.state_label.text(), timeout=WAIT)
    assert all(b.isHidden() for b in clerk.paper_buttons)

    admin = open_tab(ward)
    _loaded(qtbot, admin)
    assert not admin.target_box.isHidden()
    admin.target_spin.setValue(30)
    qtbot.mouseClick(admin.target_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: admin.dashboard is not None and admin.dashboard.wait_target_min == 30,
        timeout=WAIT,
    )
    assert admin.tiles["longest"].detail.text() == "Mục tiêu: 30 phút"
    assert "Đã lưu mục tiêu" in admin.message.text()


def test_the_bar_chart_draws_round_axes_and_its_bars(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert nice_ceiling(0) == (4.0, 1.0)
    assert nice_ceiling(15) == (15.0, 5.0)
    assert nice_ceiling(7) == (8.0, 2.0)
    assert nice_ceiling(0.4) == (1.0, 1.0)  # counts never get steps below one
    chart = BarChart("Số phiếu theo giờ")
    qtbot.addWidget(chart)
    chart.resize(480, 240)
    chart.set_data(["7h", "8h"], [Series("Đã cấp", "#1f6fb2", [3, 12])])
    image = chart.grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    }
    assert "#1f6fb2" in colours
    chart.set_data([], [])
    chart.set_empty_text("Chưa có số thứ tự nào trong ngày.")
    empty = chart.grab().toImage()
    assert "#1f6fb2" not in {
        empty.pixelColor(x, y).name()
        for x in range(0, empty.width(), 4)
        for y in range(0, empty.height(), 4)
    }
