"""The administrator's working-calendar page over a real database, through the worker thread."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime

from onestop_desktop.domain.calendar import DEFAULT_SHIFTS, Shift
from onestop_desktop.services.calendar_days import (
    DaySource,
    add_calendar_day,
    get_shifts,
    list_calendar_days,
    load_calendar,
)
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.admin_tab import AdminTab
from onestop_desktop.ui.calendar_page import CalendarPage
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import DbWorker
from tests.ui.keys import type_text

WAIT = 30_000
MONDAY = date(2026, 11, 23)


def _page(qtbot, runner: ServiceRunner, location: DataLocation, actor: Actor) -> CalendarPage:  # type: ignore[no-untyped-def]
    session = UiSession(DbWorker(), runner, location, runner.read(ward_status, None), actor, "vi")
    page = CalendarPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    return page


def _texts(page: CalendarPage, row: int) -> list[str]:
    return [page.model.data(page.model.index(row, c)) for c in range(page.model.columnCount())]


def _row_of(page: CalendarPage, day: date, source: DaySource) -> int:
    for row in range(page.model.rowCount()):
        entry = page.model.row_at(row)
        if entry.day == day and entry.source is source:
            return row
    raise AssertionError(f"{day} {source} not listed")


def test_the_year_shows_holidays_with_weekdays_in_vietnamese(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, runner, location, ward)
    assert page.year.value() == 2026  # the clock's year
    tet = _texts(page, _row_of(page, date(2026, 2, 17), DaySource.HOLIDAY))
    assert tet == ["Thứ Ba, 17/02/2026", "Nghỉ", "Lễ, Tết", "Tết Nguyên Đán"]
    make_up = _texts(page, _row_of(page, date(2026, 8, 22), DaySource.HOLIDAY))
    assert make_up[:3] == ["Thứ Bảy, 22/08/2026", "Làm bù", "Lễ, Tết"]
    assert not page.withdraw_button.isEnabled()
    with qtbot.waitSignal(page.model.modelReset, timeout=WAIT):
        page.year.setValue(2025)
    assert _texts(page, 0)[0] == "Thứ Tư, 01/01/2025"


def test_add_a_day_off_and_a_make_up_saturday_then_withdraw(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, runner, location, ward)
    page.day.setDate(QDate(2026, 11, 23))
    type_text(page.note, "Nghỉ bù theo thông báo của Thành phố")
    with qtbot.waitSignal(page.model.modelReset, timeout=WAIT):
        qtbot.keyClick(page.note, Qt.Key.Key_Return)
    assert "Đã thêm 23/11/2026: nghỉ" in page.add_message.text()
    assert page.note.text() == ""
    row = _row_of(page, MONDAY, DaySource.ADMIN)
    assert _texts(page, row) == [
        "Thứ Hai, 23/11/2026",
        "Nghỉ",
        "Quản trị nhập",
        "Nghỉ bù theo thông báo của Thành phố",
    ]
    page.day.setDate(QDate(2026, 11, 28))
    page.kind.setCurrentIndex(1)
    with qtbot.waitSignal(page.model.modelReset, timeout=WAIT):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert _texts(page, _row_of(page, date(2026, 11, 28), DaySource.ADMIN))[1] == "Làm bù"
    cal = runner.read(load_calendar, ward)
    assert not cal.is_working_day(MONDAY)
    assert cal.is_working_day(date(2026, 11, 28))

    # Withdraw the day off: a reason is asked for.
    page.table.selectRow(_row_of(page, MONDAY, DaySource.ADMIN))
    assert page.withdraw_button.isEnabled()
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    dialog = page.reason_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert "Lý do" in dialog.error.text()
    type_text(dialog.reason, "Thành phố hủy thông báo")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: all(
            page.model.row_at(r).source is DaySource.HOLIDAY or page.model.row_at(r).day != MONDAY
            for r in range(page.model.rowCount())
        ),
        timeout=WAIT,
    )
    assert runner.read(load_calendar, ward).is_working_day(MONDAY)
    assert "Đã rút ngày 23/11/2026" in page.add_message.text()


def test_a_refused_day_is_explained_and_nothing_changes(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, runner, location, ward)
    before = runner.read(list_calendar_days, ward, 2026)
    page.day.setDate(QDate(2026, 11, 22))  # a Sunday
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.add_message.isVisible, timeout=WAIT)
    assert "vốn đã là ngày nghỉ" in page.add_message.text()
    assert "b3261e" in page.day.styleSheet()
    page.day.setDate(QDate(2026, 11, 23))
    page.note.setText("Nghỉ\x07")  # pasted: typing drops control characters
    assert "\x07" in page.note.text()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ký tự điều khiển" in page.add_message.text(), timeout=WAIT)
    assert "b3261e" in page.note.styleSheet()
    assert page.day.styleSheet() == ""
    assert runner.read(list_calendar_days, ward, 2026) == before


def test_shifts_are_shown_checked_and_saved(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, runner, location, ward)
    qtbot.waitUntil(lambda: page.shift_rows[0][0].isChecked(), timeout=WAIT)
    assert page.shifts() == list(DEFAULT_SHIFTS)
    assert not page.shift_rows[2][0].isChecked()
    assert not page.shift_rows[2][1].isEnabled()
    # Overlapping: refused here, before anything is sent.
    page.shift_rows[1][1].setTime(QTime(11, 0))
    qtbot.mouseClick(page.save_shifts_button, Qt.MouseButton.LeftButton)
    assert page.shifts_message.isVisible()
    assert "chồng lên nhau" in page.shifts_message.text()
    assert runner.read(get_shifts, ward) == DEFAULT_SHIFTS
    # Put right, plus a Saturday-style third shift.
    page.shift_rows[1][1].setTime(QTime(13, 30))
    page.shift_rows[1][2].setTime(QTime(17, 30))
    page.shift_rows[2][0].setChecked(True)
    page.shift_rows[2][1].setTime(QTime(18, 0))
    page.shift_rows[2][2].setTime(QTime(20, 0))
    qtbot.mouseClick(page.save_shifts_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã lưu ca làm việc" in page.shifts_message.text(), timeout=WAIT)
    assert "07:30–11:30, 13:30–17:30, 18:00–20:00" in page.shifts_message.text()
    assert runner.read(get_shifts, ward) == (
        Shift(time(7, 30), time(11, 30)),
        Shift(time(13, 30), time(17, 30)),
        Shift(time(18, 0), time(20, 0)),
    )


def test_the_calendar_is_a_page_of_the_admin_tab(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,  # type: ignore[no-untyped-def]
) -> None:
    runner.write(add_calendar_day, ward, MONDAY, "day_off", "Nghỉ thêm")
    session = UiSession(DbWorker(), runner, location, runner.read(ward_status, None), ward, "vi")
    tab = AdminTab(session)
    qtbot.addWidget(tab)
    tab.show()
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    assert titles[:3] == ["Người dùng và nhật ký", "Lịch làm việc", "Quầy và dịch vụ"]
    tab.pages.setCurrentWidget(tab.calendar)
    qtbot.waitUntil(
        lambda: any(
            tab.calendar.model.row_at(r).source is DaySource.ADMIN
            for r in range(tab.calendar.model.rowCount())
        ),
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: tab.users.rowCount() == 1, timeout=WAIT)
