"""The kiosk (máy lấy số): a full-screen touch screen where citizens take a numbered ticket.

Start screen: one large button per active lane (its letter, its name, how many wait), refreshed
every ``refresh_ms``; "Tiếng Việt" / "English" at the top for foreign residents. Touching a lane
asks whether the citizen belongs to a priority category ("Không ưu tiên" or one of the ward's
configured categories; the step is skipped when none is configured). The ticket is then issued on
the DB worker as ``KIOSK_ACTOR``, its 80 mm PDF written to
``DOCUMENTS/tickets/<yyyy-mm-dd>/<label>.pdf`` and printed silently on this PC's printer. The
number is shown very large for ``confirm_ms`` (twice as long when the ticket could not be printed:
the screen then says "Vui lòng ghi nhớ số của bạn"; the ticket is issued either way and nothing is
lost), then the start screen comes back in the ward's language. A citizen who walks away at the
priority step, or leaves the kiosk in English, is reset after ``idle_ms``. Touches of the
priority step in its first ``double_tap_ms`` are ignored: a double tap on a lane issues nothing.

Locked: Esc, Alt+F4 and the window manager do not close it. Ctrl+Shift+Q, or holding a finger
on the ward's name (top-left corner) for three seconds, opens ``KioskUnlockDialog``; only an
administrator's password closes the kiosk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.errors import UserError
from onestop_desktop.services.queue import (
    KIOSK_ACTOR,
    issue_ticket,
    list_services,
    priority_categories,
)
from onestop_desktop.services.queue_dto import IssuedTicket, ServiceRow
from onestop_desktop.ui.i18n import install_language
from onestop_desktop.ui.kiosk_style import FONT, kiosk_style
from onestop_desktop.ui.labels import priority_label
from onestop_desktop.ui.messages import set_message_language
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import start_refresh_timer

if TYPE_CHECKING:
    from onestop_desktop.ui.kiosk_unlock_dialog import KioskUnlockDialog
    from onestop_desktop.ui.pdf_printer import PrintOutcome

log = logging.getLogger(__name__)

REFRESH_MS = 5_000  # waiting counts on the lane buttons
CONFIRM_MS = 6_000  # the number stays on screen this long after a ticket
IDLE_MS = 30_000  # back to the start screen (and the ward's language) when nobody touches it
LONG_PRESS_MS = 3_000  # holding the ward's name this long opens the unlock dialog
DOUBLE_TAP_MS = 400  # touches of the priority step this soon after it shows are ignored
# Sizes below are for a 1920×1080 screen (1080×1920 when upright), scaled to the real one.
BASE_LONG, BASE_SHORT = 1920, 1080

PrintAction = Callable[[Path], "PrintOutcome"]


@dataclass(frozen=True)
class KioskTicket:
    """A ticket the kiosk issued: what ``ticket_issued`` carries."""

    issued: IssuedTicket
    pdf: Path | None  # None when the PDF could not be written (the ticket is issued anyway)
    printed: bool
    message: str  # why it was not printed ("" when it was)
    english: bool


# -- look (the stylesheet is in kiosk_style.py) ------------------------------------------------
def _label(
    name: str, text: str = "", align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter
) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setAlignment(align)
    return label


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class _LaneButton(QPushButton):
    """A lane's touch button: its letter in a yellow square, its name, how many wait."""

    def __init__(self, row: ServiceRow) -> None:
        super().__init__()
        self.setObjectName("lane")
        self.row = row
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.prefix = _label("lane_prefix", row.prefix)
        self.name = _label(
            "lane_name", align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.name.setWordWrap(True)
        self.waiting = _label("lane_waiting", align=Qt.AlignmentFlag.AlignLeft)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addStretch(1)
        text.addWidget(self.name)
        text.addWidget(self.waiting)
        text.addStretch(1)
        self.box = QHBoxLayout(self)
        self.box.addWidget(self.prefix)
        self.box.addLayout(text, 1)
        for child in (self.prefix, self.name, self.waiting):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def set_scale(self, s: float) -> None:
        side = max(60, round(170 * s))
        self.prefix.setFixedSize(side, side)
        margin = max(8, round(28 * s))
        self.box.setContentsMargins(margin, margin, margin, margin)
        self.box.setSpacing(max(8, round(32 * s)))


class KioskWindow(QWidget):
    """Signals for tests and the app: ``services_loaded(list[ServiceRow])`` after each refresh,
    ``ticket_issued(KioskTicket)`` once a ticket is issued and printed (or not), ``issue_failed``
    (the exception) when no ticket could be issued, ``returned_to_start()``."""

    services_loaded = Signal(object)
    ticket_issued = Signal(object)
    issue_failed = Signal(object)
    returned_to_start = Signal()

    def __init__(
        self,
        session: UiSession,
        *,
        print_action: PrintAction | None = None,
        confirm_ms: int = CONFIRM_MS,
        refresh_ms: int = REFRESH_MS,
        idle_ms: int = IDLE_MS,
        long_press_ms: int = LONG_PRESS_MS,
        double_tap_ms: int = DOUBLE_TAP_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.default_language = session.language if session.language in ("vi", "en") else "vi"
        self.language = self.default_language
        self.confirm_ms = confirm_ms
        self.double_tap_ms = double_tap_ms
        self._priority_shown = QElapsedTimer()
        self._priority_shown.start()
        self._print_action = print_action or self._print_on_this_pc
        self.unlocked = False  # set by an administrator's password; only then does it close
        self.services: list[ServiceRow] = []
        self.categories: tuple[str, ...] = ()
        self.chosen: ServiceRow | None = None
        self.last: KioskTicket | None = None
        self.unlock_dialog: KioskUnlockDialog | None = None
        self._lane_buttons: dict[int, _LaneButton] = {}
        self._priority_buttons: list[QPushButton] = []
        self._refreshing = False
        self._issuing = False
        self._scale = 0.0
        self._portrait = False
        self._loaded_once = False

        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._retranslate()
        self._apply_scale()

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start()
        self._tick()
        self._return_timer = QTimer(self)
        self._return_timer.setSingleShot(True)
        self._return_timer.timeout.connect(self.return_to_start)
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(idle_ms)
        self._idle_timer.timeout.connect(self._idle)
        self._long_press = QTimer(self)
        self._long_press.setSingleShot(True)
        self._long_press.setInterval(long_press_ms)
        self._long_press.timeout.connect(self.ask_unlock)
        self.refresh_timer = start_refresh_timer(self, refresh_ms, self.refresh)

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.header = QFrame()
        self.header.setObjectName("header")
        self.corner = QWidget()  # the ward's name: a long press here opens the unlock dialog
        self.caption = _label("caption", align=left)
        self.ward_name = _label("ward_name", self.session.ward.name or "", left)
        self.ward_name.setWordWrap(True)  # a long name on an upright screen takes two lines
        corner = QVBoxLayout(self.corner)
        corner.setContentsMargins(0, 0, 0, 0)
        corner.setSpacing(0)
        corner.addWidget(self.caption)
        corner.addWidget(self.ward_name)
        self.corner.installEventFilter(self)
        self.vi_button = QPushButton("Tiếng Việt")
        self.en_button = QPushButton("English")
        self.language_group = QButtonGroup(self)
        for button, code in ((self.vi_button, "vi"), (self.en_button, "en")):
            button.setObjectName("language")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, code=code: self.set_language(code))
            self.language_group.addButton(button)
        self.clock = _label("clock", align=right)
        self.date = _label("date", align=right)
        clock = QVBoxLayout()
        clock.setSpacing(0)
        clock.addWidget(self.clock)
        clock.addWidget(self.date)
        self.header_box = QHBoxLayout(self.header)
        self.header_box.addWidget(self.corner, 1)
        self.header_box.addWidget(self.vi_button)
        self.header_box.addWidget(self.en_button)
        self.header_box.addLayout(clock)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_start())
        self.pages.addWidget(self._build_priority())
        self.pages.addWidget(self._build_done())
        self.outer = QVBoxLayout(self)
        # The screen's size rules, not the content's: on a small screen the type shrinks instead.
        self.outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.addWidget(self.header)
        self.outer.addWidget(self.pages, 1)

    def _build_start(self) -> QWidget:
        self.start_page = QWidget()
        self.start_title = _label("title")
        self.start_subtitle = _label("subtitle")
        self.start_subtitle.setWordWrap(True)
        self.lanes = QWidget()
        self.lanes_grid = QGridLayout(self.lanes)
        self.lanes_grid.setContentsMargins(0, 0, 0, 0)
        self.no_lanes = _label("hint")
        self.no_lanes.setWordWrap(True)
        self.start_hint = _label("hint")
        self.start_hint.setWordWrap(True)
        self.start_box = QVBoxLayout(self.start_page)
        self.start_box.addWidget(self.start_title)
        self.start_box.addWidget(self.start_subtitle)
        self.start_box.addWidget(self.lanes, 1)
        self.start_box.addWidget(self.no_lanes, 1)
        self.start_box.addWidget(self.start_hint)
        self.lanes.hide()
        return self.start_page

    def _build_priority(self) -> QWidget:
        self.priority_page = QWidget()
        self.chosen_label = _label("chosen")
        self.chosen_label.setWordWrap(True)
        self.priority_title = _label("title")
        self.priority_title.setWordWrap(True)
        self.priority_subtitle = _label("subtitle")
        self.priority_subtitle.setWordWrap(True)
        self.priorities = QWidget()
        self.priorities_grid = QGridLayout(self.priorities)
        self.priorities_grid.setContentsMargins(0, 0, 0, 0)
        self.busy = _label("busy")
        self.busy.hide()
        self.back_button = QPushButton()
        self.back_button.setObjectName("back")
        self.back_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back_button.clicked.connect(self.return_to_start)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.busy)
        bottom.addStretch(1)
        self.priority_box = QVBoxLayout(self.priority_page)
        self.priority_box.addWidget(self.chosen_label)
        self.priority_box.addWidget(self.priority_title)
        self.priority_box.addWidget(self.priority_subtitle)
        self.priority_box.addWidget(self.priorities, 1)
        self.priority_box.addLayout(bottom)
        return self.priority_page

    def _build_done(self) -> QWidget:
        self.done_page = QWidget()
        self.ticket_frame = QFrame()
        self.ticket_frame.setObjectName("ticket")
        self.your_number = _label("your_number")
        self.number = _label("number")
        self.done_service = _label("done_service")
        self.done_service.setWordWrap(True)
        self.done_priority = _label("done_priority")
        self.done_ahead = _label("done_ahead")
        self.done_ahead.setWordWrap(True)
        self.done_status = _label("done_status")
        self.done_status.setWordWrap(True)
        self.done_detail = _label("done_detail")
        self.done_detail.setWordWrap(True)
        self.done_button = QPushButton()
        self.done_button.setObjectName("done")
        self.done_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.done_button.clicked.connect(self.return_to_start)
        self.ticket_box = QVBoxLayout(self.ticket_frame)
        for widget in (self.your_number, self.number, self.done_service, self.done_priority):
            self.ticket_box.addWidget(widget)
        self.done_box = QVBoxLayout(self.done_page)
        self.done_box.addWidget(self.ticket_frame, 1)
        self.done_box.addWidget(self.done_ahead)
        self.done_box.addWidget(self.done_status)
        self.done_box.addWidget(self.done_detail)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_button)
        row.addStretch(1)
        self.done_box.addLayout(row)
        return self.done_page

    # -- sizes ---------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    @property
    def portrait(self) -> bool:
        """An upright screen: lanes in one column, priorities in two."""
        return self.height() > self.width()

    def _apply_scale(self) -> None:
        base_w, base_h = (BASE_SHORT, BASE_LONG) if self.portrait else (BASE_LONG, BASE_SHORT)
        s = max(0.4, min(self.width() / base_w, self.height() / base_h))
        if abs(s - self._scale) < 0.01 and self.portrait == self._portrait:
            return
        self._scale = s
        if self.portrait != self._portrait:
            self._portrait = self.portrait
            self._build_lane_buttons(self.services)
            self._build_priority_buttons()

        def px(n: float) -> int:
            return max(4, round(n * s))

        self.setStyleSheet(kiosk_style(s))
        self.header_box.setContentsMargins(px(40), px(18), px(40), px(18))
        self.header_box.setSpacing(px(20))
        self.start_box.setContentsMargins(px(60), px(36), px(60), px(40))
        self.start_box.setSpacing(px(18))
        self.lanes_grid.setSpacing(px(36))
        self.start_box.setStretchFactor(self.lanes, 1)
        self.priority_box.setContentsMargins(px(60), px(36), px(60), px(40))
        self.priority_box.setSpacing(px(20))
        self.priorities_grid.setSpacing(px(30))
        side = px(40 if self.portrait else 160)
        self.done_box.setContentsMargins(side, px(36), side, px(36))
        self.done_box.setSpacing(px(14))
        self.ticket_box.setContentsMargins(px(40), px(24), px(40), px(28))
        for lane in self._lane_buttons.values():
            lane.set_scale(s)
        for choice in self._priority_buttons:
            choice.setMinimumHeight(px(170))
        self._fit_number()

    def _fit_number(self) -> None:
        """The number as large as fits: up to 340 px tall on a 1920×1080 screen."""
        text = self.number.text() or "A000"
        side = 40 if self.portrait else 160  # the confirmation's margins, then the frame's
        width = max(100, self.width() - round(2 * (side + 80) * self._scale))
        size = max(40, round(340 * self._scale))
        font = QFont(FONT)
        font.setBold(True)
        while size > 40:
            font.setPixelSize(size)
            if QFontMetrics(font).horizontalAdvance(text) <= width:
                break
            size = int(size * 0.95)
        font.setPixelSize(size)
        self.number.setFont(font)

    # -- texts ---------------------------------------------------------------------------------
    def _service_name(self, row: ServiceRow | None) -> str:
        if row is None:
            return ""
        return row.name_en if self.language == "en" and row.name_en else row.name_vi

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Máy lấy số thứ tự"))
        self.caption.setText(self.tr("BỘ PHẬN MỘT CỬA"))
        self.vi_button.setChecked(self.language == "vi")
        self.en_button.setChecked(self.language == "en")
        self.start_title.setText(self.tr("Mời chọn dịch vụ"))
        self.start_subtitle.setText(self.tr("Chạm vào dịch vụ bạn cần để lấy số thứ tự"))
        self.start_hint.setText(
            self.tr(
                "Người cao tuổi, người khuyết tật, phụ nữ mang thai… "
                "được ưu tiên: chọn ở bước tiếp theo."
            )
        )
        self.no_lanes.setText(
            self.tr("Đang kết nối…")
            if not self._loaded_once
            else self.tr("Hiện chưa có dịch vụ nào để lấy số. Vui lòng hỏi cán bộ tại quầy.")
        )
        self.priority_title.setText(self.tr("Bạn có thuộc đối tượng ưu tiên không?"))
        self.priority_subtitle.setText(
            self.tr("Nếu không, chọn “Không ưu tiên”. Cán bộ có thể đề nghị xuất trình giấy tờ.")
        )
        self.back_button.setText(self.tr("← Quay lại"))
        self.busy.setText(self.tr("Đang in số thứ tự…"))
        self.your_number.setText(self.tr("Số thứ tự của bạn"))
        self.done_button.setText(self.tr("Xong"))
        self.start_hint.setVisible(bool(self.categories))
        for button in self._lane_buttons.values():
            self._fill_lane(button)
        self._fill_chosen()
        self._build_priority_buttons()

    def _fill_lane(self, button: _LaneButton) -> None:
        button.name.setText(self._service_name(button.row))
        button.waiting.setText(self.tr("Đang chờ: {0} người").format(button.row.waiting))

    def _fill_chosen(self) -> None:
        if self.chosen is not None:
            self.chosen_label.setText(
                self.tr("Dịch vụ: {0} — {1}").format(
                    self.chosen.prefix, self._service_name(self.chosen)
                )
            )

    def _tick(self) -> None:
        now = self.session.runner.clock.now()
        locale = QLocale(
            QLocale.Language.English if self.language == "en" else QLocale.Language.Vietnamese
        )
        self.clock.setText(f"{now:%H:%M}")
        day = locale.dayName(now.isoweekday(), QLocale.FormatType.LongFormat)
        self.date.setText(f"{day[:1].upper()}{day[1:]}, {now:%d/%m/%Y}")

    # -- language ------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Switch the kiosk's texts (the whole app's translator: the kiosk is the only window)."""
        language = language if language in ("vi", "en") else "vi"
        self._touched()
        if language == self.language:
            self._retranslate()
            return
        self.language = language
        app = QApplication.instance()
        assert app is not None
        install_language(app, language)
        set_message_language(language)
        self._retranslate()
        self._tick()

    # -- the lanes -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the lanes with their waiting counts, and the priority categories, on the worker."""
        if self._refreshing:
            return
        self._refreshing = True
        runner = self.session.runner

        def job() -> tuple[list[ServiceRow], tuple[str, ...]]:
            return (
                runner.read(list_services, KIOSK_ACTOR),
                runner.read(priority_categories, KIOSK_ACTOR),
            )

        self.session.worker.submit(job, self._loaded, self._load_failed)

    def _loaded(self, result: tuple[list[ServiceRow], tuple[str, ...]]) -> None:
        self._refreshing = False
        services, categories = result
        self._loaded_once = True
        if categories != self.categories:
            self.categories = categories
            self._build_priority_buttons()
        if [(s.id, s.prefix, s.name_vi, s.name_en) for s in services] != [
            (s.id, s.prefix, s.name_vi, s.name_en) for s in self.services
        ]:
            self._build_lane_buttons(services)
        else:
            for row in services:
                button = self._lane_buttons[row.id]
                button.row = row
                self._fill_lane(button)
        self.services = services
        self.lanes.setVisible(bool(services))
        self.no_lanes.setVisible(not services)
        self._retranslate()
        self.services_loaded.emit(services)

    def _load_failed(self, exc: BaseException) -> None:
        self._refreshing = False
        log.warning("kiosk cannot read the lanes: %s", exc)

    def _build_lane_buttons(self, services: list[ServiceRow]) -> None:
        for button in self._lane_buttons.values():
            self.lanes_grid.removeWidget(button)
            button.deleteLater()
        self._lane_buttons = {}
        if self.portrait:
            columns = 1 if len(services) <= 5 else 2
        else:
            columns = 1 if len(services) <= 1 else 2 if len(services) <= 4 else 3
        rows = (len(services) + columns - 1) // columns
        _reset_stretch(self.lanes_grid)
        for index, row in enumerate(services):
            button = _LaneButton(row)
            button.set_scale(self._scale or 1.0)
            button.clicked.connect(lambda _c=False, sid=row.id: self.choose_service(sid))
            self._fill_lane(button)
            self.lanes_grid.addWidget(button, index // columns, index % columns)
            self._lane_buttons[row.id] = button
        for r in range(rows):
            self.lanes_grid.setRowStretch(r, 1)
        for c in range(columns):
            self.lanes_grid.setColumnStretch(c, 1)

    def lane_button(self, prefix: str) -> QPushButton:
        """The start screen's button of the lane with ``prefix`` (for tests and screenshots)."""
        return next(b for b in self._lane_buttons.values() if b.row.prefix == prefix)

    def priority_button(self, code: str | None) -> QPushButton:
        """The priority step's button of category ``code`` (None: "Không ưu tiên")."""
        return next(b for b in self._priority_buttons if b.property("category") == (code or ""))

    # -- the priority step ---------------------------------------------------------------------
    def _build_priority_buttons(self) -> None:
        for button in self._priority_buttons:
            self.priorities_grid.removeWidget(button)
            button.deleteLater()
        self._priority_buttons = []
        choices: list[tuple[str, str]] = [("", self.tr("Không ưu tiên"))]
        choices += [(code, priority_label(code)) for code in self.categories]
        columns = 2 if self.portrait or len(choices) <= 4 else 3
        _reset_stretch(self.priorities_grid)
        for index, (code, text) in enumerate(choices):
            button = QPushButton(text)
            button.setObjectName("priority")
            button.setProperty("category", code)
            button.setProperty("normal", code == "")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setMinimumHeight(max(4, round(170 * (self._scale or 1.0))))
            button.setEnabled(not self._issuing)
            button.clicked.connect(lambda _c=False, code=code: self._priority_touched(code or None))
            self.priorities_grid.addWidget(button, index // columns, index % columns)
            self._priority_buttons.append(button)
        _wrap_buttons(self._priority_buttons)

    def choose_service(self, service_id: int) -> None:
        if self._issuing or self.pages.currentWidget() is not self.start_page:
            return
        row = next((s for s in self.services if s.id == service_id), None)
        if row is None:
            return
        self.chosen = row
        self._touched()
        if not self.categories:
            self.choose_priority(None)
            return
        self._fill_chosen()
        self.pages.setCurrentWidget(self.priority_page)
        self._priority_shown.start()

    def _priority_touched(self, category: str | None) -> None:
        # A double tap on a lane must not also choose the priority button now under the finger.
        if self._priority_shown.elapsed() < self.double_tap_ms:
            return
        self.choose_priority(category)

    def choose_priority(self, category: str | None) -> None:
        if self._issuing or self.chosen is None:
            return
        self._idle_timer.stop()
        self._set_issuing(True)
        runner = self.session.runner
        documents_dir = self.session.location.documents_dir
        service_id, english = self.chosen.id, self.language == "en"

        def job() -> tuple[IssuedTicket, Path | None]:
            from onestop_desktop.services.ticket_files import save_ticket  # reportlab, worker-side

            issued = runner.write(issue_ticket, KIOSK_ACTOR, service_id, category)
            return issued, save_ticket(documents_dir, issued, english)

        self.session.worker.submit(job, lambda r: self._issued(r, english), self._issue_error)

    def _set_issuing(self, on: bool) -> None:
        self._issuing = on
        self.busy.setVisible(on)
        self.back_button.setEnabled(not on)
        for button in self._priority_buttons:
            button.setEnabled(not on)
        if on and self.pages.currentWidget() is self.start_page:
            self.pages.setCurrentWidget(self.priority_page)

    # -- the confirmation ----------------------------------------------------------------------
    def _issued(self, result: tuple[IssuedTicket, Path | None], english: bool) -> None:
        issued, pdf = result
        t = issued.ticket
        self.number.setText(t.label)
        self._fit_number()
        name = (
            t.service_name_en if self.language == "en" and t.service_name_en else t.service_name_vi
        )
        self.done_service.setText(name)
        self.done_priority.setText(
            self.tr("Ưu tiên: {0}").format(priority_label(t.priority_category))
            if t.priority_category
            else ""
        )
        self.done_priority.setVisible(bool(t.priority_category))
        self.done_ahead.setText(
            self.tr("Số người đang chờ trước bạn: {0}").format(issued.people_ahead)
        )
        self.done_ahead.setVisible(True)
        self.ticket_frame.setVisible(True)
        self.done_status.setText(self.tr("Đang in vé…"))
        self._set_problem(False)
        self.done_detail.clear()
        self.pages.setCurrentWidget(self.done_page)
        self._set_issuing(False)
        # Print once the number is on the screen: the citizen has it whatever the printer does.
        QTimer.singleShot(0, lambda: self._print(issued, pdf, english))

    def _print(self, issued: IssuedTicket, pdf: Path | None, english: bool) -> None:
        if pdf is None:
            printed, message = False, self.tr("Không ghi được tệp vé để in.")
        else:
            try:
                outcome = self._print_action(pdf)
                printed, message = outcome.printed, outcome.message
            except Exception as exc:  # a printer driver failing must not lose the number
                log.exception("printing ticket %s failed", issued.ticket.label)
                printed, message = False, str(exc)
        if printed:
            self.done_status.setText(self.tr("Mời bạn nhận vé ở khe máy in bên dưới."))
            self.done_detail.setText(self.tr("Xin cảm ơn!"))
        else:
            self._set_problem(True)
            self.done_status.setText(self.tr("Vui lòng ghi nhớ số của bạn"))
            self.done_detail.setText(
                self.tr("Máy chưa in được vé ({0}). Số của bạn vẫn được gọi bình thường.").format(
                    message[:1].lower() + message[1:].rstrip(".")
                )
            )
        self.last = KioskTicket(issued, pdf, printed, message, english)
        self._return_timer.start(self.confirm_ms if printed else 2 * self.confirm_ms)
        self.ticket_issued.emit(self.last)

    def _issue_error(self, exc: BaseException) -> None:
        self._set_issuing(False)
        if isinstance(exc, UserError):
            message = exc.message(self.language)
        else:
            log.error(
                "kiosk could not issue a ticket", exc_info=(type(exc), exc, exc.__traceback__)
            )
            message = self.tr("Hệ thống đang gặp sự cố.")
        self.ticket_frame.setVisible(False)
        self.done_ahead.setVisible(False)
        self._set_problem(True)
        self.done_status.setText(self.tr("Chưa lấy được số thứ tự"))
        self.done_detail.setText(
            self.tr("{0} Vui lòng thử lại hoặc hỏi cán bộ tại quầy.").format(message)
        )
        self.pages.setCurrentWidget(self.done_page)
        self._return_timer.start(self.confirm_ms)
        self.issue_failed.emit(exc)

    def _set_problem(self, on: bool) -> None:
        self.done_status.setProperty("problem", on)
        _repolish(self.done_status)

    def return_to_start(self) -> None:
        """Back to the lanes, in the ward's language, ready for the next citizen."""
        if self._issuing:
            return
        self._return_timer.stop()
        self._idle_timer.stop()
        self.chosen = None
        self.ticket_frame.setVisible(True)
        if self.language != self.default_language:
            self.set_language(self.default_language)
            self._idle_timer.stop()
        self.pages.setCurrentWidget(self.start_page)
        self.refresh()
        self.returned_to_start.emit()

    # -- idle ----------------------------------------------------------------------------------
    def _touched(self) -> None:
        self._idle_timer.start()

    def _idle(self) -> None:
        if (
            self.pages.currentWidget() is self.priority_page
            or self.language != self.default_language
        ):
            self.return_to_start()

    # -- printing ------------------------------------------------------------------------------
    def _print_on_this_pc(self, pdf: Path) -> PrintOutcome:
        from onestop_desktop.ui.pdf_printer import print_pdf  # pdfium loads on the first print
        from onestop_desktop.ui.this_pc import printer_name

        return print_pdf(pdf, printer_name(self.session.location))

    # -- locking -------------------------------------------------------------------------------
    def ask_unlock(self) -> None:
        """Open the administrator's password dialog (Ctrl+Shift+Q or a long press)."""
        from onestop_desktop.ui.kiosk_unlock_dialog import KioskUnlockDialog

        self._long_press.stop()
        if self.unlock_dialog is not None and self.unlock_dialog.isVisible():
            return
        dialog = KioskUnlockDialog(self.session, self.language, self)
        dialog.unlocked.connect(self._unlocked)
        self.unlock_dialog = dialog
        dialog.open()

    def _unlocked(self, actor: object) -> None:
        self.unlocked = True
        self.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.corner:
            if event.type() == QEvent.Type.MouseButtonPress:
                self._long_press.start()
            elif event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.Leave):
                self._long_press.stop()
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if event.key() == Qt.Key.Key_Q and mods == ctrl_shift:
            self.ask_unlock()
        event.accept()  # any other key, Esc included, does nothing

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.unlocked:
            event.ignore()  # Alt+F4, the window manager, a stray close(): only an admin closes it
            return
        for timer in (self._clock_timer, self._return_timer, self._idle_timer, self.refresh_timer):
            timer.stop()
        super().closeEvent(event)


def _reset_stretch(grid: QGridLayout) -> None:
    for r in range(grid.rowCount()):
        grid.setRowStretch(r, 0)
    for c in range(grid.columnCount()):
        grid.setColumnStretch(c, 0)


def _wrap_buttons(buttons: list[QPushButton]) -> None:
    """Two-line texts on the priority buttons: QPushButton does not wrap, so break the long ones
    at the space nearest their middle."""
    for button in buttons:
        text = button.text()
        if len(text) > 22 and " " in text:
            middle = len(text) // 2
            spaces = [i for i, ch in enumerate(text) if ch == " "]
            cut = min(spaces, key=lambda i: abs(i - middle))
            button.setText(f"{text[:cut]}\n{text[cut + 1 :]}")
