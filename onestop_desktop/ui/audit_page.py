"""The audit log for administrators: filter by dates, user, entity and action; see one entry's
before/after; check the hash chain. Every query runs on the worker."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.services.audit_log import (
    AuditChoices,
    AuditFilter,
    AuditLogRow,
    AuditPage,
    AuditVerification,
    audit_choices,
    search_audit,
    verify_audit,
)
from onestop_desktop.ui.form_helpers import ERROR_STYLE
from onestop_desktop.ui.messages import show_error
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.table_model import Column, RowsModel

OK_STYLE = "color: #1b5e20; font-weight: 600;"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditPageWidget(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        today = session.runner.clock.now().date()
        self.date_from = QDateEdit(_qdate(today - timedelta(days=7)))
        self.date_from.setObjectName("auditFrom")
        self.date_to = QDateEdit(_qdate(today))
        self.date_to.setObjectName("auditTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.user = self._combo("auditUser")
        self.entity = self._combo("auditEntity")
        self.action = self._combo("auditAction")
        self.search_button = QPushButton(self.tr("Lọc"))
        self.search_button.setObjectName("auditSearch")
        self.search_button.clicked.connect(self.search)
        self.verify_button = QPushButton(self.tr("Kiểm tra tính toàn vẹn"))
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.clicked.connect(self.verify)

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Từ ngày:"), self.date_from),
            (self.tr("Đến ngày:"), self.date_to),
            (self.tr("Người thực hiện:"), self.user),
            (self.tr("Đối tượng:"), self.entity),
            (self.tr("Thao tác:"), self.action),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.search_button)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)

        self.model: RowsModel[AuditLogRow] = RowsModel(
            [
                Column(self.tr("Số"), lambda r: r.chain_seq, align_right=True),
                Column(self.tr("Thời điểm"), lambda r: r.at.strftime("%d/%m/%Y %H:%M:%S")),
                Column(self.tr("Người thực hiện"), lambda r: r.username or ""),
                Column(self.tr("Đối tượng"), lambda r: r.entity),
                Column(self.tr("Mã"), lambda r: r.entity_id or ""),
                Column(self.tr("Thao tác"), lambda r: r.action),
                Column(self.tr("Lý do"), lambda r: r.reason or ""),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("auditDetail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Chọn một dòng để xem giá trị trước và sau."))
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.summary = QLabel()
        self.summary.setObjectName("auditSummary")
        self.chain_state = QLabel()
        self.chain_state.setObjectName("auditChainState")
        self.chain_state.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.chain_state)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        self.refresh()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumWidth(130)
        combo.addItem(self.tr("Tất cả"), "")
        return combo

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.session.read(audit_choices, self._choices_loaded, lambda e: show_error(self, e))
        self.search()

    def _choices_loaded(self, choices: AuditChoices) -> None:
        for combo, values in (
            (self.user, choices.usernames),
            (self.entity, choices.entities),
            (self.action, choices.actions),
        ):
            chosen = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            date_from=_pydate(self.date_from.date()),
            date_to=_pydate(self.date_to.date()),
            username=str(self.user.currentData() or "") or None,
            entity=str(self.entity.currentData() or "") or None,
            action=str(self.action.currentData() or "") or None,
        )

    def search(self) -> None:
        self.search_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.search_button.setEnabled(True)
            show_error(self, exc)

        self.session.read(search_audit, self._loaded, failed, self.current_filter())

    def _loaded(self, page: AuditPage) -> None:
        self.search_button.setEnabled(True)
        self.model.set_rows(page.rows)
        self.detail.clear()
        if page.more:
            self.summary.setText(
                self.tr(
                    "Hiển thị {0} dòng mới nhất; thu hẹp bộ lọc để xem các dòng cũ hơn."
                ).format(len(page.rows))
            )
        else:
            self.summary.setText(self.tr("{0} dòng.").format(len(page.rows)))

    def _show_detail(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.detail.clear()
            return
        row = self.model.row_at(index.row())
        parts = [
            self.tr("Trước: {0}").format(row.before or "—"),
            self.tr("Sau: {0}").format(row.after or "—"),
        ]
        if row.reason:
            parts.append(self.tr("Lý do: {0}").format(row.reason))
        self.detail.setPlainText("\n\n".join(parts))

    # -- chain ---------------------------------------------------------------------------------
    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.chain_state.setStyleSheet("")
        self.chain_state.setText(self.tr("Đang kiểm tra chuỗi nhật ký…"))

        def failed(exc: BaseException) -> None:
            self.verify_button.setEnabled(True)
            self.chain_state.clear()
            show_error(self, exc)

        self.session.read(verify_audit, self._verified, failed)

    def _verified(self, result: AuditVerification) -> None:
        self.verify_button.setEnabled(True)
        message = result.message_en if self.session.language == "en" else result.message_vi
        self.chain_state.setStyleSheet(OK_STYLE if result.ok else ERROR_STYLE)
        self.chain_state.setText(message)
