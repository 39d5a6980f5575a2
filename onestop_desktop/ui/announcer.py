"""Spoken calls for the display board: "Mời khách hàng số A, không hai ba, đến quầy số hai."

Announcements wait in a first-in first-out queue and never cut each other off: the next one starts
only when the text-to-speech engine's state is back to Ready (or the chime has stopped playing).

**How a ticket is read.** The label is read the way it is printed, one character at a time: the
lane letter by its Vietnamese name (A "a", B "bê", C "xê", D "dê", …) and then each digit ("không",
"một", "hai", …), so "A023" becomes "a, không hai ba". A citizen compares what they hear with their
ticket character by character, leading zeros included; the words are short syllables that every
Vietnamese voice says well; and no number-reading rules ("linh"/"lẻ", "mốt", "lăm", "tư") can come
out wrong or regional. The counter number is small and said as a number ("quầy số mười hai").

**Which voice.** With no engine named, the first text-to-speech engine of the system (Qt's ``mock``
test engine excluded) that has a Vietnamese voice speaks. An engine that cannot speak Vietnamese
would mangle the sentence, so without one the board plays a short chime
(``resources/sounds/chime.wav``) per call instead; and if there is no audio output at all, it stays
silent and says so once in the log. Naming an engine (``ONESTOP_TTS_ENGINE``, or ``engine=`` for
tests, e.g. ``"mock"``) uses it even without a Vietnamese voice.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl, Signal

from onestop_desktop.resources_path import resource

try:  # PySide6-Addons; the library needs libpulse on Linux: without it there is no sound at all
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    from PySide6.QtTextToSpeech import QTextToSpeech

    HAVE_AUDIO_MODULES = True
except ImportError as _exc:  # pragma: no cover - depends on the machine
    HAVE_AUDIO_MODULES = False
    _IMPORT_ERROR: ImportError | None = _exc
else:
    _IMPORT_ERROR = None

log = logging.getLogger(__name__)

ENGINE_ENV = "ONESTOP_TTS_ENGINE"
TEST_ENGINE = "mock"
GAP_MS = 500  # silence between two announcements, so they do not run together
WATCHDOG_MS = 20_000  # an engine that never comes back to Ready does not block the queue
START_MS = 3_000  # nor one that never starts (speech-dispatcher without a sound card stays Ready)
MAX_PENDING = 10  # after an outage the board may find many calls: keep the newest

LETTER_NAMES = {
    "A": "a",
    "Ă": "á",
    "Â": "ớ",
    "B": "bê",
    "C": "xê",
    "D": "dê",
    "Đ": "đê",
    "E": "e",
    "Ê": "ê",
    "F": "ép",
    "G": "giê",
    "H": "hát",
    "I": "i",
    "J": "gi",
    "K": "ca",
    "L": "e lờ",
    "M": "em mờ",
    "N": "en nờ",
    "O": "o",
    "Ô": "ô",
    "Ơ": "ơ",
    "P": "pê",
    "Q": "quy",
    "R": "e rờ",
    "S": "ét xì",
    "T": "tê",
    "U": "u",
    "Ư": "ư",
    "V": "vê",
    "W": "vê kép",
    "X": "ích xì",
    "Y": "i dài",
    "Z": "dét",
}
DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def spoken_label(label: str) -> str:
    """ "A023" → "a, không hai ba": letters by name, then the digits one by one."""
    letters = [LETTER_NAMES.get(c.upper(), c) for c in label if not c.isdigit()]
    digits = [DIGITS[int(c)] for c in label if c.isdigit()]
    return ", ".join(part for part in (" ".join(letters), " ".join(digits)) if part)


def spoken_number(n: int) -> str:
    """A counter number as said in Vietnamese: 2 "hai", 15 "mười lăm", 21 "hai mươi mốt"."""
    if n < 0 or n >= 100:
        return " ".join(DIGITS[int(c)] for c in str(abs(n)))
    if n < 10:
        return DIGITS[n]
    tens, units = divmod(n, 10)
    head = "mười" if tens == 1 else f"{DIGITS[tens]} mươi"
    if units == 0:
        return head
    if units == 5:
        tail = "lăm"
    elif units == 1 and tens > 1:
        tail = "mốt"
    elif units == 4 and tens > 1:
        tail = "tư"
    else:
        tail = DIGITS[units]
    return f"{head} {tail}"


def announcement_text(label: str, counter_number: int) -> str:
    return f"Mời khách hàng số {spoken_label(label)}, đến quầy số {spoken_number(counter_number)}."


@dataclass(frozen=True)
class Announcement:
    label: str
    counter_number: int

    @property
    def text(self) -> str:
        return announcement_text(self.label, self.counter_number)


def _is_vietnamese(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.Vietnamese


class Announcer(QObject):
    """Queue of announcements spoken by a Vietnamese voice, or a chime per call, or nothing.

    ``mode`` says which: "speech", "chime" or "silent" (no audio modules at all). ``started`` and
    ``finished`` carry the text of each announcement as it is played.
    """

    started = Signal(str)
    finished = Signal(str)
    enabled_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        engine: str | None = None,
        enabled: bool = True,
    ) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._queue: deque[Announcement] = deque()
        self._current: Announcement | None = None
        self._engine_busy = False  # the engine has left Ready for the current announcement
        self._tts: QTextToSpeech | None = None
        self._sound: QSoundEffect | None = None
        self._logged: set[str] = set()
        self.voice_description = ""
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(WATCHDOG_MS)
        self._watchdog.timeout.connect(self._stuck)
        self._gap = QTimer(self)
        self._gap.setSingleShot(True)
        self._gap.setInterval(GAP_MS)
        self._gap.timeout.connect(self._next)
        self._start_check = QTimer(self)
        self._start_check.setSingleShot(True)
        self._start_check.setInterval(START_MS)
        self._start_check.timeout.connect(self._not_started)
        self.mode = self._choose(engine if engine is not None else os.environ.get(ENGINE_ENV))

    # -- choosing the voice --------------------------------------------------------------------
    def _choose(self, engine: str | None) -> str:
        if not HAVE_AUDIO_MODULES:
            self._log_once("modules", "no audio (%s): announcements are silent", _IMPORT_ERROR)
            return "silent"
        if engine:
            tts = self._open_engine(engine, need_vietnamese=False)
        else:
            tts = None
            for name in QTextToSpeech.availableEngines():
                if name != TEST_ENGINE:
                    tts = self._open_engine(name, need_vietnamese=True)
                    if tts is not None:
                        break
        if tts is None:
            self.voice_description = "chime"
            log.info("no Vietnamese text-to-speech voice: the board plays a chime per call")
            return "chime"
        self._tts = tts
        tts.stateChanged.connect(self._tts_state)
        voice = tts.voice()
        self.voice_description = f"{tts.engine()}: {voice.name()} ({tts.locale().name()})"
        log.info("announcements spoken by %s", self.voice_description)
        return "speech"

    def _open_engine(self, name: str, *, need_vietnamese: bool) -> QTextToSpeech | None:
        tts = QTextToSpeech(name)  # no parent until chosen: one not chosen is simply dropped
        if tts.state() == QTextToSpeech.State.Error:
            log.info("text-to-speech engine %s unusable: %s", name, tts.errorString())
            return None
        locales = [loc for loc in tts.availableLocales() if _is_vietnamese(loc)]
        if locales:
            tts.setLocale(locales[0])
            voices = [v for v in tts.availableVoices() if _is_vietnamese(v.locale())]
            if voices:
                tts.setVoice(voices[0])
        elif need_vietnamese:
            log.info("text-to-speech engine %s has no Vietnamese voice", name)
            return None
        tts.setParent(self)
        return tts

    # -- switching on and off ------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        """Switched off: what is queued is dropped; what is being said finishes."""
        if on == self._enabled:
            return
        self._enabled = on
        if not on:
            self._queue.clear()
        log.info("announcements %s", "on" if on else "off")
        self.enabled_changed.emit(on)

    def toggle(self) -> bool:
        self.set_enabled(not self._enabled)
        return self._enabled

    # -- the queue -----------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Something is being said, or waits to be."""
        return self._current is not None or bool(self._queue) or self._gap.isActive()

    @property
    def pending(self) -> int:
        return len(self._queue)

    def announce(self, label: str, counter_number: int) -> None:
        """Queue a call (or a recall) of ``label`` to counter ``counter_number``."""
        if not self._enabled or self.mode == "silent":
            return
        item = Announcement(label, counter_number)
        if item in self._queue:
            return  # already waiting to be said
        self._queue.append(item)
        while len(self._queue) > MAX_PENDING:
            dropped = self._queue.popleft()
            log.info("announcement of %s dropped: too many waiting", dropped.label)
        if self._current is None and not self._gap.isActive():
            self._next()

    def _next(self) -> None:
        if self._current is not None or not self._queue or not self._enabled:
            return
        item = self._current = self._queue.popleft()
        self._engine_busy = False
        self._watchdog.start()
        self.started.emit(item.text)
        if self.mode == "speech" and self._tts is not None:
            self._tts.say(item.text)
            if not self._engine_busy:
                self._start_check.start()
        else:
            self._chime()

    def _done(self) -> None:
        item = self._current
        if item is None:
            return
        self._current = None
        self._engine_busy = False
        self._watchdog.stop()
        self._start_check.stop()
        self.finished.emit(item.text)
        if self._queue:
            self._gap.start()

    def _not_started(self) -> None:
        if self._current is not None and not self._engine_busy:
            self._log_once("start", "the text-to-speech engine does not speak (no sound output?)")
            self._done()

    def _stuck(self) -> None:
        log.warning("announcement did not finish within %d s; going on", WATCHDOG_MS // 1000)
        self._done()

    # -- speech --------------------------------------------------------------------------------
    def _tts_state(self, state: QTextToSpeech.State) -> None:
        if self._current is None:
            return
        if state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing):
            self._engine_busy = True
            self._start_check.stop()
        elif state == QTextToSpeech.State.Ready and self._engine_busy:
            self._done()
        elif state == QTextToSpeech.State.Error:
            assert self._tts is not None
            reason = self._tts.errorString()
            self._log_once("tts", "text-to-speech failed (%s): chime instead", reason)
            self.mode = "chime"
            self._chime()

    # -- chime ---------------------------------------------------------------------------------
    def _chime(self) -> None:
        if self._sound is None:
            if not QMediaDevices.audioOutputs():
                self._log_once("output", "no audio output: announcements are silent")
                QTimer.singleShot(0, self._done)
                return
            self._sound = QSoundEffect(self)
            self._sound.playingChanged.connect(self._chime_playing)
            self._sound.statusChanged.connect(self._chime_status)
            self._sound.setSource(QUrl.fromLocalFile(str(resource("sounds", "chime.wav"))))
        if self._sound.status() == QSoundEffect.Status.Error:
            QTimer.singleShot(0, self._done)
        elif self._sound.status() == QSoundEffect.Status.Ready:
            self._sound.play()
        # else still loading: _chime_status plays it when ready

    def _chime_status(self) -> None:
        assert self._sound is not None
        status = self._sound.status()
        if status == QSoundEffect.Status.Error:
            self._log_once("chime", "the chime cannot be played: announcements are silent")
            self._done()
        elif status == QSoundEffect.Status.Ready and self._current is not None:
            self._sound.play()

    def _chime_playing(self) -> None:
        assert self._sound is not None
        if not self._sound.isPlaying():
            self._done()

    def _log_once(self, key: str, message: str, *args: object) -> None:
        if key not in self._logged:
            self._logged.add(key)
            log.warning(message, *args)
