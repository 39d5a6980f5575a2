"""Settings that belong to one counter PC, not to the ward: which printer its forms go to.

Kept in ``DATA/this-pc.json`` beside the database folder of this PC; a shared PostgreSQL database
is not the place for them (each counter has its own printer).
"""

from __future__ import annotations

import json
import logging

from onestop_desktop.store.location import DataLocation

log = logging.getLogger(__name__)
FILE_NAME = "this-pc.json"


def _read(location: DataLocation) -> dict[str, object]:
    try:
        data = json.loads((location.data_dir / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def printer_name(location: DataLocation) -> str | None:
    """The printer chosen for this PC, or None for the system's default printer."""
    name = _read(location).get("printer")
    return name if isinstance(name, str) and name else None


def set_printer_name(location: DataLocation, name: str | None) -> None:
    data = _read(location)
    data["printer"] = name or None
    path = location.data_dir / FILE_NAME
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    temporary.replace(path)
    log.info("printer for this PC set to %s", name or "the system default")


def counter_number(location: DataLocation) -> int | None:
    """The number of the counter this PC is (chosen after the first login), or None."""
    number = _read(location).get("counter")
    return number if isinstance(number, int) and not isinstance(number, bool) else None


def set_counter_number(location: DataLocation, number: int | None) -> None:
    data = _read(location)
    data["counter"] = number
    path = location.data_dir / FILE_NAME
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    temporary.replace(path)
    log.info("this PC is counter %s", number if number is not None else "(none)")
