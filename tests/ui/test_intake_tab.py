"""The intake screen driven by the keyboard only, over a real database and the DB worker."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import DataLocation
from onestop_desktop.store.models import AuditEntry, Dossier, DossierDocument
from onestop_desktop.ui.intake_tab import IntakeTab
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.this_pc import set_printer_name
from onestop_desktop.ui.worker import DbWorker
from tests.intake_helpers import load_sample_catalogue
from tests.ui.keys import type_text

NAME = "Nguyễn Thị Ngọc Ánh"
ADDRESS = "Số 12 ngõ 45 đường Âu Cơ, phường Tây Hồ, Hà Nội"


@pytest.fixture
def intake(qtbot, runner: ServiceRunner, location: DataLocation, ward: Actor, make_user):  # type: ignore[no-untyped-def]
    load_sample_catalogue(runner, ward)
    clerk = make_user("canbo1", "clerk")
    session = UiSession(DbWorker(), runner, location, runner.read(ward_status, None), clerk, "vi")
    tab = IntakeTab(session)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    tab.activateWindow()
    qtbot.waitActive(tab)
    tab.picker.search.setFocus()
    yield tab
    session.worker.wait_idle()


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type_then_tab(text: str) -> None:
    type_text(_focused(), text)
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)


def _pick_procedure(qtbot, tab: IntakeTab, words: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(tab.picker.results_shown, timeout=30_000):
        type_text(_focused(), words)
    assert tab.picker.matches.currentItem().text().startswith("Đăng ký khai sinh")
    QTest.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.documents.rowCount() > 0, timeout=30_000)
    qtbot.waitUntil(lambda: tab.applicant.full_name.hasFocus(), timeout=30_000)


def test_a_full_intake_by_keyboard_only(
    qtbot, intake: IntakeTab, runner: ServiceRunner, location: DataLocation
) -> None:  # type: ignore[no-untyped-def]
    tab = intake
    _pick_procedure(qtbot, tab, "khai sinh")
    assert "Đăng ký khai sinh" in tab.procedure_info.text()
    _type_then_tab(NAME)  # → ID type
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)  # keep CCCD → ID number
    _type_then_tab("001190012345")  # → date of birth
    _type_then_tab("07/03/1990")  # → phone
    _type_then_tab("0912 345 678")  # → address
    _type_then_tab(ADDRESS)  # → e-mail
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)  # → representative box
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)  # → channel
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)  # → return method
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)  # → documents
    assert _focused() is tab.documents
    # Tick the first document with Space, then the rest with Ctrl+D.
    QTest.keyClick(tab.documents, Qt.Key.Key_Space)
    assert tab.documents.checks()[0].handed_in
    QTest.keyClick(tab.documents, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert all(c.handed_in for c in tab.documents.checks())
    with qtbot.waitSignal(tab.finished, timeout=30_000) as done:
        QTest.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = done.args[0]

    assert result.code == "000.00.06.H56-261120-0001"
    assert result.code in tab.result_title.text()
    assert "17:00 20/11/2026" in tab.result_detail.text()
    with runner.db.read() as s:
        dossier = s.scalars(select(Dossier)).one()
        assert (dossier.applicant_name, dossier.applicant_phone) == (NAME, "0912345678")
        assert dossier.applicant_birth_date is not None
        assert dossier.status == "received"
        handed = s.scalars(
            select(DossierDocument.handed_in).where(DossierDocument.dossier_id == dossier.id)
        ).all()
        assert handed
        assert all(handed)
        assert (
            s.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "accept")
            )
            == 1
        )
    assert tab.last_pdf is not None
    assert tab.last_pdf.is_file()
    assert tab.last_pdf.is_relative_to(location.documents_dir)
    text = subprocess.run(
        ["pdftotext", str(tab.last_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert NAME in text
    assert result.code in text
    # The form is ready for the next citizen, focus back on the procedure search.
    assert tab.applicant.full_name.text() == ""
    assert tab.picker.search.hasFocus()


def test_invalid_fields_get_messages_beside_them_and_nothing_is_saved(
    qtbot, intake: IntakeTab, runner: ServiceRunner
) -> None:  # type: ignore[no-untyped-def]
    tab = intake
    QTest.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.procedure_error.isVisible()
    assert tab.procedure_error.text() == "Chưa chọn thủ tục."
    _pick_procedure(qtbot, tab, "KHAI SINH")
    _type_then_tab("Nguyễn Văn 😀")
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    _type_then_tab("12345")  # CCCD too short
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    _type_then_tab("0912")  # phone too short
    QTest.keyClick(_focused(), Qt.Key.Key_Return)  # Enter in a field = accept
    errors = {k: v.text() for k, v in tab.applicant.errors.items() if v.isVisible()}
    assert "chỉ gồm chữ cái" in errors["full_name"]
    assert "12 chữ số" in errors["id_number"]
    assert "10 chữ số" in errors["phone"]
    assert "Chưa nhập địa chỉ" in errors["address"]
    assert tab.documents_error.isVisible()  # nothing ticked
    assert tab.applicant.full_name.hasFocus()  # the first bad field
    # A refusal without a reason is stopped at the reason field.
    QTest.keyClick(
        _focused(),
        Qt.Key.Key_X,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tab.reason_error.isVisible()
    # With a good applicant, only the checklist is wrong: the checklist gets the focus.
    tab.applicant.full_name.setText(NAME)
    tab.applicant.id_number.setText("001190012345")
    tab.applicant.phone.setText("0912345678")
    tab.applicant.address.setText(ADDRESS)
    QTest.keyClick(tab.applicant.address, Qt.Key.Key_Return)
    assert not any(label.isVisible() for label in tab.applicant.errors.values())
    assert "Còn thiếu giấy tờ bắt buộc" in tab.documents_error.text()
    assert tab.documents.hasFocus()
    tab.session.worker.wait_idle()
    with runner.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Dossier)) == 0


def test_supplement_request_prints_mau_02_and_reprint_marks_a_copy(
    qtbot, intake: IntakeTab, runner: ServiceRunner
) -> None:  # type: ignore[no-untyped-def]
    tab = intake
    _pick_procedure(qtbot, tab, "khai sinh")
    tab.applicant.full_name.setText("Trần Đức Hưởng")
    tab.applicant.id_number.setText("001090054321")
    tab.applicant.phone.setText("0987654321")
    tab.applicant.address.setText("Số 3 Xuân Diệu, Tây Hồ")
    tab.documents.setFocus()
    QTest.keyClick(tab.documents, Qt.Key.Key_Space)  # only the first document handed in
    with qtbot.waitSignal(tab.finished, timeout=30_000) as done:
        QTest.keyClick(tab.documents, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    result = done.args[0]
    assert result.status == "awaiting_supplement"
    assert "yêu cầu bổ sung" in tab.result_title.text()
    assert tab.last_pdf is not None
    assert "mau02" in tab.last_pdf.name
    first = tab.last_pdf
    with qtbot.waitSignal(
        tab.session.worker.busy_changed, check_params_cb=lambda b: b is False, timeout=30_000
    ):
        tab.reprint_button.click()
    assert tab.last_pdf != first
    assert tab.last_pdf.name.endswith("-ban-sao-1.pdf")
    text = subprocess.run(
        ["pdftotext", str(tab.last_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "BẢN SAO" in text


def test_this_pcs_printer_is_used_and_a_missing_one_is_reported_with_the_pdf_kept(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,
    make_user,  # type: ignore[no-untyped-def]
) -> None:
    load_sample_catalogue(runner, ward)
    clerk = make_user("canbo1", "clerk")
    set_printer_name(location, "Máy in quầy 9")
    session = UiSession(DbWorker(), runner, location, runner.read(ward_status, None), clerk, "vi")
    tab = IntakeTab(session)
    qtbot.addWidget(tab)
    assert tab.printer_name == "Máy in quầy 9"
    tab.picker.search.setText("khai sinh")
    with qtbot.waitSignal(tab.picker.results_shown, timeout=30_000):
        tab.picker.refresh()
    tab.picker._pick_current()
    qtbot.waitUntil(lambda: tab.documents.rowCount() > 0, timeout=30_000)
    tab.applicant.full_name.setText(NAME)
    tab.applicant.id_number.setText("001190012345")
    tab.applicant.phone.setText("0912345678")
    tab.applicant.address.setText(ADDRESS)
    tab.documents.tick_all()
    with qtbot.waitSignal(tab.finished, timeout=30_000):
        tab.accept_dossier()
    assert "Không tìm thấy máy in “Máy in quầy 9”" in tab.result_detail.text()
    assert tab.last_pdf is not None
    assert str(tab.last_pdf) in tab.result_detail.text()
    assert tab.last_pdf.is_file()
    session.worker.wait_idle()
