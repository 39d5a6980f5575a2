"""The reference receiver's storage: one SQLite file, one row per (unit, date, revision).

Every revision is kept (a correction never overwrites an earlier one). ``put`` runs in one
``BEGIN IMMEDIATE`` transaction, so two concurrent deliveries of one key store one copy: the
second waits for the first's write lock and then sees its row. Connections are pooled, each
used by one request thread at a time; WAL lets readers go on while a document is written.
"""

from __future__ import annotations

import enum
import hashlib
import json
import queue
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    unit_code TEXT NOT NULL,
    business_date TEXT NOT NULL,
    revision INTEGER NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    body BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    received_at TEXT NOT NULL,
    deliveries INTEGER NOT NULL DEFAULT 1,
    UNIQUE (unit_code, business_date, revision)
);
"""


class PutResult(enum.Enum):
    STORED = "stored"  # first receipt: 201
    REPEAT = "repeat"  # same key, same bytes: 200, one more delivery counted
    CONFLICT = "conflict"  # same key, different bytes: 409, nothing changed


@dataclass(frozen=True)
class StoredDocument:
    unit_code: str
    business_date: date
    revision: int
    idempotency_key: str
    body: bytes
    received_at: datetime  # UTC, when first received
    deliveries: int  # how many POSTs (or imports) carried it: 1 + repeats

    def document(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.body)
        return data


class ReceiverStore:
    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self._idle: queue.SimpleQueue[sqlite3.Connection] = queue.SimpleQueue()
        with self._connection() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(SCHEMA)

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """A connection used by one thread at a time, kept for the next request."""
        try:
            conn = self._idle.get_nowait()
        except queue.Empty:
            # isolation_level=None: transactions are spelled out (BEGIN IMMEDIATE … COMMIT).
            conn = sqlite3.connect(
                self.db_path, timeout=30.0, isolation_level=None, check_same_thread=False
            )
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA synchronous=NORMAL")
        try:
            yield conn
        except BaseException:
            conn.close()
            raise
        self._idle.put(conn)

    def close(self) -> None:
        """Close the idle connections (the store opens new ones if used again)."""
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def put(
        self, unit_code: str, business_date: date, revision: int, key: str, body: bytes
    ) -> tuple[PutResult, int]:
        """Store ``body`` under ``key`` unless it is there; returns the outcome and the
        document's delivery count after this call."""
        digest = hashlib.sha256(body).hexdigest()
        with self._write() as conn:
            row = conn.execute(
                "SELECT id, sha256, deliveries FROM documents WHERE idempotency_key = ?", (key,)
            ).fetchone()
            if row is None:
                conn.execute(
                    "INSERT INTO documents (unit_code, business_date, revision, idempotency_key,"
                    " body, sha256, received_at, deliveries) VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
                    (
                        unit_code,
                        business_date.isoformat(),
                        revision,
                        key,
                        body,
                        digest,
                        datetime.now(UTC).isoformat(timespec="seconds"),
                    ),
                )
                return PutResult.STORED, 1
            row_id, stored_digest, deliveries = row
            if stored_digest != digest:
                return PutResult.CONFLICT, int(deliveries)
            conn.execute("UPDATE documents SET deliveries = deliveries + 1 WHERE id = ?", (row_id,))
            return PutResult.REPEAT, int(deliveries) + 1

    def documents(self) -> list[StoredDocument]:
        """Every stored document (every revision), by unit, date and revision."""
        with self._connection() as conn:
            rows = conn.execute(
                "SELECT unit_code, business_date, revision, idempotency_key, body, received_at,"
                " deliveries FROM documents ORDER BY unit_code, business_date, revision"
            ).fetchall()
        return [_stored(r) for r in rows]

    def latest(self) -> list[StoredDocument]:
        """The highest revision of each (unit, date), by unit and date."""
        with self._connection() as conn:
            rows = conn.execute(
                "SELECT d.unit_code, d.business_date, d.revision, d.idempotency_key, d.body,"
                " d.received_at, d.deliveries FROM documents d"
                " JOIN (SELECT unit_code, business_date, MAX(revision) AS revision"
                "       FROM documents GROUP BY unit_code, business_date) m"
                " USING (unit_code, business_date, revision)"
                " ORDER BY d.unit_code, d.business_date"
            ).fetchall()
        return [_stored(r) for r in rows]

    def count(self) -> int:
        with self._connection() as conn:
            (n,) = conn.execute("SELECT COUNT(*) FROM documents").fetchone()
        return int(n)


def _stored(row: tuple[Any, ...]) -> StoredDocument:
    unit_code, business_date, revision, key, body, received_at, deliveries = row
    return StoredDocument(
        unit_code=unit_code,
        business_date=date.fromisoformat(business_date),
        revision=int(revision),
        idempotency_key=key,
        body=bytes(body),
        received_at=datetime.fromisoformat(received_at),
        deliveries=int(deliveries),
    )
