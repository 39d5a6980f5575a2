"""Backups in the app: the automatic daily backup (and retention run) on its own thread, and the
administrator's page (back up now, restore at the next start, cancel). On PostgreSQL the page
points to pg_dump."""

from __future__ import annotations

import os
from pathlib import Path

from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.auto_backup import RESTORE_MARKER, pending_restore
from onestop_desktop.store.backup import integrity_problems
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.auto_backup import BackupScheduler
from onestop_desktop.ui.backup_page import BackupPage
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import DbWorker

SHOTS = os.environ.get("ONESTOP_SCREENSHOTS")


def _session(runner: ServiceRunner, location: DataLocation, actor: Actor) -> UiSession:
    return UiSession(DbWorker(), runner, location, runner.read(ward_status, None), actor, "vi")


def test_the_daily_backup_runs_once_a_day_on_its_own_thread(qtbot, runner, location, ward) -> None:  # type: ignore[no-untyped-def]
    scheduler = BackupScheduler(_session(runner, location, ward))
    with qtbot.waitSignal(scheduler.finished, timeout=30_000) as first:
        scheduler.start()
    assert scheduler.retention is not None
    assert scheduler.retention.years == 0  # retention is off by default
    if runner.db.sqlite_path is None:
        assert first.args[0] is None  # PostgreSQL: pg_dump on the server
        scheduler.stop()
        return
    assert first.args[0].created
    expected = location.backup_dir / "onestop-daily-2026-11-20.sqlite"
    assert first.args[0].path == expected
    assert integrity_problems(expected, quick=False) == []
    with qtbot.waitSignal(scheduler.finished, timeout=30_000) as again:
        scheduler.run()  # the hourly check later the same day
    assert not again.args[0].created
    scheduler.stop()


def test_back_up_now_then_restore_at_the_next_start(
    qtbot, runner, location, ward, make_user
) -> None:  # type: ignore[no-untyped-def]
    clerk = make_user("thu", "clerk")
    page = BackupPage(_session(runner, location, ward))
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    if runner.db.sqlite_path is None:
        qtbot.waitUntil(lambda: "pg_dump" in page.note.text(), timeout=30_000)
        return
    qtbot.waitUntil(lambda: page.folder_label.text().endswith("backups"), timeout=30_000)
    assert page.model.rowCount() == 0
    page.backup_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30_000)
    assert page.note.text() == ("Đã sao lưu và kiểm tra toàn vẹn: onestop-daily-2026-11-20.sqlite")
    assert page.model.data(page.model.index(0, 1)) == "Hằng ngày"

    page.restore_selected()  # nothing selected
    assert page.note.text() == "Chọn một bản sao lưu trong danh sách."
    page.table.selectRow(0)
    asked: list[Path] = []
    page.ask_confirmation = lambda path: asked.append(path) or False  # the admin says No
    page.restore_selected()
    assert not (location.data_dir / RESTORE_MARKER).exists()
    page.ask_confirmation = lambda path: True
    page.restore_selected()
    qtbot.waitUntil(lambda: page.pending.isVisible(), timeout=30_000)
    assert "Đóng phần mềm và mở lại" in page.note.text()
    assert pending_restore(location.data_dir) == (
        location.backup_dir / "onestop-daily-2026-11-20.sqlite"
    )
    assert page.pending.text().startswith("Đang chờ khôi phục onestop-daily-2026-11-20.sqlite")
    if SHOTS:
        page.grab().save(str(Path(SHOTS) / "backup-page.png"))
    page.cancel_button.click()
    qtbot.waitUntil(lambda: not page.pending.isVisible(), timeout=30_000)
    assert pending_restore(location.data_dir) is None

    clerk_page = BackupPage(_session(runner, location, clerk))  # the service refuses a clerk
    qtbot.addWidget(clerk_page)
    qtbot.waitUntil(lambda: "không có quyền" in clerk_page.note.text(), timeout=30_000)
