"""Open the database at start: check the file, migrate, and say clearly what is wrong."""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

from onestop_desktop.domain.errors import DatabaseProblem
from onestop_desktop.store.auto_backup import apply_pending_restore
from onestop_desktop.store.backup import integrity_problems, is_sqlite_file
from onestop_desktop.store.engine import Database
from onestop_desktop.store.location import DataLocation
from onestop_desktop.store.migrate import MigrationReport, ensure_schema
from onestop_desktop.store.problems import translate_db_errors

log = logging.getLogger(__name__)


def _check_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseProblem(
            f"Không tạo được thư mục dữ liệu {folder}: {exc.strerror}.",
            f"Cannot create the data folder {folder}: {exc.strerror}.",
        ) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseProblem(
            f"Thư mục dữ liệu {folder} chỉ đọc: cần quyền ghi.",
            f"The data folder {folder} is read-only: it must be writable.",
        )


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a healthy SQLite database, before anything touches it."""
    _check_folder(path.parent)
    if not path.exists() or path.stat().st_size == 0:
        return
    if not os.access(path, os.R_OK | os.W_OK):
        raise DatabaseProblem(
            f"Tệp cơ sở dữ liệu {path} chỉ đọc hoặc không đọc được: cần quyền ghi.",
            f"The database file {path} is read-only or unreadable: it must be writable.",
        )
    if not is_sqlite_file(path):
        raise DatabaseProblem(
            f"Tệp {path} không phải cơ sở dữ liệu SQLite (có thể đã hỏng). "
            "Khôi phục từ bản sao lưu: onestop-desktop restore TỆP.",
            f"{path} is not an SQLite database (it may be corrupt). "
            "Restore a backup: onestop-desktop restore FILE.",
        )
    problems = integrity_problems(path, quick=True)
    if problems:
        raise DatabaseProblem(
            f"Cơ sở dữ liệu {path.name} bị hỏng ({problems[0]}). Khôi phục từ bản sao lưu.",
            f"The database {path.name} is corrupt ({problems[0]}). Restore a backup.",
        )


def open_database(location: DataLocation, now: datetime) -> tuple[Database, MigrationReport]:
    """Check, migrate and open the database; raises ``DatabaseProblem`` with a clear message."""
    db = Database(location.database_url)
    try:
        path = db.sqlite_path
        if path is not None:
            kept = apply_pending_restore(location.data_dir, path, location.backup_dir, now)
            if kept is not None:
                log.warning("restored the scheduled backup; the replaced database is %s", kept)
            check_sqlite_file(path)
        report = ensure_schema(db, location.backup_dir, now)
        with translate_db_errors(), db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except BaseException:
        db.dispose()
        raise
    return db, report
