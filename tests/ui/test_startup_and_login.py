"""Start-up as a person meets it: first run, login, role-gated tabs, language, fatal errors."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.settings import set_language
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.first_run_dialog import FirstRunDialog
from onestop_desktop.ui.login_dialog import LoginDialog
from onestop_desktop.ui.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.keys import type_text


def _start(qtbot, harness, stage: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(
        harness.controller.stage_changed, timeout=30_000, check_params_cb=lambda s: s == stage
    ):
        harness.controller.start()


def _log_in(qtbot, harness, username: str, password: str) -> LoginDialog:  # type: ignore[no-untyped-def]
    dialog = harness.controller.dialog
    assert isinstance(dialog, LoginDialog)
    type_text(dialog.username, username)
    type_text(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    return dialog


def test_first_run_creates_the_ward_and_opens_the_admin_window(
    qtbot,
    app_harness,
    tmp_path: Path,
    empty_db_url: str,  # type: ignore[no-untyped-def]
) -> None:
    harness = app_harness(DataLocation(tmp_path, empty_db_url))
    _start(qtbot, harness, "first_run")
    dialog = harness.controller.dialog
    assert isinstance(dialog, FirstRunDialog)
    # A wrong unit code is shown inline and nothing is created.
    type_text(dialog.ward_name, "Phường Tây Hồ")
    type_text(dialog.unit_code, "H56")
    type_text(dialog.admin_full_name, "Nguyễn Thị Quản Trị")
    type_text(dialog.password, PASSWORD)
    type_text(dialog.password_again, PASSWORD)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert "000.00.06.H56" in dialog.error.text()
    dialog.unit_code.setText("000.00.06.H56")
    with qtbot.waitSignal(harness.controller.stage_changed, timeout=30_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    window = harness.controller.window
    assert isinstance(window, MainWindow)
    assert window.tab_titles() == [
        "Tiếp nhận hồ sơ",
        "Trả kết quả",
        "Tra cứu",
        "Thủ tục",
        "Giám sát",
        "Quản trị",
    ]
    assert "Phường Tây Hồ" in window.windowTitle()


def test_wrong_password_is_refused_then_right_one_opens_the_window(
    qtbot,
    app_harness,
    location: DataLocation,
    ward: Actor,  # type: ignore[no-untyped-def]
) -> None:
    harness = app_harness(location)
    _start(qtbot, harness, "login_ready")
    dialog = _log_in(qtbot, harness, "admin", "not-the-password")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert dialog.error.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert dialog.password.text() == ""
    assert harness.controller.window is None
    dialog.username.clear()
    with qtbot.waitSignal(harness.controller.stage_changed, timeout=30_000):
        _log_in(qtbot, harness, "admin", PASSWORD)
    assert isinstance(harness.controller.window, MainWindow)
    assert harness.controller.window.isVisible()
    # The login dialog remembered the ward for the next start, before the database opens.
    assert json.loads(location.ui_cache_file.read_text("utf-8"))["ward_name"] == "Phường Tây Hồ"


def test_tabs_follow_the_role(
    qtbot,
    app_harness,
    location: DataLocation,
    make_user,  # type: ignore[no-untyped-def]
) -> None:
    make_user("canbo1", "clerk")
    make_user("giamsat", "supervisor")
    counter = ["Tiếp nhận hồ sơ", "Trả kết quả", "Tra cứu", "Thủ tục"]
    expected = {"canbo1": counter, "giamsat": [*counter, "Giám sát"]}
    for username, tabs in expected.items():
        harness = app_harness(location)
        _start(qtbot, harness, "login_ready")
        with qtbot.waitSignal(harness.controller.stage_changed, timeout=30_000):
            _log_in(qtbot, harness, username, PASSWORD)
        window = harness.controller.window
        assert window.tab_titles() == tabs
        assert "Quản trị" not in window.tab_titles()


def test_english_interface(
    qtbot,
    app_harness,
    location: DataLocation,
    ward: Actor,
    runner: ServiceRunner,  # type: ignore[no-untyped-def]
) -> None:
    runner.write(set_language, ward, "en")
    harness = app_harness(location)
    _start(qtbot, harness, "login_ready")
    dialog = harness.controller.dialog
    assert dialog.windowTitle() == "Log in — One-stop counter"
    assert dialog.login_button.text() == "Log in"
    with qtbot.waitSignal(harness.controller.stage_changed, timeout=30_000):
        _log_in(qtbot, harness, "admin", PASSWORD)
    assert harness.controller.window.tab_titles() == [
        "Dossier intake",
        "Return of results",
        "Search",
        "Procedures",
        "Supervision",
        "Administration",
    ]


def test_a_corrupt_database_is_reported_not_crashed_on(
    qtbot,
    app_harness,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    db = tmp_path / "onestop.sqlite"
    db.write_bytes(b"\x00 definitely not sqlite " * 100)
    harness = app_harness(DataLocation(tmp_path, f"sqlite+pysqlite:///{db}"))
    harness.controller.start()
    qtbot.waitUntil(lambda: bool(harness.exits), timeout=30_000)
    assert harness.exits == [1]
    assert "không phải cơ sở dữ liệu SQLite" in harness.fatal[0]
    assert "Traceback" not in harness.fatal[0]
