"""The rating panel (``--rating``) on a real database: the dossier just received at the counter
shows by its code (never a name), a touch records a rating linked to that dossier and counter,
"Cảm ơn Ông/Bà!" then the question again; a stale request is not shown; a PC without a counter
says how to set one. The clerk's counter panel shows today's counts and no name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from sqlalchemy import select

from onestop_desktop.cli import build_parser
from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.ratings import PROMPT_MINUTES, RATING_ACTOR
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import DataLocation
from onestop_desktop.store.models import Rating
from onestop_desktop.ui.counter_panel import CounterPanel
from onestop_desktop.ui.i18n import install_language
from onestop_desktop.ui.main_window import MainWindow
from onestop_desktop.ui.messages import set_message_language
from onestop_desktop.ui.rating_window import RatingWindow
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.this_pc import set_counter_number
from onestop_desktop.ui.worker import DbWorker
from tests.intake_helpers import APPLICANT
from tests.queue_helpers import Lanes, make_lanes
from tests.rating_helpers import Served, ask, serve_and_receive

WAIT = 20_000
POLL_MS = 100


@pytest.fixture
def lanes(runner: ServiceRunner, ward: Actor) -> Lanes:
    return make_lanes(runner, ward)


@pytest.fixture
def clerk(make_user, lanes: Lanes) -> Actor:  # type: ignore[no-untyped-def]
    """A clerk at counter 1 (the counter this PC is, set in the tests)."""
    return replace(make_user("canbo1", "clerk"), counter_id=lanes.counters[1])


@pytest.fixture
def served(runner: ServiceRunner, ward: Actor, clerk: Actor, lanes: Lanes) -> Served:
    """A dossier just received at counter 1; the intake asks the counter's panel."""
    served = serve_and_receive(runner, ward, clerk, lanes)
    ask(runner, clerk, served.dossier_id, served.ticket_id)
    return served


@pytest.fixture
def open_panel(
    qtbot, qapp: QApplication, runner: ServiceRunner, location: DataLocation, ward: Actor
) -> Iterator[Callable[..., RatingWindow]]:  # type: ignore[no-untyped-def]
    made: list[tuple[RatingWindow, DbWorker]] = []

    def make(**kwargs: object) -> RatingWindow:
        worker = DbWorker()
        session = UiSession(
            worker, runner, location, runner.read(ward_status, None), RATING_ACTOR, "vi"
        )
        kwargs.setdefault("poll_ms", POLL_MS)
        window = RatingWindow(session, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        made.append((window, worker))
        window.resize(1280, 800)
        with qtbot.waitSignal(window.polled, timeout=WAIT):
            window.show()
        return window

    yield make
    for window, worker in made:
        window.close()
        worker.wait_idle()
    install_language(qapp, "vi")
    set_message_language("vi")


def ratings(runner: ServiceRunner) -> list[tuple[int | None, int | None, int | None, int]]:
    with runner.db.read() as s:
        rows = s.scalars(select(Rating).order_by(Rating.id))
        return [(r.counter_id, r.dossier_id, r.ticket_id, r.score) for r in rows]


def texts(widget: QWidget) -> str:
    """Every text a person can read in a widget: labels, buttons, table cells."""
    parts = [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]
    parts += [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisible()]
    if isinstance(widget, CounterPanel):
        model = widget.waiting
        parts += [
            str(model.index(r, c).data() or "")
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        ]
    return "\n".join(parts)


def test_a_touch_records_a_rating_linked_to_the_dossier_and_counter_then_thanks(
    qtbot, open_panel, runner: ServiceRunner, location: DataLocation, lanes: Lanes, served: Served
) -> None:  # type: ignore[no-untyped-def]
    set_counter_number(location, 1)
    panel = open_panel(thanks_ms=300)
    qtbot.waitUntil(lambda: panel.prompt is not None, timeout=WAIT)

    assert panel.counter_label.text() == "Quầy 1"
    assert panel.question.text() == "Ông/Bà có hài lòng với sự phục vụ?"
    assert panel.about.text() == f"Hồ sơ {served.code}"
    assert [panel.buttons[s].text_label.text() for s in (4, 3, 2, 1)] == [
        "Rất hài lòng",
        "Hài lòng",
        "Chưa hài lòng",
        "Không hài lòng",
    ]
    assert APPLICANT.full_name not in texts(panel)  # the screen faces the waiting room

    with qtbot.waitSignal(panel.rated, timeout=WAIT) as touched:
        qtbot.mouseClick(panel.score_button(4), Qt.MouseButton.LeftButton)
    assert touched.args == [4]
    assert ratings(runner) == [(lanes.counters[1], served.dossier_id, served.ticket_id, 4)]
    assert panel.pages.currentWidget() is panel.thanks_page
    assert panel.thanks.text() == "Cảm ơn Ông/Bà!"

    with qtbot.waitSignal(panel.returned_to_question, timeout=WAIT):
        pass
    assert panel.pages.currentWidget() is panel.ask_page
    qtbot.waitSignal(panel.polled, timeout=WAIT).wait()
    assert panel.prompt is None  # answered: the next citizen is not asked about that dossier
    assert panel.about.text() == "Xin mời đánh giá"

    # With nothing pending the buttons still work: a rating of the counter alone.
    with qtbot.waitSignal(panel.rated, timeout=WAIT):
        qtbot.mouseClick(panel.score_button(2), Qt.MouseButton.LeftButton)
    assert ratings(runner)[-1] == (lanes.counters[1], None, None, 2)


def test_the_clerks_panel_shows_todays_counts_and_no_name(
    qtbot, open_panel, runner: ServiceRunner, location: DataLocation, clerk: Actor, served: Served
) -> None:  # type: ignore[no-untyped-def]
    set_counter_number(location, 1)
    session = UiSession(DbWorker(), runner, location, runner.read(ward_status, None), clerk, "vi")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    counter_panel = window.counter_panel
    assert counter_panel is not None
    zero = "Đánh giá hôm nay: 0 rất hài lòng · 0 hài lòng · 0 chưa hài lòng · 0 không hài lòng"
    qtbot.waitUntil(lambda: counter_panel.ratings_label.text() == zero, timeout=WAIT)

    rating = open_panel(thanks_ms=100)
    for score in (4, 3, 4):
        qtbot.waitUntil(lambda: rating.pages.currentWidget() is rating.ask_page, timeout=WAIT)
        with qtbot.waitSignal(rating.rated, timeout=WAIT):
            qtbot.mouseClick(rating.score_button(score), Qt.MouseButton.LeftButton)

    counter_panel.refresh_now()  # what its 2-second timer does
    qtbot.waitUntil(
        lambda: (
            counter_panel.ratings_label.text()
            == "Đánh giá hôm nay: 2 rất hài lòng · 1 hài lòng · 0 chưa hài lòng · 0 không hài lòng"
        ),
        timeout=WAIT,
    )
    shown = texts(counter_panel)
    assert "Đánh giá hôm nay" in shown
    assert APPLICANT.full_name not in shown
    assert served.code not in shown  # which dossier gave which score is not the clerk's to see
    window.close()
    session.worker.wait_idle()


def test_a_stale_request_is_not_shown(
    qtbot, open_panel, runner: ServiceRunner, location: DataLocation, lanes: Lanes,
    served: Served, clock: FixedClock,
) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    set_counter_number(location, 1)
    panel = open_panel()
    qtbot.waitUntil(lambda: panel.about.text() == f"Hồ sơ {served.code}", timeout=WAIT)

    clock.advance(minutes=PROMPT_MINUTES, seconds=1)  # nobody touched the panel in time
    qtbot.waitUntil(lambda: panel.prompt is None, timeout=WAIT)
    assert panel.about.text() == "Xin mời đánh giá"
    assert served.code not in texts(panel)

    with qtbot.waitSignal(panel.rated, timeout=WAIT):
        qtbot.mouseClick(panel.score_button(1), Qt.MouseButton.LeftButton)
    assert ratings(runner) == [(lanes.counters[1], None, None, 1)]  # the counter only


def test_a_pc_without_a_counter_says_how_to_set_it_and_picks_it_up(
    qtbot, open_panel, runner: ServiceRunner, location: DataLocation, lanes: Lanes
) -> None:  # type: ignore[no-untyped-def]
    panel = open_panel()
    assert panel.pages.currentWidget() is panel.unset_page
    assert panel.unset_title.text() == "Máy này chưa được gán quầy"
    assert "Đổi quầy…" in panel.unset_text.text()
    assert str(location.data_dir / "this-pc.json") in panel.unset_text.text()
    assert not panel.counter_label.isVisible()
    qtbot.mouseClick(panel.score_button(4), Qt.MouseButton.LeftButton)  # hidden: nothing

    set_counter_number(location, 9)  # a counter the ward does not have
    qtbot.waitUntil(lambda: "quầy số 9" in panel.unset_text.text(), timeout=WAIT)
    assert panel.pages.currentWidget() is panel.unset_page

    set_counter_number(location, 2)  # chosen in the counter app on this PC: no restart needed
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.ask_page, timeout=WAIT)
    assert panel.counter_label.text() == "Quầy 2"
    assert panel.about.text() == "Xin mời đánh giá"
    assert ratings(runner) == []


def test_english_for_a_foreign_resident_then_back_to_vietnamese(
    qtbot, open_panel, runner: ServiceRunner, location: DataLocation, served: Served
) -> None:  # type: ignore[no-untyped-def]
    set_counter_number(location, 1)
    panel = open_panel(thanks_ms=100)
    qtbot.waitUntil(lambda: panel.prompt is not None, timeout=WAIT)
    qtbot.mouseClick(panel.en_button, Qt.MouseButton.LeftButton)
    assert panel.question.text() == "Are you satisfied with our service?"
    assert panel.buttons[4].text_label.text() == "Very satisfied"
    assert panel.about.text() == f"Dossier {served.code}"
    assert panel.counter_label.text() == "Counter 1"

    with qtbot.waitSignal(panel.rated, timeout=WAIT):
        qtbot.mouseClick(panel.score_button(3), Qt.MouseButton.LeftButton)
    assert panel.thanks.text() == "Thank you!"
    with qtbot.waitSignal(panel.returned_to_question, timeout=WAIT):
        pass
    assert panel.question.text() == "Ông/Bà có hài lòng với sự phục vụ?"


def test_keys_esc_does_nothing_ctrl_shift_q_closes(qtbot, open_panel, location) -> None:  # type: ignore[no-untyped-def]
    set_counter_number(location, 1)
    panel = open_panel()
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert panel.isVisible()
    qtbot.keyClick(
        panel, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not panel.isVisible()


def test_nothing_is_clipped_on_a_tablet_either_way_up(
    qtbot, open_panel, location: DataLocation, served: Served
) -> None:  # type: ignore[no-untyped-def]
    set_counter_number(location, 1)
    panel = open_panel()
    qtbot.waitUntil(lambda: panel.prompt is not None, timeout=WAIT)
    for width, height in ((1280, 800), (1024, 600), (800, 1280), (1920, 1080)):
        panel.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: panel.size().toTuple() == (w, h), timeout=WAIT)
        QApplication.processEvents()
        for button in panel.buttons.values():
            label = button.text_label
            assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
            assert button.height() >= 0.2 * height  # a big target for a finger
        for label in (panel.about, panel.counter_label):
            assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()


def test_the_rating_app_opens_full_screen_as_the_rating_actor(
    qtbot, location: DataLocation, ward: Actor, lanes: Lanes
) -> None:  # type: ignore[no-untyped-def]
    from onestop_desktop.ui.rating_app import RatingController

    assert build_parser().parse_args(["--rating"]).rating is True
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--rating", "--kiosk"])
    set_counter_number(location, 2)
    controller = RatingController(location)
    qtbot.addWidget(controller.waiting)
    controller.start()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=WAIT)
    window = controller.window
    assert isinstance(window, RatingWindow)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.polled, timeout=WAIT):
        pass
    assert window.isFullScreen()
    assert window.actor == RATING_ACTOR
    assert window.ward_name.text() == "Phường Tây Hồ"
    assert window.counter_label.text() == "Quầy 2"
    window.close()
    controller.shutdown()
