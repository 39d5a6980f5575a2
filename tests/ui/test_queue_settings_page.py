"""The administrator's queue page over a real database: services and counters added and edited
through their dialogs, the priority rules saved; bad input refused in words, nothing changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.queue_settings import QueueSettings, QueueSetup, queue_setup
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.admin_tab import AdminTab
from onestop_desktop.ui.counter_dialog import CounterDialog
from onestop_desktop.ui.queue_service_dialog import QueueServiceDialog
from onestop_desktop.ui.queue_settings_page import QueueSettingsPage
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import DbWorker
from tests.queue_helpers import Lanes, make_lanes
from tests.ui.keys import type_text

WAIT = 30_000


@pytest.fixture
def lanes(runner: ServiceRunner, ward: Actor) -> Lanes:
    return make_lanes(runner, ward)


def _page(qtbot, runner: ServiceRunner, location: DataLocation, actor: Actor) -> QueueSettingsPage:  # type: ignore[no-untyped-def]
    session = UiSession(DbWorker(), runner, location, runner.read(ward_status, None), actor, "vi")
    page = QueueSettingsPage(session)
    qtbot.addWidget(page)
    page.resize(1600, 800)
    page.show()
    qtbot.waitUntil(lambda: page.setup is not None, timeout=WAIT)
    return page


def _texts(model, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def _ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _setup(runner: ServiceRunner, actor: Actor) -> QueueSetup:
    return runner.read(queue_setup, actor)


def test_the_page_lists_services_and_counters_and_is_in_the_admin_tab(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,
    lanes: Lanes,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, runner, location, ward)
    assert _texts(page.services, 0) == ["A", "Hộ tịch", "Civil status", "1–999", "Đang hoạt động"]
    assert _texts(page.counters, 1) == [
        "2",
        "Quầy 2",
        "A · Hộ tịch, B · Chứng thực",
        "Đang hoạt động",
    ]
    assert page.priority_after.value() == 2
    assert all(box.isChecked() for box in page.categories.values())
    session = UiSession(DbWorker(), runner, location, runner.read(ward_status, None), ward, "vi")
    tab = AdminTab(session)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not session.worker.busy, timeout=WAIT)  # its reads, before it closes
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    assert "Quầy và dịch vụ" in titles
    assert isinstance(tab.pages.widget(titles.index("Quầy và dịch vụ")), QueueSettingsPage)


def test_add_a_service_a_taken_prefix_is_refused_inline(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,
    lanes: Lanes,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, runner, location, ward)
    before = _setup(runner, ward)
    qtbot.mouseClick(page.findChild(type(page.save_rules), "addService"), Qt.MouseButton.LeftButton)
    dialog = page.service_dialog
    assert isinstance(dialog, QueueServiceDialog)
    type_text(dialog.prefix, "a")
    assert dialog.prefix.text() == "A"  # capitals as one types
    type_text(dialog.name_vi, "Đất đai")
    _ok(qtbot, dialog)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert dialog.error.text() == "Ký hiệu “A” đã dùng cho dịch vụ “Hộ tịch”."
    assert dialog.isVisible()
    assert _setup(runner, ward) == before

    dialog.prefix.setText("C")
    dialog.range_start.setValue(500)
    dialog.range_end.setValue(100)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "số đầu < số cuối" in dialog.error.text(), timeout=WAIT)
    assert _setup(runner, ward) == before

    dialog.range_start.setValue(1)
    type_text(dialog.name_en, "Land")
    with qtbot.waitSignal(page.services.modelReset, timeout=WAIT):
        _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert _texts(page.services, 2) == ["C", "Đất đai", "Land", "1–100", "Đang hoạt động"]
    assert page.message.text() == "Đã lưu dịch vụ C · Đất đai."


def test_a_counter_must_serve_a_service_and_a_new_one_is_saved(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,
    lanes: Lanes,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, runner, location, ward)
    before = _setup(runner, ward)
    page.add_counter()
    dialog = page.counter_dialog
    assert isinstance(dialog, CounterDialog)
    assert dialog.number.value() == 4  # the first free number
    _ok(qtbot, dialog)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert dialog.error.text() == "Quầy phải phục vụ ít nhất một dịch vụ."
    assert _setup(runner, ward) == before

    dialog.set_serving([lanes.b])
    dialog.number.setValue(3)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error.text() == "Đã có quầy số 3.", timeout=WAIT)
    assert _setup(runner, ward) == before

    dialog.number.setValue(4)
    type_text(dialog.name, "Quầy 4 — Chứng thực")
    with qtbot.waitSignal(page.counters.modelReset, timeout=WAIT):
        _ok(qtbot, dialog)
    assert _texts(page.counters, 3) == [
        "4",
        "Quầy 4 — Chứng thực",
        "B · Chứng thực",
        "Đang hoạt động",
    ]

    # Edit counter 1 (row 0): stop it; it stays listed.
    page.counters_view.selectRow(0)
    page.edit_counter()
    edit = page.counter_dialog
    assert isinstance(edit, CounterDialog)
    assert edit.serving() == [lanes.a]
    edit.active.setChecked(False)
    with qtbot.waitSignal(page.counters.modelReset, timeout=WAIT):
        _ok(qtbot, edit)
    assert _texts(page.counters, 0)[3] == "Đã ngừng"


def test_priority_rules_saved_and_a_bad_choice_refused(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,
    lanes: Lanes,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, runner, location, ward)
    for box in page.categories.values():
        box.setChecked(False)
    qtbot.mouseClick(page.save_rules, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.rules_message.text()), timeout=WAIT)
    assert page.rules_message.text() == "Chọn ít nhất một nhóm ưu tiên."
    assert _setup(runner, ward).settings == QueueSettings(
        2, ("elderly", "disabled", "pregnant", "meritorious", "small_child"), 1
    )

    page.categories["elderly"].setChecked(True)
    page.categories["disabled"].setChecked(True)
    page.priority_after.setValue(3)
    page.recalls.setValue(2)
    qtbot.mouseClick(page.save_rules, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rules_message.text().startswith("Đã lưu"), timeout=WAIT)
    assert _setup(runner, ward).settings == QueueSettings(3, ("elderly", "disabled"), 2)
