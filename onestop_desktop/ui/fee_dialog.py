"""Thu phí, lệ phí: the amount (from the catalogue; editable only where it depends on pages,
copies or exemptions), how it was paid and the receipt number."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from onestop_desktop.services.processing_dto import DossierDetail, FeeMethod, FeePayment
from onestop_desktop.ui.action_dialog import ActionDialog

_AMOUNT = re.compile(r"^(-?)\s*(\d{1,3}(?:[.,\s]\d{3})+|\d+)\s*(?:đ|d|vnd|vnđ)?$", re.IGNORECASE)


def fee_method_label(method: str) -> str:
    labels: dict[str, str] = {
        FeeMethod.CASH: QCoreApplication.translate("FeeDialog", "Tiền mặt"),
        FeeMethod.TRANSFER: QCoreApplication.translate("FeeDialog", "Chuyển khoản"),
        FeeMethod.CARD: QCoreApplication.translate("FeeDialog", "Thẻ"),
    }
    return labels.get(method, method)


def parse_amount(text: str) -> int | None:
    """``50.000``, ``50,000 đ``, ``50000`` → 50000; a minus sign is kept; None if not a number."""
    match = _AMOUNT.match(text.strip())
    if match is None:
        return None
    sign, digits = match.groups()
    value = int(re.sub(r"\D", "", digits))
    return -value if sign else value


def format_amount(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


class FeeDialog(ActionDialog):
    def __init__(
        self,
        heading: str,
        detail: DossierDetail,
        submit: Callable[[FeePayment], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Thu phí, lệ phí"), heading, submit, parent)
        suggested = detail.fee_due_vnd if detail.fee_due_vnd else (detail.fee_vnd or 0)
        self.amount = QLineEdit(format_amount(suggested))
        self.amount.setObjectName("amount")
        self.amount.setMaxLength(20)
        self.amount.setReadOnly(not detail.fee_editable)
        if detail.fee_editable:
            self.amount.setToolTip(self.tr("Số tiền tính theo số trang/bản sao hoặc miễn giảm"))
        else:
            self.amount.setToolTip(self.tr("Mức thu theo danh mục thủ tục"))
        self.method = QComboBox()
        self.method.setObjectName("method")
        for method in FeeMethod:
            self.method.addItem(fee_method_label(method), method.value)
        self.receipt = QLineEdit()
        self.receipt.setObjectName("receiptNumber")
        self.receipt.setMaxLength(40)
        self.receipt.setPlaceholderText(self.tr("Số biên lai thu"))
        if detail.fee_note:
            self.add_note(detail.fee_note).setObjectName("feeNote")
        self.add_row(self.tr("Số tiền (đồng):"), self.amount, "amount_vnd", "amount")
        self.add_row(self.tr("Hình thức:"), self.method, "method")
        self.add_row(self.tr("Số biên lai:"), self.receipt, "receipt_number")
        (self.amount if detail.fee_editable else self.receipt).setFocus()

    def value(self) -> FeePayment | None:
        amount = parse_amount(self.amount.text())
        if amount is None:
            self.errors.show_field("amount_vnd", self.tr("Số tiền chỉ gồm chữ số, ví dụ 50.000."))
            return None
        return FeePayment(
            amount_vnd=amount,
            method=FeeMethod(str(self.method.currentData())),
            receipt_number=self.receipt.text().strip() or None,
        )
