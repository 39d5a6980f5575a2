"""Row identifiers handed in by the screens: checked before they reach the database.

An id that is not a whole number (``None``, a float, a bool, text) or lies outside the integer
columns' range would make the database driver fail (``OverflowError`` on SQLite, "integer out of
range" on PostgreSQL) instead of a clear "not found"; services test ids with ``is_row_id`` first.
"""

from __future__ import annotations

ID_MAX = 2**31 - 1  # INTEGER primary keys: 32 bits on PostgreSQL


def is_row_id(value: object) -> bool:
    """Whether ``value`` can be the id of a stored row."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= ID_MAX


def is_whole(value: object, low: int, high: int) -> bool:
    """Whether ``value`` is a whole number (not a bool or a float) from ``low`` to ``high``."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
