"""The counter panel, above the tabs of the clerk's window: this PC's counter, the ticket at the
counter (large), the waiting count per service, the actions with their keys, and the tickets
waiting for this counter in the order "call next" takes them.

Keys (anywhere in the window): F5 call next, F6 recall, F7 no-show, F8 start serving, F9 finish,
F10 transfer…, F12 pause/resume. Double-click or Enter on a waiting ticket calls that one.

Everything runs on the worker: the panel reads the counter's state every ``REFRESH_MS`` and at
once after each action. A refusal (paused counter, nobody called, finished ticket…) is shown on
the panel in words; nothing is changed then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.processing_dto import RatingCounts
from onestop_desktop.services.queue import (
    call_next,
    call_ticket,
    counter_state,
    finish_service,
    list_counters,
    list_services,
    mark_no_show,
    pause_counter,
    recall,
    resume_counter,
    start_service,
    transfer_ticket,
)
from onestop_desktop.services.queue_dto import CounterRow, CounterState, ServiceRow, TicketRow
from onestop_desktop.services.ratings import ratings_today
from onestop_desktop.ui.counter_choice_dialog import CounterChoiceDialog
from onestop_desktop.ui.form_helpers import ERROR_STYLE
from onestop_desktop.ui.labels import priority_label
from onestop_desktop.ui.messages import error_text
from onestop_desktop.ui.reason_dialog import ReasonDialog
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.table_model import Column, RowsModel
from onestop_desktop.ui.this_pc import counter_number, set_counter_number
from onestop_desktop.ui.transfer_dialog import TransferDialog
from onestop_desktop.ui.worker import start_refresh_timer

REFRESH_MS = 2_000
INFO_STYLE = "color: #1b5e20; font-weight: 600;"
PANEL_STYLE = """
CounterPanel { background: #eef3f9; border-bottom: 2px solid #9fb6d3; }
QLabel#currentTicket { color: #0b57d0; }
QLabel#pausedBanner { background: #fff3cd; color: #7a4b00; border: 1px solid #e0b84c;
                      border-radius: 4px; padding: 2px 8px; font-weight: 600; }
QPushButton { padding: 6px 10px; }
QPushButton#callNext { font-weight: 700; background: #0b57d0; color: white;
                       border: 1px solid #0842a0; border-radius: 4px; }
QPushButton#callNext:disabled { background: #9db7e0; }
"""


def _minutes(since: datetime | None, now: datetime) -> int:
    return 0 if since is None else max(0, int((now - since).total_seconds() // 60))


def _panel_state(ctx: ServiceContext, counter_id: int) -> tuple[CounterState, RatingCounts]:
    """The counter's state and today's rating counts (counts only: ratings are anonymous)."""
    return counter_state(ctx, counter_id), ratings_today(ctx, counter_id)


def _transfer_choices(ctx: ServiceContext) -> tuple[list[ServiceRow], list[CounterRow]]:
    return list_services(ctx), list_counters(ctx)


class CounterPanel(QFrame):
    """Emits ``current_ticket_changed(ticket_id | None)`` when the ticket at the counter changes
    (the intake tab links dossiers to it) and ``counter_changed(text)`` for the status bar."""

    current_ticket_changed = Signal(object)
    counter_changed = Signal(str)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.english = session.language == "en"
        self.setObjectName("counterPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.counters: list[CounterRow] = []
        self.prefixes: dict[int, str] = {}
        self.counter: CounterRow | None = None
        self.state: CounterState | None = None
        self.loaded = False
        self._ask_if_unset = False
        self._open_choice = False
        self._refreshing = False
        self._current_id: int | None = None
        self._counter_text = ""
        self.timer: QTimer | None = None
        self.choice_dialog: CounterChoiceDialog | None = None
        self.transfer_dialog: TransferDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        self._build()
        self._shortcuts()
        self._show_state(None)
        self.load_counters()

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        base = self.font().pointSizeF()
        self.counter_title = QLabel(self.tr("Chưa chọn quầy"))
        self.counter_title.setObjectName("counterTitle")
        self.counter_title.setFont(_font(base * 1.6, bold=True))
        self.paused_banner = QLabel()
        self.paused_banner.setObjectName("pausedBanner")
        self.paused_banner.setWordWrap(True)
        self.paused_banner.setVisible(False)
        self.change_counter = QPushButton(self.tr("Đổi quầy…"))
        self.change_counter.setObjectName("changeCounter")
        self.change_counter.clicked.connect(self.choose_counter)
        counter_box = QVBoxLayout()
        counter_box.addWidget(self.counter_title)
        counter_box.addWidget(self.paused_banner)
        counter_box.addStretch(1)
        counter_box.addWidget(self.change_counter)

        self.ticket_label = QLabel("—")
        self.ticket_label.setObjectName("currentTicket")
        self.ticket_label.setFont(_font(base * 3.6, bold=True))
        self.ticket_label.setMinimumWidth(int(base * 26))
        self.ticket_service = QLabel()
        self.ticket_service.setObjectName("currentService")
        self.ticket_service.setFont(_font(base * 1.15, bold=True))
        self.ticket_service.setWordWrap(True)
        self.ticket_status = QLabel()
        self.ticket_status.setObjectName("currentStatus")
        self.ticket_status.setFont(_font(base * 1.1))
        self.ticket_status.setWordWrap(True)
        ticket_box = QVBoxLayout()
        ticket_box.setSpacing(0)
        ticket_box.addWidget(QLabel(self.tr("Số đang phục vụ")))
        ticket_box.addWidget(self.ticket_label)
        ticket_box.addWidget(self.ticket_service)
        ticket_box.addWidget(self.ticket_status)
        ticket_box.addStretch(1)

        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        actions: list[tuple[str, str, Callable[[], None]]] = [
            ("callNext", self.tr("Gọi số tiếp theo (F5)"), self.call_next),
            ("recall", self.tr("Gọi lại (F6)"), self.recall),
            ("noShow", self.tr("Vắng mặt (F7)"), self.mark_no_show),
            ("start", self.tr("Bắt đầu phục vụ (F8)"), self.start_service),
            ("finish", self.tr("Hoàn thành (F9)"), self.finish_service),
            ("transfer", self.tr("Chuyển… (F10)"), self.transfer),
            ("pause", self.tr("Tạm dừng (F12)"), self.toggle_pause),
        ]
        for index, (name, text, slot) in enumerate(actions):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys work wherever the focus is
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setMinimumHeight(int(base * 3.2))
            button.clicked.connect(slot)
            self.buttons[name] = button
            grid.addWidget(button, index // 4, index % 4)
        self.buttons["callNext"].setFont(_font(base * 1.15, bold=True))
        self.message = QLabel()
        self.message.setObjectName("panelMessage")
        self.message.setWordWrap(True)
        self.message.setFont(_font(base * 1.05))
        self.message.setMinimumHeight(int(base * 2.2))
        # Today's counts from this counter's rating panel: counts only, ratings are anonymous.
        self.ratings_label = QLabel()
        self.ratings_label.setObjectName("ratingsToday")
        self.ratings_label.setWordWrap(True)
        actions_box = QVBoxLayout()
        actions_box.addLayout(grid)
        actions_box.addWidget(self.message)
        actions_box.addStretch(1)
        actions_box.addWidget(self.ratings_label)

        self.lanes_label = QLabel()
        self.lanes_label.setObjectName("waitingPerService")
        self.lanes_label.setWordWrap(True)
        self.waiting: RowsModel[TicketRow] = RowsModel(
            [
                Column(self.tr("Số"), lambda t: t.label),
                Column(self.tr("Dịch vụ"), self._lane_text),
                Column(self.tr("Ưu tiên"), lambda t: priority_label(t.priority_category)),
                Column(self.tr("Lấy số lúc"), lambda t: f"{t.issued_at:%H:%M}"),
                Column(self.tr("Đã chờ"), self._waited_text, align_right=True),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("waitingTable")
        self.table.setModel(self.waiting)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the service's name
        rows = 5  # whole rows, no half row cut off at the bottom
        self.table.setFixedHeight(
            header.sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self.table.activated.connect(self._call_row)  # double-click or Enter
        waiting_box = QVBoxLayout()
        waiting_box.addWidget(self.lanes_label)
        waiting_box.addWidget(self.table, 1)

        # With a counter: everything. Without one: a one-line strip that says so and offers
        # the choice (an administrator's window, a ward with no counters yet).
        self.full = QWidget()
        full = QHBoxLayout(self.full)
        full.setContentsMargins(0, 0, 0, 0)
        full.setSpacing(14)
        full.addLayout(counter_box)
        full.addWidget(_separator())
        full.addLayout(ticket_box)
        full.addWidget(_separator())
        full.addLayout(actions_box, 3)
        full.addWidget(_separator())
        full.addLayout(waiting_box, 2)
        self.unset_strip = QWidget()
        strip = QHBoxLayout(self.unset_strip)
        strip.setContentsMargins(0, 0, 0, 0)
        unset_title = QLabel(self.tr("Máy này chưa được gán quầy."))
        unset_title.setFont(_font(base * 1.1, bold=True))
        self.unset_message = QLabel()
        self.unset_message.setObjectName("unsetMessage")
        self.unset_message.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Chọn quầy…"))
        self.choose_button.setObjectName("chooseCounter")
        self.choose_button.clicked.connect(self.choose_counter)
        strip.addWidget(unset_title)
        strip.addWidget(self.unset_message, 1)
        strip.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.full)
        layout.addWidget(self.unset_strip)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _shortcuts(self) -> None:
        bindings: list[tuple[Qt.Key, Callable[[], None]]] = [
            (Qt.Key.Key_F5, self.call_next),
            (Qt.Key.Key_F6, self.recall),
            (Qt.Key.Key_F7, self.mark_no_show),
            (Qt.Key.Key_F8, self.start_service),
            (Qt.Key.Key_F9, self.finish_service),
            (Qt.Key.Key_F10, self.transfer),
            (Qt.Key.Key_F12, self.toggle_pause),
        ]
        self.shortcuts: list[QShortcut] = []
        for key, slot in bindings:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    # -- the counter of this PC ------------------------------------------------------------------
    def load_counters(self) -> None:
        self.session.read(_transfer_choices, self._counters_loaded, self._refused)

    def ask_if_unset(self) -> None:
        """After login: ask which counter this PC is if none is remembered (or it is gone)."""
        if not self.loaded:
            self._ask_if_unset = True
        elif self.counter is None and self.counters:
            self._open_choice_dialog()

    def choose_counter(self) -> None:
        """ "Đổi quầy…": read the counters afresh, then ask."""
        self._open_choice = True
        self.load_counters()

    def _counters_loaded(self, result: tuple[list[ServiceRow], list[CounterRow]]) -> None:
        services, counters = result
        self.loaded = True
        self.counters = counters
        self.prefixes = {s.id: s.prefix for s in services}
        if self.counter is None:
            remembered = counter_number(self.session.location)
            match = self._by_number(remembered)
            if match is not None:
                self._use(match)
            elif remembered is not None:
                self._say(
                    self.tr(
                        "Quầy {0} đã lưu cho máy này không còn hoạt động; hãy chọn quầy khác."
                    ).format(remembered),
                    error=True,
                )
        ask = self._open_choice or (self._ask_if_unset and self.counter is None)
        self._open_choice = self._ask_if_unset = False
        if not counters:
            self._say(
                self.tr(
                    "Chưa có quầy nào. Quản trị viên thêm quầy ở thẻ Quản trị → “Quầy và dịch vụ”."
                ),
                error=True,
            )
        elif ask:
            self._open_choice_dialog()

    def _by_number(self, number: int | None) -> CounterRow | None:
        return next((c for c in self.counters if c.number == number), None)

    def _open_choice_dialog(self) -> None:
        current = self.counter.number if self.counter else counter_number(self.session.location)
        dialog = CounterChoiceDialog(
            self.counters, self.prefixes, current, self._counter_chosen, self
        )
        self.choice_dialog = dialog
        dialog.open()

    def _counter_chosen(self, number: int) -> None:
        dialog = self.choice_dialog
        assert dialog is not None
        counter = self._by_number(number)
        if counter is None:  # the list is fresh; this cannot happen short of a race
            self.choose_counter()
            dialog.reject()
            return
        try:
            set_counter_number(self.session.location, number)
        except OSError as exc:
            dialog.failed(exc)
            return
        dialog.accept()
        self._use(counter)
        self._say(self.tr("Máy này là quầy {0}.").format(number))

    def _use(self, counter: CounterRow) -> None:
        changed = self.counter is None or self.counter.id != counter.id
        self.counter = counter
        self.session.actor = replace(self.session.actor, counter_id=counter.id)
        self.counter_title.setText(self.tr("Quầy {0}").format(counter.number))
        self._announce_counter(self.tr("Quầy {0}").format(counter.number))
        if changed:
            self.state = None
            self._show_state(None)
            self._show_ratings(None)
        if self.timer is None:
            self.timer = start_refresh_timer(self, REFRESH_MS, self.refresh)
        else:
            self.refresh_now()

    # -- reading the state -----------------------------------------------------------------------
    def refresh(self) -> None:
        """The timer's read: skipped while one is already on its way."""
        if not self._refreshing:
            self.refresh_now()

    def refresh_now(self) -> None:
        if self.counter is None:
            return
        self._refreshing = True
        self.session.read(_panel_state, self._state_read, self._state_failed, self.counter.id)

    def _state_read(self, result: tuple[CounterState, RatingCounts]) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed while the read was on its way
        self._refreshing = False
        state, ratings = result
        if self.counter is None or state.counter.id != self.counter.id:
            return  # a read for the counter this PC was before a change
        self.counter = state.counter
        self._show_state(state)
        self._show_ratings(ratings)

    def _show_ratings(self, counts: RatingCounts | None) -> None:
        """Today's counts from the rating panel: how many, never who."""
        if counts is None:
            self.ratings_label.setText("")
            return
        self.ratings_label.setText(
            self.tr(
                "Đánh giá hôm nay: {0} rất hài lòng · {1} hài lòng · {2} chưa hài lòng · "
                "{3} không hài lòng"
            ).format(
                counts.very_satisfied,
                counts.satisfied,
                counts.unsatisfied,
                counts.very_unsatisfied,
            )
        )

    def _state_failed(self, exc: BaseException) -> None:
        self._refreshing = False
        self._say(error_text(exc), error=True)

    def _show_state(self, state: CounterState | None) -> None:
        self.state = state
        now = self.session.runner.clock.now()
        current = state.current if state else None
        if current is None:
            self.ticket_label.setText("—")
            self.ticket_service.setText(
                self.tr("Chưa gọi số nào") if self.counter else self.tr("Chưa chọn quầy")
            )
            self.ticket_status.setText("")
        else:
            self.ticket_label.setText(current.label)
            service = f"{current.service_prefix} · {self._lane_name(current)}"
            if current.priority_category:
                service += " · " + priority_label(current.priority_category)
            self.ticket_service.setText(service)
            self.ticket_status.setText(self._status_text(current, now))
        paused = self.counter.paused_reason if self.counter else None
        self.paused_banner.setVisible(paused is not None)
        self.paused_banner.setText(self.tr("Tạm dừng: {0}").format(paused or ""))
        self.buttons["pause"].setText(
            self.tr("Tiếp tục (F12)") if paused is not None else self.tr("Tạm dừng (F12)")
        )
        if self.counter is not None:
            title = self.tr("Quầy {0}").format(self.counter.number)
            if paused is not None:
                title += " · " + self.tr("tạm dừng")
            self._announce_counter(title)
        self.full.setVisible(self.counter is not None)
        self.unset_strip.setVisible(self.counter is None)
        lanes = state.waiting_per_service if state else ()
        if lanes:
            parts = [
                self.tr("<b>{0}</b> {1}: <b>{2}</b>").format(
                    s.prefix, (s.name_en if self.english else None) or s.name_vi, s.waiting
                )
                for s in lanes
            ]
            self.lanes_label.setText(self.tr("Đang chờ — ") + " · ".join(parts))
        else:
            self.lanes_label.setText(self.tr("Đang chờ"))
        selected = self._selected_waiting()
        self.waiting.set_rows(state.waiting if state else ())
        if selected is not None:
            self._select_waiting(selected.id)
        self._enable(current)
        ticket_id = current.id if current else None
        if ticket_id != self._current_id:
            self._current_id = ticket_id
            self.current_ticket_changed.emit(ticket_id)

    def _announce_counter(self, text: str) -> None:
        """Tell the status bar, only when its text changes (not on every 2-second read)."""
        if text != self._counter_text:
            self._counter_text = text
            self.counter_changed.emit(text)

    def _enable(self, current: TicketRow | None) -> None:
        has_counter = self.counter is not None
        called = current is not None and current.status == "called"
        for name in ("callNext", "pause"):
            self.buttons[name].setEnabled(has_counter)
        for name in ("recall", "noShow", "start"):
            self.buttons[name].setEnabled(has_counter and called)
        self.buttons["finish"].setEnabled(has_counter and current is not None)
        self.buttons["transfer"].setEnabled(
            has_counter and (current is not None or self.waiting.rowCount() > 0)
        )

    def _lane_name(self, t: TicketRow) -> str:
        return (t.service_name_en if self.english else None) or t.service_name_vi

    def _lane_text(self, t: TicketRow) -> str:
        text = f"{t.service_prefix} · {self._lane_name(t)}"
        if self.counter is not None and t.target_counter_id == self.counter.id:
            text += " " + self.tr("(chuyển đến quầy này)")
        return text

    def _waited_text(self, t: TicketRow) -> str:
        return self.tr("{0} phút").format(_minutes(t.issued_at, self.session.runner.clock.now()))

    def _status_text(self, t: TicketRow, now: datetime) -> str:
        """Two short lines: where the ticket is now, and how long the citizen waited."""
        waited = self.tr("Đã chờ {0} phút trước khi được gọi").format(
            _minutes(t.issued_at, t.called_at or now)
        )
        if t.status == "serving":
            line = self.tr("Đang phục vụ: {0} phút (từ {1:%H:%M})").format(
                _minutes(t.started_at, now), t.started_at or now
            )
            return f"{line}\n{waited}"
        line = self.tr("Đã gọi lúc {0:%H:%M}, chưa đến quầy").format(t.called_at or now)
        if t.recall_count:
            line += " · " + self.tr("đã gọi lại {0} lần").format(t.recall_count)
        return f"{line}\n{waited}"

    def _selected_waiting(self) -> TicketRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.waiting.rowCount():
            return None
        return self.waiting.row_at(rows[0].row())

    def _select_waiting(self, ticket_id: int) -> None:
        for row in range(self.waiting.rowCount()):
            if self.waiting.row_at(row).id == ticket_id:
                self.table.selectRow(row)
                return

    # -- messages --------------------------------------------------------------------------------
    def _say(self, text: str, *, error: bool = False) -> None:
        for label in (self.message, self.unset_message):
            label.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
            label.setText(text)

    def _refused(self, exc: BaseException) -> None:
        self._say(error_text(exc), error=True)
        self.refresh_now()

    # -- actions ---------------------------------------------------------------------------------
    def _counter_id(self) -> int | None:
        if self.counter is None:
            self._say(self.tr("Máy này chưa được gán quầy: bấm “Chọn quầy…” trước."), error=True)
            return None
        return self.counter.id

    def _write(self, fn: Callable[..., Any], done: Callable[[Any], str | None], *args: Any) -> None:
        """Run an action on the worker; show what happened (or the refusal) and re-read."""

        def succeeded(result: Any) -> None:
            text = done(result)
            if text:
                self._say(text)
            self.refresh_now()

        self.session.write(fn, succeeded, self._refused, *args)

    def call_next(self) -> None:
        counter_id = self._counter_id()
        if counter_id is None:
            return
        self._write(call_next, self._called, counter_id)

    def _called(self, ticket: TicketRow | None) -> str:
        if ticket is None:
            return self.tr("Không còn số nào chờ ở quầy này.")
        assert self.counter is not None
        return self.tr("Mời số {0} đến quầy {1}.").format(ticket.label, self.counter.number)

    def _call_row(self) -> None:
        row = self._selected_waiting()
        counter_id = self._counter_id()
        if row is None or counter_id is None:
            return
        self._write(call_ticket, self._called, counter_id, row.id)

    def call_waiting(self, ticket_id: int) -> None:
        """Call one ticket of the waiting list out of order."""
        counter_id = self._counter_id()
        if counter_id is not None:
            self._write(call_ticket, self._called, counter_id, ticket_id)

    def recall(self) -> None:
        counter_id = self._counter_id()
        if counter_id is not None:
            self._write(
                recall,
                lambda t: self.tr("Đã gọi lại số {0} (lần {1}).").format(t.label, t.recall_count),
                counter_id,
            )

    def mark_no_show(self) -> None:
        counter_id = self._counter_id()
        if counter_id is not None:
            self._write(
                mark_no_show,
                lambda t: self.tr("Số {0}: vắng mặt.").format(t.label),
                counter_id,
            )

    def start_service(self) -> None:
        counter_id = self._counter_id()
        if counter_id is not None:
            self._write(
                start_service,
                lambda t: self.tr("Bắt đầu phục vụ số {0}.").format(t.label),
                counter_id,
            )

    def finish_service(self) -> None:
        counter_id = self._counter_id()
        if counter_id is not None:
            self._write(
                finish_service,
                lambda t: self.tr("Đã phục vụ xong số {0}.").format(t.label),
                counter_id,
            )

    def transfer(self) -> None:
        """Transfer the ticket at the counter, or else the waiting ticket selected in the list."""
        if self._counter_id() is None:
            return
        ticket = (self.state.current if self.state else None) or self._selected_waiting()
        if ticket is None:
            self._say(
                self.tr("Chưa có số để chuyển: gọi một số hoặc chọn một số trong danh sách chờ."),
                error=True,
            )
            return
        self.session.read(
            _transfer_choices, lambda choices: self._open_transfer(ticket, choices), self._refused
        )

    def _open_transfer(
        self, ticket: TicketRow, choices: tuple[list[ServiceRow], list[CounterRow]]
    ) -> None:
        services, counters = choices
        dialog = TransferDialog(
            ticket,
            services,
            counters,
            self.counter.id if self.counter else None,
            lambda service, counter: self._submit_transfer(ticket, service, counter),
            self.english,
            self,
        )
        self.transfer_dialog = dialog
        dialog.open()

    def _submit_transfer(
        self, ticket: TicketRow, to_service: int | None, to_counter: int | None
    ) -> None:
        dialog = self.transfer_dialog
        assert dialog is not None

        def moved(row: TicketRow) -> None:
            dialog.accept()
            where = f"{row.service_prefix} · {self._lane_name(row)}"
            target = self._by_number_id(row.target_counter_id)
            if target is not None:
                where += " · " + self.tr("quầy {0}").format(target.number)
            self._say(self.tr("Đã chuyển số {0} sang {1}.").format(row.label, where))
            self.refresh_now()

        def refused(exc: BaseException) -> None:
            dialog.failed(exc)
            self.refresh_now()

        self.session.write(
            transfer_ticket,
            moved,
            refused,
            ticket.id,
            to_service_id=to_service,
            to_counter_id=to_counter,
        )

    def _by_number_id(self, counter_id: int | None) -> CounterRow | None:
        return next((c for c in self.counters if c.id == counter_id), None)

    def toggle_pause(self) -> None:
        counter_id = self._counter_id()
        if counter_id is None or self.counter is None:
            return
        if self.counter.paused_reason is not None:
            self._write(resume_counter, lambda _c: self.tr("Quầy tiếp tục nhận số."), counter_id)
            return
        dialog = ReasonDialog(
            self.tr("Tạm dừng quầy {0}").format(self.counter.number),
            self.tr(
                "Lý do tạm dừng (ví dụ: nghỉ trưa, họp, sự cố máy). Khi tạm dừng, quầy không "
                "gọi số mới; bấm F12 để tiếp tục."
            ),
            lambda reason: self._submit_pause(counter_id, reason),
            self,
        )
        self.reason_dialog = dialog
        dialog.open()

    def _submit_pause(self, counter_id: int, reason: str) -> None:
        dialog = self.reason_dialog
        assert dialog is not None

        def paused(counter: CounterRow) -> None:
            dialog.accept()
            self.counter = counter
            self._say(self.tr("Quầy tạm dừng: {0}.").format(counter.paused_reason or ""))
            self.refresh_now()

        self.session.write(pause_counter, paused, dialog.failed, counter_id, reason)


def _font(point_size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setStyleSheet("color: #b8c7da;")
    return line
