"""The administrator's queue page: the services (lanes) with their prefix and number range, the
counters and the services each serves, and the priority rules (interleave, categories, recalls
before a no-show). Refusals are shown in words beside what was wrong; nothing is ever deleted."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.queue import PRIORITY_CATEGORIES
from onestop_desktop.services.queue_settings import (
    MAX_NO_SHOW_AFTER_RECALLS,
    MAX_PRIORITY_AFTER_NORMALS,
    CounterSettings,
    LaneSettings,
    QueueSettings,
    QueueSetup,
    queue_setup,
    save_counter,
    save_service,
    set_queue_settings,
)
from onestop_desktop.ui.counter_dialog import CounterDialog
from onestop_desktop.ui.form_helpers import ERROR_STYLE
from onestop_desktop.ui.labels import priority_label
from onestop_desktop.ui.messages import error_text
from onestop_desktop.ui.queue_service_dialog import QueueServiceDialog
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.table_model import Column, RowsModel

INFO_STYLE = "color: #1b5e20; font-weight: 600;"


def _table(model: RowsModel[Any], name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class QueueSettingsPage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.english = session.language == "en"
        self.setup: QueueSetup | None = None
        self.service_dialog: QueueServiceDialog | None = None
        self.counter_dialog: CounterDialog | None = None
        self.services: RowsModel[LaneSettings] = RowsModel(
            [
                Column(self.tr("Ký hiệu"), lambda s: s.prefix),
                Column(self.tr("Tên dịch vụ"), lambda s: s.name_vi),
                Column(self.tr("Tên tiếng Anh"), lambda s: s.name_en or ""),
                Column(self.tr("Dải số"), lambda s: f"{s.range_start}–{s.range_end}"),
                Column(
                    self.tr("Trạng thái"),
                    lambda s: self.tr("Đang hoạt động") if s.active else self.tr("Đã ngừng"),
                ),
            ],
            self,
        )
        self.counters: RowsModel[CounterSettings] = RowsModel(
            [
                Column(self.tr("Quầy"), lambda c: c.number, align_right=True),
                Column(self.tr("Tên quầy"), lambda c: c.name),
                Column(self.tr("Phục vụ"), self._serving_text),
                Column(self.tr("Trạng thái"), self._counter_status),
            ],
            self,
        )
        self.services_view = _table(self.services, "servicesTable")
        self.services_view.doubleClicked.connect(self.edit_service)
        self.counters_view = _table(self.counters, "countersTable")
        self.counters_view.doubleClicked.connect(self.edit_counter)

        add_service = QPushButton(self.tr("Thêm dịch vụ…"))
        add_service.setObjectName("addService")
        add_service.clicked.connect(self.add_service)
        edit_service = QPushButton(self.tr("Sửa dịch vụ…"))
        edit_service.setObjectName("editService")
        edit_service.clicked.connect(self.edit_service)
        services_box = QGroupBox(self.tr("Dịch vụ (hàng chờ) và ký hiệu số"))
        services_layout = QVBoxLayout(services_box)
        services_layout.addWidget(self.services_view)
        services_layout.addLayout(_row(add_service, edit_service))

        add_counter = QPushButton(self.tr("Thêm quầy…"))
        add_counter.setObjectName("addCounter")
        add_counter.clicked.connect(self.add_counter)
        edit_counter = QPushButton(self.tr("Sửa quầy…"))
        edit_counter.setObjectName("editCounter")
        edit_counter.clicked.connect(self.edit_counter)
        counters_box = QGroupBox(self.tr("Quầy và các dịch vụ quầy phục vụ"))
        counters_layout = QVBoxLayout(counters_box)
        counters_layout.addWidget(self.counters_view)
        counters_layout.addLayout(_row(add_counter, edit_counter))

        self.priority_after = QSpinBox()
        self.priority_after.setObjectName("priorityAfterNormals")
        self.priority_after.setRange(0, MAX_PRIORITY_AFTER_NORMALS)
        self.recalls = QSpinBox()
        self.recalls.setObjectName("noShowAfterRecalls")
        self.recalls.setRange(0, MAX_NO_SHOW_AFTER_RECALLS)
        for spin in (self.priority_after, self.recalls):
            spin.setMaximumWidth(90)
        self.categories: dict[str, QCheckBox] = {}
        categories_box = QVBoxLayout()
        for code in PRIORITY_CATEGORIES:
            box = QCheckBox(priority_label(code))
            box.setObjectName(f"category_{code}")
            self.categories[code] = box
            categories_box.addWidget(box)
        self.save_rules = QPushButton(self.tr("Lưu quy tắc ưu tiên"))
        self.save_rules.setObjectName("saveRules")
        self.save_rules.clicked.connect(self.save_priority_rules)
        self.rules_message = QLabel()
        self.rules_message.setObjectName("rulesMessage")
        self.rules_message.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "Gọi xen kẽ công bằng: sau mỗi N số thường, quầy gọi 1 số ưu tiên (nếu có người "
                "ưu tiên đang chờ). N = 0: người ưu tiên luôn được gọi trước."
            )
        )
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #555;")
        rules_form = QFormLayout()
        rules_form.addRow(self.tr("Số thường trước 1 số ưu tiên (N):"), self.priority_after)
        rules_form.addRow(self.tr("Đối tượng ưu tiên ở máy lấy số:"), categories_box)
        rules_form.addRow(self.tr("Số lần gọi lại trước khi báo vắng:"), self.recalls)
        rules_box = QGroupBox(self.tr("Quy tắc ưu tiên"))
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(explain)
        rules_layout.addLayout(rules_form)
        rules_layout.addLayout(_row(self.save_rules))
        rules_layout.addWidget(self.rules_message)
        rules_layout.addStretch(1)

        self.message = QLabel()
        self.message.setObjectName("pageMessage")
        self.message.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(services_box, 1)
        left.addWidget(counters_box, 1)
        left.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(rules_box, 2)

    # -- reading -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self.session.read(queue_setup, self._show, self._page_failed)

    def _show(self, setup: QueueSetup) -> None:
        self.setup = setup
        self.services.set_rows(setup.services)
        self.counters.set_rows(setup.counters)
        self._show_rules(setup.settings)

    def _show_rules(self, rules: QueueSettings) -> None:
        self.priority_after.setValue(rules.priority_after_normals)
        self.recalls.setValue(rules.no_show_after_recalls)
        for code, box in self.categories.items():
            box.setChecked(code in rules.priority_categories)

    def _page_failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(exc))

    def _serving_text(self, c: CounterSettings) -> str:
        lanes = {s.id: s for s in self.setup.services} if self.setup else {}
        parts = []
        for service_id in c.service_ids:
            lane = lanes.get(service_id)
            if lane is not None:
                name = (lane.name_en if self.english else None) or lane.name_vi
                parts.append(f"{lane.prefix} · {name}")
        return ", ".join(parts)

    def _counter_status(self, c: CounterSettings) -> str:
        if not c.active:
            return self.tr("Đã ngừng")
        if c.paused_reason:
            return self.tr("Tạm dừng: {0}").format(c.paused_reason)
        return self.tr("Đang hoạt động")

    # -- services ------------------------------------------------------------------------------
    def add_service(self) -> None:
        self._open_service(None)

    def edit_service(self) -> None:
        rows = self.services_view.selectionModel().selectedRows()
        if not rows:
            self._say(self.tr("Chọn một dịch vụ trong bảng để sửa."), error=True)
            return
        self._open_service(self.services.row_at(rows[0].row()))

    def _open_service(self, lane: LaneSettings | None) -> None:
        dialog = QueueServiceDialog(lane, self._save_service, self)
        self.service_dialog = dialog
        dialog.open()

    def _save_service(self, values: dict[str, Any]) -> None:
        dialog = self.service_dialog
        assert dialog is not None

        def saved(lane: LaneSettings) -> None:
            dialog.accept()
            self._say(self.tr("Đã lưu dịch vụ {0} · {1}.").format(lane.prefix, lane.name_vi))
            self.refresh()

        self.session.write(save_service, saved, dialog.failed, **values)

    # -- counters ------------------------------------------------------------------------------
    def add_counter(self) -> None:
        self._open_counter(None)

    def edit_counter(self) -> None:
        rows = self.counters_view.selectionModel().selectedRows()
        if not rows:
            self._say(self.tr("Chọn một quầy trong bảng để sửa."), error=True)
            return
        self._open_counter(self.counters.row_at(rows[0].row()))

    def _open_counter(self, counter: CounterSettings | None) -> None:
        setup = self.setup
        lanes = setup.services if setup else ()
        taken = {c.number for c in setup.counters} if setup else set()
        free = next((n for n in range(1, 100) if n not in taken), 1)
        dialog = CounterDialog(counter, lanes, self._save_counter, self.english, free, self)
        self.counter_dialog = dialog
        dialog.open()

    def _save_counter(self, values: dict[str, Any]) -> None:
        dialog = self.counter_dialog
        assert dialog is not None

        def saved(counter: CounterSettings) -> None:
            dialog.accept()
            self._say(self.tr("Đã lưu quầy {0}.").format(counter.number))
            self.refresh()

        self.session.write(save_counter, saved, dialog.failed, **values)

    # -- priority rules ------------------------------------------------------------------------
    def save_priority_rules(self) -> None:
        chosen = [code for code, box in self.categories.items() if box.isChecked()]
        self.save_rules.setEnabled(False)

        def saved(rules: QueueSettings) -> None:
            self.save_rules.setEnabled(True)
            self._show_rules(rules)
            self.rules_message.setStyleSheet(INFO_STYLE)
            self.rules_message.setText(self.tr("Đã lưu; các quầy áp dụng ngay từ lần gọi sau."))

        def refused(exc: BaseException) -> None:
            self.save_rules.setEnabled(True)
            self.rules_message.setStyleSheet(ERROR_STYLE)
            self.rules_message.setText(error_text(exc))

        self.session.write(
            set_queue_settings,
            saved,
            refused,
            self.priority_after.value(),
            chosen,
            self.recalls.value(),
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.setText(text)


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
