"""Bring a database to the current schema at start, safely.

Sequence (see docs/architecture.md): look at the database's revision → refuse one written by a
newer version → if an upgrade is pending, back the SQLite file up → upgrade on a connection with
foreign keys off (Alembic batch mode recreates tables) → check foreign keys → done.
On PostgreSQL an advisory lock keeps two counter PCs from migrating at once.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from onestop_desktop.domain.errors import DatabaseProblem
from onestop_desktop.store.backup import backup_sqlite
from onestop_desktop.store.engine import Database, make_engine
from onestop_desktop.store.problems import translate_db_errors

if TYPE_CHECKING:
    from alembic.config import Config

# The newest schema revision of this version. Starting on a database already at it skips importing
# Alembic (about 0.1 s of every start); tests/store/test_migrations.py checks it equals Alembic's
# head, so a new migration must update it.
SCHEMA_HEAD = "0007"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_PG_MIGRATION_LOCK = 0x0E570D  # any constant shared by every copy of the app


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config(stdout=io.StringIO())
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def _stamped_revision(conn: Connection) -> str | None:
    """The revision in ``alembic_version`` read with plain SQL, or None when there is no single one
    (no table yet, or several heads): then Alembic itself decides."""
    try:
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        conn.rollback()
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def _too_new(revision: str) -> DatabaseProblem:
    return DatabaseProblem(
        f"Cơ sở dữ liệu do phiên bản mới hơn của phần mềm tạo ra (lược đồ {revision}). "
        "Hãy cài phiên bản mới nhất; dữ liệu không bị thay đổi.",
        f"The database was written by a newer version of the app (schema {revision}). "
        "Install the newest version; the data was not changed.",
    )


def upgrade_to(url: str, revision: str) -> None:
    """Run migrations up to ``revision`` on a dedicated connection (foreign keys off on SQLite)."""
    engine = make_engine(url, foreign_keys=False)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
                conn.commit()
            from alembic import command

            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.commit()
            if engine.dialect.name == "sqlite":
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseProblem(
                        "Nâng cấp cơ sở dữ liệu làm hỏng khóa ngoại; đã giữ bản sao lưu.",
                        f"The upgrade left broken foreign keys: {broken[:3]}; backup kept.",
                    )
            if engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_MIGRATION_LOCK})
                conn.commit()
    finally:
        engine.dispose()


def ensure_schema(db: Database, backup_dir: Path | None, now: datetime) -> MigrationReport:
    """Upgrade ``db`` to the newest schema, backing it up first; refuse newer databases."""
    with translate_db_errors(), db.engine.connect() as conn:
        stamped = _stamped_revision(conn)
    if stamped == SCHEMA_HEAD:
        return MigrationReport(stamped, SCHEMA_HEAD, None)
    from alembic.util.exc import CommandError

    with translate_db_errors(), db.engine.connect() as conn:
        before = current_revision(conn)
    head = head_revision()
    if before is not None and before not in known_revisions():
        raise _too_new(before)
    if before == head:
        return MigrationReport(before, head, None)
    backup: Path | None = None
    source = db.sqlite_path
    if before is not None and source is not None and source.exists():
        folder = backup_dir or source.parent / "backups"
        backup = folder / f"{source.stem}.{before}.{now:%Y%m%d-%H%M%S}.bak"
        backup_sqlite(source, backup)
    try:
        with translate_db_errors():
            upgrade_to(db.url, "head")
    except CommandError as exc:  # e.g. a revision Alembic cannot place
        if "Can't locate revision" in str(exc) and before is not None:
            raise _too_new(before) from exc
        raise
    return MigrationReport(before, head, backup)
