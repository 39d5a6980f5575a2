"""Automatic daily backups of the SQLite database, their rotation, and restores scheduled for the
next start.

One backup a day, ``onestop-daily-YYYY-MM-DD.sqlite`` in the backup folder, written with SQLite's
online backup API (a consistent copy while counters keep writing) and integrity-checked
(store/backup.py). Rotation keeps the newest ``keep_daily`` of them plus, for each of the newest
``keep_monthly`` months, the month's first backup; it never touches other files (the copies kept
before a migration or a restore).

A restore chosen in the app cannot swap the file under the app's own open connections, so it is
scheduled: the backup is checked now, a marker file names it, and the next start restores it
before opening the database, keeping a copy of the replaced database.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from onestop_desktop.domain.errors import DatabaseProblem
from onestop_desktop.store.backup import backup_sqlite, integrity_problems, restore_sqlite
from onestop_desktop.store.instance_lock import running_instances

DAILY_PREFIX = "onestop-daily-"
_DAILY_RE = re.compile(r"^onestop-daily-(\d{4})-(\d{2})-(\d{2})\.sqlite$")
RESTORE_MARKER = "restore-pending.json"


def daily_backup_path(folder: Path, day: date) -> Path:
    return folder / f"{DAILY_PREFIX}{day:%Y-%m-%d}.sqlite"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    day: date | None  # None for a file that is not an automatic daily backup
    size: int
    modified: datetime


def daily_backups(folder: Path) -> list[tuple[date, Path]]:
    """The automatic daily backups in ``folder``, oldest first."""
    found: list[tuple[date, Path]] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _DAILY_RE.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            continue
        found.append((day, path))
    return sorted(found)


def backup_files(folder: Path) -> list[BackupFile]:
    """Every SQLite copy in the folder (daily, before-migration, before-restore), newest first."""
    files: list[BackupFile] = []
    if not folder.is_dir():
        return files
    for path in folder.iterdir():
        if not path.is_file() or path.suffix not in (".sqlite", ".bak"):
            continue
        match = _DAILY_RE.match(path.name)
        day = None
        if match is not None:
            try:
                day = date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                day = None
        stat = path.stat()
        files.append(BackupFile(path, day, stat.st_size, datetime.fromtimestamp(stat.st_mtime)))
    return sorted(files, key=lambda f: (f.modified, f.path.name), reverse=True)


def days_to_keep(days: list[date], keep_daily: int, keep_monthly: int) -> set[date]:
    newest_first = sorted(set(days), reverse=True)
    kept = set(newest_first[: max(0, keep_daily)])
    first_of_month: dict[tuple[int, int], date] = {}
    for day in newest_first:
        first_of_month[(day.year, day.month)] = day  # ends at the month's earliest day
    months = sorted(first_of_month, reverse=True)[: max(0, keep_monthly)]
    kept.update(first_of_month[m] for m in months)
    return kept


def rotate(folder: Path, keep_daily: int, keep_monthly: int) -> list[Path]:
    """Delete the daily backups rotation does not keep; returns the deleted files."""
    backups = daily_backups(folder)
    kept = days_to_keep([d for d, _ in backups], keep_daily, keep_monthly)
    removed: list[Path] = []
    for day, path in backups:
        if day not in kept:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


@dataclass(frozen=True)
class DailyBackupResult:
    path: Path
    created: bool  # False when today's backup already existed
    removed: list[Path] = field(default_factory=list)


def daily_backup(
    source: Path, folder: Path, today: date, *, keep_daily: int, keep_monthly: int
) -> DailyBackupResult:
    """Today's backup if there is none yet (checked after writing), then rotation."""
    target = daily_backup_path(folder, today)
    created = False
    if not target.exists() or integrity_problems(target, quick=True):
        target.unlink(missing_ok=True)
        backup_sqlite(source, target)
        created = True
    removed = rotate(folder, keep_daily, keep_monthly)
    return DailyBackupResult(target, created, removed)


# -- restore at the next start ---------------------------------------------------------------
def schedule_restore(data_dir: Path, backup: Path) -> Path:
    """Check ``backup`` now and name it in the marker file the next start acts on."""
    problems = integrity_problems(backup, quick=False)
    if problems:
        raise DatabaseProblem(
            f"Tệp {backup.name} không phải bản sao lưu hợp lệ ({problems[0]}); không khôi phục.",
            f"{backup.name} is not a valid backup ({problems[0]}); nothing will be restored.",
        )
    marker = data_dir / RESTORE_MARKER
    partial = marker.with_name(marker.name + ".partial")
    partial.write_text(json.dumps({"backup": str(backup.resolve())}), encoding="utf-8")
    os.replace(partial, marker)
    return marker


def pending_restore(data_dir: Path) -> Path | None:
    marker = data_dir / RESTORE_MARKER
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    backup = data.get("backup") if isinstance(data, dict) else None
    return Path(backup) if isinstance(backup, str) else None


def cancel_restore(data_dir: Path) -> None:
    (data_dir / RESTORE_MARKER).unlink(missing_ok=True)


def apply_pending_restore(
    data_dir: Path, target: Path, keep_folder: Path, now: datetime
) -> Path | None:
    """At start, before the database is opened: restore the scheduled backup, keeping a copy of
    the replaced database (returned). Refuses while another app process uses the data folder."""
    backup = pending_restore(data_dir)
    if backup is None:
        return None
    others = [pid for pid in running_instances(data_dir) if pid != os.getpid()]
    if others:
        raise DatabaseProblem(
            "Đang chờ khôi phục bản sao lưu nhưng phần mềm còn mở ở cửa sổ khác "
            f"(tiến trình {others}); đóng tất cả rồi mở lại.",
            f"A restore is waiting but the app is still open elsewhere (process {others}); "
            "close every window of it and start again.",
        )
    if not backup.is_file():
        cancel_restore(data_dir)
        raise DatabaseProblem(
            f"Không tìm thấy bản sao lưu {backup} đã chọn để khôi phục; không khôi phục.",
            f"The backup chosen for restoring, {backup}, is gone; nothing restored.",
        )
    keep = keep_folder / f"before-restore.{now:%Y%m%d-%H%M%S}.sqlite"
    restore_sqlite(backup, target, keep if target.exists() else None)
    cancel_restore(data_dir)
    return keep if keep.exists() else None
