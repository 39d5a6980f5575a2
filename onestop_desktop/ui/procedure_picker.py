"""Pick a procedure by typing a few letters (with or without diacritics) and pressing Enter.

Down/Up move through the matches without leaving the line edit; Enter picks the highlighted one.
The search runs on the DB worker; a newer keystroke wins over an older answer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from onestop_desktop.services.catalogue import search_procedures
from onestop_desktop.services.dto import ProcedureRow
from onestop_desktop.ui.labels import processing_time
from onestop_desktop.ui.messages import show_error
from onestop_desktop.ui.session import UiSession

DEBOUNCE_MS = 120


class ProcedurePicker(QWidget):
    picked = Signal(int)  # procedure id
    results_shown = Signal(int)  # number of matches now listed

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._generation = 0
        self.search = QLineEdit()
        self.search.setObjectName("intakeProcedureSearch")
        self.search.setPlaceholderText(
            self.tr("Tìm thủ tục: gõ vài chữ, có dấu hoặc không (“khai sinh”, “chung thuc”)")
        )
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setObjectName("intakeProcedureMatches")
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.setMaximumHeight(170)
        self.matches.setWordWrap(True)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.setVisible(False)
        self.matches.itemActivated.connect(lambda item: self._pick(item))
        self.matches.itemClicked.connect(lambda item: self._pick(item))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._pick_current)
        self.search.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent):
            key = event.key()
            if (
                event.type() == QEvent.Type.KeyPress
                and key in (Qt.Key.Key_Down, Qt.Key.Key_Up)
                and self.matches.count()
            ):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.matches.count() - 1, self.matches.currentRow() + step))
                self.matches.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation

        def show(rows: list[ProcedureRow]) -> None:
            if generation != self._generation:
                return
            self.matches.clear()
            for r in rows:
                time = processing_time(r.processing_days, r.processing_unit, r.same_day_cutoff)
                text = f"{r.name_vi} — {time}"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                item.setToolTip(f"{r.code or ''} · {r.field_vi}")
                self.matches.addItem(item)
            self.matches.setVisible(bool(rows))
            if rows:
                self.matches.setCurrentRow(0)
            self.results_shown.emit(len(rows))

        self.session.read(
            search_procedures, show, lambda e: show_error(self, e), self.search.text(), 30
        )

    def _pick_current(self) -> None:
        if self._timer.isActive():  # Enter typed before the search ran: search, then pick
            self._timer.stop()
            self.results_shown.connect(self._pick_after_search)
            self.refresh()
            return
        item = self.matches.currentItem()
        if item is not None:
            self._pick(item)

    def _pick_after_search(self, _count: int) -> None:
        self.results_shown.disconnect(self._pick_after_search)
        self._pick_current()

    def _pick(self, item: QListWidgetItem) -> None:
        procedure_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.search.setText(item.text().split(" — ")[0])
        self.matches.clear()
        self.matches.setVisible(False)
        self.picked.emit(procedure_id)

    def reset(self) -> None:
        self._timer.stop()
        self._generation += 1
        self.search.clear()
        self.matches.clear()
        self.matches.setVisible(False)
