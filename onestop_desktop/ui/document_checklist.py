"""The checklist of documents a procedure asks for: what was handed in, and notes for Mẫu 02.

Keyboard: arrows move, Space ticks the current document, F2 or typing edits its note.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from onestop_desktop.domain.intake import DocumentCheck, RequiredDocument
from onestop_desktop.ui.labels import copy_kind_label


class DocumentChecklist(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("documentChecklist")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Giấy tờ (đánh dấu khi đã nộp)"),
                self.tr("Loại, số lượng"),
                self.tr("Ghi chú"),
            ]
        )
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table: keyboard-first form order
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 220)
        self._documents: list[RequiredDocument] = []

    def set_documents(self, documents: tuple[RequiredDocument, ...]) -> None:
        self._documents = list(documents)
        self.setRowCount(len(documents))
        for row, doc in enumerate(documents):
            name = QTableWidgetItem(doc.name + ("" if doc.mandatory else self.tr(" (nếu có)")))
            name.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            name.setCheckState(Qt.CheckState.Unchecked)
            kind = QTableWidgetItem(f"{copy_kind_label(doc.copy_kind)} × {doc.count}")
            kind.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.setItem(row, 0, name)
            self.setItem(row, 1, kind)
            self.setItem(row, 2, QTableWidgetItem(""))
        self.resizeRowsToContents()
        if documents:
            self.setCurrentCell(0, 0)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # every cell is filled by set_documents
        return item

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentRow() >= 0:
            item = self._cell(self.currentRow(), 0)
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)

    def tick_all(self) -> None:
        for row in range(self.rowCount()):
            self._cell(row, 0).setCheckState(Qt.CheckState.Checked)

    def checks(self) -> tuple[DocumentCheck, ...]:
        return tuple(
            DocumentCheck(
                doc.id,
                self._cell(row, 0).checkState() == Qt.CheckState.Checked,
                self._cell(row, 2).text(),
            )
            for row, doc in enumerate(self._documents)
        )

    def clear_documents(self) -> None:
        self._documents = []
        self.setRowCount(0)
