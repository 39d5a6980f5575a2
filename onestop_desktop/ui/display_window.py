"""The display board: a full-screen window for a TV on the wall, readable from five metres.

It shows the newest call in the largest type on the board ("A023 → Quầy 2"), the latest call of
each counter, the last several calls, the ward's name and a clock. It follows calls made on any
counter, in any process or on any PC sharing the database: every ``POLL_MS`` it asks the DB
worker for ``last_call_id`` (one index lookup) and only when that changed for the whole
``board_state``. The GUI thread never waits on the database; an answer older than one already
shown is dropped. A new call blinks for a few seconds and is announced (``Announcer``). When the
database cannot be reached, the board keeps what it shows, with a small "mất kết nối" marker,
and recovers by itself.

Keys: M switches the voice off and on; Ctrl+Shift+Q closes the board. Nothing else closes it:
not Esc, not the window manager's close (a stray key on a TV must not take the board down).
"""

from __future__ import annotations

import logging
import time
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.services.queue import board_state, last_call_id
from onestop_desktop.services.queue_dto import BoardState, CallRow
from onestop_desktop.ui.announcer import Announcer
from onestop_desktop.ui.session import UiSession

log = logging.getLogger(__name__)

POLL_MS = 400  # a call made anywhere shows within about half a second
FULL_REFRESH_S = 30.0  # re-read the whole board now and then (a new day empties it)
STALE_S = 5.0  # a poll unanswered this long counts as a lost connection
RECENT = 8  # calls in the strip, the newest (shown big) included
COUNTERS_PER_COLUMN = 8  # more counters than this are listed in two columns
BLINK_MS = 400
BLINK_TOGGLES = 8  # four on/off cycles
FONT = "Liberation Sans"

STYLE = """
DisplayWindow { background: #0b1524; }
QLabel { color: #f4f7fb; background: transparent; }
QFrame#header { background: #12263f; border-bottom: 3px solid #f2c12e; }
QLabel#caption, QLabel#date, QLabel#counters_title, QLabel#recent_title { color: #a9bdd6; }
QLabel#offline { color: #ff8a80; }
QLabel#counters_empty { color: #6f86a3; }
QLabel#muted { color: #a9bdd6; }
QFrame#now { background: #143a66; border-radius: 24px; }
QFrame#now QLabel#number { color: #ffd54a; }
QFrame#now[blink="true"] { background: #ffd54a; }
QFrame#now[blink="true"] QLabel, QFrame#now[blink="true"] QLabel#number { color: #0b1524; }
QFrame#counters { background: #10223a; border-radius: 24px; }
QFrame#counter_row { border-bottom: 2px solid #1d3657; }
QFrame#counter_row[blink="true"] { background: #ffd54a; border-radius: 12px; }
QFrame#counter_row QLabel#row_label { color: #ffd54a; }
QFrame#counter_row[blink="true"] QLabel,
QFrame#counter_row[blink="true"] QLabel#row_label { color: #0b1524; }
QFrame#chip { background: #12263f; border-radius: 14px; }
QFrame#chip QLabel#chip_label { color: #ffffff; }
QFrame#chip QLabel#chip_counter { color: #a9bdd6; }
"""


def _label(
    name: str,
    text: str = "",
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    *,
    fitted: bool = False,
) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    if fitted:  # its type is fitted to the space (_apply_sizes): it never widens its panel
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def _font(px: int, *, bold: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPixelSize(max(px, 8))
    font.setBold(bold)
    return font


def _fit(text: str, px: int, width: int, *, bold: bool = True) -> int:
    """The pixel size ≤ ``px`` at which ``text`` fits in ``width`` pixels."""
    while px > 8 and QFontMetrics(_font(px, bold=bold)).horizontalAdvance(text) > width:
        px = int(px * 0.95)
    return px


def _repolish(widget: QWidget) -> None:
    for w in (widget, *widget.findChildren(QWidget)):
        w.style().unpolish(w)
        w.style().polish(w)


class _CounterRow(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("counter_row")
        self.counter = _label("row_counter", fitted=True)
        self.label = _label("row_label", align=Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 4, 16, 4)
        layout.addWidget(self.counter, 1)
        layout.addWidget(self.label)


class _Chip(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("chip")
        self.label = _label("chip_label", align=Qt.AlignmentFlag.AlignHCenter, fitted=True)
        self.counter = _label("chip_counter", align=Qt.AlignmentFlag.AlignHCenter, fitted=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(0)
        layout.addWidget(self.label)
        layout.addWidget(self.counter)


class DisplayWindow(QWidget):
    """``board_updated(BoardState)`` after each new board is shown; ``connection_changed(bool)``
    when the database is lost (False) or back (True)."""

    board_updated = Signal(object)
    connection_changed = Signal(bool)

    def __init__(
        self,
        session: UiSession,
        announcer: Announcer | None = None,
        *,
        poll_ms: int = POLL_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.actor = session.actor
        self.announcer = announcer if announcer is not None else Announcer(self)
        if self.announcer.parent() is None:
            self.announcer.setParent(self)
        self.state: BoardState | None = None
        self.online = True
        self._seen_call_id: int | None = None  # None until the first board is shown
        self._seq = 0  # numbers the polls; answers to older polls than the last one shown drop
        self._applied_seq = 0
        self._in_flight_since: float | None = None
        self._last_full = 0.0
        self._closed = False
        self._blink_left = 0
        self._blink_counter: int | None = None

        self.setObjectName("DisplayWindow")
        self.setWindowTitle(self.tr("Bảng hiển thị số thứ tự"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._build()
        self._show_voice_state(self.announcer.enabled)
        self.announcer.enabled_changed.connect(self._show_voice_state)

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start()
        self._tick()
        self._blink_timer = QTimer(self)
        self._blink_timer.setInterval(BLINK_MS)
        self._blink_timer.timeout.connect(self._blink_step)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_ms)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start()
        QTimer.singleShot(0, self.poll)

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        center = Qt.AlignmentFlag.AlignHCenter
        right = Qt.AlignmentFlag.AlignRight
        self.header = QFrame()
        self.header.setObjectName("header")
        self.caption = _label("caption", self.tr("BỘ PHẬN MỘT CỬA"))
        self.ward_name = _label("ward_name", self.session.ward.name or "", fitted=True)
        self.offline = _label("offline", self.tr("● mất kết nối"), right)
        self.offline.hide()
        self.muted = _label("muted", self.tr("Đã tắt tiếng (M)"), right)
        self.time_label = _label("time", "", right)
        self.date_label = _label("date", "", right)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.caption)
        names.addWidget(self.ward_name)
        markers = QVBoxLayout()
        markers.addWidget(self.offline)
        markers.addWidget(self.muted)
        clock = QVBoxLayout()
        clock.setSpacing(0)
        clock.addWidget(self.time_label)
        clock.addWidget(self.date_label)
        head = QHBoxLayout(self.header)
        head.addLayout(names, 1)
        head.addLayout(markers)
        head.addSpacing(32)
        head.addLayout(clock)

        self.now = QFrame()
        self.now.setObjectName("now")
        self.now_caption = _label("now_caption", "", center, fitted=True)
        self.number = _label("number", "", center, fitted=True)
        self.now_counter = _label("now_counter", "", center, fitted=True)
        self.now_service = _label("now_service", "", center, fitted=True)
        now = self.now_layout = QVBoxLayout(self.now)
        now.addStretch(1)
        now.addWidget(self.now_caption)
        now.addWidget(self.number)
        now.addWidget(self.now_counter)
        now.addSpacing(12)
        now.addWidget(self.now_service)
        now.addStretch(1)

        self.counters = QFrame()
        self.counters.setObjectName("counters")
        self.counters_title = _label("counters_title", self.tr("CÁC QUẦY"))
        self.counter_grid = QGridLayout()
        self.counter_grid.setSpacing(6)
        self.counter_grid.setHorizontalSpacing(24)
        self.counter_rows: list[_CounterRow] = []
        self.counters_empty = _label("counters_empty", self.tr("Chưa có lượt gọi nào hôm nay"))
        counters = self.counters_layout = QVBoxLayout(self.counters)
        counters.addWidget(self.counters_title)
        counters.addLayout(self.counter_grid)
        counters.addWidget(self.counters_empty)
        counters.addStretch(1)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.now, 3)
        body.addWidget(self.counters, 2)

        self.recent_title = _label("recent_title", self.tr("CÁC SỐ VỪA GỌI"))
        self.recent_strip = QGridLayout()
        self.recent_strip.setSpacing(16)
        self.chips: list[_Chip] = []
        for i in range(RECENT - 1):
            chip = _Chip()
            chip.hide()
            self.recent_strip.addWidget(chip, 0, i)
            self.recent_strip.setColumnStretch(i, 1)
            self.chips.append(chip)

        self.main = QVBoxLayout(self)
        # The screen's size is given: big type must never push the window past it.
        self.main.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.main.setContentsMargins(0, 0, 0, 0)
        self.main.addWidget(self.header)
        self.content = QVBoxLayout()
        self.content.addLayout(body, 1)
        self.content.addWidget(self.recent_title)
        self.content.addLayout(self.recent_strip)
        self.main.addLayout(self.content, 1)
        self._show_state(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        """Type scaled to the screen's height; the called number is always the largest."""
        w = max(self.width(), 400)
        # Laid out for 16:9; a squarer screen (4:3, 5:4) gets the 16:9 type of its width.
        h = max(min(self.height(), w * 9 // 16), 225)
        margin = int(h * 0.025)
        self.header.setContentsMargins(margin, int(h * 0.008), margin, int(h * 0.008))
        self.content.setContentsMargins(margin, margin, margin, margin)
        self.caption.setFont(_font(int(h * 0.022), bold=True))
        ward_width = int(w * 0.74) - 2 * margin  # the clock keeps the rest of the header
        ward_px = _fit(self.ward_name.text(), int(h * 0.048), ward_width)
        self.ward_name.setFont(_font(ward_px, bold=True))
        self.time_label.setFont(_font(int(h * 0.055), bold=True))
        self.date_label.setFont(_font(int(h * 0.024)))
        self.offline.setFont(_font(int(h * 0.02)))
        self.muted.setFont(_font(int(h * 0.02)))

        now_width = int((w - 3 * margin) * 0.6) - 2 * margin
        number_px = _fit(self.number.text() or "A000", int(h * 0.33), now_width)
        self.number.setFont(_font(number_px, bold=True))
        # Nobody called yet: the invitation to take a ticket is the message, a little bigger.
        caption_px = int(h * (0.045 if self.number.text() else 0.06))
        self.now_caption.setFont(_font(_fit(self.now_caption.text(), caption_px, now_width)))
        self.now_counter.setFont(
            _font(
                _fit(self.now_counter.text(), min(int(h * 0.1), number_px // 2), now_width),
                bold=True,
            )
        )
        self.now_service.setFont(
            _font(_fit(self.now_service.text(), int(h * 0.038), now_width, bold=False))
        )

        self.now_layout.setContentsMargins(margin, margin, margin, margin)
        self.counters_layout.setContentsMargins(margin, margin, margin, margin)
        # The counters' list: up to 8 in one column, more in two; each row about 1.3 × its type.
        shown = [r for r in self.counter_rows if not r.isHidden()]
        columns = 1 if len(shown) <= COUNTERS_PER_COLUMN else 2
        per_column = max(-(-len(shown) // columns), 4)
        row_px = min(int(h * 0.068), int((h * 0.6 / per_column - 14) / 1.3))
        column_width = int(((w - 3 * margin) * 0.4 - 2 * margin) / columns) - 40
        widest = max((f"{r.counter.text()}  {r.label.text()}" for r in shown), key=len, default="")
        row_px = _fit(widest, row_px, column_width)
        self.counters_title.setFont(_font(int(h * 0.03), bold=True))
        self.counters_empty.setFont(_font(int(h * 0.03)))
        for row in self.counter_rows:
            row.counter.setFont(_font(row_px))
            row.label.setFont(_font(row_px, bold=True))
        self.recent_title.setFont(_font(int(h * 0.026), bold=True))
        chip_width = (w - 2 * margin - (len(self.chips) - 1) * 16) // len(self.chips) - 24
        for chip in self.chips:
            chip.label.setFont(_font(_fit(chip.label.text(), int(h * 0.05), chip_width), bold=True))
            chip.counter.setFont(
                _font(_fit(chip.counter.text(), int(h * 0.026), chip_width, bold=False))
            )

    # -- showing a board -----------------------------------------------------------------------
    def _show_state(self, state: BoardState | None) -> None:
        newest = state.recent[0] if state and state.recent else None
        if state is not None and state.ward_name:
            self.ward_name.setText(state.ward_name)
        self.number.setVisible(newest is not None)
        if newest is None:
            self.now_caption.setText(self.tr("Xin mời quý khách lấy số thứ tự"))
            self.number.setText("")
            self.now_counter.setText("")
            self.now_service.setText("")
        else:
            self.now_caption.setText(self.tr("Mời khách hàng số"))
            self.number.setText(newest.label)
            self.now_counter.setText(self.tr("→ Quầy {0}").format(newest.counter_number))
            self.now_service.setText(newest.service_name_vi)
        latest = state.latest_per_counter if state else ()
        while len(self.counter_rows) < len(latest):
            self.counter_rows.append(_CounterRow())
        for row in self.counter_rows:
            self.counter_grid.removeWidget(row)
        per_column = -(-len(latest) // (1 if len(latest) <= COUNTERS_PER_COLUMN else 2))
        for i, (row, call) in enumerate(zip(self.counter_rows, latest, strict=False)):
            row.counter.setText(self.tr("Quầy {0}").format(call.counter_number))
            row.label.setText(call.label)
            row.setProperty("counter_number", call.counter_number)
            self.counter_grid.addWidget(row, i % per_column, i // per_column)
            row.show()
        for row in self.counter_rows[len(latest) :]:
            row.hide()
        self.counters_empty.setVisible(not latest)
        older = state.recent[1:] if state else ()
        for chip, call in zip(self.chips, older, strict=False):
            chip.label.setText(call.label)
            chip.counter.setText(self.tr("Quầy {0}").format(call.counter_number))
            chip.show()
        for chip in self.chips[len(older) :]:
            chip.hide()
        self.recent_title.setVisible(bool(older))
        self._apply_sizes()

    def _tick(self) -> None:
        now: datetime = self.session.runner.clock.now()
        moment = QDateTime(now.year, now.month, now.day, now.hour, now.minute, now.second)
        locale = QLocale()
        self.time_label.setText(locale.toString(moment.time(), "HH:mm"))
        date = locale.toString(moment.date(), "dddd, dd/MM/yyyy")
        self.date_label.setText(date[:1].upper() + date[1:])

    def _show_voice_state(self, on: bool) -> None:
        self.muted.setVisible(not on)

    # -- polling -------------------------------------------------------------------------------
    def poll(self) -> None:
        """Ask the worker whether a call was made since the board was last read."""
        if self._closed:
            return
        now = time.monotonic()
        if self._in_flight_since is not None:
            if now - self._in_flight_since > STALE_S:
                self._set_online(False)
            return
        self._in_flight_since = now
        self._seq += 1
        seq = self._seq
        known = self._seen_call_id
        full = known is None or now - self._last_full > FULL_REFRESH_S
        runner, actor = self.session.runner, self.actor

        def job() -> tuple[int, BoardState | None]:
            newest = runner.read(last_call_id, actor)
            if newest == known and not full:
                return newest, None
            return newest, runner.read(board_state, actor, RECENT)

        self.session.worker.submit(
            job,
            lambda result: self._polled(seq, result),
            lambda exc: self._poll_failed(seq, exc),
        )

    def _polled(self, seq: int, result: tuple[int, BoardState | None]) -> None:
        self._in_flight_since = None
        if self._closed or seq < self._applied_seq:
            return  # a late answer: a newer one is already shown
        self._applied_seq = seq
        self._set_online(True)
        state = result[1]
        if state is None:
            return
        self._last_full = time.monotonic()
        seen = self._seen_call_id
        self._seen_call_id = state.last_call_id
        self.state = state
        self._show_state(state)
        fresh = [] if seen is None else [c for c in state.recent if c.id > seen]
        fresh.sort(key=lambda c: c.id)
        for call in fresh:
            self.announcer.announce(call.label, call.counter_number)
        if fresh:
            self._start_blink(fresh[-1])
        self.board_updated.emit(state)

    def _poll_failed(self, seq: int, exc: BaseException) -> None:
        self._in_flight_since = None
        if self._closed or seq < self._applied_seq:
            return
        self._applied_seq = seq
        if self.online:
            log.warning("display board: database unreachable, showing the last board (%s)", exc)
        self._set_online(False)

    def _set_online(self, online: bool) -> None:
        if online == self.online:
            return
        self.online = online
        self.offline.setVisible(not online)
        if online:
            log.info("display board: database reachable again")
        self.connection_changed.emit(online)

    # -- blinking ------------------------------------------------------------------------------
    def _start_blink(self, call: CallRow) -> None:
        self._set_blink(False)
        self._blink_counter = call.counter_number
        self._blink_left = BLINK_TOGGLES
        self._blink_step()
        self._blink_timer.start()

    def _blink_step(self) -> None:
        if self._blink_left <= 0:
            self._blink_timer.stop()
            self._set_blink(False)
            return
        self._blink_left -= 1
        self._set_blink(self._blink_left % 2 == 1)

    @property
    def blinking(self) -> bool:
        return bool(self.now.property("blink"))

    def _set_blink(self, on: bool) -> None:
        targets: list[QWidget] = [self.now]
        targets += [
            r for r in self.counter_rows if r.property("counter_number") == self._blink_counter
        ]
        for row in self.counter_rows:
            if row.property("blink") and row not in targets:
                row.setProperty("blink", False)
                _repolish(row)
        for widget in targets:
            if bool(widget.property("blink")) != on:
                widget.setProperty("blink", on)
                _repolish(widget)

    # -- keys and closing ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if event.key() == Qt.Key.Key_Q and mods == ctrl_shift:
            self.close()
        elif event.key() == Qt.Key.Key_M and mods == Qt.KeyboardModifier.NoModifier:
            self.announcer.toggle()
        event.accept()  # any other key, Esc included, does nothing

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous():
            event.ignore()  # the window manager's close or Alt+F4: Ctrl+Shift+Q closes the board
            return
        self._closed = True
        self.poll_timer.stop()
        self._clock_timer.stop()
        self._blink_timer.stop()
        super().closeEvent(event)
