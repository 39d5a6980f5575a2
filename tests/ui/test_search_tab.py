"""The dossier search tab over a real database, searching on the worker thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from onestop_desktop.domain.dossier_code import sign_code
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import DataLocation
from onestop_desktop.store.models import Ward
from onestop_desktop.ui.search_tab import SearchTab
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import DbWorker
from tests.services.test_dossier_search import DAY1, DAY2, PEOPLE, add_dossiers
from tests.ui.keys import type_text

WAIT_MS = 30_000


def _tab(qtbot, runner: ServiceRunner, location: DataLocation, actor: Actor) -> SearchTab:  # type: ignore[no-untyped-def]
    session = UiSession(DbWorker(), runner, location, runner.read(ward_status, None), actor, "vi")
    tab = SearchTab(session)
    qtbot.addWidget(tab)
    tab.resize(1100, 420)
    tab.show()
    tab.activateWindow()
    qtbot.waitActive(tab)
    qtbot.waitUntil(lambda: tab.count_label.text() != "", timeout=WAIT_MS)  # first load done
    return tab


def _names(tab: SearchTab) -> list[str]:
    return [tab.model.row_at(i).applicant_name for i in range(tab.model.rowCount())]


def test_typing_a_name_without_diacritics_lists_the_dossiers_and_double_click_opens_one(
    qtbot,  # type: ignore[no-untyped-def]
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,
    make_user,  # type: ignore[no-untyped-def]
) -> None:
    codes = add_dossiers(runner, ward, PEOPLE)
    tab = _tab(qtbot, runner, location, make_user("canbo1", "clerk"))
    assert tab.model.rowCount() == len(PEOPLE)  # the newest dossiers before anything is typed
    assert tab.count_label.text() == f"{len(PEOPLE)} hồ sơ"
    qtbot.waitUntil(tab.search.hasFocus, timeout=WAIT_MS)

    with qtbot.waitSignal(tab.model.modelReset, timeout=WAIT_MS):
        type_text(tab.search, "nguyen van a")  # searched once typing pauses
    assert sorted(_names(tab)) == ["NGUYỄN VĂN AN", "Nguyễn Văn A"]
    assert tab.count_label.text() == "2 hồ sơ"
    assert tab.last_query is not None
    assert tab.last_query.text == "nguyen van a"  # one search for the whole word, not per key
    model = tab.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Mã hồ sơ",
        "Thủ tục",
        "Người nộp",
        "Trạng thái",
        "Ngày nhận",
        "Hẹn trả",
    ]
    an = _names(tab).index("NGUYỄN VĂN AN")
    assert model.data(model.index(an, 0)) == codes[1]
    assert model.data(model.index(an, 1)) == "Đăng ký khai sinh"
    assert model.data(model.index(an, 3)) == "Đã trả kết quả"
    assert model.data(model.index(an, 4)) == "09:01 19/11/2026"
    assert model.data(model.index(an, 5)) == "09:01 22/11/2026"

    expected = tab.model.row_at(an).id
    rect = tab.table.visualRect(tab.model.index(an, 2))
    with qtbot.waitSignal(tab.dossier_activated, timeout=WAIT_MS) as opened:
        # What a mouse delivers for a double-click: press, release, then a double-click event.
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [expected]

    # Keyboard only: Down from the search box into the results, Enter opens the selected row.
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert tab.table.hasFocus()
    first = tab.model.row_at(tab.table.currentIndex().row()).id
    with qtbot.waitSignal(tab.dossier_activated, timeout=WAIT_MS) as opened:
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened.args == [first]


def test_a_scanned_receipt_finds_its_dossier_at_once(
    qtbot,  # type: ignore[no-untyped-def]
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,
) -> None:
    codes = add_dossiers(runner, ward, PEOPLE)
    with runner.db.read() as s:
        key = bytes.fromhex(s.scalars(select(Ward.signing_key)).one())
    tab = _tab(qtbot, runner, location, ward)
    with qtbot.waitSignal(tab.model.modelReset, timeout=WAIT_MS):
        type_text(tab.search, sign_code(codes[3], key))  # a keyboard-wedge scanner types it…
        qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # …then Enter: no pause to wait for
    assert _names(tab) == ["Đỗ Thị Hà"]
    assert tab.count_label.text() == "1 hồ sơ"


def test_bad_input_is_explained_inline_and_filters_narrow_the_list(
    qtbot,  # type: ignore[no-untyped-def]
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,
) -> None:
    add_dossiers(runner, ward, PEOPLE)
    tab = _tab(qtbot, runner, location, ward)

    type_text(tab.search, "12345")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.waitUntil(tab.error.isVisible, timeout=WAIT_MS)
    assert "Không hiểu nội dung tìm kiếm" in tab.error.text()
    assert tab.model.rowCount() == 0
    assert tab.count_label.text() == ""

    tab.search.clear()
    with qtbot.waitSignal(tab.model.modelReset, timeout=WAIT_MS):
        qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert not tab.error.isVisible()
    assert tab.model.rowCount() == len(PEOPLE)

    with qtbot.waitSignal(tab.model.modelReset, timeout=WAIT_MS):
        tab.status.setCurrentIndex(tab.status.findData("returned"))
    assert _names(tab) == ["NGUYỄN VĂN AN"]
    assert tab.status.currentText() == "Đã trả kết quả"

    tab.status.setCurrentIndex(0)
    tab.date_from.setDate(DAY2)
    tab.date_to.setDate(DAY1)
    with qtbot.waitSignal(tab.model.modelReset, timeout=WAIT_MS):
        tab.use_dates.setChecked(True)
    qtbot.waitUntil(tab.error.isVisible, timeout=WAIT_MS)
    assert "Ngày bắt đầu phải trước" in tab.error.text()

    with qtbot.waitSignal(tab.model.modelReset, timeout=WAIT_MS):
        tab.date_to.setDate(DAY2)
    assert sorted(_names(tab)) == ["NGUYỄN VĂN AN", "Nguyễn Văn Bình"]
    assert not tab.error.isVisible()
