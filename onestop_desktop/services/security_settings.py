"""The ward's security and data-safety settings: lockout, idle lock, automatic backups, retention.

Stored as JSON values in the ``settings`` table under ``security.*``; the administrator edits them
(``EDIT_SETTINGS``), every change is audited with its old and new value. Reading them needs no
right: login reads the lockout rule before anyone is logged in.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from onestop_desktop.domain.errors import FormInvalid, ValidationError
from onestop_desktop.domain.roles import Permission
from onestop_desktop.domain.text import has_control_chars
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.settings import put_setting
from onestop_desktop.store.models import Setting

PREFIX = "security."


@dataclass(frozen=True)
class SecuritySettings:
    lockout_attempts: int = 5  # failed passwords in a row before the account is locked
    lockout_minutes: int = 15  # how long it stays locked
    idle_lock_minutes: int = 10  # the window locks after this long without input; 0 = never
    backup_dir: str = ""  # "" = the data folder's backups/ folder
    backup_keep_daily: int = 7  # newest automatic daily backups kept
    backup_keep_monthly: int = 12  # plus the first backup of each of this many recent months
    retention_years: int = 0  # anonymise returned dossiers older than this; 0 = never


# (field, lowest, highest, Vietnamese label, English label)
LIMITS: tuple[tuple[str, int, int, str, str], ...] = (
    ("lockout_attempts", 3, 20, "Số lần nhập sai trước khi khóa", "Failed attempts before lockout"),
    ("lockout_minutes", 1, 1440, "Thời gian khóa (phút)", "Lockout duration (minutes)"),
    ("idle_lock_minutes", 0, 240, "Khóa màn hình khi không dùng (phút)", "Idle lock (minutes)"),
    ("backup_keep_daily", 1, 365, "Số bản sao lưu hằng ngày giữ lại", "Daily backups kept"),
    ("backup_keep_monthly", 0, 120, "Số bản sao lưu hằng tháng giữ lại", "Monthly backups kept"),
    ("retention_years", 0, 50, "Thời hạn lưu dữ liệu cá nhân (năm)", "Personal data kept (years)"),
)
BACKUP_DIR_MAX = 400


def read_security_settings(ctx: ServiceContext) -> SecuritySettings:
    """The stored settings, defaults for those never set. No right needed (see module doc)."""
    defaults = SecuritySettings()
    values: dict[str, Any] = {}
    for f in fields(SecuritySettings):
        row = ctx.session.get(Setting, PREFIX + f.name)
        if row is None:
            continue
        value = json.loads(row.value)
        if isinstance(value, type(getattr(defaults, f.name))) and not isinstance(value, bool):
            values[f.name] = value
    return SecuritySettings(**values)


def validate_security_settings(settings: SecuritySettings) -> SecuritySettings:
    problems: list[ValidationError] = []
    for name, low, high, label_vi, label_en in LIMITS:
        value = getattr(settings, name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            problems.append(
                ValidationError(
                    f"{label_vi}: từ {low} đến {high}.",
                    f"{label_en}: from {low} to {high}.",
                    field=name,
                )
            )
    raw = settings.backup_dir
    folder = raw.strip() if isinstance(raw, str) else ""
    if not isinstance(raw, str) or len(folder) > BACKUP_DIR_MAX or has_control_chars(folder):
        problems.append(
            ValidationError(
                "Thư mục sao lưu không hợp lệ.", "Invalid backup folder.", field="backup_dir"
            )
        )
    if problems:
        raise FormInvalid(problems)
    return SecuritySettings(**{**asdict(settings), "backup_dir": folder})


def save_security_settings(ctx: ServiceContext, settings: SecuritySettings) -> SecuritySettings:
    ctx.require(Permission.EDIT_SETTINGS)
    clean = validate_security_settings(settings)
    current = read_security_settings(ctx)
    for f in fields(SecuritySettings):
        old, new = getattr(current, f.name), getattr(clean, f.name)
        if old == new:
            continue
        put_setting(ctx, PREFIX + f.name, new, shown_before=old)
    return clean
