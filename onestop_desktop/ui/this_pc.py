"""Settings that belong to one PC, not to the ward: which printer its forms go to, which counter
it is, whether its display board speaks, how its barcode scanner is recognised.

Kept in ``DATA/this-pc.json`` beside the database folder of this PC; a shared PostgreSQL database
is not the place for them (each counter has its own printer).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from onestop_desktop.store.location import DataLocation

log = logging.getLogger(__name__)
FILE_NAME = "this-pc.json"


def _read(location: DataLocation) -> dict[str, object]:
    try:
        data = json.loads((location.data_dir / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(location: DataLocation, key: str, value: object) -> None:
    data = _read(location)
    data[key] = value
    path = location.data_dir / FILE_NAME
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    temporary.replace(path)


def printer_name(location: DataLocation) -> str | None:
    """The printer chosen for this PC, or None for the system's default printer."""
    name = _read(location).get("printer")
    return name if isinstance(name, str) and name else None


def set_printer_name(location: DataLocation, name: str | None) -> None:
    _write(location, "printer", name or None)
    log.info("printer for this PC set to %s", name or "the system default")


def counter_number(location: DataLocation) -> int | None:
    """The number of the counter this PC is (chosen after the first login), or None."""
    number = _read(location).get("counter")
    return number if isinstance(number, int) and not isinstance(number, bool) else None


def set_counter_number(location: DataLocation, number: int | None) -> None:
    _write(location, "counter", number)
    log.info("this PC is counter %s", number if number is not None else "(none)")


def voice_enabled(location: DataLocation) -> bool:
    """Whether this PC's display board announces calls aloud (on unless switched off)."""
    return _read(location).get("display_voice") is not False


def set_voice_enabled(location: DataLocation, on: bool) -> None:
    try:
        _write(location, "display_voice", on)
    except OSError:
        log.warning("cannot write %s", location.data_dir / FILE_NAME)


@dataclass(frozen=True)
class ScanSettings:
    """How this PC's keyboard-wedge scanner is told from typing (see ``ui.scan_filter``)."""

    scan_prefix: str = ""  # characters the scanner is set to send first ("" = none)
    scan_gap_ms: int = 30  # at most this long between two keys of one scan


SCAN_GAP_RANGE = (5, 200)


def scan_settings(location: DataLocation) -> ScanSettings:
    data = _read(location)
    prefix = data.get("scan_prefix")
    gap = data.get("scan_gap_ms")
    low, high = SCAN_GAP_RANGE
    return ScanSettings(
        scan_prefix=prefix if isinstance(prefix, str) else "",
        scan_gap_ms=(
            gap
            if isinstance(gap, int) and not isinstance(gap, bool) and low <= gap <= high
            else ScanSettings.scan_gap_ms
        ),
    )


def set_scan_settings(location: DataLocation, settings: ScanSettings) -> None:
    _write(location, "scan_prefix", settings.scan_prefix)
    _write(location, "scan_gap_ms", settings.scan_gap_ms)
    log.info(
        "scanner on this PC: gap %d ms, prefix %s",
        settings.scan_gap_ms,
        "set" if settings.scan_prefix else "none",
    )
