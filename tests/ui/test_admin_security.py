"""The administrator's security screens over a real database: the lockout/idle/backup settings,
and resetting a password or disabling an account from the users table."""

from __future__ import annotations

import os
from pathlib import Path

from onestop_desktop.services.auth import login
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.security_settings import SecuritySettings, read_security_settings
from onestop_desktop.services.setup import ward_status
from onestop_desktop.services.users import list_users
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.admin_tab import AdminTab
from onestop_desktop.ui.password_dialog import PasswordDialog
from onestop_desktop.ui.reason_dialog import ReasonDialog
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import DbWorker
from tests.conftest import PASSWORD
from tests.ui.keys import type_text

SHOTS = os.environ.get("ONESTOP_SCREENSHOTS")


def _admin_tab(qtbot, runner: ServiceRunner, location: DataLocation, admin: Actor) -> AdminTab:  # type: ignore[no-untyped-def]
    session = UiSession(DbWorker(), runner, location, runner.read(ward_status, None), admin, "vi")
    tab = AdminTab(session)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return tab


def test_security_settings_are_saved(qtbot, runner, location, ward) -> None:  # type: ignore[no-untyped-def]
    tab = _admin_tab(qtbot, runner, location, ward)
    page = tab.security_page
    tab.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.spins["lockout_attempts"].value() == 5, timeout=30_000)
    assert page.spins["idle_lock_minutes"].value() == 10
    page.spins["lockout_attempts"].setValue(4)
    page.spins["idle_lock_minutes"].setValue(0)
    assert page.spins["idle_lock_minutes"].text() == "không khóa"
    page.spins["backup_keep_daily"].setValue(10)
    page.backup_dir.setText("  /media/usb/saoluu  ")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.note.text().startswith("Đã lưu"), timeout=30_000)
    assert page.backup_dir.text() == "/media/usb/saoluu"
    stored = runner.read(read_security_settings, None)
    assert stored == SecuritySettings(
        lockout_attempts=4,
        idle_lock_minutes=0,
        backup_keep_daily=10,
        backup_dir="/media/usb/saoluu",
    )
    if SHOTS:
        tab.grab().save(str(Path(SHOTS) / "admin-security.png"))


def test_reset_password_and_disable_from_the_users_table(
    qtbot,
    runner,
    location,
    ward,
    make_user,  # type: ignore[no-untyped-def]
) -> None:
    make_user("thu", "clerk")
    tab = _admin_tab(qtbot, runner, location, ward)
    qtbot.waitUntil(lambda: tab.users.rowCount() == 2, timeout=30_000)
    actions = tab.user_actions
    assert not actions.reset_button.isEnabled()  # nothing selected yet
    row = [tab.users.row_at(i).username for i in range(2)].index("thu")
    tab.users_view.selectRow(row)
    assert actions.reset_button.isEnabled()

    actions.reset_button.click()
    dialog = actions.dialog
    assert isinstance(dialog, PasswordDialog)
    type_text(dialog.password, "Tam-thoi-2026#")
    type_text(dialog.repeat, "Tam-thoi-2026#")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.buttons.accepted.emit()
    result = runner.write(login, None, username="thu", password="Tam-thoi-2026#")
    assert result.must_change_password

    qtbot.waitUntil(lambda: tab.users.rowCount() == 2, timeout=30_000)
    tab.users_view.selectRow(row)
    assert actions.toggle_button.text() == "Vô hiệu hóa tài khoản…"
    actions.toggle_button.click()
    reason = actions.dialog
    assert isinstance(reason, ReasonDialog)
    reason.buttons.accepted.emit()  # no reason: refused inline
    qtbot.waitUntil(lambda: reason.error.isVisible(), timeout=30_000)
    assert reason.error.text() == "Cần ghi lý do."
    type_text(reason.reason, "Chuyển công tác")
    with qtbot.waitSignal(reason.accepted, timeout=30_000):
        reason.buttons.accepted.emit()
    qtbot.waitUntil(
        lambda: any(
            tab.users.row_at(i).username == "thu" and not tab.users.row_at(i).active
            for i in range(tab.users.rowCount())
        ),
        timeout=30_000,
    )
    assert runner.write(login, None, username="thu", password="Tam-thoi-2026#").actor is None
    assert {u.username: u.active for u in runner.read(list_users, ward)} == {
        "admin": True,
        "thu": False,
    }
    assert runner.write(login, None, username="admin", password=PASSWORD).actor is not None
    if SHOTS:
        tab.pages.setCurrentIndex(0)
        tab.grab().save(str(Path(SHOTS) / "admin-users.png"))
