"""Dossier lookup (Tra cứu hồ sơ): one box for a code, a scanned receipt, a name, an ID or a phone.

Typing searches after a short pause; Enter (a scanner's last key) searches at once. The search
runs on the DB worker; results of an older search that arrive late are dropped.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.dossier import DossierStatus
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.services.dossier_search import DossierQuery, DossierRow, search_dossiers
from onestop_desktop.ui.form_helpers import clear_inline_errors, error_label, show_inline_error
from onestop_desktop.ui.messages import error_text
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.table_model import Column, RowsModel

PAUSE_MS = 300
LIMIT = 200
DATE_FORMAT = "dd/MM/yyyy"


def dossier_status_label(status: str) -> str:
    labels: dict[str, str] = {
        DossierStatus.RECEIVED: QCoreApplication.translate("SearchTab", "Đã tiếp nhận"),
        DossierStatus.IN_PROCESSING: QCoreApplication.translate("SearchTab", "Đang giải quyết"),
        DossierStatus.RESULT_READY: QCoreApplication.translate("SearchTab", "Có kết quả, chờ trả"),
        DossierStatus.RETURNED: QCoreApplication.translate("SearchTab", "Đã trả kết quả"),
        DossierStatus.AWAITING_SUPPLEMENT: QCoreApplication.translate("SearchTab", "Chờ bổ sung"),
        DossierStatus.REFUSED: QCoreApplication.translate("SearchTab", "Từ chối tiếp nhận"),
        DossierStatus.WITHDRAWN: QCoreApplication.translate("SearchTab", "Đã rút hồ sơ"),
        DossierStatus.STOPPED: QCoreApplication.translate("SearchTab", "Dừng giải quyết"),
    }
    return labels.get(status, status)


def _when(value: datetime | None) -> str:
    return "—" if value is None else f"{value:%H:%M %d/%m/%Y}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class SearchTab(QWidget):
    """The search screen; ``dossier_activated(id)`` on double-click or Enter on a result."""

    dossier_activated = Signal(int)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._generation = 0
        self.last_query: DossierQuery | None = None

        self.search = QLineEdit()
        self.search.setObjectName("dossierSearch")
        self.search.setPlaceholderText(
            self.tr(
                "Mã hồ sơ, quét mã QR giấy tiếp nhận, họ tên (có dấu hoặc không), "
                "số CCCD/CMND/hộ chiếu hoặc số điện thoại"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.pause.start())
        self.search.returnPressed.connect(self.refresh)
        self.search.installEventFilter(self)
        self.setFocusProxy(self.search)

        today = session.runner.clock.now().date()
        self.use_dates = QCheckBox(self.tr("Ngày nhận từ"))
        self.use_dates.setObjectName("useDates")
        self.date_from = QDateEdit(_qdate(today - timedelta(days=30)))
        self.date_to = QDateEdit(_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setEnabled(False)
            edit.dateChanged.connect(self.refresh)
        self.use_dates.toggled.connect(self._dates_toggled)

        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Mọi trạng thái"), None)
        for status in DossierStatus:
            self.status.addItem(dossier_status_label(status), status.value)
        self.status.currentIndexChanged.connect(self.refresh)

        self.model: RowsModel[DossierRow] = RowsModel(
            [
                Column(self.tr("Mã hồ sơ"), lambda r: r.code),
                Column(self.tr("Thủ tục"), lambda r: r.procedure_name),
                Column(self.tr("Người nộp"), lambda r: r.applicant_name),
                Column(self.tr("Trạng thái"), lambda r: dossier_status_label(r.status)),
                Column(self.tr("Ngày nhận"), lambda r: _when(r.received_at)),
                Column(self.tr("Hẹn trả"), lambda r: _when(r.due_at)),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("dossierResults")
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
        # activated: double-click, or Enter/Return on the selected row.
        self.table.activated.connect(self._activated)

        self.error = error_label(self)
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tìm hồ sơ:")))
        top.addWidget(self.search, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("đến")))
        filters.addWidget(self.date_to)
        filters.addSpacing(24)
        filters.addWidget(QLabel(self.tr("Trạng thái:")))
        filters.addWidget(self.status)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignRight)
        # The first search (the newest dossiers) waits until the tab is first shown: a window
        # whose tab is never opened asks nothing of the database.
        self._shown_once = False

    # -- searching -----------------------------------------------------------------------------
    def query(self) -> DossierQuery:
        status = self.status.currentData()
        dated = self.use_dates.isChecked()
        return DossierQuery(
            text=self.search.text(),
            date_from=_pydate(self.date_from.date()) if dated else None,
            date_to=_pydate(self.date_to.date()) if dated else None,
            status=status if isinstance(status, str) else None,
            limit=LIMIT,
        )

    def refresh(self) -> None:
        self.pause.stop()
        self._generation += 1
        generation = self._generation
        query = self.last_query = self.query()

        def show(rows: list[DossierRow]) -> None:
            if generation != self._generation:
                return  # a newer search is on its way
            clear_inline_errors(self.error, [self.search])
            self.model.set_rows(rows)
            if len(rows) >= query.limit:
                text = self.tr("{0} hồ sơ mới nhất — gõ thêm để thu hẹp").format(len(rows))
            else:
                text = self.tr("{0} hồ sơ").format(len(rows))
            self.count_label.setText(text)
            if rows:
                self.table.selectRow(0)

        def refused(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.model.set_rows([])
            self.count_label.setText("")
            text_refused = isinstance(exc, ValidationError) and exc.field == "text"
            show_inline_error(self.error, error_text(exc), self.search if text_refused else None)

        self.session.read(search_dossiers, show, refused, query)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.refresh()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.dossier_activated.emit(self.model.row_at(index.row()).id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow in the search box moves to the results, so the keyboard never has to leave.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search.setFocus()
        if not self._shown_once:
            self._shown_once = True
            self.refresh()
