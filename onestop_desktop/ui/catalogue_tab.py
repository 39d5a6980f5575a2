"""Procedure lookup: type a few letters with or without diacritics. For those who may edit the
catalogue (supervisor, admin): add, edit, stop applying, import from and export to a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.catalogue import ProcedureSpec
from onestop_desktop.domain.roles import Permission
from onestop_desktop.services.catalogue import (
    CatalogueEntry,
    ImportReport,
    ProcedureDetail,
    browse_catalogue,
    catalogue_fields,
    get_procedure,
    import_catalogue,
    save_procedure,
    set_procedure_active,
)
from onestop_desktop.services.catalogue_export import ExportReport, export_catalogue
from onestop_desktop.services.catalogue_files import read_catalogue_file
from onestop_desktop.ui.labels import money, processing_time
from onestop_desktop.ui.messages import show_error
from onestop_desktop.ui.procedure_dialog import ProcedureDialog
from onestop_desktop.ui.reason_dialog import ReasonDialog
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.table_model import Column, RowsModel

LIST_LIMIT = 1000  # a ward's catalogue has hundreds of procedures: all of them fit


class CatalogueTab(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.can_edit = session.can(Permission.EDIT_CATALOGUE)
        self._generation = 0
        self._select_id: int | None = None
        self._fields: list[str] = []
        self.dialog: ProcedureDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.import_report: QMessageBox | None = None
        self.search = QLineEdit()
        self.search.setObjectName("procedureSearch")
        self.search.setPlaceholderText(
            self.tr("Gõ vài chữ, có dấu hoặc không dấu: “khai sinh”, “chung thuc”…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.model: RowsModel[CatalogueEntry] = RowsModel(
            [
                Column(self.tr("Mã"), lambda r: r.code or ""),
                Column(self.tr("Thủ tục"), self._name),
                Column(self.tr("Lĩnh vực"), lambda r: r.field_vi),
                Column(
                    self.tr("Thời hạn"),
                    lambda r: processing_time(
                        r.processing_days, r.processing_unit, r.same_day_cutoff
                    ),
                ),
                Column(self.tr("Lệ phí"), lambda r: money(r.fee_vnd), align_right=True),
                Column(self.tr("Giấy tờ"), lambda r: r.document_count, align_right=True),
                Column(self.tr("Trả kết quả"), self._returns),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("procedureTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3, 4, 5, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.count_label = QLabel()
        self.notice = QLabel()
        self.notice.setObjectName("catalogueNotice")
        self.notice.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tìm thủ tục:")))
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if self.can_edit:
            layout.addLayout(self._editor_bar())
            self.table.activated.connect(lambda _index: self.edit_selected())
            self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(bottom)
        self.refresh()

    def _editor_bar(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("Thêm…"))
        self.add_button.setObjectName("addProcedure")
        self.add_button.clicked.connect(self.add_procedure)
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.edit_button.setObjectName("editProcedure")
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button = QPushButton(self.tr("Ngừng áp dụng…"))
        self.active_button.setObjectName("toggleProcedure")
        self.active_button.clicked.connect(self.toggle_selected)
        self.show_inactive = QCheckBox(self.tr("Hiện cả thủ tục đã ngừng áp dụng"))
        self.show_inactive.toggled.connect(self.refresh)
        self.import_button = QPushButton(self.tr("Nhập danh mục từ tệp…"))
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button = QPushButton(self.tr("Xuất danh mục…"))
        self.export_button.setObjectName("exportCatalogue")
        self.export_button.clicked.connect(self.choose_export_file)
        bar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            bar.addWidget(button)
        bar.addWidget(self.show_inactive)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        self._selection_changed()
        return bar

    def _name(self, row: CatalogueEntry) -> str:
        return row.name_vi if row.active else self.tr("{0} (ngừng áp dụng)").format(row.name_vi)

    def _returns(self, row: CatalogueEntry) -> str:
        ways = []
        if row.return_at_counter:
            ways.append(self.tr("Tại quầy"))
        if row.return_by_post:
            ways.append(self.tr("Bưu chính"))
        return ", ".join(ways)

    # -- the list ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        query = self.search.text()
        include_inactive = self.can_edit and self.show_inactive.isChecked()

        def show(rows: list[CatalogueEntry]) -> None:
            if generation != self._generation:
                return  # a newer search is on its way
            self.model.set_rows(rows)
            self.count_label.setText(self.tr("{0} thủ tục").format(len(rows)))
            self._reselect()

        self.session.read(
            browse_catalogue,
            show,
            lambda e: show_error(self, e),
            query,
            include_inactive,
            LIST_LIMIT,
        )
        if self.can_edit:  # for the edit dialog: read before any get_procedure queued after
            self.session.read(catalogue_fields, self._set_fields, lambda e: show_error(self, e))

    def _set_fields(self, fields: list[str]) -> None:
        self._fields = fields

    def _reselect(self) -> None:
        wanted, self._select_id = self._select_id, None
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == wanted:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                break
        if self.can_edit:
            self._selection_changed()

    def selected(self) -> CatalogueEntry | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row())

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        if row is not None and not row.active:
            self.active_button.setText(self.tr("Áp dụng lại"))
        else:
            self.active_button.setText(self.tr("Ngừng áp dụng…"))

    # -- add, edit, stop applying ---------------------------------------------------------------
    def add_procedure(self) -> None:
        def open_with(fields: list[str]) -> None:
            self._set_fields(fields)
            self._open_dialog(None)

        # Through the worker: the dialog opens with the fields in use as suggestions.
        self.session.read(catalogue_fields, open_with, lambda e: show_error(self, e))

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or not self.can_edit:
            return
        self.session.read(get_procedure, self._open_dialog, lambda e: show_error(self, e), row.id)

    def _open_dialog(self, detail: ProcedureDetail | None) -> None:
        procedure_id = detail.id if detail else None
        dialog = ProcedureDialog(
            lambda spec: self._save(procedure_id, spec), detail, self._fields, self
        )
        self.dialog = dialog
        dialog.open()

    def _save(self, procedure_id: int | None, spec: ProcedureSpec) -> None:
        dialog = self.dialog
        assert dialog is not None

        def saved(detail: ProcedureDetail) -> None:
            dialog.accept()
            self._select_id = detail.id
            self.notice.setText(self.tr("Đã lưu thủ tục “{0}”.").format(detail.spec.name_vi))
            self.refresh()

        self.session.write(save_procedure, saved, dialog.failed, procedure_id, spec)

    def toggle_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not row.active:
            self.session.write(
                set_procedure_active, self._toggled, lambda e: show_error(self, e), row.id, True
            )
            return
        dialog = ReasonDialog(
            self.tr("Ngừng áp dụng thủ tục"),
            self.tr(
                "Thủ tục “{0}” sẽ không còn hiện khi tiếp nhận hồ sơ (hồ sơ cũ vẫn giữ nguyên). "
                "Lý do (ví dụ: bãi bỏ theo quyết định số…):"
            ).format(row.name_vi),
            lambda reason: self._deactivate(row.id, reason),
            self,
        )
        self.reason_dialog = dialog
        dialog.open()

    def _deactivate(self, procedure_id: int, reason: str) -> None:
        dialog = self.reason_dialog
        assert dialog is not None

        def done(detail: ProcedureDetail) -> None:
            dialog.accept()
            self._toggled(detail)

        self.session.write(set_procedure_active, done, dialog.failed, procedure_id, False, reason)

    def _toggled(self, detail: ProcedureDetail) -> None:
        if detail.active:
            text = self.tr("Đã áp dụng lại thủ tục “{0}”.")
        else:
            text = self.tr("Đã ngừng áp dụng thủ tục “{0}”.")
        self.notice.setText(text.format(detail.spec.name_vi))
        self._select_id = detail.id
        self.refresh()

    # -- files -------------------------------------------------------------------------------
    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp danh mục"), "", self.tr("Danh mục (*.csv *.xlsx)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        runner, actor = self.session.runner, self.session.actor

        def job() -> ImportReport:
            catalogue = read_catalogue_file(path)
            return runner.write(import_catalogue, actor, catalogue)

        self.session.worker.submit(job, self._imported, lambda e: show_error(self, e))

    def _imported(self, report: ImportReport) -> None:
        summary = self.tr(
            "Đã nhập {0}: {1} thủ tục mới, {2} cập nhật, {3} dòng bị từ chối."
        ).format(report.source, report.created, report.updated, len(report.rejected))
        if report.rejected and not (report.created or report.updated):
            summary += "\n" + self.tr("Không dòng nào hợp lệ: danh mục không thay đổi.")
        english = self.session.language == "en"
        lines = [
            self.tr("• Dòng {0}: {1}").format(r.row, r.message_en if english else r.message_vi)
            for r in report.rejected
        ]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning if report.rejected else QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Nhập danh mục"))
        box.setText(summary)
        # Wide enough that a row's reason reads on one or two lines.
        box.setStyleSheet(
            "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 640px; }"
        )
        if lines:
            box.setInformativeText("\n".join(lines[:10]))
            if len(lines) > 10:
                box.setDetailedText("\n".join(lines))
        self.import_report = box
        box.open()
        self.notice.setText(summary.splitlines()[0])
        self.refresh()

    def choose_export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Xuất danh mục"),
            "danh-muc-thu-tuc.xlsx",
            self.tr("Excel (*.xlsx);;CSV UTF-8 (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the catalogue to ``path`` (the file dialog has already asked about replacing)."""

        def done(report: ExportReport) -> None:
            self.notice.setText(
                self.tr("Đã xuất {0} thủ tục ra tệp {1}.").format(report.procedures, report.path)
            )

        self.session.read(
            export_catalogue, done, lambda e: show_error(self, e), path, overwrite=True
        )
