"""Upward sync for the administrator: the city's receiver (address, token, secret, CA file, on/off),
"send now", and the closed days in the outbox with their attempts and the last error."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.errors import FormInvalid
from onestop_desktop.services.sync_settings import SyncSettings, set_sync_settings, sync_settings
from onestop_desktop.sync.outbox import OutboxRow, outbox_items, resend_now
from onestop_desktop.ui.form_helpers import ERROR_STYLE
from onestop_desktop.ui.messages import error_text
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.sync_worker import current_sync_worker
from onestop_desktop.ui.table_model import Column, RowsModel

NOTICE_STYLE = "color: #1b5e20; font-weight: 600;"


def _when(at: datetime | None) -> str:
    return at.strftime("%H:%M %d/%m/%Y") if at else ""


class SyncPage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.endpoint = QLineEdit()
        self.endpoint.setObjectName("syncEndpoint")
        self.endpoint.setPlaceholderText("https://…")
        self.token = QLineEdit()
        self.token.setObjectName("syncToken")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret = QLineEdit()
        self.secret.setObjectName("syncSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("syncCaFile")
        self.ca_file.setPlaceholderText(self.tr("để trống = chứng chỉ hệ thống"))
        choose = QPushButton(self.tr("Chọn…"))
        choose.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(choose)
        self.enabled = QCheckBox(self.tr("Tự động gửi số liệu các ngày đã chốt"))
        self.enabled.setObjectName("syncEnabled")

        server = QGroupBox(self.tr("Máy chủ nhận số liệu của thành phố"))
        form = QFormLayout(server)
        form.addRow(self.tr("Địa chỉ (https://…):"), self.endpoint)
        form.addRow(self.tr("Mã truy cập (token):"), self.token)
        form.addRow(self.tr("Khóa bí mật (ký số liệu):"), self.secret)
        form.addRow(self.tr("Tệp chứng chỉ CA (nếu có):"), ca_row)
        form.addRow("", self.enabled)
        self.save_button = QPushButton(self.tr("Lưu thiết lập"))
        self.save_button.setObjectName("saveSync")
        self.save_button.clicked.connect(self.save)
        self.note = QLabel()
        self.note.setObjectName("syncNote")
        self.note.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.note, 1)
        form.addRow(save_row)

        self.rows: RowsModel[OutboxRow] = RowsModel(
            [
                Column(self.tr("Ngày"), lambda r: r.business_date.strftime("%d/%m/%Y")),
                Column(self.tr("Lần chốt"), lambda r: r.revision, align_right=True),
                Column(self.tr("Trạng thái"), self._state),
                Column(self.tr("Số lần gửi"), lambda r: r.attempts, align_right=True),
                Column(
                    self.tr("Gửi lại lúc"),
                    lambda r: _when(r.next_attempt_at) if r.state == "waiting" else "",
                ),
                Column(self.tr("Đã gửi lúc"), lambda r: _when(r.acked_at)),
                Column(self.tr("Lỗi gần nhất"), lambda r: r.error),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("outboxTable")
        self.table.setModel(self.rows)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.send_button = QPushButton(self.tr("Gửi ngay"))
        self.send_button.setObjectName("sendNow")
        self.send_button.setToolTip(
            self.tr(
                "Gửi ngay mọi ngày chưa được nhận, kể cả ngày bị từ chối (sau khi sửa thiết lập)."
            )
        )
        self.send_button.clicked.connect(self.send_now)
        self.summary = QLabel()
        self.summary.setObjectName("outboxSummary")
        self.summary.setWordWrap(True)
        send_row = QHBoxLayout()
        send_row.addWidget(self.send_button)
        send_row.addWidget(self.summary, 1)
        outbox = QGroupBox(self.tr("Các ngày đã chốt gửi lên thành phố"))
        column = QVBoxLayout(outbox)
        column.addLayout(send_row)
        column.addWidget(self.table, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(server)
        layout.addWidget(outbox, 1)
        self._watching = False
        self.refresh()

    def _state(self, row: OutboxRow) -> str:
        if row.state == "sent":
            return self.tr("Đã gửi")
        if row.state == "refused":
            return self.tr("Bị từ chối")
        return self.tr("Chờ gửi")

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.session.read(sync_settings, self._show_settings, self._failed)
        self.refresh_rows()

    def refresh_rows(self) -> None:
        self.session.read(outbox_items, self._show_rows, self._failed)

    def _show_settings(self, settings: SyncSettings) -> None:
        self.endpoint.setText(settings.endpoint)
        self.token.setText(settings.token)
        self.secret.setText(settings.secret)
        self.ca_file.setText(settings.ca_file)
        self.enabled.setChecked(settings.enabled)

    def _show_rows(self, rows: list[OutboxRow]) -> None:
        self.rows.set_rows(rows)
        waiting = sum(1 for r in rows if r.state == "waiting")
        refused = sum(1 for r in rows if r.state == "refused")
        parts = []
        if refused:
            parts.append(self.tr("{0} ngày bị từ chối").format(refused))
        if waiting:
            parts.append(self.tr("{0} ngày chờ gửi").format(waiting))
        self.summary.setStyleSheet(ERROR_STYLE if refused else "")
        self.summary.setText(" · ".join(parts) if parts else self.tr("Không có ngày chờ gửi."))

    def _failed(self, exc: BaseException) -> None:
        self.note.setStyleSheet(ERROR_STYLE)
        self.note.setText(error_text(exc))

    # -- actions -------------------------------------------------------------------------------
    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Tệp chứng chỉ CA"),
            "",
            self.tr("Chứng chỉ (*.pem *.crt *.cer);;Mọi tệp (*)"),
        )
        if path:
            self.ca_file.setText(path)

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.note.clear()

        def saved(settings: SyncSettings) -> None:
            self.save_button.setEnabled(True)
            self._show_settings(settings)
            self.note.setStyleSheet(NOTICE_STYLE)
            self.note.setText(self.tr("Đã lưu."))
            self._kick()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.note.setStyleSheet(ERROR_STYLE)
            problems = exc.problems if isinstance(exc, FormInvalid) else [exc]
            self.note.setText(" ".join(error_text(p) for p in problems))

        self.session.write(
            set_sync_settings,
            saved,
            failed,
            self.endpoint.text(),
            self.token.text(),
            self.secret.text(),
            self.ca_file.text(),
            self.enabled.isChecked(),
        )

    def send_now(self) -> None:
        self.send_button.setEnabled(False)

        def armed(_count: int) -> None:
            self.send_button.setEnabled(True)
            self.refresh_rows()
            self._kick()

        def failed(exc: BaseException) -> None:
            self.send_button.setEnabled(True)
            self._failed(exc)

        self.session.write(resend_now, armed, failed)

    def _kick(self) -> None:
        """Ask the sync worker for a pass; the list follows when it has run."""
        worker = current_sync_worker()
        if worker is None:
            return
        if not self._watching:
            worker.pass_finished.connect(self._after_pass)
            self._watching = True
        worker.kick()

    def _after_pass(self, _report: object) -> None:
        self.refresh_rows()
