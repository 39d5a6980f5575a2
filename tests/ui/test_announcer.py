"""The announcer: what it says, in order, never cutting a call off; off means silent; no voice
means a chime. Speech goes through Qt's ``mock`` text-to-speech engine (it "speaks" on a timer)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtTextToSpeech import QTextToSpeech

from onestop_desktop.ui.announcer import (
    Announcer,
    announcement_text,
    spoken_label,
    spoken_number,
)

# Loading QtMultimedia on a machine without PulseAudio/PipeWire/VA-API says so once.
AUDIO_NOISE = (
    "qt.multimedia",
    "Couldn't (load|resolve)",
    "PulseAudioService",
    "Using Qt multimedia with FFmpeg",
    "Text-to-speech plug-in",
)


def test_a_ticket_is_read_letter_by_letter_and_digit_by_digit() -> None:
    assert spoken_label("A023") == "a, không hai ba"
    assert spoken_label("B100") == "bê, một không không"
    assert spoken_label("C009") == "xê, không không chín"
    assert spoken_label("D5") == "dê, năm"
    assert spoken_label("123") == "một hai ba"


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (1, "một"),
        (2, "hai"),
        (10, "mười"),
        (11, "mười một"),
        (15, "mười lăm"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (99, "chín mươi chín"),
    ],
)
def test_a_counter_number_is_said_as_a_number(n: int, words: str) -> None:
    assert spoken_number(n) == words


def test_the_sentence() -> None:
    assert announcement_text("A023", 2) == "Mời khách hàng số a, không hai ba, đến quầy số hai."


def test_calls_are_spoken_in_order_and_never_cut_each_other_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    announcer = Announcer(engine="mock")
    assert announcer.mode == "speech"
    tts = announcer.findChild(QTextToSpeech)
    assert tts is not None
    events: list[tuple[str, str]] = []
    tts.stateChanged.connect(lambda state: events.append(("engine", state.name)))
    announcer.started.connect(lambda text: events.append(("start", text)))
    announcer.finished.connect(lambda text: events.append(("end", text)))

    announcer.announce("A023", 2)
    announcer.announce("B004", 3)  # at once: the first is still being said
    assert announcer.pending == 1
    qtbot.waitUntil(lambda: sum(kind == "end" for kind, _ in events) == 2, timeout=15_000)

    first = announcement_text("A023", 2)
    second = announcement_text("B004", 3)
    assert [e for e in events if e[0] != "engine"] == [
        ("start", first),
        ("end", first),
        ("start", second),
        ("end", second),
    ]
    # The engine spoke the first to the end (back to Ready) before it was given the second.
    i, j = events.index(("start", first)), events.index(("start", second))
    assert ("engine", "Speaking") in events[i:j]
    engine_states = [state for kind, state in events[i:j] if kind == "engine"]
    assert engine_states[-1] == "Ready"
    assert events[j - 1] in (("end", first), ("engine", "Ready"))
    assert not announcer.busy


def test_switched_off_nothing_is_spoken(qtbot) -> None:  # type: ignore[no-untyped-def]
    announcer = Announcer(engine="mock", enabled=False)
    tts = announcer.findChild(QTextToSpeech)
    assert tts is not None
    states: list[QTextToSpeech.State] = []
    tts.stateChanged.connect(states.append)
    announcer.announce("A023", 2)
    assert not announcer.busy
    assert states == []

    # Switched off while speaking: the sentence under way ends, what waited is dropped.
    announcer.set_enabled(True)
    started: list[str] = []
    announcer.started.connect(started.append)
    announcer.announce("A024", 1)
    announcer.announce("A025", 1)
    with qtbot.waitSignal(announcer.enabled_changed):
        announcer.toggle()
    qtbot.waitUntil(lambda: not announcer.busy, timeout=10_000)
    assert started == [announcement_text("A024", 1)]
    assert tts.state() == QTextToSpeech.State.Ready


def test_a_recall_is_announced_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    announcer = Announcer(engine="mock")
    finished: list[str] = []
    announcer.finished.connect(finished.append)
    announcer.announce("A023", 2)
    qtbot.waitUntil(lambda: len(finished) == 1, timeout=10_000)
    announcer.announce("A023", 2)
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=10_000)
    assert finished == [announcement_text("A023", 2)] * 2


@pytest.mark.qt_log_ignore(*AUDIO_NOISE)
def test_without_a_voice_a_chime_is_played_instead(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    announcer = Announcer(engine="no-such-engine")
    assert announcer.mode == "chime"
    assert announcer.findChild(QTextToSpeech) is None
    finished: list[str] = []
    announcer.finished.connect(finished.append)
    with caplog.at_level(logging.WARNING, logger="onestop_desktop.ui.announcer"):
        announcer.announce("A001", 1)
        announcer.announce("A002", 1)
        # Each call is one chime (or, with no audio output at all, passes silently).
        qtbot.waitUntil(lambda: len(finished) == 2, timeout=15_000)
    assert finished == [announcement_text("A001", 1), announcement_text("A002", 1)]
    if not QMediaDevices.audioOutputs():
        silent = [r for r in caplog.records if "no audio output" in r.getMessage()]
        assert len(silent) == 1  # said once, not once per call
