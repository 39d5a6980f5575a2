"""Procedure lookup: type a few letters with or without diacritics; import the catalogue."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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

from onestop_desktop.domain.roles import Permission
from onestop_desktop.services.catalogue import ImportReport, import_catalogue, search_procedures
from onestop_desktop.services.catalogue_files import read_catalogue_file
from onestop_desktop.services.dto import ProcedureRow
from onestop_desktop.ui.labels import money, processing_time
from onestop_desktop.ui.messages import show_error
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.table_model import Column, RowsModel


class CatalogueTab(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._generation = 0
        self.search = QLineEdit()
        self.search.setObjectName("procedureSearch")
        self.search.setPlaceholderText(
            self.tr("Gõ vài chữ, có dấu hoặc không dấu: “khai sinh”, “chung thuc”…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.model: RowsModel[ProcedureRow] = RowsModel(
            [
                Column(self.tr("Mã"), lambda r: r.code or ""),
                Column(self.tr("Thủ tục"), lambda r: r.name_vi),
                Column(self.tr("Lĩnh vực"), lambda r: r.field_vi),
                Column(
                    self.tr("Thời hạn"),
                    lambda r: processing_time(
                        r.processing_days, r.processing_unit, r.same_day_cutoff
                    ),
                ),
                Column(self.tr("Lệ phí"), lambda r: money(r.fee_vnd), align_right=True),
                Column(self.tr("Giấy tờ"), lambda r: r.document_count, align_right=True),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tìm thủ tục:")))
        top.addWidget(self.search, 1)
        if session.can(Permission.EDIT_CATALOGUE):
            self.import_button = QPushButton(self.tr("Nhập danh mục từ tệp…"))
            self.import_button.clicked.connect(self.choose_import_file)
            top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignRight)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        query = self.search.text()

        def show(rows: list[ProcedureRow]) -> None:
            if generation != self._generation:
                return  # a newer search is on its way
            self.model.set_rows(rows)
            self.count_label.setText(self.tr("{0} thủ tục").format(len(rows)))

        self.session.read(search_procedures, show, lambda e: show_error(self, e), query, 200)

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
        lines = [
            self.tr("Đã nhập {0}: {1} thủ tục mới, {2} cập nhật, {3} dòng bị từ chối.").format(
                report.source, report.created, report.updated, len(report.rejected)
            )
        ]
        english = self.session.language == "en"
        lines += [
            self.tr("• Dòng {0}: {1}").format(r.row, r.message_en if english else r.message_vi)
            for r in report.rejected[:20]
        ]
        QMessageBox.information(self, self.tr("Nhập danh mục"), "\n".join(lines))
        self.refresh()
