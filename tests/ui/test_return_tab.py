"""The return screen (Trả kết quả) in the clerk's window over a real database and the DB worker:
scans caught wherever the focus is, forged codes refused, returns and fees through the dialogs,
the due list, the register for supervisors."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from sqlalchemy import func, select

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.dossier_code import sign_code
from onestop_desktop.services import processing as p
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.form_files import receive_and_save
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import DataLocation
from onestop_desktop.store.models import AuditEntry, Dossier, DossierEvent, Fee, Ward
from onestop_desktop.ui.counter_return_dialog import CounterReturnDialog
from onestop_desktop.ui.extension_dialog import ExtensionDialog
from onestop_desktop.ui.fee_dialog import FeeDialog
from onestop_desktop.ui.intake_tab import IntakeTab
from onestop_desktop.ui.main_window import MainWindow
from onestop_desktop.ui.postal_return_dialog import PostalReturnDialog
from onestop_desktop.ui.reason_dialog import ReasonDialog
from onestop_desktop.ui.register_dialog import RegisterDialog
from onestop_desktop.ui.return_tab import ReturnTab
from onestop_desktop.ui.search_tab import SearchTab
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import DbWorker
from tests.intake_helpers import APPLICANT, intake_form, load_sample_catalogue
from tests.ui.keys import type_text

WAIT_MS = 30_000
THREE_DAYS = "1.000689"  # 3 working days, no fixed fee
BIRTH = "1.001193"  # same day; fee 0 with a note: the clerk types the amount
SCANNER_MS = 0  # keys back to back, as fast as a scanner sends them
HUMAN_MS = 120
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Counter:
    window: MainWindow
    tab: ReturnTab
    runner: ServiceRunner
    clerk: Actor
    location: DataLocation

    def receive(self, code: str = THREE_DAYS) -> tuple[int, str, Path]:
        form = intake_form(self.runner, self.clerk, code)
        result, saved = receive_and_save(self.runner, self.clerk, form, self.location.documents_dir)
        assert saved.path is not None
        return result.dossier_id, result.code, saved.path

    def payload(self, code: str) -> str:
        with self.runner.db.read() as s:
            key = bytes.fromhex(s.scalars(select(Ward.signing_key)).one())
        return sign_code(code, key)

    def state(self) -> tuple[Any, ...]:
        """Everything a refused action must leave as it was."""
        with self.runner.db.read() as s:
            dossiers = s.scalars(select(Dossier).order_by(Dossier.id)).all()
            rows = [tuple(getattr(d, c.key) for c in Dossier.__table__.columns) for d in dossiers]
            counts = tuple(
                s.scalar(select(func.count()).select_from(m))
                for m in (AuditEntry, DossierEvent, Fee)
            )
        return tuple(rows), counts


def _window(qtbot, runner: ServiceRunner, location: DataLocation, actor: Actor) -> MainWindow:  # type: ignore[no-untyped-def]
    session = UiSession(DbWorker(), runner, location, runner.read(ward_status, None), actor, "vi")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.returns is not None
    window.tabs.setCurrentWidget(window.returns)
    qtbot.waitUntil(lambda: window.returns is not None and window.returns.scanner.installed)
    return window


@pytest.fixture
def counter(
    qtbot,  # type: ignore[no-untyped-def]
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,
    make_user,  # type: ignore[no-untyped-def]
) -> Iterator[Counter]:
    load_sample_catalogue(runner, ward)
    clerk = make_user("canbo1", "clerk")
    window = _window(qtbot, runner, location, clerk)
    assert window.returns is not None
    yield Counter(window, window.returns, runner, clerk, location)
    window.session.worker.wait_idle()


def _open_by_typing(qtbot, tab: ReturnTab, code: str) -> None:  # type: ignore[no-untyped-def]
    tab.code_box.setFocus()
    tab.code_box.clear()
    type_text(tab.code_box, code)
    with qtbot.waitSignal(tab.opened, timeout=WAIT_MS):
        QTest.keyClick(tab.code_box, Qt.Key.Key_Return)
    assert tab.view.code.text() == code


def _scan(widget: QWidget, text: str) -> None:
    """A keyboard-wedge scanner: the text a few ms a key, then Enter."""
    QTest.keyClicks(widget, text, NO, SCANNER_MS)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def _dialog(qtbot, tab: ReturnTab, kind: type) -> Any:  # type: ignore[no-untyped-def]
    def shown() -> bool:
        return isinstance(tab.dialog, kind) and tab.dialog.isVisible()

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return tab.dialog


def _ok(dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _status(tab: ReturnTab) -> str:
    return tab.view.status.text()


# -- the scanner -------------------------------------------------------------------------------
def test_a_scan_into_an_unrelated_field_opens_the_dossier_and_leaves_the_field_as_it_was(
    qtbot,
    counter: Counter,  # type: ignore[no-untyped-def]
) -> None:
    tab = counter.tab
    first_id, first, _ = counter.receive(BIRTH)
    _second_id, second, _ = counter.receive(THREE_DAYS)
    _open_by_typing(qtbot, tab, first)
    QTest.keyClick(tab.code_box, Qt.Key.Key_M, CTRL)  # Thu phí…
    fee = _dialog(qtbot, tab, FeeDialog)
    payload = counter.payload(second)

    # A person typing the same characters into the receipt-number field: they go in.
    fee.receipt.setFocus()
    QTest.keyClicks(fee.receipt, payload, NO, HUMAN_MS)
    qtbot.waitUntil(lambda: fee.receipt.text() == payload, timeout=WAIT_MS)
    assert tab.dialog is fee
    assert tab.view.code.text() == first

    # The scanner, into the same field: the other dossier opens, the field is untouched.
    fee.receipt.setText("BL-0001")
    with qtbot.waitSignal(tab.opened, timeout=WAIT_MS) as opened:
        _scan(fee.receipt, payload)
    assert opened.args[0].code == second
    assert tab.view.code.text() == second
    assert fee.receipt.text() == "BL-0001"
    assert not fee.isVisible()  # the half-filled fee dialog closed, nothing saved
    with counter.runner.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Fee)) == 0
        assert s.get(Dossier, first_id).status == "received"  # type: ignore[union-attr]


def test_a_scan_is_caught_in_the_due_list_too_and_only_while_the_return_screen_shows(
    qtbot,
    counter: Counter,  # type: ignore[no-untyped-def]
) -> None:
    tab, window = counter.tab, counter.window
    _dossier_id, code, _ = counter.receive()
    QTest.keyClick(tab.code_box, Qt.Key.Key_2, CTRL)  # the due list, focus in its table
    qtbot.waitUntil(tab.due.table.hasFocus, timeout=WAIT_MS)
    with qtbot.waitSignal(tab.opened, timeout=WAIT_MS):
        _scan(tab.due.table, counter.payload(code))
    assert tab.pages.currentIndex() == 0
    assert tab.view.code.text() == code

    intake = next(
        w for i in range(window.tabs.count()) if isinstance(w := window.tabs.widget(i), IntakeTab)
    )
    window.tabs.setCurrentWidget(intake)
    assert not tab.scanner.installed  # other screens get their keys as typed
    intake.notes.setFocus()
    _scan(intake.notes, "ABC")
    assert intake.notes.toPlainText() == "ABC\n"


def test_a_payload_with_one_character_changed_is_refused_and_nothing_opens(
    qtbot,
    counter: Counter,  # type: ignore[no-untyped-def]
) -> None:
    tab = counter.tab
    _id, code, _ = counter.receive()
    _open_by_typing(qtbot, tab, code)
    good = counter.payload(code)
    altered = good[:-1] + ("0" if good[-1] != "0" else "1")  # one signature digit
    tab.code_box.setFocus()
    with qtbot.waitSignal(tab.refused, timeout=WAIT_MS) as refused:
        _scan(tab.code_box, altered)
    assert refused.args[0].startswith("Mã QR không hợp lệ")
    assert tab.code_error.isVisible()
    assert tab.code_error.text() == refused.args[0]
    assert tab.detail is None  # the dossier shown before is gone: nothing is mistaken for it
    assert tab.view.placeholder.isVisible()
    assert tab.visible_actions() == []

    forged = good.replace(code, code[:-1] + "2")  # another dossier's number, same signature
    with qtbot.waitSignal(tab.refused, timeout=WAIT_MS) as refused:
        _scan(tab.code_box, forged)
    assert refused.args[0].startswith("Mã QR không hợp lệ")
    assert tab.detail is None


def test_the_receipt_pdf_decoded_by_zbar_opens_its_dossier(
    qtbot,
    counter: Counter,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    tab = counter.tab
    counter.receive()
    dossier_id, code, pdf = counter.receive(BIRTH)
    counter.receive()
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "r")],
        check=True,
    )
    [png] = sorted(tmp_path.glob("r-*.png"))
    decoded = subprocess.run(
        ["zbarimg", "--raw", "-q", "-Sqrcode.enable", str(png)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert decoded.startswith(code + "-")
    tab.open_button.setFocus()
    with qtbot.waitSignal(tab.opened, timeout=WAIT_MS) as opened:
        _scan(tab.open_button, decoded)
    assert opened.args[0].id == dossier_id
    assert tab.view.code.text() == code
    assert "Đăng ký khai sinh" in tab.view.values["procedure"].text()
    assert APPLICANT.full_name in tab.view.values["applicant"].text()


# -- actions through the dialogs ---------------------------------------------------------------
def test_result_back_then_return_at_the_counter(qtbot, counter: Counter) -> None:  # type: ignore[no-untyped-def]
    tab = counter.tab
    dossier_id, code, _ = counter.receive()
    _open_by_typing(qtbot, tab, code)
    assert _status(tab) == "Đã tiếp nhận"
    assert "26/11/2026" in tab.view.due_text()
    shown = tab.visible_actions()
    assert "return_counter" not in shown
    assert {"hand_over", "result_ready", "extend", "stop", "control"} <= set(shown)

    QTest.keyClick(tab.code_box, Qt.Key.Key_K, CTRL)  # Nhận kết quả…
    note = _dialog(qtbot, tab, ReasonDialog)
    with qtbot.waitSignal(tab.action_done, timeout=WAIT_MS):
        QTest.keyClick(note.reason, Qt.Key.Key_Return)
    assert _status(tab) == "Có kết quả, chờ trả"
    assert "Trước hạn" in tab.view.values["result"].text()
    assert tab.visible_actions() == ["return_counter", "return_post", "fee", "control"]

    QTest.keyClick(tab.code_box, Qt.Key.Key_T, CTRL)  # Trả tại quầy…
    handing = _dialog(qtbot, tab, CounterReturnDialog)
    # An authorised person without a name: the message is under the name, nothing changes.
    before = counter.state()
    handing.authorised.setChecked(True)
    type_text(handing.id_number, "001085004321")
    _ok(handing)
    label = handing.errors.label("receiver_name")
    qtbot.waitUntil(label.isVisible, timeout=WAIT_MS)
    assert "họ" in label.text().lower()
    assert counter.state() == before
    type_text(handing.name, "Trần Văn Bình")
    with qtbot.waitSignal(tab.action_done, timeout=WAIT_MS):
        QTest.keyClick(handing.name, Qt.Key.Key_Return)
    assert not handing.isVisible()
    assert _status(tab) == "Đã trả kết quả"
    result = tab.view.values["result"].text()
    assert "Đã trả tại quầy" in result
    assert "Trần Văn Bình" in result
    assert tab.visible_actions() == ["fee", "control"]  # no fixed fee: one may still be due
    with counter.runner.db.read() as s:
        dossier = s.get(Dossier, dossier_id)
        assert dossier is not None
        assert (dossier.status, dossier.receiver_id_number) == ("returned", "001085004321")


def test_return_by_post_needs_a_tracking_number(qtbot, counter: Counter) -> None:  # type: ignore[no-untyped-def]
    tab = counter.tab
    dossier_id, code, _ = counter.receive()
    counter.runner.write(p.hand_over, counter.clerk, dossier_id, "Công chức Tư pháp - Hộ tịch")
    counter.runner.write(p.result_back, counter.clerk, dossier_id)
    _open_by_typing(qtbot, tab, code)
    QTest.keyClick(tab.code_box, Qt.Key.Key_U, CTRL)  # Trả qua bưu chính…
    post = _dialog(qtbot, tab, PostalReturnDialog)
    qtbot.waitUntil(post.tracking.hasFocus, timeout=WAIT_MS)  # typing goes straight in
    before = counter.state()
    QTest.keyClick(post.tracking, Qt.Key.Key_Return)
    label = post.errors.label("tracking_number")
    qtbot.waitUntil(label.isVisible, timeout=WAIT_MS)
    assert label.text() == "Chưa nhập số hiệu bưu gửi."
    assert post.isVisible()
    assert counter.state() == before
    assert _status(tab) == "Có kết quả, chờ trả"

    type_text(post.tracking, "EB123456789VN")
    with qtbot.waitSignal(tab.action_done, timeout=WAIT_MS):
        QTest.keyClick(post.tracking, Qt.Key.Key_Return)
    assert _status(tab) == "Đã trả kết quả"
    assert "EB123456789VN" in tab.view.values["result"].text()
    assert "20/11/2026" in tab.view.values["result"].text()
    # The hand-over trail and the history on the screen.
    assert tab.view.handovers.rowCount() == 1
    assert tab.view.history.rowCount() == 4  # received, handed over, result back, returned


def test_a_fee_below_zero_is_refused_under_the_amount_then_a_fee_is_recorded(
    qtbot,
    counter: Counter,  # type: ignore[no-untyped-def]
) -> None:
    tab = counter.tab
    _id, code, _ = counter.receive(BIRTH)
    _open_by_typing(qtbot, tab, code)
    QTest.keyClick(tab.code_box, Qt.Key.Key_M, CTRL)
    fee = _dialog(qtbot, tab, FeeDialog)
    assert not fee.amount.isReadOnly()  # the amount depends on copies (the catalogue's note)
    before = counter.state()
    fee.amount.setText("-5.000")
    _ok(fee)
    label = fee.errors.label("amount_vnd")
    qtbot.waitUntil(label.isVisible, timeout=WAIT_MS)
    assert "không âm" in label.text()
    assert counter.state() == before

    fee.amount.setText("8.000")
    fee.method.setCurrentIndex(fee.method.findData("transfer"))
    type_text(fee.receipt, "0001234")
    with qtbot.waitSignal(tab.action_done, timeout=WAIT_MS):
        _ok(fee)
    assert tab.view.fees.rowCount() == 1
    assert tab.view.fees.data(tab.view.fees.index(0, 0)) == "8.000 đ"
    assert tab.view.fees.data(tab.view.fees.index(0, 1)) == "Chuyển khoản"
    assert "đã thu: 8.000 đ" in tab.view.values["fee"].text()


def test_the_search_results_open_a_dossier_on_the_return_screen(
    qtbot,
    counter: Counter,  # type: ignore[no-untyped-def]
) -> None:
    window = counter.window
    dossier_id, code, _ = counter.receive()
    search = next(
        w for i in range(window.tabs.count()) if isinstance(w := window.tabs.widget(i), SearchTab)
    )
    window.tabs.setCurrentWidget(search)
    with qtbot.waitSignal(counter.tab.opened, timeout=WAIT_MS):
        search.dossier_activated.emit(dossier_id)
    assert window.tabs.currentWidget() is counter.tab
    assert counter.tab.view.code.text() == code


# -- the due list --------------------------------------------------------------------------------
def test_due_list_overdue_in_red_enter_opens_and_mau04_extends(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,
    make_user,
    clock: FixedClock,  # type: ignore[no-untyped-def]
) -> None:
    load_sample_catalogue(runner, ward)
    clerk = make_user("canbo1", "clerk")
    documents = location.documents_dir

    def receive(code: str) -> tuple[int, str]:
        result, _ = receive_and_save(runner, clerk, intake_form(runner, clerk, code), documents)
        return result.dossier_id, result.code

    clock.set(datetime(2026, 11, 19, 9, 0))
    late_id, late = receive(BIRTH)  # due 19/11, overdue tomorrow
    clock.set(datetime(2026, 11, 20, 9, 0))
    _today_id, today = receive(BIRTH)  # due later today
    receive(THREE_DAYS)  # due next week: not listed
    window = _window(qtbot, runner, location, clerk)
    tab = window.returns
    assert tab is not None
    with qtbot.waitSignal(tab.due.loaded, timeout=WAIT_MS):
        QTest.keyClick(tab.code_box, Qt.Key.Key_2, CTRL)
    model = tab.due.model
    assert [model.row_at(r).code for r in range(model.rowCount())] == [late, today]
    assert tab.pages.tabText(1) == "Đến hạn / quá hạn (2)"
    assert model.data(model.index(0, 6)) == "Quá hạn"
    assert model.data(model.index(1, 6)) == "Đến hạn hôm nay"
    red = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert red is not None
    assert red.color() == QColor("#b3261e")
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert tab.due.count.text() == "1 hồ sơ quá hạn, 1 hồ sơ đến hạn hôm nay"

    tab.due.table.setFocus()
    tab.due.table.selectRow(0)
    with qtbot.waitSignal(tab.opened, timeout=WAIT_MS):
        QTest.keyClick(tab.due.table, Qt.Key.Key_Return)
    assert tab.view.code.text() == late
    assert tab.view.overdue.isVisible()
    assert "đã quá hạn" in tab.view.due_text()

    QTest.keyClick(tab.code_box, Qt.Key.Key_2, CTRL)
    tab.due.table.selectRow(0)
    tab.due.extend_button.click()
    letter = _dialog(qtbot, tab, ExtensionDialog)
    letter.new_due.setDateTime(QDateTime(QDate(2026, 11, 23), QTime(16, 0)))  # Monday
    type_text(letter.reason, "Chờ xác minh nơi cư trú")
    with qtbot.waitSignal(tab.action_done, timeout=WAIT_MS):
        QTest.keyClick(letter.reason, Qt.Key.Key_Return)
    assert tab.detail is not None
    assert tab.detail.id == late_id
    assert "16:00 23/11/2026" in tab.view.due_text()
    assert "hẹn ban đầu" in tab.view.due_text()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)  # no longer due
    assert tab.last_pdf is not None
    assert tab.last_pdf.name == f"{late}-mau04.pdf"
    text = subprocess.run(
        ["pdftotext", str(tab.last_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert late in text
    assert "Chờ xác minh nơi cư trú" in text


# -- the register ------------------------------------------------------------------------------
def test_register_for_a_supervisor_as_xlsx_and_hidden_from_a_clerk(
    qtbot,
    counter: Counter,
    make_user,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    assert not counter.tab.register_button.isVisible()
    codes = [counter.receive()[1], counter.receive(BIRTH)[1]]
    window = _window(qtbot, counter.runner, counter.location, make_user("giamsat", "supervisor"))
    tab = window.returns
    assert tab is not None
    assert tab.register_button.isVisible()
    tab.register_button.click()
    dialog = _dialog(qtbot, tab, RegisterDialog)
    dialog.xlsx.setChecked(True)
    out = tmp_path / "so" / "so-theo-doi.xlsx"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(tab.register_saved, timeout=WAIT_MS) as saved:
        _ok(dialog)
    assert saved.args == [out]
    assert "2 hồ sơ" in tab.message.text()
    book = openpyxl.load_workbook(out, read_only=True)
    try:
        sheet = book.active
        assert sheet is not None
        cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
    finally:
        book.close()
    assert set(codes) <= cells
