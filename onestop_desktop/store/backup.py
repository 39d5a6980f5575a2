"""Consistent copies of the SQLite database (the online backup API) and restoring them."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from onestop_desktop.domain.errors import DatabaseProblem

SQLITE_HEADER = b"SQLite format 3\x00"


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def integrity_problems(path: Path, *, quick: bool = True) -> list[str]:
    """``[]`` when the file passes SQLite's integrity check, else what it reported."""
    if not is_sqlite_file(path):
        return ["not an SQLite database"]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` with the online backup API, then check the copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problems = integrity_problems(partial, quick=False)
        if problems:
            raise DatabaseProblem(
                "Bản sao lưu vừa tạo không qua kiểm tra toàn vẹn; đã hủy bản sao này.",
                f"The new backup failed its integrity check ({problems[0]}); discarded.",
            )
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseProblem(
            f"Không tạo được bản sao lưu tại {target}: {exc}",
            f"Cannot write the backup to {target}: {exc}",
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return target


def restore_sqlite(backup: Path, target: Path, keep_previous_as: Path | None) -> None:
    """Replace ``target`` by ``backup`` after checking it; keep the replaced file if asked."""
    problems = integrity_problems(backup, quick=False)
    if problems:
        raise DatabaseProblem(
            f"Tệp {backup.name} không phải bản sao lưu hợp lệ ({problems[0]}); không khôi phục.",
            f"{backup.name} is not a valid backup ({problems[0]}); nothing restored.",
        )
    if target.exists() and keep_previous_as is not None:
        backup_sqlite(target, keep_previous_as)
    staging = target.with_name(target.name + ".restoring")
    shutil.copyfile(backup, staging)
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    os.replace(staging, target)
