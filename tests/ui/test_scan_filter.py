"""The application-level scan filter: a keyboard-wedge burst ending with Enter is a scan, the
same keys at a person's pace reach the focused field unchanged and in order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from onestop_desktop.ui.scan_filter import ScanFilter, scan_text

PAYLOAD = "000.00.06.H56-261120-0001-123456789012"
CODE = "000.00.06.H56-261120-0001"
SCANNER_MS = 2  # a wedge scanner: a few ms between keys
HUMAN_MS = 120  # a quick typist
NO = Qt.KeyboardModifier.NoModifier


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit()
        self.other = QLineEdit()
        self.entered: list[str] = []
        self.field.returnPressed.connect(lambda: self.entered.append(self.field.text()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.other)


@pytest.fixture
def form(qtbot) -> Form:  # type: ignore[no-untyped-def]
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    widget.field.setFocus()
    return widget


@pytest.fixture
def scanner(form: Form) -> Iterator[ScanFilter]:
    scan = ScanFilter(gap_ms=30)
    scan.install()
    yield scan
    scan.uninstall()


def _scan(widget: QWidget, text: str) -> None:
    QTest.keyClicks(widget, text, NO, SCANNER_MS)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_a_burst_at_scanner_speed_is_a_scan_and_the_field_stays_as_it_was(
    qtbot,  # type: ignore[no-untyped-def]
    form: Form,
    scanner: ScanFilter,
) -> None:
    form.field.setText("Ghi chú")
    with qtbot.waitSignal(scanner.scanned, timeout=5_000) as scan:
        _scan(form.field, PAYLOAD)
    assert scan.args == [PAYLOAD]
    assert form.field.text() == "Ghi chú"
    assert form.entered == []  # the scanner's Enter was swallowed too
    assert not scanner.holding


def test_lower_case_and_a_bare_code_are_scans_too(qtbot, form: Form, scanner: ScanFilter) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(scanner.scanned, timeout=5_000) as scan:
        _scan(form.field, CODE.lower())
    assert scan.args == [CODE]
    assert form.field.text() == ""


def test_the_same_keys_at_a_persons_pace_go_into_the_field_in_order(
    qtbot,  # type: ignore[no-untyped-def]
    form: Form,
    scanner: ScanFilter,
) -> None:
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    QTest.keyClicks(form.field, PAYLOAD, NO, HUMAN_MS)
    qtbot.waitUntil(lambda: form.field.text() == PAYLOAD, timeout=5_000)
    QTest.keyClick(form.field, Qt.Key.Key_Return, NO, HUMAN_MS)
    assert form.entered == [PAYLOAD]
    assert scans == []


def test_a_typed_letter_shows_within_the_gap(qtbot, form: Form, scanner: ScanFilter) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(form.field, Qt.Key.Key_A, NO)
    assert form.field.text() == ""  # held back for at most the gap…
    qtbot.waitUntil(lambda: form.field.text() == "a", timeout=500)  # …then it appears


def test_a_fast_burst_that_is_no_code_is_typed_with_its_enter(
    qtbot,  # type: ignore[no-untyped-def]
    form: Form,
    scanner: ScanFilter,
) -> None:
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    _scan(form.field, "so 12 ngo 45")  # a fast typist's roll, or another barcode
    assert form.field.text() == "so 12 ngo 45"
    assert form.entered == ["so 12 ngo 45"]  # Enter came after the text, as typed
    assert scans == []


def test_a_key_that_is_not_printable_releases_the_held_keys_first(
    qtbot,  # type: ignore[no-untyped-def]
    form: Form,
    scanner: ScanFilter,
) -> None:
    QTest.keyClicks(form.field, "abc", NO, 0)
    QTest.keyClick(form.field, Qt.Key.Key_Backspace)
    assert form.field.text() == "ab"
    QTest.keyClicks(form.field, "xy", NO, 0)
    QTest.keyClick(form.field, Qt.Key.Key_Tab)  # focus moves on after the letters landed
    assert form.field.text() == "abxy"
    qtbot.waitUntil(form.other.hasFocus, timeout=5_000)


def test_a_prefix_marks_a_scan_and_is_removed(qtbot, form: Form, scanner: ScanFilter) -> None:  # type: ignore[no-untyped-def]
    scanner.prefix = "]Q"
    with qtbot.waitSignal(scanner.scanned, timeout=5_000) as scan:
        _scan(form.field, "]QABC-123")
    assert scan.args == ["ABC-123"]
    assert form.field.text() == ""


def test_keys_for_widgets_the_owner_does_not_accept_pass_at_once(
    qtbot,  # type: ignore[no-untyped-def]
    form: Form,
) -> None:
    scan = ScanFilter(accepts=lambda widget: widget is not form.other)
    scans: list[str] = []
    scan.scanned.connect(scans.append)
    scan.install()
    try:
        _scan(form.other, PAYLOAD)
        assert form.other.text() == PAYLOAD  # no delay, no scan
        assert scans == []
    finally:
        scan.uninstall()
    assert not scan.installed


def test_after_uninstall_nothing_is_held(qtbot, form: Form, scanner: ScanFilter) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClicks(form.field, "ab", NO, 0)
    scanner.uninstall()  # the screen hides mid-burst: the keys are delivered, not lost
    assert form.field.text() == "ab"
    _scan(form.field, PAYLOAD)
    assert form.field.text() == "ab" + PAYLOAD


@pytest.mark.parametrize(
    ("burst", "prefix", "expected"),
    [
        (f"  {PAYLOAD} ", "", PAYLOAD),
        (CODE, "", CODE),
        (PAYLOAD[:-1], "", None),  # a signature digit missing: not a payload, not a code
        ("Nguyễn Văn A", "", None),
        ("#12", "#", None),  # too short after the prefix
        ("#A1234", "#", "A1234"),
    ],
)
def test_what_counts_as_a_scan(burst: str, prefix: str, expected: str | None) -> None:
    assert scan_text(burst, prefix) == expected


def _key(ch: str, stamp: int) -> QKeyEvent:
    event = QKeyEvent(QEvent.Type.KeyPress, ord(ch.upper()), NO, ch)
    event.setTimestamp(stamp)
    return event


def test_a_busy_gui_thread_does_not_split_a_scan_from_a_real_device(
    qtbot,  # type: ignore[no-untyped-def]
    form: Form,
    scanner: ScanFilter,
) -> None:
    """Real key events carry the time they arrived: a scan whose keys the GUI thread handles
    late (a list refreshing mid-scan) is still one scan. Driven through the filter's press
    handler, because only the platform can make such events."""
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    stamp = 1_000_000
    for index, ch in enumerate(CODE):
        assert scanner._press(form.field, _key(ch, stamp + 3 * index))
        if index == 5:
            scanner._last_press -= 0.1  # the GUI thread got to the next key 100 ms later
    enter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, NO, "\r")
    enter.setTimestamp(stamp + 3 * len(CODE))
    assert scanner._press(form.field, enter)
    assert scans == [CODE]
    assert form.field.text() == ""


def test_a_late_timer_waits_one_more_gap_before_replaying(
    qtbot,  # type: ignore[no-untyped-def]
    form: Form,
    scanner: ScanFilter,
) -> None:
    scanner._press(form.field, _key("a", 5_000))
    scanner._last_press -= 0.1  # the event loop was held up past the timer
    scanner._timed_out()
    assert scanner.holding  # queued keys of a burst may still come
    scanner._timed_out()
    assert form.field.text() == "a"
