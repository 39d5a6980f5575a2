"""Per-day sequences (ticket numbers per lane, dossier codes per unit).

``next_value`` increments atomically in the caller's transaction: on PostgreSQL the upsert takes a
row lock that concurrent callers queue on; on SQLite the write transaction is already exclusive
(``BEGIN IMMEDIATE``). A rolled-back transaction rolls its number back too: no gaps.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

_UPSERT = text(
    "INSERT INTO daily_sequences (scope, business_date, last_value) "
    "VALUES (:scope, :day, :start) "
    "ON CONFLICT (scope, business_date) "
    "DO UPDATE SET last_value = daily_sequences.last_value + 1 "
    "RETURNING last_value"
)


def next_value(session: Session, scope: str, day: date, start: int = 1) -> int:
    value = session.execute(_UPSERT, {"scope": scope, "day": day, "start": start}).scalar_one()
    return int(value)
