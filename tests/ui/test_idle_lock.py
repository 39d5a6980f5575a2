"""The idle lock on a real main window, driven by an injected monotonic clock (no sleeping): the
window locks after the ward's configured minutes without input, keeps the clerk's unsaved input,
ignores keys meant for what is under the cover, and opens only with the same user's password."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.security_settings import SecuritySettings, save_security_settings
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import DataLocation
from onestop_desktop.store.models import AuditEntry
from onestop_desktop.ui.idle_lock import IdleLock
from onestop_desktop.ui.main_window import MainWindow
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import DbWorker
from tests.conftest import PASSWORD
from tests.ui.keys import type_text

SHOTS = os.environ.get("ONESTOP_SCREENSHOTS")


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _locked_window(qtbot, runner: ServiceRunner, location: DataLocation, clerk: Actor):  # type: ignore[no-untyped-def]
    session = UiSession(DbWorker(), runner, location, runner.read(ward_status, None), clerk, "vi")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    clock = FakeMonotonic()
    lock = IdleLock(window, session, monotonic=clock, check_interval_ms=10)
    return window, lock, clock


def test_idle_window_locks_keeps_the_form_and_needs_the_password(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,
    make_user,  # type: ignore[no-untyped-def]
) -> None:
    runner.write(save_security_settings, ward, SecuritySettings(idle_lock_minutes=2))
    clerk = make_user("thu", "clerk")
    window, lock, clock = _locked_window(qtbot, runner, location, clerk)
    qtbot.waitUntil(lambda: lock.idle_minutes == 2, timeout=30_000)
    reason = window.intake.reason
    type_text(reason, "Thiếu bản sao CCCD")

    clock.now += 119  # 1 min 59 s idle: still open
    lock.check()
    assert not lock.is_locked
    type_text(reason, ",")  # activity restarts the count
    clock.now += 119
    lock.check()
    assert not lock.is_locked
    with qtbot.waitSignal(lock.locked, timeout=30_000):  # the timer notices 2 min of quiet
        clock.now += 1
    cover = lock.cover
    assert cover is not None
    assert cover.isVisible()
    assert cover.geometry() == window.rect()
    assert "Nhập mật khẩu của Cán bộ thu để tiếp tục" in cover.explain.text()
    assert not window.centralWidget().isEnabled()
    type_text(reason, " và ảnh")  # keys for the form under the cover do nothing
    assert reason.text() == "Thiếu bản sao CCCD,"
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "idle-lock.png"))

    type_text(cover.password, "not my password")
    cover.unlock_button.click()
    qtbot.waitUntil(lambda: cover.error.isVisible(), timeout=30_000)
    assert cover.error.text() == "Sai mật khẩu."
    assert lock.is_locked
    type_text(cover.password, PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=30_000):
        cover.unlock_button.click()
    assert lock.cover is None
    assert window.centralWidget().isEnabled()
    assert reason.text() == "Thiếu bản sao CCCD,"  # the unsaved form is still there
    with runner.db.read() as s:
        actions = list(
            s.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity == "session", AuditEntry.entity_id == str(clerk.user_id))
                .order_by(AuditEntry.id)
            )
        )
    assert actions == ["unlock_failed", "unlock"]

    lock.set_idle_minutes(0)  # 0 = never lock
    clock.now += 10_000
    lock.check()
    assert not lock.is_locked


def test_the_login_window_flow_asks_for_a_new_password_after_a_reset(
    qtbot,
    app_harness,
    location: DataLocation,
    runner: ServiceRunner,
    ward: Actor,
    make_user,  # type: ignore[no-untyped-def]
) -> None:
    from onestop_desktop.services.users import reset_password
    from onestop_desktop.ui.login_dialog import LoginDialog
    from onestop_desktop.ui.password_dialog import PasswordDialog

    clerk = make_user("thu", "clerk")
    runner.write(reset_password, ward, user_id=clerk.user_id, new_password="Tam-thoi-2026#")
    harness = app_harness(location)
    controller = harness.controller
    with qtbot.waitSignal(controller.stage_changed, check_params_cb=lambda s: s == "login_ready"):
        controller.start()
    login = controller.dialog
    assert isinstance(login, LoginDialog)
    type_text(login.username, "thu")
    type_text(login.password, "Tam-thoi-2026#")
    with qtbot.waitSignal(
        controller.stage_changed, check_params_cb=lambda s: s == "change_password", timeout=30_000
    ):
        login.login_button.click()
    dialog = controller.dialog
    assert isinstance(dialog, PasswordDialog)
    type_text(dialog.current, "Tam-thoi-2026#")
    type_text(dialog.password, "Moi-hon-2026!")
    type_text(dialog.repeat, "Moi-hon-2026?")
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == "Hai lần nhập mật khẩu mới không khớp."
    dialog.repeat.setText("Moi-hon-2026!")
    with qtbot.waitSignal(
        controller.stage_changed, check_params_cb=lambda s: s == "main", timeout=30_000
    ):
        dialog.buttons.accepted.emit()
    assert controller.idle_lock is not None
    from onestop_desktop.services.auth import login as login_use_case

    again = runner.write(login_use_case, None, username="thu", password="Moi-hon-2026!")
    assert again.actor is not None
    assert not again.must_change_password
