"""Add or edit a counter: its number, name, the services it serves (at least one), in use or not.

Non-blocking: ``open()`` it; ``submit(values)`` is called on OK and must call back ``failed(exc)``
(the refusal shows inline, the dialog stays) or ``accept()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.services.queue_settings import (
    COUNTER_MAX,
    COUNTER_MIN,
    CounterSettings,
    LaneSettings,
)
from onestop_desktop.ui.form_helpers import clear_inline_errors, error_label, show_failure


class CounterDialog(QDialog):
    def __init__(
        self,
        counter: CounterSettings | None,
        lanes: Sequence[LaneSettings],
        submit: Callable[[dict[str, Any]], None],
        english: bool = False,
        next_number: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.counter_id = counter.id if counter else None
        self.setWindowTitle(
            self.tr("Thêm quầy")
            if counter is None
            else self.tr("Sửa quầy {0}").format(counter.number)
        )
        self.setMinimumWidth(520)
        self.number = QSpinBox()
        self.number.setObjectName("number")
        self.number.setRange(COUNTER_MIN, COUNTER_MAX)
        self.number.setValue(counter.number if counter else next_number)
        self.name = QLineEdit(counter.name if counter else "")
        self.name.setObjectName("name")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("Để trống: “Quầy <số>”"))
        self.services = QListWidget()
        self.services.setObjectName("services")
        serving = set(counter.service_ids) if counter else set()
        for lane in lanes:
            if not lane.active and lane.id not in serving:
                continue
            name = (lane.name_en if english else None) or lane.name_vi
            text = f"{lane.prefix} · {name}"
            if not lane.active:
                text += " " + self.tr("(đã ngừng)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, lane.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if lane.id in serving else Qt.CheckState.Unchecked
            )
            self.services.addItem(item)
        self.services.setMinimumHeight(160)
        self.active = QCheckBox(self.tr("Đang hoạt động"))
        self.active.setObjectName("active")
        self.active.setChecked(counter.active if counter else True)
        form = QFormLayout()
        form.addRow(self.tr("Số quầy:"), self.number)
        form.addRow(self.tr("Tên quầy:"), self.name)
        form.addRow(self.tr("Phục vụ các dịch vụ:"), self.services)
        form.addRow("", self.active)
        hint = QLabel(
            self.tr(
                "Quầy chỉ gọi số của các dịch vụ được đánh dấu. Không xóa quầy: bỏ chọn "
                "“Đang hoạt động” để ngừng dùng."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.fields = {"name": self.name}
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

    def set_serving(self, service_ids: Sequence[int]) -> None:
        for row in range(self.services.count()):
            item = self.services.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in service_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def serving(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for row in range(self.services.count())
            if (item := self.services.item(row)).checkState() == Qt.CheckState.Checked
        ]

    def values(self) -> dict[str, Any]:
        return {
            "counter_id": self.counter_id,
            "number": self.number.value(),
            "name": self.name.text(),
            "service_ids": self.serving(),
            "active": self.active.isChecked(),
        }

    def _on_ok(self) -> None:
        clear_inline_errors(self.error, list(self.fields.values()))
        self.buttons.setEnabled(False)
        self._submit(self.values())

    def failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self.fields, exc)
