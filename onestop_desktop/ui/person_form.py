"""The fields of one person on the intake screen (the applicant, or a representative)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.applicant import PersonInput
from onestop_desktop.domain.dossier import IdType
from onestop_desktop.ui.form_helpers import ERROR_STYLE, INVALID_FIELD_STYLE

BIRTH_FORMAT = "%d/%m/%Y"


class PersonForm(QWidget):
    """Name, ID type and number, date of birth, phone, address, e-mail; each with a line under it
    for its own error message. ``representative=True`` shows only name, ID and phone."""

    submitted = Signal()  # Enter pressed in a field

    def __init__(self, *, representative: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = "rep_" if representative else ""
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.id_type = QComboBox()
        for kind, label in (
            (IdType.CCCD, self.tr("CCCD (12 số)")),
            (IdType.CMND, self.tr("CMND (9 số)")),
            (IdType.PASSPORT, self.tr("Hộ chiếu")),
        ):
            self.id_type.addItem(label, kind.value)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(40)
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("dd/mm/yyyy (không bắt buộc)"))
        self.birth_date.setMaxLength(10)
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.address = QLineEdit()
        self.address.setMaxLength(400)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("không bắt buộc"))
        self.email.setMaxLength(200)
        names = {
            "full_name": self.full_name,
            "id_number": self.id_number,
            "birth_date": self.birth_date,
            "phone": self.phone,
            "address": self.address,
            "email": self.email,
        }
        for key, edit in names.items():
            edit.setObjectName(f"{self.prefix}{key}")
            edit.returnPressed.connect(self.submitted)
        self.id_type.setObjectName(f"{self.prefix}id_type")
        self.edits: dict[str, QLineEdit] = {self.prefix + k: v for k, v in names.items()}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self._row(form, self.tr("Họ và tên:"), "full_name", self.full_name)
        id_row = QWidget()
        id_layout = QHBoxLayout(id_row)
        id_layout.setContentsMargins(0, 0, 0, 0)
        id_layout.addWidget(self.id_type, 0)
        id_layout.addWidget(self.id_number, 1)
        self.id_number.setMinimumWidth(140)
        self._row(form, self.tr("Giấy tờ tùy thân:"), "id_number", id_row)
        self.errors[self.prefix + "id_type"] = self.errors[self.prefix + "id_number"]
        if not representative:
            self._row(form, self.tr("Ngày sinh:"), "birth_date", self.birth_date)
            self._row(form, self.tr("Điện thoại:"), "phone", self.phone)
            self._row(form, self.tr("Địa chỉ:"), "address", self.address)
            self._row(form, self.tr("E-mail:"), "email", self.email)
        self.representative = representative

    def _row(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> None:
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        error.setObjectName(f"{self.prefix}{key}_error")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, box)
        self.errors[self.prefix + key] = error

    def value(self) -> PersonInput:
        return PersonInput(
            full_name=self.full_name.text(),
            id_type=str(self.id_type.currentData()),
            id_number=self.id_number.text(),
            birth_date=self._birth_date(),
            phone=self.phone.text(),
            address=self.address.text(),
            email=self.email.text(),
        )

    def _birth_date(self) -> date | None:
        text = self.birth_date.text().strip()
        if not text:
            return None
        try:
            return datetime.strptime(text, BIRTH_FORMAT).date()
        except ValueError:
            return date.max  # reported by validation as an impossible date of birth

    def show_error(self, field: str, message: str) -> bool:
        """Show ``message`` under ``field`` if it is one of this form's; True if it was."""
        label = self.errors.get(field)
        if label is None:
            return False
        label.setText(message)
        label.setVisible(True)
        edit = self.edits.get(field)
        if edit is not None:
            edit.setStyleSheet(INVALID_FIELD_STYLE)
        return True

    def first_invalid(self) -> QLineEdit | None:
        for key, edit in self.edits.items():
            label = self.errors.get(key)
            if label is not None and label.isVisible():
                return edit
        return None

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)
        for edit in self.edits.values():
            edit.setStyleSheet("")

    def clear(self) -> None:
        for edit in self.edits.values():
            edit.clear()
        self.id_type.setCurrentIndex(0)
        self.clear_errors()
