"""Write resources/sounds/chime.wav: the display board's "ding-dong" when no voice can speak.

    python scripts/make_chime.py [OUT]

Made here from sine waves with the standard library only (no recording, no licence to track):
two bell-like notes, E5 then C5, each with a few soft overtones and an exponential fade;
mono, 16-bit, 22 050 Hz, about 1.3 s. The output is the same byte for byte on every run.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22_050
# (start s, fundamental Hz, length s): "ding" then "dong".
NOTES = ((0.0, 659.25, 0.75), (0.45, 523.25, 0.85))
# Overtones of a small bell: (multiple of the fundamental, relative loudness).
PARTIALS = ((1.0, 1.0), (2.0, 0.35), (3.0, 0.12), (4.2, 0.06))
PEAK = 0.6  # of full scale: loud enough for a hall, never clipping


def samples() -> list[float]:
    length = max(start + dur for start, _f, dur in NOTES)
    out = [0.0] * int(length * RATE)
    for start, freq, dur in NOTES:
        first = int(start * RATE)
        for i in range(int(dur * RATE)):
            t = i / RATE
            attack = min(1.0, t / 0.005)  # 5 ms: no click at the start
            fade = math.exp(-4.0 * t / dur) * min(1.0, (dur - t) / 0.02)  # and none at the end
            tone = sum(w * math.sin(2 * math.pi * freq * k * t) for k, w in PARTIALS)
            out[first + i] += attack * fade * tone
    scale = PEAK / max(abs(s) for s in out)
    return [s * scale for s in out]


def write_chime(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = b"".join(struct.pack("<h", round(s * 32767)) for s in samples())
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "resources" / "sounds" / "chime.wav"
    write_chime(target)
    print(target)
