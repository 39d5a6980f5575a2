"""The kiosk on a real database: a citizen touches a service and a priority, a ticket is issued,
its 80 mm PDF is written and printed (to a PDF-file printer: no printer exists here), the number
shows and the start screen comes back. English for foreign residents; only an administrator's
password closes it."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.services.context import Actor, ServiceContext, ServiceRunner
from onestop_desktop.services.queue import KIOSK_ACTOR, issue_ticket
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import DataLocation
from onestop_desktop.store.models import QueueService, Ticket, User
from onestop_desktop.ui.i18n import install_language
from onestop_desktop.ui.kiosk_app import KioskController
from onestop_desktop.ui.kiosk_window import KioskTicket, KioskWindow
from onestop_desktop.ui.messages import set_message_language
from onestop_desktop.ui.pdf_printer import PrintOutcome, print_pdf_on
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.this_pc import set_printer_name
from onestop_desktop.ui.worker import DbWorker
from tests.conftest import PASSWORD
from tests.queue_helpers import Lanes, make_lanes
from tests.ui.keys import type_text

SIGNAL_MS = 10_000
MM = 72 / 25.4


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return " ".join(out.split())


def printing_to(out: Path) -> Callable[[Path], PrintOutcome]:
    """A real QPrinter writing a PDF file, standing in for the receipt printer."""

    def action(pdf: Path) -> PrintOutcome:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return print_pdf_on(printer, pdf)

    return action


def tickets(runner: ServiceRunner) -> list[tuple[int, int, str | None, str]]:
    def read(ctx: ServiceContext) -> list[tuple[int, int, str | None, str]]:
        rows = ctx.session.scalars(select(Ticket).order_by(Ticket.id))
        return [(t.service_id, t.number, t.priority_category, t.status) for t in rows]

    return runner.read(read, None)


def stop_lane(ctx: ServiceContext, service_id: int) -> None:
    """What an administrator's "stop this service" leaves: the lane inactive."""
    lane = ctx.session.get(QueueService, service_id)
    assert lane is not None
    lane.active = False
    ctx.audit("queue_service", service_id, "update", after={"active": False})


@pytest.fixture
def lanes(runner: ServiceRunner, ward: Actor) -> Lanes:
    return make_lanes(runner, ward)


@pytest.fixture
def open_kiosk(
    qtbot, qapp: QApplication, runner: ServiceRunner, location: DataLocation, lanes: Lanes
) -> Iterator[Callable[..., KioskWindow]]:  # type: ignore[no-untyped-def]
    made: list[tuple[KioskWindow, DbWorker]] = []

    def make(**kwargs: object) -> KioskWindow:
        worker = DbWorker()
        session = UiSession(
            worker, runner, location, runner.read(ward_status, None), KIOSK_ACTOR, "vi"
        )
        kwargs.setdefault("confirm_ms", 60_000)
        kwargs.setdefault("double_tap_ms", 0)
        window = KioskWindow(session, **kwargs)  # type: ignore[arg-type]
        made.append((window, worker))
        window.resize(1920, 1080)
        with qtbot.waitSignal(window.services_loaded, timeout=SIGNAL_MS):
            window.show()
        return window

    yield make
    for window, worker in made:
        if window.unlock_dialog is not None:
            window.unlock_dialog.reject()
        window.unlocked = True
        window.close()
        worker.wait_idle()
        window.deleteLater()
    install_language(qapp, "vi")
    set_message_language("vi")


def take_ticket(qtbot, window: KioskWindow, prefix: str, category: str | None) -> KioskTicket:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.lane_button(prefix), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.priority_page
    with qtbot.waitSignal(window.ticket_issued, timeout=SIGNAL_MS) as blocker:
        qtbot.mouseClick(window.priority_button(category), Qt.MouseButton.LeftButton)
    ticket = blocker.args[0]
    assert isinstance(ticket, KioskTicket)
    return ticket


def test_touching_a_service_issues_a_ticket_writes_and_prints_its_pdf(
    qtbot, open_kiosk, runner: ServiceRunner, location: DataLocation, lanes: Lanes, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    printed = tmp_path / "printer-output.pdf"
    window = open_kiosk(print_action=printing_to(printed))
    assert [b.row.prefix for b in window._lane_buttons.values()] == ["A", "B"]

    ticket = take_ticket(qtbot, window, "A", None)

    assert tickets(runner) == [(lanes.a, 1, None, "waiting")]
    assert ticket.issued.ticket.label == "A001"
    assert ticket.pdf == location.documents_dir / "tickets" / "2026-11-20" / "A001.pdf"
    assert ticket.pdf.is_file()
    text = pdf_text(ticket.pdf)
    assert "A001" in text
    assert "Hộ tịch" in text
    assert "Số người đang chờ trước bạn: 0" in text
    assert "Lấy số lúc 09:00 ngày 20/11/2026" in text
    assert "PHƯỜNG TÂY HỒ" in text
    assert "English" not in text
    # the printer got the one 80 mm page
    assert ticket.printed
    assert ticket.message == ""
    page = PdfReader(printed).pages
    assert len(page) == 1
    assert round(float(page[0].mediabox.width) / MM) == 80
    # the confirmation: the number very large, the service, how many are ahead
    assert window.pages.currentWidget() is window.done_page
    assert window.number.text() == "A001"
    assert window.number.font().pixelSize() >= 300
    assert window.done_service.text() == "Hộ tịch"
    assert window.done_ahead.text() == "Số người đang chờ trước bạn: 0"
    assert window.done_status.text() == "Mời bạn nhận vé ở khe máy in bên dưới."


def test_a_priority_choice_is_kept_and_printed_and_people_ahead_count(
    qtbot, open_kiosk, runner: ServiceRunner, lanes: Lanes, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(print_action=printing_to(tmp_path / "out.pdf"), confirm_ms=0)
    first = take_ticket(qtbot, window, "B", None)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.start_page)
    second = take_ticket(qtbot, window, "B", "elderly")
    assert (first.issued.ticket.label, second.issued.ticket.label) == ("B001", "B002")
    assert second.issued.people_ahead == 1
    assert tickets(runner) == [(lanes.b, 1, None, "waiting"), (lanes.b, 2, "elderly", "waiting")]
    assert second.pdf is not None
    text = pdf_text(second.pdf)
    assert "B002" in text
    assert "ƯU TIÊN: Người cao tuổi" in text
    assert "Chứng thực" in text
    assert "Số người đang chờ trước bạn: 1" in text
    assert window.done_priority.text() == "Ưu tiên: Người cao tuổi"


def test_the_start_screen_comes_back_after_the_confirmation(
    qtbot, open_kiosk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(print_action=printing_to(tmp_path / "out.pdf"), confirm_ms=0)
    with qtbot.waitSignal(window.returned_to_start, timeout=SIGNAL_MS):
        take_ticket(qtbot, window, "A", None)
    assert window.pages.currentWidget() is window.start_page
    # and the lane's button counts the ticket just issued at the next refresh
    qtbot.waitUntil(lambda: window.lane_button("A").waiting.text() == "Đang chờ: 1 người")


def test_when_printing_fails_the_number_stays_on_screen_and_nothing_is_lost(
    qtbot, open_kiosk, runner: ServiceRunner, location: DataLocation, lanes: Lanes
) -> None:  # type: ignore[no-untyped-def]
    set_printer_name(location, "Máy in vé không có")
    window = open_kiosk()  # this PC's printer, which does not exist here
    ticket = take_ticket(qtbot, window, "A", None)
    assert not ticket.printed
    assert "Máy in vé không có" in ticket.message
    assert tickets(runner) == [(lanes.a, 1, None, "waiting")]
    assert ticket.pdf is not None
    assert "A001" in pdf_text(ticket.pdf)
    assert window.pages.currentWidget() is window.done_page
    assert window.number.text() == "A001"
    assert window.done_status.text() == "Vui lòng ghi nhớ số của bạn"
    assert window.done_status.property("problem") is True
    assert "Máy in vé không có" in window.done_detail.text()


def test_a_printer_driver_that_raises_does_not_lose_the_number(qtbot, open_kiosk) -> None:  # type: ignore[no-untyped-def]
    def broken(_pdf: Path) -> PrintOutcome:
        raise RuntimeError("driver crashed")

    window = open_kiosk(print_action=broken)
    ticket = take_ticket(qtbot, window, "A", None)
    assert not ticket.printed
    assert window.done_status.text() == "Vui lòng ghi nhớ số của bạn"


def test_a_lane_stopped_meanwhile_is_refused_in_words(
    qtbot, open_kiosk, runner: ServiceRunner, ward: Actor, lanes: Lanes
) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(confirm_ms=0)
    runner.write(stop_lane, ward, lanes.b)
    qtbot.mouseClick(window.lane_button("B"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.issue_failed, timeout=SIGNAL_MS):
        qtbot.mouseClick(window.priority_button(None), Qt.MouseButton.LeftButton)
    assert window.done_status.text() == "Chưa lấy được số thứ tự"
    assert "ngừng" in window.done_detail.text()
    assert "hỏi cán bộ tại quầy" in window.done_detail.text()
    assert tickets(runner) == []
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.start_page)
    qtbot.waitUntil(lambda: [b.row.prefix for b in window._lane_buttons.values()] == ["A"])


def test_the_english_toggle_changes_the_labels_and_the_ticket(
    qtbot, open_kiosk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(print_action=printing_to(tmp_path / "out.pdf"), confirm_ms=0)
    assert window.start_title.text() == "Mời chọn dịch vụ"
    assert window.lane_button("A").name.text() == "Hộ tịch"
    qtbot.mouseClick(window.en_button, Qt.MouseButton.LeftButton)
    assert window.language == "en"
    assert window.en_button.isChecked()
    assert window.start_title.text() == "Please choose a service"
    assert window.lane_button("A").name.text() == "Civil status"
    assert window.lane_button("A").waiting.text() == "Waiting: 0"
    qtbot.mouseClick(window.lane_button("A"), Qt.MouseButton.LeftButton)
    assert window.priority_title.text() == "Are you entitled to priority?"
    assert window.priority_button(None).text() == "No priority"
    assert window.priority_button("pregnant").text() == "Pregnant woman"
    with qtbot.waitSignal(window.returned_to_start, timeout=SIGNAL_MS):
        with qtbot.waitSignal(window.ticket_issued, timeout=SIGNAL_MS) as blocker:
            qtbot.mouseClick(window.priority_button("pregnant"), Qt.MouseButton.LeftButton)
        ticket = blocker.args[0]
        assert ticket.english
        assert window.done_service.text() == "Civil status"
        assert window.done_ahead.text() == "People waiting ahead of you: 0"
    text = pdf_text(ticket.pdf)
    assert "SỐ THỨ TỰ CỦA BẠN YOUR NUMBER A001" in text
    assert "Priority: Pregnant woman" in text
    # the next citizen gets the ward's language back
    assert window.language == "vi"
    assert window.start_title.text() == "Mời chọn dịch vụ"
    assert window.vi_button.isChecked()


def test_a_citizen_who_walks_away_is_reset_to_the_start(
    qtbot, open_kiosk, runner: ServiceRunner
) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(idle_ms=50)
    qtbot.mouseClick(window.en_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.lane_button("A"), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.priority_page
    with qtbot.waitSignal(window.returned_to_start, timeout=SIGNAL_MS):
        pass
    assert window.pages.currentWidget() is window.start_page
    assert window.language == "vi"
    assert tickets(runner) == []


def test_back_returns_to_the_services_without_a_ticket(
    qtbot, open_kiosk, runner: ServiceRunner
) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk()
    qtbot.mouseClick(window.lane_button("B"), Qt.MouseButton.LeftButton)
    assert window.chosen_label.text() == "Dịch vụ: B — Chứng thực"
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.start_page
    assert tickets(runner) == []


def test_a_double_tap_on_a_lane_does_not_also_choose_a_priority(
    qtbot, open_kiosk, runner: ServiceRunner
) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(double_tap_ms=60_000)
    qtbot.mouseClick(window.lane_button("A"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.priority_button(None), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.priority_page
    assert tickets(runner) == []


def test_closing_without_unlock_is_refused(qtbot, open_kiosk) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk()
    assert window.close() is False
    assert window.isVisible()
    spontaneous = QCloseEvent()
    QApplication.sendEvent(window, spontaneous)  # what Alt+F4 and the window manager send
    assert not spontaneous.isAccepted()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible()
    assert window.unlock_dialog is None


def _unlock_with(qtbot, window: KioskWindow, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog = window.unlock_dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.username.clear()
    type_text(dialog.username, username)
    type_text(dialog.password, password)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_unlocking_needs_an_administrator(
    qtbot, open_kiosk, make_user, runner: ServiceRunner
) -> None:  # type: ignore[no-untyped-def]
    make_user("canbo", "clerk")
    make_user("giamsat", "supervisor")
    window = open_kiosk()
    qtbot.keyClick(
        window,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.unlock_dialog
    assert dialog is not None

    for user in ("canbo", "giamsat"):  # right passwords, wrong role
        with qtbot.waitSignal(dialog.refused, timeout=SIGNAL_MS) as refused:
            _unlock_with(qtbot, window, user, PASSWORD)
        assert "không phải quản trị viên" in refused.args[0]
        assert window.isVisible()
        assert not window.unlocked

    with qtbot.waitSignal(dialog.refused, timeout=SIGNAL_MS) as refused:
        _unlock_with(qtbot, window, "admin", "sai-mat-khau")
    assert refused.args[0] == "Sai tên đăng nhập hoặc mật khẩu."
    assert window.isVisible()

    def failed_attempts(ctx: ServiceContext) -> int:
        user = ctx.session.scalars(select(User).where(User.username == "admin")).one()
        return user.failed_attempts

    assert runner.read(failed_attempts, None) == 1  # counts toward the lockout like any login

    with qtbot.waitSignal(dialog.unlocked, timeout=SIGNAL_MS):
        _unlock_with(qtbot, window, "admin", PASSWORD)
    assert window.unlocked
    qtbot.waitUntil(lambda: not window.isVisible())
    assert runner.read(failed_attempts, None) == 0


def test_a_long_press_on_the_ward_name_opens_the_unlock_dialog(qtbot, open_kiosk) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(long_press_ms=50)
    qtbot.mousePress(window.corner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible())
    assert window.unlock_dialog is not None
    window.unlock_dialog.reject()
    qtbot.mouseRelease(window.corner, Qt.MouseButton.LeftButton)
    # a short touch does nothing
    window.unlock_dialog = None
    qtbot.mouseClick(window.corner, Qt.MouseButton.LeftButton)
    qtbot.wait(150)
    assert window.unlock_dialog is None


def test_the_unlock_dialog_closes_itself_when_left_alone(qtbot, open_kiosk) -> None:  # type: ignore[no-untyped-def]
    from onestop_desktop.ui.kiosk_unlock_dialog import KioskUnlockDialog

    window = open_kiosk()
    dialog = KioskUnlockDialog(window.session, "vi", window, idle_ms=50)
    with qtbot.waitSignal(dialog.rejected, timeout=SIGNAL_MS):
        dialog.open()


def test_the_kiosk_app_opens_the_database_on_the_worker_and_shows_the_kiosk(
    qtbot, qapp: QApplication, location: DataLocation, lanes: Lanes, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    controller = KioskController(location, "en", clock=clock, full_screen=False)
    controller.start()
    try:
        qtbot.waitUntil(lambda: controller.window is not None, timeout=SIGNAL_MS)
        window = controller.window
        assert window is not None
        with qtbot.waitSignal(window.services_loaded, timeout=SIGNAL_MS):
            pass
        assert window.isVisible()
        assert not controller.waiting.isVisible()
        assert window.language == "en"
        assert window.session.actor == KIOSK_ACTOR
        assert [b.row.prefix for b in window._lane_buttons.values()] == ["A", "B"]
    finally:
        if controller.window is not None:
            controller.window.unlocked = True
            controller.window.close()
        controller.shutdown()
        install_language(qapp, "vi")
        set_message_language("vi")


def test_a_ticket_issued_elsewhere_shows_in_the_waiting_count(
    qtbot, open_kiosk, runner: ServiceRunner, lanes: Lanes
) -> None:  # type: ignore[no-untyped-def]
    window = open_kiosk(refresh_ms=50)
    runner.write(issue_ticket, KIOSK_ACTOR, lanes.b)
    runner.write(issue_ticket, KIOSK_ACTOR, lanes.b)
    qtbot.waitUntil(lambda: window.lane_button("B").waiting.text() == "Đang chờ: 2 người")
