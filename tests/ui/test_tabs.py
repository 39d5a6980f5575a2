"""The tabs of the main window over a real database, driven through the worker thread."""

from __future__ import annotations

import threading
from typing import TypeVar

from PySide6.QtCore import Qt

from onestop_desktop.domain.roles import Role
from onestop_desktop.resources_path import resource
from onestop_desktop.services.catalogue import import_catalogue
from onestop_desktop.services.catalogue_files import read_catalogue_file
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.setup import ward_status
from onestop_desktop.services.users import list_users
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.admin_tab import AdminTab
from onestop_desktop.ui.catalogue_tab import CatalogueTab
from onestop_desktop.ui.main_window import MainWindow
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import DbWorker
from tests.conftest import PASSWORD
from tests.ui.keys import type_text

T = TypeVar("T")


def _window(qtbot, runner: ServiceRunner, location: DataLocation, actor: Actor) -> MainWindow:  # type: ignore[no-untyped-def]
    worker = DbWorker()
    session = UiSession(worker, runner, location, runner.read(ward_status, None), actor, "vi")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window


def _tab(window: MainWindow, kind: type[T]) -> T:
    found = [w for i in range(window.tabs.count()) if isinstance(w := window.tabs.widget(i), kind)]
    assert len(found) == 1
    return found[0]


def test_worker_reports_results_and_errors_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker = DbWorker()
    seen: list[tuple[object, bool]] = []

    def boom() -> None:
        raise ValueError("disk on fire")

    with qtbot.waitSignal(worker.busy_changed, check_params_cb=lambda b: b is False):
        worker.submit(
            lambda: threading.current_thread().name,
            lambda r: seen.append((r, threading.current_thread() is threading.main_thread())),
        )
        worker.submit(
            boom,
            None,
            lambda e: seen.append((str(e), threading.current_thread() is threading.main_thread())),
        )
    assert seen[0][0] != threading.main_thread().name  # the job ran elsewhere
    assert [s[1] for s in seen] == [True, True]  # callbacks ran on the GUI thread
    assert seen[1][0] == "disk on fire"


def test_procedure_search_by_a_few_letters_without_diacritics(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,  # type: ignore[no-untyped-def]
) -> None:
    runner.write(
        import_catalogue, ward, read_catalogue_file(resource("catalogue", "procedures-sample.csv"))
    )
    window = _window(qtbot, runner, location, ward)
    tab = _tab(window, CatalogueTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 39, timeout=30_000)
    with qtbot.waitSignal(tab.model.modelReset, timeout=30_000):
        type_text(tab.search, "chung thuc ban sao")
    qtbot.waitUntil(lambda: tab.count_label.text().endswith("thủ tục"), timeout=30_000)
    qtbot.waitUntil(lambda: 0 < tab.model.rowCount() < 39, timeout=30_000)
    names = [tab.model.row_at(i).name_vi for i in range(tab.model.rowCount())]
    assert all("bản sao" in n.lower() for n in names), names
    assert tab.model.data(tab.model.index(0, 2)) == "Chứng thực"


def test_admin_adds_a_clerk_through_the_dialog(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, runner, location, ward)
    admin_tab = _tab(window, AdminTab)
    qtbot.waitUntil(lambda: admin_tab.users.rowCount() == 1, timeout=30_000)
    admin_tab.open_user_dialog()
    dialog = admin_tab.user_dialog
    type_text(dialog.username, "canbo7")
    type_text(dialog.full_name, "Đỗ Minh Khuê")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CLERK.value))
    type_text(dialog.password, "short")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert "ít nhất 10" in dialog.error.text()
    assert [u.username for u in runner.read(list_users, ward)] == ["admin"]
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: admin_tab.users.rowCount() == 2, timeout=30_000)
    stored = {u.username: u for u in runner.read(list_users, ward)}
    assert stored["canbo7"].full_name == "Đỗ Minh Khuê"
    assert stored["canbo7"].role == "clerk"
