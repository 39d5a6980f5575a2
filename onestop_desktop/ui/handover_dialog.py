"""Chuyển xử lý: the officer or department the dossier goes to, with a note (the control trail)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from onestop_desktop.ui.action_dialog import ActionDialog


@dataclass(frozen=True)
class HandOverInput:
    to_body: str
    note: str | None


class HandoverDialog(ActionDialog):
    def __init__(
        self,
        heading: str,
        suggestions: Sequence[str],
        submit: Callable[[HandOverInput], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Chuyển hồ sơ để giải quyết"), heading, submit, parent)
        self.to_body = QComboBox()
        self.to_body.setObjectName("toBody")
        self.to_body.setEditable(True)
        self.to_body.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.to_body.addItems(list(dict.fromkeys(suggestions)))
        self.to_body.setCurrentText("")
        line = self.to_body.lineEdit()
        assert line is not None
        line.setMaxLength(200)
        line.setPlaceholderText(self.tr("Ví dụ: Công chức Tư pháp - Hộ tịch"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMaxLength(500)
        self.add_row(self.tr("Chuyển cho:"), self.to_body, "to_body")
        self.add_row(self.tr("Ghi chú:"), self.note, "note")
        self.to_body.setFocus()

    def value(self) -> HandOverInput:
        return HandOverInput(self.to_body.currentText().strip(), self.note.text().strip() or None)
