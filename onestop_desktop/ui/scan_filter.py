"""Tell a keyboard-wedge scanner from a person typing, anywhere in the application.

A USB barcode/QR scanner in keyboard-wedge mode "types" what it read, one key every few
milliseconds, and ends with Enter. A person types one key every 80–300 ms. ``ScanFilter`` is an
application-level event filter (installed on the ``QApplication`` while the return screen is
shown) that holds printable key presses for a moment and decides:

* **Buffer and replay.** A printable key press (no Ctrl/Alt/Meta) is held back, not delivered.
  While further printable keys arrive within ``gap_ms`` (default 30 ms) of the previous one, they
  join the burst. When ``gap_ms`` passes with no new key (a timer), the held keys are replayed, in
  order, to the widgets they were meant for: a person's letter appears ``gap_ms`` late, which
  nobody notices, and nothing is lost or reordered. A key that is not printable (Tab, Backspace,
  arrows, a Ctrl shortcut), a mouse press, or an auto-repeat replays the held keys first and then
  goes on normally.
* **A scan.** Enter arriving within the burst ends it. If the burst, spaces trimmed, is a receipt
  payload or a dossier code (``domain.dossier_code.PAYLOAD_RE`` / ``CODE_RE``, case forgiven), or
  starts with the configured ``prefix`` (removed; some scanners are set to send one), the keys and
  the Enter are swallowed and ``scanned(text)`` is emitted. Otherwise the keys are replayed and the
  Enter goes on to the focused widget, as typed.

Only spontaneous key events (from the keyboard, or ``QTest``) are considered; the replayed ones
are sent by this filter and pass untouched. ``accepts(widget)`` lets the owner limit where a scan
is caught (its own window and dialogs, not a lock screen): keys for other widgets pass untouched.

Timing: the gap between two presses is measured with ``time.monotonic()`` when each press is
delivered. ``QKeyEvent.timestamp()`` is 0 for synthetic events (``QTest``), so it is not relied on;
only when two consecutive presses both carry one (a real keyboard or scanner) does their difference
win, because it is when the keys arrived, not when a busy GUI thread got round to them: a list
refreshing in the middle of a scan must not split it. For the same reason a timer that fires late
(the event loop was held up, keys of the burst may still be queued) waits one more gap before it
replays the held keys.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from onestop_desktop.domain.dossier_code import CODE_RE, PAYLOAD_RE

DEFAULT_GAP_MS = 30
MIN_PREFIXED_CHARS = 4  # after a prefix: shorter is a person who happened to type the prefix

_ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    }
)


@dataclass(frozen=True)
class _HeldKey:
    target: QWidget
    kind: QEvent.Type
    key: int
    modifiers: Qt.KeyboardModifier
    native_scan_code: int
    native_virtual_key: int
    native_modifiers: int
    text: str
    count: int

    @classmethod
    def of(cls, target: QWidget, event: QKeyEvent) -> _HeldKey:
        return cls(
            target,
            event.type(),
            event.key(),
            event.modifiers(),
            event.nativeScanCode(),
            event.nativeVirtualKey(),
            event.nativeModifiers(),
            event.text(),
            event.count(),
        )

    def event(self) -> QKeyEvent:
        return QKeyEvent(
            self.kind,
            self.key,
            self.modifiers,
            self.native_scan_code,
            self.native_virtual_key,
            self.native_modifiers,
            self.text,
            False,
            self.count,
        )


def scan_text(burst: str, prefix: str) -> str | None:
    """What a burst of keys ended by Enter carries if it is a scan, else None."""
    text = burst.strip()
    if prefix and text.startswith(prefix):
        rest = text[len(prefix) :].strip()
        return rest if len(rest) >= MIN_PREFIXED_CHARS else None
    upper = text.upper()
    if PAYLOAD_RE.match(upper) or CODE_RE.match(upper):
        return upper
    return None


def _is_printable(event: QKeyEvent) -> bool:
    text = event.text()
    return (
        bool(text)
        and text.isprintable()
        and not (event.modifiers() & _COMMAND_MODIFIERS)
        and not event.isAutoRepeat()
    )


def _is_enter(event: QKeyEvent) -> bool:
    return event.key() in _ENTER_KEYS and not (event.modifiers() & _COMMAND_MODIFIERS)


class ScanFilter(QObject):
    """``install()`` / ``uninstall()`` on the application; ``scanned(text)`` for each scan."""

    scanned = Signal(str)

    def __init__(
        self,
        gap_ms: int = DEFAULT_GAP_MS,
        prefix: str = "",
        accepts: Callable[[QWidget], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.gap_ms = max(1, gap_ms)
        self.prefix = prefix
        self._accepts = accepts
        self._held: list[_HeldKey] = []
        self._last_press = 0.0
        self._last_stamp = 0  # the previous press's QKeyEvent.timestamp(), 0 if it had none
        self._graced = False
        self._swallow_release: set[int] = set()  # keys of a scan whose release is still to come
        self._installed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._timed_out)

    # -- installation --------------------------------------------------------------------------
    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False
        self.flush()
        self._swallow_release.clear()

    @property
    def installed(self) -> bool:
        return self._installed

    @property
    def holding(self) -> bool:
        """Whether keys are held back right now (a burst being decided)."""
        return bool(self._held)

    # -- deciding ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            if self._held:
                self.flush()
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not (event.spontaneous() and isinstance(event, QKeyEvent)):
            return False  # our own replays, and keys other widgets forward
        if not (isinstance(watched, QWidget) and watched.isWidgetType()):
            return False  # the window first sees every key; decide at the widget
        if self._accepts is not None and not self._accepts(watched):
            if self._held:
                self.flush()
            return False
        if kind == QEvent.Type.KeyRelease:
            return self._release(watched, event)
        return self._press(watched, event)

    def _gap_ms(self, now: float, stamp: int) -> float:
        """Milliseconds since the previous press: by the events' own timestamps when both have
        one, else by when they were delivered."""
        if stamp > 0 and self._last_stamp > 0:
            return stamp - self._last_stamp if stamp >= self._last_stamp else float("inf")
        return (now - self._last_press) * 1000

    def _press(self, target: QWidget, event: QKeyEvent) -> bool:
        now, stamp = time.monotonic(), event.timestamp()
        if self._held and self._gap_ms(now, stamp) > self.gap_ms:
            self.flush()  # a pause longer than a scanner's: this key starts anew
        if _is_enter(event):
            if self._held:
                text = scan_text(self._burst(), self.prefix)
                if text is not None:
                    self._timer.stop()
                    self._swallow_release.update(h.key for h in self._held)
                    self._swallow_release.add(event.key())
                    self._held.clear()
                    self.scanned.emit(text)
                    return True
                self.flush()
            return False
        if _is_printable(event):
            self._held.append(_HeldKey.of(target, event))
            self._last_press, self._last_stamp = now, stamp
            self._graced = False
            self._timer.start(self.gap_ms)
            return True
        if event.key() in _MODIFIER_KEYS and self._held:
            self._held.append(_HeldKey.of(target, event))  # a scanner's Shift around capitals
            return True
        if self._held:
            self.flush()
        return False

    def _release(self, target: QWidget, event: QKeyEvent) -> bool:
        if self._held:
            self._held.append(_HeldKey.of(target, event))
            return True
        if event.key() in self._swallow_release:
            self._swallow_release.discard(event.key())
            return True
        return False

    def _burst(self) -> str:
        return "".join(h.text for h in self._held if h.kind == QEvent.Type.KeyPress)

    def _timed_out(self) -> None:
        late_ms = (time.monotonic() - self._last_press) * 1000 - self.gap_ms
        if self._held and not self._graced and late_ms > self.gap_ms:
            self._graced = True  # the loop was held up: let queued keys of the burst arrive
            self._timer.start(self.gap_ms)
            return
        self.flush()

    def flush(self) -> None:
        """Deliver the held keys, in order, to the widgets they were meant for."""
        self._timer.stop()
        held, self._held = self._held, []
        for key in held:
            target: QWidget | None = key.target if shiboken6.isValid(key.target) else None
            if target is None:
                target = QApplication.focusWidget()
            if target is not None:
                QApplication.sendEvent(target, key.event())
