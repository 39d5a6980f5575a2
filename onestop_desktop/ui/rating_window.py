"""The rating panel (màn hình đánh giá): a screen facing the citizen at one counter, a second
monitor of the clerk's PC or a tablet, where they rate the service with one touch.

It shows "Quầy N", the question "Ông/Bà có hài lòng với sự phục vụ?" and four big coloured
buttons with a drawn face each: Rất hài lòng (4), Hài lòng (3), Chưa hài lòng (2), Không hài
lòng (1). Every ``poll_ms`` it asks the DB worker for the counter's ``pending_rating`` (never on
the GUI thread); when the clerk has just received or returned a dossier the dossier's code shows
under the question (never a name), and a touch records the rating linked to that dossier.

Without a pending request the buttons still work and the panel says "Xin mời đánh giá": the
citizen rates the counter (no dossier). The panel is there to be used, the rating is optional,
and a citizen who only asked for information may want to say how it went too. After a touch the
buttons go away and "Cảm ơn Ông/Bà!" shows for ``thanks_ms``, which also keeps one person from
rating many times in a row; then the question comes back (in the ward's language).

The counter is this PC's ``counter`` in ``this-pc.json`` (set by choosing the counter in the
counter app on this PC, or by hand); it is read again on every poll, so setting it needs no
restart. Until it is set, or when that counter does not exist, the panel says how to set it.
"Tiếng Việt" / "English" at the top for foreign residents. Ctrl+Shift+Q closes the panel; Esc and
the window manager's close do not.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
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

from onestop_desktop.domain.errors import UserError, ValidationError
from onestop_desktop.services.processing_dto import RatingPrompt
from onestop_desktop.services.ratings import pending_rating, record_rating
from onestop_desktop.ui.i18n import install_language
from onestop_desktop.ui.messages import error_text, set_message_language
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.this_pc import FILE_NAME, counter_number

log = logging.getLogger(__name__)

POLL_MS = 1_500  # a request made at the counter shows within about a second and a half
THANKS_MS = 4_000  # "Cảm ơn Ông/Bà!" stays this long
IDLE_MS = 30_000  # back to the ward's language when nobody touches the panel
# Sizes below are for a 1280×800 tablet (800×1280 upright), scaled to the real screen.
BASE_LONG, BASE_SHORT = 1280, 800
FONT = "Liberation Sans"
TEXT_PX = 32  # the buttons' words

# score → (button colour, pressed colour); white text and faces on all four (contrast ≥ 3:1
# for the large bold type).
COLOURS: dict[int, tuple[str, str]] = {
    4: ("#2e7d32", "#1b5e20"),
    3: ("#558b2f", "#33691e"),
    2: ("#e65100", "#bf360c"),
    1: ("#c62828", "#8e0000"),
}
SCORES = (4, 3, 2, 1)  # left to right


def _style(s: float) -> str:
    def px(n: float) -> str:
        return f"{max(8, round(n * s))}px"

    buttons = "\n".join(
        f"""QPushButton#score[score="{score}"] {{ background: {normal}; border-color: {normal}; }}
QPushButton#score[score="{score}"]:pressed {{ background: {pressed}; border-color: #ffd54a; }}"""
        for score, (normal, pressed) in COLOURS.items()
    )
    return f"""
RatingWindow {{ background: #0b1524; }}
QLabel {{ color: #f4f7fb; background: transparent; font-family: "{FONT}"; }}
QFrame#header {{ background: #12263f; border-bottom: {px(4)} solid #f2c12e; }}
QLabel#caption {{ color: #a9bdd6; font-size: {px(18)}; font-weight: bold; }}
QLabel#ward_name {{ font-size: {px(30)}; font-weight: bold; }}
QLabel#counter {{
    color: #0b1524; background: #ffd54a; border-radius: {px(14)};
    font-size: {px(44)}; font-weight: bold; padding: {px(4)} {px(24)};
}}
QPushButton {{ font-family: "{FONT}"; }}
QPushButton#language {{
    color: #f4f7fb; background: #1d3657; border: {px(3)} solid #2f5685;
    border-radius: {px(12)}; font-size: {px(22)}; font-weight: bold; padding: {px(6)} {px(16)};
}}
QPushButton#language:checked {{ color: #0b1524; background: #ffd54a; border-color: #ffd54a; }}
QLabel#question {{ font-size: {px(50)}; font-weight: bold; }}
QLabel#about {{ color: #ffd54a; font-size: {px(30)}; font-weight: bold; }}
QLabel#about[idle="true"] {{ color: #c7d5e6; font-weight: normal; }}
QPushButton#score {{ border: {px(4)} solid; border-radius: {px(28)}; }}
{buttons}
QPushButton#score:disabled {{ background: #1d3657; border-color: #1d3657; }}
QLabel#score_text {{ font-size: {px(TEXT_PX)}; font-weight: bold; }}
QLabel#hint {{ color: #a9bdd6; font-size: {px(22)}; }}
QLabel#status {{ color: #ff8a80; font-size: {px(22)}; font-weight: bold; }}
QLabel#thanks {{ color: #9be7a8; font-size: {px(84)}; font-weight: bold; }}
QLabel#thanks_detail {{ color: #c7d5e6; font-size: {px(32)}; }}
QLabel#unset_title {{ color: #ffd54a; font-size: {px(44)}; font-weight: bold; }}
QLabel#unset_text {{ color: #f4f7fb; font-size: {px(26)}; }}
"""


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


# score → how far the mouth's middle bends, in face radii (+ smiles, − frowns)
MOUTH_BEND: dict[int, float] = {4: 0.42, 3: 0.2, 2: -0.12, 1: -0.34}


class _Face(QWidget):
    """A drawn face: white disc, two eyes, a mouth from a broad smile (4) to a frown (1)."""

    def __init__(self, score: int) -> None:
        super().__init__()
        self.score = score
        self.colour = QColor(COLOURS[score][0])
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height()) - 4
        if side <= 8:
            return
        r = side / 2
        centre = QPointF(self.width() / 2, self.height() / 2)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#ffffff"))
        p.drawEllipse(centre, r, r)
        p.setBrush(self.colour)
        eye = r * 0.13
        for dx in (-0.36, 0.36):
            p.drawEllipse(QPointF(centre.x() + dx * r, centre.y() - 0.2 * r), eye, eye * 1.25)
        pen = QPen(self.colour, max(2.0, r * 0.12))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        bend = MOUTH_BEND[self.score]
        y = centre.y() + (0.3 if bend > 0 else 0.45) * r
        mouth = QPainterPath(QPointF(centre.x() - 0.45 * r, y))
        mouth.quadTo(QPointF(centre.x(), y + 2 * bend * r), QPointF(centre.x() + 0.45 * r, y))
        p.drawPath(mouth)
        p.end()


class _ScoreButton(QPushButton):
    """One of the four touch buttons: a face above its words."""

    def __init__(self, score: int) -> None:
        super().__init__()
        self.score = score
        self.setObjectName("score")
        self.setProperty("score", str(score))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.face = _Face(score)
        self.text_label = _label("score_text")
        self.text_label.setWordWrap(True)
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.face, 1)
        self.box.addWidget(self.text_label)

    def set_scale(self, s: float) -> None:
        # Room for two lines on every button, so that the faces stay level when one wraps.
        self.text_label.setFixedHeight(round(2.5 * max(8, round(TEXT_PX * s))))
        margin = max(6, round(20 * s))
        self.box.setContentsMargins(margin, margin, margin, margin)
        self.box.setSpacing(max(4, round(12 * s)))


class RatingWindow(QWidget):
    """Signals for tests and the probe: ``polled(RatingPrompt | None)`` after each answer of the
    database, ``prompt_changed(RatingPrompt | None)`` when what the panel asks about changes,
    ``rated(int)`` once a touch is recorded, ``rate_failed(exc)`` when it could not be, and
    ``returned_to_question()`` when the thanks are over."""

    polled = Signal(object)
    prompt_changed = Signal(object)
    rated = Signal(int)
    rate_failed = Signal(object)
    returned_to_question = Signal()

    def __init__(
        self,
        session: UiSession,
        *,
        poll_ms: int = POLL_MS,
        thanks_ms: int = THANKS_MS,
        idle_ms: int = IDLE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.actor = session.actor
        self.default_language = session.language if session.language in ("vi", "en") else "vi"
        self.language = self.default_language
        self.counter_number: int | None = counter_number(session.location)
        self.prompt: RatingPrompt | None = None
        self.problem: str | None = None  # why the counter cannot be used ("" = not set)
        self._polling = False
        self._rating = False
        self._closed = False
        self._scale = 0.0
        self._portrait = False

        self.setObjectName("RatingWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._retranslate()
        self._apply_scale()

        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.setInterval(thanks_ms)
        self._thanks_timer.timeout.connect(self.return_to_question)
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(idle_ms)
        self._idle_timer.timeout.connect(lambda: self.set_language(self.default_language))
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_ms)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start()
        QTimer.singleShot(0, self.poll)

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.header = QFrame()
        self.header.setObjectName("header")
        self.caption = _label("caption", align=left)
        self.ward_name = _label("ward_name", self.session.ward.name or "", left)
        self.ward_name.setWordWrap(True)  # a long name on an upright tablet takes two lines
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.caption)
        names.addWidget(self.ward_name)
        self.vi_button = QPushButton("Tiếng Việt")
        self.en_button = QPushButton("English")
        self.language_group = QButtonGroup(self)
        for button, code in ((self.vi_button, "vi"), (self.en_button, "en")):
            button.setObjectName("language")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, code=code: self._choose_language(code))
            self.language_group.addButton(button)
        self.counter_label = _label("counter")
        self.header_box = QHBoxLayout(self.header)
        self.header_box.addLayout(names, 1)
        self.header_box.addWidget(self.vi_button)
        self.header_box.addWidget(self.en_button)
        self.header_box.addWidget(self.counter_label)

        # The question and the four buttons.
        self.ask_page = QWidget()
        self.question = _label("question")
        self.question.setWordWrap(True)
        self.about = _label("about")
        self.about.setWordWrap(True)
        self.buttons: dict[int, _ScoreButton] = {}
        self.buttons_box = QGridLayout()
        for score in SCORES:
            button = _ScoreButton(score)
            button.clicked.connect(lambda _c=False, score=score: self.rate(score))
            self.buttons[score] = button
        self._place_buttons()
        self.hint = _label("hint")
        self.hint.setWordWrap(True)
        self.status = _label("status")
        self.status.setWordWrap(True)
        self.status.hide()
        self.ask_box = QVBoxLayout(self.ask_page)
        self.ask_box.addWidget(self.question)
        self.ask_box.addWidget(self.about)
        self.ask_box.addLayout(self.buttons_box, 1)
        self.ask_box.addWidget(self.hint)
        self.ask_box.addWidget(self.status)

        # Thanks after a touch.
        self.thanks_page = QWidget()
        self.thanks = _label("thanks")
        self.thanks.setWordWrap(True)
        self.thanks_detail = _label("thanks_detail")
        self.thanks_detail.setWordWrap(True)
        thanks = QVBoxLayout(self.thanks_page)
        thanks.addStretch(1)
        thanks.addWidget(self.thanks)
        thanks.addWidget(self.thanks_detail)
        thanks.addStretch(1)

        # No counter for this PC yet, or one that does not exist.
        self.unset_page = QWidget()
        self.unset_title = _label("unset_title")
        self.unset_title.setWordWrap(True)
        self.unset_text = _label("unset_text")
        self.unset_text.setWordWrap(True)
        self.unset_text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.unset_box = QVBoxLayout(self.unset_page)
        self.unset_box.addStretch(1)
        self.unset_box.addWidget(self.unset_title)
        self.unset_box.addWidget(self.unset_text)
        self.unset_box.addStretch(1)

        self.pages = QStackedWidget()
        for page in (self.ask_page, self.thanks_page, self.unset_page):
            self.pages.addWidget(page)
        outer = QVBoxLayout(self)
        # The screen's size rules: on a small screen the type shrinks instead.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.header)
        outer.addWidget(self.pages, 1)

    @property
    def portrait(self) -> bool:
        """An upright tablet: the buttons two by two instead of in one row."""
        return self.height() > self.width()

    def _place_buttons(self) -> None:
        columns = 2 if self.portrait else len(SCORES)
        for i, score in enumerate(SCORES):
            self.buttons_box.addWidget(self.buttons[score], i // columns, i % columns)
        for column in range(len(SCORES)):
            self.buttons_box.setColumnStretch(column, 1 if column < columns else 0)
        self._portrait = self.portrait

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self) -> None:
        base_w, base_h = (BASE_SHORT, BASE_LONG) if self.portrait else (BASE_LONG, BASE_SHORT)
        s = max(0.4, min(self.width() / base_w, self.height() / base_h))
        if abs(s - self._scale) < 0.01 and self.portrait == self._portrait:
            return
        self._scale = s
        if self.portrait != self._portrait:
            self._place_buttons()

        def px(n: float) -> int:
            return max(4, round(n * s))

        self.setStyleSheet(_style(s))
        self.header_box.setContentsMargins(px(32), px(12), px(32), px(12))
        self.header_box.setSpacing(px(16))
        self.ask_box.setContentsMargins(px(40), px(28), px(40), px(24))
        self.ask_box.setSpacing(px(16))
        self.buttons_box.setSpacing(px(24))
        self.unset_box.setContentsMargins(px(60), px(30), px(60), px(30))
        self.unset_box.setSpacing(px(24))
        for button in self.buttons.values():
            button.set_scale(s)

    # -- texts ---------------------------------------------------------------------------------
    def _score_text(self, score: int) -> str:
        return {
            4: self.tr("Rất hài lòng"),
            3: self.tr("Hài lòng"),
            2: self.tr("Chưa hài lòng"),
            1: self.tr("Không hài lòng"),
        }[score]

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Đánh giá sự phục vụ"))
        self.caption.setText(self.tr("BỘ PHẬN MỘT CỬA"))
        self.vi_button.setChecked(self.language == "vi")
        self.en_button.setChecked(self.language == "en")
        self.question.setText(self.tr("Ông/Bà có hài lòng với sự phục vụ?"))
        for score, button in self.buttons.items():
            button.text_label.setText(self._score_text(score))
            button.setAccessibleName(self._score_text(score))
        self.hint.setText(self.tr("Đánh giá không ghi tên Ông/Bà. Chạm vào một nút."))
        self.thanks.setText(self.tr("Cảm ơn Ông/Bà!"))
        self.thanks_detail.setText(self.tr("Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn."))
        self._show_counter()
        self._show_prompt()

    def _show_counter(self) -> None:
        number = self.counter_number
        self.counter_label.setVisible(number is not None and not self.problem)
        self.counter_label.setText(self.tr("Quầy {0}").format(number))
        if self.problem is None:
            return
        if self.problem:  # the database refused the counter (it does not exist, not in use)
            self.unset_title.setText(self.tr("Chưa dùng được màn hình đánh giá"))
            detail = self.problem
        else:
            self.unset_title.setText(self.tr("Máy này chưa được gán quầy"))
            detail = ""
        how = self.tr(
            "Trên máy này, mở chương trình ở chế độ quầy, đăng nhập và chọn quầy (nút "
            "“Đổi quầy…”); hoặc ghi số quầy vào tệp {0} trong thư mục dữ liệu, ví dụ "
            '{{"counter": 2}}. Màn hình đánh giá tự nhận số quầy sau vài giây.'
        ).format(self.session.location.data_dir / FILE_NAME)
        self.unset_text.setText(f"{detail}\n\n{how}" if detail else how)

    def _show_prompt(self) -> None:
        prompt = self.prompt
        if prompt is None:
            self.about.setText(self.tr("Xin mời đánh giá"))
        elif prompt.code:
            self.about.setText(self.tr("Hồ sơ {0}").format(prompt.code))
        else:
            self.about.setText(self.tr("Lượt phục vụ vừa xong"))
        idle = prompt is None
        if bool(self.about.property("idle")) != idle:
            self.about.setProperty("idle", idle)
            _repolish(self.about)

    # -- language ------------------------------------------------------------------------------
    def _choose_language(self, language: str) -> None:
        self.set_language(language)
        if self.language != self.default_language:
            self._idle_timer.start()

    def set_language(self, language: str) -> None:
        """Switch the panel's texts (the whole app's translator: it is the only window)."""
        language = language if language in ("vi", "en") else "vi"
        if language != self.language:
            self.language = language
            app = QApplication.instance()
            assert app is not None
            install_language(app, language)
            set_message_language(language)
        self._retranslate()

    # -- polling -------------------------------------------------------------------------------
    def poll(self) -> None:
        """Ask the worker what the counter's panel should ask about now."""
        if self._closed:
            return
        number = counter_number(self.session.location)  # a small file, set on this PC
        if number != self.counter_number:
            self.counter_number = number
            self.problem = None
            self._show_counter()
        if number is None:
            self._set_problem("")
            self.polled.emit(None)
            return
        if self._polling:
            return
        self._polling = True
        self.session.read(
            pending_rating,
            lambda prompt: self._polled(number, prompt),
            lambda exc: self._poll_failed(number, exc),
            number,
        )

    def _polled(self, number: int, prompt: RatingPrompt | None) -> None:
        self._polling = False
        if self._closed or number != self.counter_number:
            return
        if self.problem is not None:
            self.problem = None
            self._show_counter()
        if self.pages.currentWidget() is self.unset_page:
            self.pages.setCurrentWidget(self.ask_page)
        self._set_status(None)
        if self.pages.currentWidget() is self.ask_page and not self._rating:
            self._set_prompt(prompt)
        self.polled.emit(prompt)

    def _poll_failed(self, number: int, exc: BaseException) -> None:
        self._polling = False
        if self._closed or number != self.counter_number:
            return
        if isinstance(exc, ValidationError) and exc.field == "counter":
            self._set_problem(error_text(exc))
        else:
            log.warning("rating panel: cannot read the counter's request: %s", exc)
            self._set_status(self.tr("Mất kết nối, đang thử lại…"))
        self.polled.emit(None)

    def _set_problem(self, problem: str) -> None:
        if problem != self.problem:
            self.problem = problem
            self._show_counter()
        self._set_prompt(None)
        self._thanks_timer.stop()
        self.pages.setCurrentWidget(self.unset_page)

    def _set_prompt(self, prompt: RatingPrompt | None) -> None:
        changed = prompt != self.prompt
        self.prompt = prompt
        if changed:
            self._show_prompt()
            self.prompt_changed.emit(prompt)

    def _set_status(self, text: str | None) -> None:
        self.status.setVisible(bool(text))
        self.status.setText(text or "")

    # -- rating --------------------------------------------------------------------------------
    def score_button(self, score: int) -> QPushButton:
        return self.buttons[score]

    def rate(self, score: int) -> None:
        """A touch: record it on the worker, then thank."""
        number = self.counter_number
        if self._rating or number is None or self.problem is not None:
            return
        self._rating = True
        for button in self.buttons.values():
            button.setEnabled(False)
        request_id = self.prompt.request_id if self.prompt else None

        def done(_result: None) -> None:
            self._rated(score)

        self.session.write(record_rating, done, self._rate_failed, number, score, request_id)

    def _rated(self, score: int) -> None:
        self._rating = False
        if self._closed:
            return
        self._set_status(None)
        self.pages.setCurrentWidget(self.thanks_page)
        self._thanks_timer.start()
        self.rated.emit(score)

    def _rate_failed(self, exc: BaseException) -> None:
        self._rating = False
        if self._closed:
            return
        for button in self.buttons.values():
            button.setEnabled(True)
        text = error_text(exc) if isinstance(exc, UserError) else None
        if text is None:
            log.warning("rating panel: the rating could not be recorded: %s", exc)
            text = self.tr("Chưa ghi được đánh giá. Xin Ông/Bà chạm lại sau ít phút.")
        self._set_status(text)
        self.rate_failed.emit(exc)

    def return_to_question(self) -> None:
        """After the thanks: the question again, in the ward's language, for the next citizen."""
        self._thanks_timer.stop()
        self._idle_timer.stop()
        for button in self.buttons.values():
            button.setEnabled(True)
        self._set_prompt(None)  # the answered request is gone; the next poll says what is new
        if self.language != self.default_language:
            self.set_language(self.default_language)
        if self.problem is None:
            self.pages.setCurrentWidget(self.ask_page)
        self.returned_to_question.emit()
        self.poll()

    # -- keys and closing ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if event.key() == Qt.Key.Key_Q and mods == ctrl_shift:
            self.close()
        event.accept()  # any other key, Esc included, does nothing

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous():
            event.ignore()  # the window manager's close or Alt+F4: Ctrl+Shift+Q closes it
            return
        self._closed = True
        self.poll_timer.stop()
        self._thanks_timer.stop()
        self._idle_timer.stop()
        super().closeEvent(event)
