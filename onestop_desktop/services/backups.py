"""Backups of the embedded SQLite database, as the app runs them: the automatic daily backup into
the folder the ward configured (default DATA/backups), the list the administrator restores from,
and scheduling a restore for the next start. On PostgreSQL the ward's IT uses ``pg_dump``
(docs/security.md); these refuse clearly.

These are not database transactions (the copy is made by SQLite's backup API), so they take the
runner and check the actor's right themselves.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from onestop_desktop.domain.errors import PermissionDenied, UserError
from onestop_desktop.domain.roles import Permission, allows
from onestop_desktop.services.context import Actor, ServiceContext, ServiceRunner
from onestop_desktop.services.security_settings import SecuritySettings, read_security_settings
from onestop_desktop.store.auto_backup import (
    BackupFile,
    DailyBackupResult,
    backup_files,
    cancel_restore,
    daily_backup,
    daily_backup_path,
    pending_restore,
    schedule_restore,
)
from onestop_desktop.store.location import DataLocation

log = logging.getLogger(__name__)


def backup_folder(location: DataLocation, settings: SecuritySettings) -> Path:
    return Path(settings.backup_dir) if settings.backup_dir else location.backup_dir


def _sqlite_source(runner: ServiceRunner) -> Path:
    source = runner.db.sqlite_path
    if source is None:
        raise UserError(
            "Cơ sở dữ liệu PostgreSQL được sao lưu bằng pg_dump trên máy chủ (xem hướng dẫn).",
            "A PostgreSQL database is backed up with pg_dump on the server (see docs/security.md).",
        )
    return source


def _require_admin(actor: Actor | None) -> None:
    if actor is None or not allows(actor.role, Permission.EDIT_SETTINGS):
        raise PermissionDenied(
            "Tài khoản của bạn không có quyền thực hiện việc này.",
            "Your account is not allowed to do this (backups).",
        )


def run_daily_backup(
    runner: ServiceRunner, location: DataLocation, today: date
) -> DailyBackupResult | None:
    """Today's automatic backup, if not done yet, then rotation. None on PostgreSQL."""
    if runner.db.sqlite_path is None:
        return None
    settings = runner.read(read_security_settings, None)
    result = daily_backup(
        _sqlite_source(runner),
        backup_folder(location, settings),
        today,
        keep_daily=settings.backup_keep_daily,
        keep_monthly=settings.backup_keep_monthly,
    )
    if result.created:
        log.info("daily backup written: %s", result.path)
    for old in result.removed:
        log.info("old backup removed by rotation: %s", old.name)
    return result


def backup_now(
    runner: ServiceRunner, actor: Actor | None, location: DataLocation, today: date
) -> DailyBackupResult:
    """The administrator's "back up now": today's daily backup, replaced by a fresh copy."""
    _require_admin(actor)
    source = _sqlite_source(runner)
    settings = runner.read(read_security_settings, None)
    folder = backup_folder(location, settings)
    daily_backup_path(folder, today).unlink(missing_ok=True)
    return daily_backup(
        source,
        folder,
        today,
        keep_daily=settings.backup_keep_daily,
        keep_monthly=settings.backup_keep_monthly,
    )


def list_backups(
    runner: ServiceRunner, actor: Actor | None, location: DataLocation
) -> tuple[Path, list[BackupFile], Path | None]:
    """The backup folder, its backups (newest first) and the restore waiting for a restart."""
    _require_admin(actor)
    _sqlite_source(runner)
    folder = backup_folder(location, runner.read(read_security_settings, None))
    files = backup_files(folder)
    if folder != location.backup_dir:  # copies kept before migrations and restores
        files += backup_files(location.backup_dir)
    return folder, files, pending_restore(location.data_dir)


def restore_at_next_start(
    runner: ServiceRunner, actor: Actor | None, location: DataLocation, backup: Path
) -> Path:
    """Check ``backup`` and schedule it; the app must be closed and opened again."""
    _require_admin(actor)
    _sqlite_source(runner)
    schedule_restore(location.data_dir, backup)
    runner.write(_audit_restore, actor, backup.name)
    log.warning("restore of %s scheduled for the next start", backup.name)
    return backup


def _audit_restore(ctx: ServiceContext, name: str) -> None:
    # Kept in the replaced database's copy too (before-restore.*.sqlite).
    ctx.audit("backup", name, "restore_scheduled")


def cancel_scheduled_restore(
    runner: ServiceRunner, actor: Actor | None, location: DataLocation
) -> None:
    _require_admin(actor)
    cancel_restore(location.data_dir)
