"""Transfer a ticket to another service and/or counter (it keeps its number and waits again).

Non-blocking: ``open()`` it; ``submit(to_service_id, to_counter_id)`` is called on OK (either may
be None, not both) and must call back ``failed(exc)`` (shown inline) or ``accept()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.services.queue_dto import CounterRow, ServiceRow, TicketRow
from onestop_desktop.ui.form_helpers import error_label, show_inline_error
from onestop_desktop.ui.messages import error_text


class TransferDialog(QDialog):
    def __init__(
        self,
        ticket: TicketRow,
        services: Sequence[ServiceRow],
        counters: Sequence[CounterRow],
        own_counter_id: int | None,
        submit: Callable[[int | None, int | None], None],
        english: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._ticket = ticket
        self._counters = [c for c in counters if c.id != own_counter_id]
        self.setWindowTitle(self.tr("Chuyển số {0}").format(ticket.label))
        self.setMinimumWidth(560)
        lane_name = (ticket.service_name_en if english else None) or ticket.service_name_vi
        intro = QLabel(
            self.tr(
                "Số {0} ({1}) sẽ quay lại hàng chờ ở nơi được chọn và giữ nguyên số thứ tự."
            ).format(ticket.label, lane_name)
        )
        intro.setWordWrap(True)
        self.service = QComboBox()
        self.service.setObjectName("transferService")
        self.service.addItem(
            self.tr("Giữ dịch vụ hiện tại ({0} · {1})").format(ticket.service_prefix, lane_name),
            0,
        )
        for s in services:
            if s.id != ticket.service_id:
                name = (s.name_en if english else None) or s.name_vi
                self.service.addItem(f"{s.prefix} · {name}", s.id)
        self.counter = QComboBox()
        self.counter.setObjectName("transferCounter")
        self.service.currentIndexChanged.connect(self._fill_counters)
        self._fill_counters()
        form = QFormLayout()
        form.addRow(self.tr("Sang dịch vụ:"), self.service)
        form.addRow(self.tr("Sang quầy:"), self.counter)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _lane(self) -> int:
        return int(self.service.currentData() or 0) or self._ticket.service_id

    def _fill_counters(self) -> None:
        """Only the counters that serve the chosen lane can take the ticket."""
        previous = int(self.counter.currentData() or 0)
        self.counter.clear()
        self.counter.addItem(self.tr("Bất kỳ quầy nào phục vụ dịch vụ này"), 0)
        lane = self._lane()
        for c in self._counters:
            if lane in c.service_ids:
                self.counter.addItem(self.tr("Quầy {0} — {1}").format(c.number, c.name), c.id)
        self.counter.setCurrentIndex(max(0, self.counter.findData(previous)))

    def choose(self, service_id: int | None, counter_id: int | None) -> None:
        self.service.setCurrentIndex(max(0, self.service.findData(service_id or 0)))
        self.counter.setCurrentIndex(max(0, self.counter.findData(counter_id or 0)))

    def _on_ok(self) -> None:
        service = int(self.service.currentData() or 0) or None
        counter = int(self.counter.currentData() or 0) or None
        if service is None and counter is None:
            show_inline_error(
                self.error, self.tr("Chọn dịch vụ khác hoặc một quầy cụ thể để chuyển tới.")
            )
            return
        self.error.setVisible(False)
        self.buttons.setEnabled(False)
        self._submit(service, counter)

    def failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_inline_error(self.error, error_text(exc))
