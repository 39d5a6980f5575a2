"""Đến hạn / quá hạn: pending dossiers due today or already late, most overdue first, late ones in
red. Enter or double-click opens one on the return screen; "Gia hạn (Mẫu 04)" extends the selected
one. The list reads itself on the worker when shown, every ``REFRESH_MS`` and on ``refresh()``."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.services.dossier_lists import due_list
from onestop_desktop.services.processing_dto import DueRow
from onestop_desktop.ui.form_helpers import error_label
from onestop_desktop.ui.labels import moment, status_label
from onestop_desktop.ui.messages import error_text
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.table_model import Column, RowsModel

REFRESH_MS = 60_000
OVERDUE = QColor("#b3261e")
_Index = QModelIndex | QPersistentModelIndex


class DueModel(RowsModel[DueRow]):
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and self.row_at(index.row()).overdue
        ):
            return QBrush(OVERDUE)
        return super().data(index, role)


class DueListView(QWidget):
    open_requested = Signal(int)  # dossier id
    extend_requested = Signal(int)
    loaded = Signal(int)  # rows shown

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = False
        self.model = DueModel(
            [
                Column(self.tr("Mã hồ sơ"), lambda r: r.code),
                Column(self.tr("Thủ tục"), lambda r: r.procedure_name),
                Column(self.tr("Người nộp"), lambda r: r.applicant_name),
                Column(self.tr("Trạng thái"), lambda r: status_label(r.status)),
                Column(self.tr("Ngày nhận"), lambda r: moment(r.received_at)),
                Column(self.tr("Hẹn trả"), lambda r: moment(r.due_at)),
                Column(
                    self.tr("Tình trạng"),
                    lambda r: self.tr("Quá hạn") if r.overdue else self.tr("Đến hạn hôm nay"),
                ),
                Column(self.tr("Đã gia hạn"), lambda r: self.tr("Có") if r.extended else ""),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("dueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)  # double-click, or Enter on a row
        self.setFocusProxy(self.table)

        self.count = QLabel()
        self.count.setObjectName("dueCount")
        self.error = error_label(self)
        self.open_button = QPushButton(self.tr("Mở hồ sơ"))
        self.open_button.setToolTip(self.tr("Enter hoặc nhấp đúp vào dòng"))
        self.open_button.clicked.connect(lambda: self._emit_selected(self.open_requested))
        self.extend_button = QPushButton(self.tr("Gia hạn (Mẫu 04)"))
        self.extend_button.setObjectName("dueExtend")
        self.extend_button.setToolTip(self.tr("Lập văn bản xin lỗi và hẹn lại ngày trả (Ctrl+G)"))
        self.extend_button.clicked.connect(lambda: self._emit_selected(self.extend_requested))
        refresh = QPushButton(self.tr("Làm mới"))
        refresh.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.open_button, self.extend_button, refresh):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.session.read(due_list, self._show, self._failed)

    def _show(self, rows: list[DueRow]) -> None:
        self._loading = False
        selected = self.selected()
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        self.count.setText(
            self.tr("{0} hồ sơ quá hạn, {1} hồ sơ đến hạn hôm nay").format(
                overdue, len(rows) - overdue
            )
        )
        self.error.setVisible(False)
        ids = [r.id for r in rows]
        if rows:
            self.table.selectRow(ids.index(selected.id) if selected and selected.id in ids else 0)
        self.loaded.emit(len(rows))

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.error.setText(error_text(exc))
        self.error.setVisible(True)

    def selected(self) -> DueRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _emit_selected(self, signal: SignalInstance) -> None:
        row = self.selected()
        if row is not None:
            signal.emit(row.id)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_at(index.row()).id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()
