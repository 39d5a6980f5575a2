"""Add or edit a queue service (lane): prefix, names, number range, in use or not.

Non-blocking: ``open()`` it; ``submit(values)`` is called on OK and must call back ``failed(exc)``
(the refusal shows inline, the dialog stays) or ``accept()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.services.queue_settings import RANGE_MAX, RANGE_MIN, LaneSettings
from onestop_desktop.ui.form_helpers import clear_inline_errors, error_label, show_failure


class QueueServiceDialog(QDialog):
    def __init__(
        self,
        lane: LaneSettings | None,
        submit: Callable[[dict[str, Any]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.lane_id = lane.id if lane else None
        self.setWindowTitle(
            self.tr("Thêm dịch vụ")
            if lane is None
            else self.tr("Sửa dịch vụ {0}").format(lane.prefix)
        )
        self.setMinimumWidth(560)
        self.prefix = QLineEdit(lane.prefix if lane else "")
        self.prefix.setObjectName("prefix")
        self.prefix.setMaxLength(2)
        self.prefix.setMaximumWidth(80)
        self.prefix.textEdited.connect(self._upper)
        self.name_vi = QLineEdit(lane.name_vi if lane else "")
        self.name_vi.setObjectName("nameVi")
        self.name_vi.setMaxLength(200)
        self.name_en = QLineEdit((lane.name_en or "") if lane else "")
        self.name_en.setObjectName("nameEn")
        self.name_en.setMaxLength(200)
        self.range_start = QSpinBox()
        self.range_start.setObjectName("rangeStart")
        self.range_end = QSpinBox()
        self.range_end.setObjectName("rangeEnd")
        for spin, value in (
            (self.range_start, lane.range_start if lane else 1),
            (self.range_end, lane.range_end if lane else 999),
        ):
            spin.setRange(RANGE_MIN, RANGE_MAX)
            spin.setValue(value)
        self.active = QCheckBox(self.tr("Đang hoạt động (máy lấy số và các quầy dùng dịch vụ này)"))
        self.active.setObjectName("active")
        self.active.setChecked(lane.active if lane else True)
        numbers = QHBoxLayout()
        numbers.addWidget(QLabel(self.tr("từ")))
        numbers.addWidget(self.range_start)
        numbers.addWidget(QLabel(self.tr("đến")))
        numbers.addWidget(self.range_end)
        numbers.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Ký hiệu (1–2 chữ cái):"), self.prefix)
        form.addRow(self.tr("Tên dịch vụ:"), self.name_vi)
        form.addRow(self.tr("Tên tiếng Anh (không bắt buộc):"), self.name_en)
        form.addRow(self.tr("Dải số trong ngày:"), numbers)
        form.addRow("", self.active)
        hint = QLabel(
            self.tr(
                "Số thứ tự bắt đầu lại mỗi ngày từ số đầu. Không xóa dịch vụ: bỏ chọn "
                "“Đang hoạt động” để ngừng dùng; lịch sử số vẫn được giữ."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.fields = {"prefix": self.prefix, "name_vi": self.name_vi, "name_en": self.name_en}
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _upper(self, text: str) -> None:
        if text != text.upper():
            position = self.prefix.cursorPosition()
            self.prefix.setText(text.upper())
            self.prefix.setCursorPosition(position)

    def values(self) -> dict[str, Any]:
        return {
            "service_id": self.lane_id,
            "prefix": self.prefix.text(),
            "name_vi": self.name_vi.text(),
            "name_en": self.name_en.text(),
            "range_start": self.range_start.value(),
            "range_end": self.range_end.value(),
            "active": self.active.isChecked(),
        }

    def _on_ok(self) -> None:
        clear_inline_errors(self.error, list(self.fields.values()))
        self.buttons.setEnabled(False)
        self._submit(self.values())

    def failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self.fields, exc)
