"""Which counter is this PC? Asked once after login (the choice is kept in DATA/this-pc.json) and
again from the counter panel's "Đổi quầy…".

Non-blocking: ``open()`` it; ``submit(number)`` is called on OK (or a double-click / Enter on a
counter) and must call back ``failed(exc)`` or ``accept()``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.services.queue_dto import CounterRow
from onestop_desktop.ui.form_helpers import error_label, show_inline_error
from onestop_desktop.ui.messages import error_text


class CounterChoiceDialog(QDialog):
    def __init__(
        self,
        counters: Sequence[CounterRow],
        prefixes: Mapping[int, str],
        current: int | None,
        submit: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Chọn quầy cho máy này"))
        self.setMinimumWidth(520)
        prompt = QLabel(
            self.tr(
                "Máy tính này là quầy nào? Lựa chọn được ghi nhớ cho máy này; "
                "đổi lại bằng nút “Đổi quầy…” trên bảng điều khiển quầy."
            )
        )
        prompt.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("counterList")
        font = self.list.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.list.setFont(font)
        for counter in counters:
            lanes = ", ".join(prefixes.get(i, "?") for i in counter.service_ids)
            text = self.tr("Quầy {0} — {1} (dịch vụ: {2})").format(
                counter.number, counter.name, lanes or "—"
            )
            if counter.paused_reason:
                text += " · " + self.tr("đang tạm dừng")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, counter.number)
            self.list.addItem(item)
            if counter.number == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self._on_ok())
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.list.setFocus()

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def choose(self, number: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == number:
                self.list.setCurrentRow(row)
                return

    def _on_ok(self) -> None:
        number = self.chosen()
        if number is None:
            show_inline_error(self.error, self.tr("Chọn một quầy trong danh sách."))
            return
        self.error.setVisible(False)
        self.buttons.setEnabled(False)
        self._submit(number)

    def failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_inline_error(self.error, error_text(exc))
