"""Closing a day (Chốt ngày): what is still open, a confirmation, then the revision made.

Non-blocking: the dashboard ``open()``s it with the day's ``OpenItems``. A day not closed shows
what is still open (tickets waiting, at a counter, counters still serving) with a warning and
asks to confirm; "Chốt ngày" runs ``close_day`` on the worker. A closed day offers "Mở lại để
điều chỉnh…": a reason is asked (``ReasonDialog``), the day is reopened and closed again as the
next revision. After a closing the dialog shows the revision and, from revision 2 on, the figures
that changed against the previous one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.day_totals import Change
from onestop_desktop.services.day_closing import close_day, reopen_day
from onestop_desktop.services.day_report_dto import ClosingResult, OpenItems
from onestop_desktop.ui.form_helpers import ERROR_STYLE, error_label
from onestop_desktop.ui.messages import error_text
from onestop_desktop.ui.reason_dialog import ReasonDialog
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.sync_worker import kick_sync

WARNING_STYLE = "color: #8a4b00; font-weight: 600;"
DONE_STYLE = "color: #1b5e20; font-weight: 600;"


def _day(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def change_label(path: str) -> str:
    """A figure's name as a supervisor reads it: ``tickets.served`` → "Số phiếu đã phục vụ"."""
    tickets = {
        "issued": QCoreApplication.translate("CloseDayDialog", "Số phiếu đã cấp"),
        "served": QCoreApplication.translate("CloseDayDialog", "Số phiếu đã phục vụ"),
        "no_show": QCoreApplication.translate("CloseDayDialog", "Số phiếu vắng mặt"),
        "waiting": QCoreApplication.translate("CloseDayDialog", "Số phiếu còn chờ"),
        "avg_wait_s": QCoreApplication.translate(
            "CloseDayDialog", "Thời gian chờ trung bình (giây)"
        ),
        "max_wait_s": QCoreApplication.translate("CloseDayDialog", "Thời gian chờ lâu nhất (giây)"),
        "avg_service_s": QCoreApplication.translate(
            "CloseDayDialog", "Thời gian phục vụ trung bình (giây)"
        ),
    }
    others = {
        "supplement_requests": QCoreApplication.translate("CloseDayDialog", "Yêu cầu bổ sung"),
        "refusals": QCoreApplication.translate("CloseDayDialog", "Từ chối tiếp nhận"),
        "withdrawals": QCoreApplication.translate("CloseDayDialog", "Rút hồ sơ"),
        "stops": QCoreApplication.translate("CloseDayDialog", "Dừng giải quyết"),
        "returned_counter": QCoreApplication.translate("CloseDayDialog", "Trả kết quả tại quầy"),
        "returned_post": QCoreApplication.translate("CloseDayDialog", "Trả kết quả qua bưu chính"),
    }
    parts = path.split(".")
    if parts[0] == "tickets" and len(parts) == 2:
        return tickets.get(parts[1], path)
    if parts[0] == "dossiers" and len(parts) == 2:
        return QCoreApplication.translate("CloseDayDialog", "Hồ sơ: {0}").format(
            others.get(parts[1], parts[1])
        )
    if parts[0] == "dossiers" and len(parts) == 3:
        buckets = {
            "received_online": QCoreApplication.translate("CloseDayDialog", "tiếp nhận trực tuyến"),
            "received_direct": QCoreApplication.translate(
                "CloseDayDialog", "tiếp nhận trực tiếp và bưu chính"
            ),
            "carried_over": QCoreApplication.translate("CloseDayDialog", "từ kỳ trước chuyển qua"),
            "resolved_early": QCoreApplication.translate("CloseDayDialog", "giải quyết trước hạn"),
            "resolved_on_time": QCoreApplication.translate("CloseDayDialog", "giải quyết đúng hạn"),
            "resolved_late": QCoreApplication.translate("CloseDayDialog", "giải quyết quá hạn"),
            "closed": QCoreApplication.translate("CloseDayDialog", "rút/dừng giải quyết"),
            "pending_within": QCoreApplication.translate(
                "CloseDayDialog", "đang giải quyết trong hạn"
            ),
            "pending_overdue": QCoreApplication.translate(
                "CloseDayDialog", "đang giải quyết quá hạn"
            ),
        }
        field = (
            QCoreApplication.translate("CloseDayDialog", "tổng số")
            if parts[1] == "total"
            else parts[1]
        )
        return QCoreApplication.translate("CloseDayDialog", "Hồ sơ ({0}): {1}").format(
            field, buckets.get(parts[2], parts[2])
        )
    if parts[0] == "fees" and len(parts) == 3:
        method = {
            "cash": QCoreApplication.translate("CloseDayDialog", "tiền mặt"),
            "transfer": QCoreApplication.translate("CloseDayDialog", "chuyển khoản"),
            "card": QCoreApplication.translate("CloseDayDialog", "thẻ"),
        }
        what = (
            QCoreApplication.translate("CloseDayDialog", "số lần")
            if parts[2] == "count"
            else QCoreApplication.translate("CloseDayDialog", "số tiền (đồng)")
        )
        return QCoreApplication.translate("CloseDayDialog", "Phí, lệ phí {0}: {1}").format(
            method.get(parts[1], parts[1]), what
        )
    if parts[0] == "satisfaction" and len(parts) == 2:
        return QCoreApplication.translate("CloseDayDialog", "Đánh giá mức {0}").format(parts[1])
    return path


def change_text(change: Change) -> str:
    old = "—" if change.old is None else str(change.old)
    new = "—" if change.new is None else str(change.new)
    return f"{change_label(change.path)}: {old} → {new}"


class CloseDayDialog(QDialog):
    closed = Signal(object)  # ClosingResult

    def __init__(self, session: UiSession, items: OpenItems, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items = items
        self.day = items.business_date
        self.closing: ClosingResult | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.setWindowTitle(self.tr("Chốt ngày {0}").format(_day(self.day)))
        self.setMinimumWidth(560)

        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.open_label = QLabel()
        self.open_label.setObjectName("openItems")
        self.open_label.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("openWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.outcome = QLabel()
        self.outcome.setObjectName("closingOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet(DONE_STYLE)
        self.outcome.setVisible(False)
        self.changes = QListWidget()
        self.changes.setObjectName("closingChanges")
        self.changes.setVisible(False)
        self.error = error_label(self)
        self.error.setObjectName("closeError")

        self.buttons = QDialogButtonBox()
        self.close_button = QPushButton(self.tr("Chốt ngày"))
        self.close_button.setObjectName("confirmClose")
        self.close_button.clicked.connect(self.confirm)
        self.reopen_button = QPushButton(self.tr("Mở lại để điều chỉnh…"))
        self.reopen_button.setObjectName("reopenDay")
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.reject)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.reopen_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.open_label)
        layout.addWidget(self.warning)
        layout.addWidget(self.outcome)
        layout.addWidget(self.changes)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_items()

    # -- what is open ------------------------------------------------------------------------
    def _show_items(self) -> None:
        items = self.items
        closed = items.already_closed
        if closed is not None:
            who = f" ({closed.closed_by})" if closed.closed_by else ""
            self.heading.setText(
                self.tr("Ngày {0} đã chốt lần {1} lúc {2}{3}.").format(
                    _day(self.day), closed.revision, f"{closed.closed_at:%H:%M %d/%m/%Y}", who
                )
            )
            self.open_label.setText(
                self.tr(
                    "Số liệu của ngày được giữ nguyên như lúc chốt. Nếu cần điều chỉnh, mở lại "
                    "ngày (ghi rõ lý do): số liệu được tính lại và chốt thành lần {0}; các lần "
                    "chốt cũ vẫn được lưu."
                ).format(closed.revision + 1)
            )
            self.warning.setVisible(False)
            self.close_button.setVisible(False)
            self.reopen_button.setVisible(True)
            return
        self.heading.setText(
            self.tr(
                "Chốt số liệu ngày {0}? Sau khi chốt, số liệu được lưu cố định và gửi lên cấp trên."
            ).format(_day(self.day))
        )
        busy = ", ".join(items.busy_counters) or self.tr("không có")
        self.open_label.setText(
            "\n".join(
                [
                    self.tr("Số thứ tự còn đang chờ: {0}").format(items.tickets_waiting),
                    self.tr("Số thứ tự đang ở quầy (chưa xong): {0}").format(
                        items.tickets_at_counter
                    ),
                    self.tr("Quầy còn đang phục vụ: {0}").format(busy),
                ]
            )
        )
        if items.anything_open:
            self.warning.setText(
                self.tr(
                    "Chú ý: vẫn còn công dân đang chờ hoặc đang được phục vụ. Nếu chốt bây giờ, "
                    "các số này được ghi là còn chờ khi chốt."
                )
            )
            self.warning.setVisible(True)
        else:
            self.warning.setVisible(False)
        self.close_button.setVisible(True)
        self.reopen_button.setVisible(False)

    # -- closing -----------------------------------------------------------------------------
    def confirm(self) -> None:
        self.error.setVisible(False)
        self._busy(True)
        self.session.write(close_day, self._closed, self._failed, self.day)

    def ask_reopen(self) -> None:
        dialog = ReasonDialog(
            self.tr("Mở lại ngày {0}").format(_day(self.day)),
            self.tr(
                "Lý do mở lại để điều chỉnh (ghi vào nhật ký và kèm theo lần chốt mới), "
                "ví dụ: nhập bổ sung hồ sơ tiếp nhận trong ngày."
            ),
            self._reopen,
            self,
        )
        self.reason_dialog = dialog
        dialog.open()

    def _reopen(self, reason: str) -> None:
        dialog = self.reason_dialog
        assert dialog is not None
        # reopen_day refuses a missing reason (and changes nothing): the reason dialog says why.
        runner, actor, day = self.session.runner, self.session.actor, self.day
        reopened: list[bool] = []

        def job() -> ClosingResult:
            runner.write(reopen_day, actor, day, reason)
            reopened.append(True)
            return runner.write(close_day, actor, day)

        def done(result: ClosingResult) -> None:
            dialog.accept()
            self._closed(result)

        def failed(exc: BaseException) -> None:
            self._busy(False)
            if not reopened:  # refused: nothing changed, the reason dialog says why
                dialog.failed(exc)
                return
            # Reopened, but the new closing failed: the day is open; closing is offered again.
            dialog.accept()
            self.items = replace(self.items, already_closed=None)
            self._show_items()
            self._failed(exc)

        self._busy(True)
        self.session.worker.submit(job, done, failed)

    def _busy(self, busy: bool) -> None:
        for button in (self.close_button, self.reopen_button, self.cancel_button):
            button.setEnabled(not busy)

    def _closed(self, result: ClosingResult) -> None:
        self.closing = result
        self._busy(False)
        kick_sync()  # send the new revision now rather than at the worker's next pass
        info = result.closing
        self.heading.setText(
            self.tr("Đã chốt ngày {0} — lần {1} lúc {2}.").format(
                _day(self.day), info.revision, f"{info.closed_at:%H:%M %d/%m/%Y}"
            )
        )
        self.open_label.setText(
            self.tr("Số liệu đã được lưu cố định và xếp hàng chờ gửi lên cấp trên.")
        )
        self.warning.setVisible(False)
        if info.revision >= 2:
            if result.changes:
                self.outcome.setText(
                    self.tr("Số liệu thay đổi so với lần {0}:").format(info.revision - 1)
                )
                self.changes.clear()
                self.changes.addItems([change_text(c) for c in result.changes])
                self.changes.setVisible(True)
            else:
                self.outcome.setText(
                    self.tr("Không có số liệu nào thay đổi so với lần {0}.").format(
                        info.revision - 1
                    )
                )
            self.outcome.setVisible(True)
        self.close_button.setVisible(False)
        self.reopen_button.setVisible(False)
        self.cancel_button.setText(self.tr("Đóng"))
        self.cancel_button.setEnabled(True)
        self.adjustSize()
        self.closed.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.error.setText(error_text(exc))
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(True)
