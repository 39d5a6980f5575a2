"""The catalogue tab's editing for supervisors and admins, driven by the keyboard over a real DB."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from onestop_desktop.domain.catalogue import CopyKind, ProcessingUnit
from onestop_desktop.resources_path import resource
from onestop_desktop.services.catalogue import (
    browse_catalogue,
    count_procedures,
    get_procedure,
    import_catalogue,
)
from onestop_desktop.services.catalogue_files import read_catalogue_file
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.catalogue_tab import CatalogueTab
from onestop_desktop.ui.procedure_dialog import ProcedureDialog
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import DbWorker
from tests.ui.keys import type_text

SAMPLE = resource("catalogue", "procedures-sample.csv")
WAIT = 30_000


def _tab(qtbot, runner: ServiceRunner, location: DataLocation, actor: Actor) -> CatalogueTab:  # type: ignore[no-untyped-def]
    session = UiSession(DbWorker(), runner, location, runner.read(ward_status, None), actor, "vi")
    tab = CatalogueTab(session)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    return tab


def _rows(tab: CatalogueTab) -> list[str]:
    return [tab.model.row_at(i).name_vi for i in range(tab.model.rowCount())]


def _open_new(qtbot, tab: CatalogueTab) -> ProcedureDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=WAIT)
    dialog = tab.dialog
    assert dialog is not None
    dialog.activateWindow()  # the offscreen platform activates nothing by itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT)
    return dialog


def _key(qtbot, widget, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClick(widget, key)


def test_add_a_procedure_by_keyboard(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,  # type: ignore[no-untyped-def]
) -> None:
    tab = _tab(qtbot, runner, location, ward)
    qtbot.waitUntil(lambda: tab.count_label.text() == "0 thủ tục", timeout=WAIT)
    dialog = _open_new(qtbot, tab)
    assert dialog.code.hasFocus()
    type_text(dialog.code, "1.009999")
    type_text(dialog.name_vi, "Đăng ký kết hôn lưu động")
    type_text(dialog.field_vi, "Hộ tịch")
    dialog.days.selectAll()
    type_text(dialog.days, "5")
    type_text(dialog.cutoff, "15:00")
    type_text(dialog.fee, "15.000")
    dialog.by_post.setFocus()
    qtbot.keyClick(dialog.by_post, Qt.Key.Key_Space)  # untick: at the counter only
    qtbot.mouseClick(dialog.documents.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.documents
    assert editor.name_edit(0).hasFocus()
    type_text(editor.name_edit(0), "Tờ khai đăng ký kết hôn")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    type_text(editor.name_edit(1), "Giấy tờ tùy thân")
    _key(qtbot, editor.kind_combo(1), Qt.Key.Key_End)  # the last kind: "Xuất trình"
    editor.count_spin(1).selectAll()
    type_text(editor.count_spin(1), "2")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.keyClick(editor.name_edit(1), Qt.Key.Key_Return)  # Enter saves, from anywhere
    qtbot.waitUntil(lambda: _rows(tab) == ["Đăng ký kết hôn lưu động"], timeout=WAIT)
    assert "Đã lưu" in tab.notice.text()
    assert tab.selected() is not None  # the saved row is selected
    entry = runner.read(browse_catalogue, ward, "ket hon")[0]
    spec = runner.read(get_procedure, ward, entry.id).spec
    assert (spec.code, spec.field_vi, spec.processing_days) == ("1.009999", "Hộ tịch", 5)
    assert spec.processing_unit is ProcessingUnit.WORKING_DAYS
    assert (spec.same_day_cutoff, spec.fee_vnd) == ("15:00", 15000)
    assert (spec.return_at_counter, spec.return_by_post) == (True, False)
    assert [(d.name, d.copy_kind, d.count) for d in spec.documents] == [
        ("Tờ khai đăng ký kết hôn", CopyKind.ORIGINAL, 1),
        ("Giấy tờ tùy thân", CopyKind.PRESENT, 2),
    ]


@pytest.mark.parametrize(
    ("fill", "message", "field"),
    [
        ({"cutoff": "25:00"}, "Giờ nhận hồ sơ cuối", "cutoff"),
        ({"name_vi": ""}, "Tên thủ tục: chưa nhập", "name_vi"),
        ({"code": "1001193"}, "Mã thủ tục", "code"),
        ({"fee": "mười nghìn"}, "Lệ phí", "fee"),
    ],
)
def test_an_invalid_field_is_explained_inline_and_nothing_is_saved(
    qtbot,  # type: ignore[no-untyped-def]
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,
    fill: dict[str, str],
    message: str,
    field: str,
) -> None:
    tab = _tab(qtbot, runner, location, ward)
    dialog = _open_new(qtbot, tab)
    values = {"code": "1.009999", "name_vi": "Thủ tục thử", "field_vi": "Hộ tịch", **fill}
    for name, text in values.items():
        type_text(getattr(dialog, name), text)
    qtbot.keyClick(dialog.field_vi, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert dialog.error.text().startswith(message)
    assert getattr(dialog, field).hasFocus()
    assert "b3261e" in getattr(dialog, field).styleSheet()
    assert dialog.isVisible()
    assert runner.read(count_procedures, ward) == 0
    # Put it right: the mark goes, the procedure is saved.
    widget = getattr(dialog, field)
    widget.clear()
    type_text(
        widget, {"cutoff": "15:00", "name_vi": "Thủ tục thử", "code": "1.009999"}.get(field, "")
    )
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert widget.styleSheet() == ""
    qtbot.waitUntil(lambda: _rows(tab) == ["Thủ tục thử"], timeout=WAIT)


def test_a_bad_document_row_is_selected_and_a_clash_is_refused_by_the_service(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,  # type: ignore[no-untyped-def]
) -> None:
    runner.write(import_catalogue, ward, read_catalogue_file(SAMPLE))
    tab = _tab(qtbot, runner, location, ward)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 39, timeout=WAIT)
    dialog = _open_new(qtbot, tab)
    type_text(dialog.code, "1.001193")  # the code of "Đăng ký khai sinh"
    type_text(dialog.name_vi, "Thủ tục trùng mã")
    dialog.field_vi.setText("ho tich")  # typed, the suggestion list would pop up
    editor = dialog.documents
    type_text(editor.add_document(), "Tờ khai")
    type_text(editor.add_document(), "Bản sao | bản chính")
    editor.select_row(0)
    qtbot.keyClick(editor.name_edit(0), Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert "giấy tờ số 2" in dialog.error.text()
    assert editor.table.currentRow() == 1
    assert editor.name_edit(1).hasFocus()
    editor.name_edit(1).clear()
    type_text(editor.name_edit(1), "Bản sao giấy khai sinh")
    qtbot.keyClick(editor.name_edit(1), Qt.Key.Key_Return)
    # Checked here, refused by the service: the code is taken. The dialog stays, field marked.
    qtbot.waitUntil(lambda: "đã dùng cho" in dialog.error.text(), timeout=WAIT)
    assert "Đăng ký khai sinh" in dialog.error.text()
    assert dialog.code.hasFocus()
    assert dialog.buttons.isEnabled()
    assert runner.read(count_procedures, ward) == 39
    assert dialog.spec().field_vi == "Hộ tịch"  # the catalogue's spelling of the field


def test_documents_are_added_removed_and_reordered(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ProcedureDialog(lambda _spec: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT)
    editor = dialog.documents
    for name in ("A", "B", "C"):
        type_text(editor.add_document(), name)
    assert [d.name for d in editor.documents()] == ["A", "B", "C"]
    assert not editor.down_button.isEnabled()  # the cursor is on the last row
    editor.name_edit(0).setFocus()  # focusing a row makes it current
    assert editor.table.currentRow() == 0
    assert not editor.up_button.isEnabled()
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert [d.name for d in editor.documents()] == ["B", "A", "C"]
    assert editor.table.currentRow() == 1
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert [d.name for d in editor.documents()] == ["B", "C", "A"]
    editor.kind_combo(2).setCurrentIndex(1)
    editor.mandatory_check(2).setChecked(False)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    docs = editor.documents()
    assert [(d.name, d.copy_kind, d.mandatory) for d in docs] == [
        ("B", CopyKind.ORIGINAL, True),
        ("A", CopyKind.CERTIFIED_COPY, False),
        ("C", CopyKind.ORIGINAL, True),
    ]
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [d.name for d in editor.documents()] == ["B", "C"]
    assert editor.table.currentRow() == 1


def test_edit_by_enter_on_the_list_esc_cancels_and_stop_applying_asks_why(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,  # type: ignore[no-untyped-def]
) -> None:
    runner.write(import_catalogue, ward, read_catalogue_file(SAMPLE))
    tab = _tab(qtbot, runner, location, ward)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 39, timeout=WAIT)
    with qtbot.waitSignal(tab.model.modelReset, timeout=WAIT):
        type_text(tab.search, "KHAI SINH LUU DONG")
    qtbot.waitUntil(lambda: _rows(tab) == ["Đăng ký khai sinh lưu động"], timeout=WAIT)
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=WAIT)
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Sửa thủ tục"
    assert dialog.name_vi.text() == "Đăng ký khai sinh lưu động"
    assert dialog.days.value() == 5
    assert dialog.documents.table.rowCount() == 4
    type_text(dialog.name_vi, " (sửa nhưng hủy)")
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT):
        qtbot.keyClick(dialog.name_vi, Qt.Key.Key_Escape)
    assert runner.read(browse_catalogue, ward, "khai sinh luu dong")[0].name_vi == (
        "Đăng ký khai sinh lưu động"
    )

    # Stop applying it: a reason is asked for, inline when missing.
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    reasons = tab.reason_dialog
    assert reasons is not None
    qtbot.waitUntil(reasons.isVisible, timeout=WAIT)
    qtbot.keyClick(reasons.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(reasons.error.isVisible, timeout=WAIT)
    assert "Lý do" in reasons.error.text()
    type_text(reasons.reason, "Gộp vào thủ tục khai sinh")
    with qtbot.waitSignal(reasons.accepted, timeout=WAIT):
        qtbot.keyClick(reasons.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _rows(tab) == [], timeout=WAIT)
    assert "Đã ngừng áp dụng" in tab.notice.text()
    assert runner.read(count_procedures, ward) == 38
    # Shown again with the procedures no longer in use, and applied again from there.
    tab.show_inactive.setChecked(True)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    assert tab.model.data(tab.model.index(0, 1)).endswith("(ngừng áp dụng)")
    tab.table.selectRow(0)
    assert tab.active_button.text() == "Áp dụng lại"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: runner.read(count_procedures, ward) == 39, timeout=WAIT)
    qtbot.waitUntil(lambda: "Đã áp dụng lại" in tab.notice.text(), timeout=WAIT)


def test_a_clerk_sees_the_list_read_only(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    make_user,
    ward: Actor,  # type: ignore[no-untyped-def]
) -> None:
    runner.write(import_catalogue, ward, read_catalogue_file(SAMPLE))
    clerk = make_user("canbo1", "clerk")
    tab = _tab(qtbot, runner, location, clerk)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 39, timeout=WAIT)
    assert not hasattr(tab, "add_button")
    assert not hasattr(tab, "export_button")
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton)
    tab.edit_selected()
    assert tab.dialog is None


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_report_lists_each_broken_row_and_export_writes_the_file(
    qtbot,
    runner: ServiceRunner,
    location: DataLocation,
    ward: Actor,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    tab = _tab(qtbot, runner, location, ward)
    header = ["code", "name_vi", "field_vi", "processing_days", "processing_unit", "return_options"]
    path = _xlsx(
        tmp_path / "danh-muc.xlsx",
        [
            header,
            ["1.000001", "Thủ tục tốt", "Hộ tịch", 3, "working_days", "counter"],
            ["1.000002", "", "Hộ tịch", 3, "working_days", None],
            ["1.000003", "Hỏng", "Hộ tịch", 3, "working_days", "email"],
        ],
    )
    tab.import_file(path)
    qtbot.waitUntil(lambda: tab.import_report is not None, timeout=WAIT)
    box = tab.import_report
    assert box is not None
    assert "1 thủ tục mới, 0 cập nhật, 2 dòng bị từ chối" in box.text()
    assert "Dòng 3: Cột name_vi — Tên thủ tục: chưa nhập." in box.informativeText()
    assert "Dòng 4: Cột return_options" in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()
    qtbot.waitUntil(lambda: _rows(tab) == ["Thủ tục tốt"], timeout=WAIT)

    out = tmp_path / "xuat.csv"
    tab.export_to(out)
    qtbot.waitUntil(lambda: "Đã xuất 1 thủ tục" in tab.notice.text(), timeout=WAIT)
    assert "1.000001,Thủ tục tốt" in out.read_text(encoding="utf-8-sig")
