"""Trả tại quầy: who takes the result (the applicant, or a person with an authorisation) and the
ID number of whoever takes it, checked against the paper they show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from onestop_desktop.services.processing_dto import CounterReturn, DossierDetail, ReceiverKind
from onestop_desktop.ui.action_dialog import ActionDialog


class CounterReturnDialog(ActionDialog):
    def __init__(
        self,
        heading: str,
        detail: DossierDetail,
        submit: Callable[[CounterReturn], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Trả kết quả tại quầy"), heading, submit, parent)
        self.detail = detail
        self.applicant = QRadioButton(self.tr("Người nộp hồ sơ (&1)"))
        self.applicant.setObjectName("receiverApplicant")
        self.authorised = QRadioButton(self.tr("Người được ủy quyền (&2)"))
        self.authorised.setObjectName("receiverAuthorised")
        group = QButtonGroup(self)
        group.addButton(self.applicant)
        group.addButton(self.authorised)
        kinds = QWidget()
        row = QHBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.applicant)
        row.addWidget(self.authorised)
        row.addStretch(1)
        self.name = QLineEdit()
        self.name.setObjectName("receiverName")
        self.name.setMaxLength(200)
        self.id_number = QLineEdit()
        self.id_number.setObjectName("receiverIdNumber")
        self.id_number.setMaxLength(20)
        self.id_number.setPlaceholderText(self.tr("Số CCCD/CMND/hộ chiếu trên giấy tờ xuất trình"))
        self.add_row(self.tr("Người nhận:"), kinds, "receiver_kind")
        self.add_row(self.tr("Họ và tên:"), self.name, "receiver_name")
        self.add_row(self.tr("Số giấy tờ tùy thân:"), self.id_number, "receiver_id_number")
        self.applicant.toggled.connect(self._kind_changed)
        self.applicant.setChecked(True)
        self._kind_changed(True)

    def _kind_changed(self, applicant: bool) -> None:
        if applicant:
            self.name.setText(self.detail.applicant_name)
            self.name.setReadOnly(True)
            self.id_number.setText(self.detail.applicant_id_number or "")
            self.id_number.setFocus()
            self.id_number.selectAll()
        else:
            self.name.setReadOnly(False)
            self.name.clear()
            self.id_number.clear()
            self.name.setFocus()

    def value(self) -> CounterReturn:
        if self.applicant.isChecked():
            return CounterReturn(ReceiverKind.APPLICANT, self.id_number.text().strip())
        return CounterReturn(
            ReceiverKind.AUTHORISED, self.id_number.text().strip(), self.name.text().strip()
        )
