"""The status bar: who is logged in, at which counter, which database, what waits to be sent."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from onestop_desktop.sync.outbox import OutboxStatus, outbox_status
from onestop_desktop.ui.labels import role_label
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.sync_worker import SyncWorker
from onestop_desktop.ui.worker import start_refresh_timer

REFRESH_MS = 30_000


class AppStatusBar(QStatusBar):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        actor = session.actor
        self.user_label = QLabel(f"{actor.full_name} · {role_label(actor.role)}")
        self.counter_label = QLabel(self.tr("Quầy: chưa chọn"))
        self.db_label = QLabel(session.runner.db.describe())
        self.sync_label = QLabel(self.tr("Đồng bộ: …"))
        self.sync_label.setObjectName("syncLabel")
        self.busy_label = QLabel()
        for label in (self.user_label, self.counter_label, self.db_label, self.sync_label):
            label.setStyleSheet("padding: 0 10px; border-left: 1px solid #b0b0b0;")
            self.addPermanentWidget(label)
        self.addWidget(self.busy_label)
        # A bound slot: Qt drops the connection when this bar is destroyed with its window.
        session.worker.busy_changed.connect(self._show_busy)
        self.timer = start_refresh_timer(self, REFRESH_MS, self.refresh)

    def set_counter(self, text: str) -> None:
        """What counter this PC is ("Quầy 2"), told by the counter panel."""
        self.counter_label.setText(text)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Đang xử lý…") if busy else "")

    def attach_sync(self, worker: SyncWorker) -> None:
        """Show what the sync worker reports after each pass (besides the periodic refresh)."""
        worker.status_changed.connect(self.show_sync)
        if worker.last_status is not None:
            self.show_sync(worker.last_status)

    def refresh(self) -> None:
        self.session.read(outbox_status, self.show_sync, lambda _e: None)

    def show_sync(self, status: OutboxStatus) -> None:
        parts: list[str] = []
        if status.refused:
            parts.append(
                self.tr("Đồng bộ: {0} ngày bị từ chối: {1}").format(
                    status.refused, (status.refused_error or "")[:80]
                )
            )
        if status.pending:
            text = self.tr("{0} ngày chờ gửi").format(status.pending)
            if not parts:
                text = self.tr("Đồng bộ: {0} ngày chờ gửi").format(status.pending)
            if status.last_error:
                text += " · " + self.tr("lỗi gần nhất: {0}").format(status.last_error[:60])
            parts.append(text)
        if not parts:
            parts.append(
                self.tr("Đồng bộ: đã gửi hết")
                if status.acked
                else self.tr("Đồng bộ: không có ngày chờ gửi")
            )
        self.sync_label.setText(" · ".join(parts))
        tooltip = "\n".join(filter(None, [status.refused_error, status.last_error]))
        self.sync_label.setToolTip(tooltip)
        colour = "#b71c1c" if status.refused else ("#8a5a00" if status.pending else "#1b5e20")
        self.sync_label.setStyleSheet(
            f"padding: 0 10px; border-left: 1px solid #b0b0b0; color: {colour};"
        )
