"""Trả qua bưu chính: the result goes by the public postal service (tracking number, date sent)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from onestop_desktop.services.processing_dto import PostalReturn
from onestop_desktop.ui.action_dialog import ActionDialog

POST_SERVICES = ("Bưu điện Việt Nam (VNPost)", "Viettel Post")


class PostalReturnDialog(ActionDialog):
    def __init__(
        self,
        heading: str,
        today: date,
        submit: Callable[[PostalReturn], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Trả kết quả qua bưu chính"), heading, submit, parent)
        self.tracking = QLineEdit()
        self.tracking.setObjectName("trackingNumber")
        self.tracking.setMaxLength(40)
        self.tracking.setPlaceholderText(self.tr("Số hiệu bưu gửi, ví dụ EB123456789VN"))
        self.sent_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.sent_on.setObjectName("sentOn")
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat("dd/MM/yyyy")
        self.service = QComboBox()
        self.service.setObjectName("postService")
        self.service.setEditable(True)
        self.service.addItems(list(POST_SERVICES))
        self.add_row(self.tr("Số hiệu bưu gửi:"), self.tracking, "tracking_number")
        self.add_row(self.tr("Ngày gửi:"), self.sent_on, "sent_on")
        self.add_row(self.tr("Đơn vị bưu chính:"), self.service, "post_service")
        self.tracking.setFocus()

    def value(self) -> PostalReturn:
        day = self.sent_on.date()
        return PostalReturn(
            tracking_number=self.tracking.text().strip(),
            sent_on=date(day.year(), day.month(), day.day()),
            post_service=self.service.currentText().strip(),
        )
