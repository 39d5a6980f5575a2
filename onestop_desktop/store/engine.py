"""Engines and sessions for SQLite (embedded default) and PostgreSQL (several counter PCs).

SQLite connections get WAL, foreign keys, ``synchronous=FULL`` (a receipt handed to a citizen must
survive a power cut) and a busy timeout. Write transactions on SQLite start with
``BEGIN IMMEDIATE`` so two counter processes never both read-then-write the same sequence.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from onestop_desktop.store.location import sqlite_url as sqlite_url
from onestop_desktop.store.problems import translate_db_errors

BUSY_TIMEOUT_MS = 10_000
_BEGIN_OPTION = "onestop_sqlite_begin"


def _install_sqlite_hooks(engine: Engine, *, foreign_keys: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 driver; "begin" below issues BEGIN.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_hooks(engine, foreign_keys=foreign_keys)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 5, "application_name": "onestop-desktop"},
    )


class Database:
    """An engine plus the two kinds of session the services use: read and write."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        writer_bind = (
            self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
            if self.is_sqlite
            else self.engine
        )
        self._writer = sessionmaker(bind=writer_bind, expire_on_commit=False)
        self._reader = sessionmaker(bind=self.engine, expire_on_commit=False)

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database and database != ":memory:" else None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: commits on success, rolls back on any error."""
        with translate_db_errors(), self._writer.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with translate_db_errors(), self._reader() as session, session.begin():
            yield session

    def describe(self) -> str:
        """A short, password-free description for the status bar and logs."""
        if self.is_sqlite:
            return f"SQLite · {self.sqlite_path}"
        u = make_url(self.url)
        return f"PostgreSQL · {u.host or 'localhost'}:{u.port or 5432}/{u.database}"

    def dispose(self) -> None:
        self.engine.dispose()
