"""Ward-wide settings stored as JSON in the ``settings`` table."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text

from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.roles import Permission
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.store.models import Setting

LANGUAGES = ("vi", "en")


def get_setting(ctx: ServiceContext, key: str, default: Any = None) -> Any:
    row = ctx.session.get(Setting, key)
    return default if row is None else json.loads(row.value)


def set_language(ctx: ServiceContext, language: str) -> str:
    ctx.require(Permission.EDIT_SETTINGS)
    if language not in LANGUAGES:
        raise ValidationError(
            "Ngôn ngữ phải là “vi” hoặc “en”.", "The language must be 'vi' or 'en'.", "language"
        )
    put_setting(ctx, "ui.language", language)
    return language


_STORED = object()


def put_setting(
    ctx: ServiceContext, key: str, value: Any, *, shown_before: Any = _STORED, secret: bool = False
) -> bool:
    """Store ``value`` under ``key`` and audit the change; ``False`` when it was already so.

    The audit row's "before" is the stored value, or ``shown_before`` when the caller knows
    better (a default that was in force while nothing was stored). A ``secret`` (a token, a
    key) is audited as changed, never with its values.

    Safe when several PCs set a key for the first time at once: the row is created if missing
    (``ON CONFLICT DO NOTHING``, which waits for a concurrent creator on PostgreSQL), then locked
    and updated, so the second writer updates instead of failing on a duplicate key.
    """
    ctx.session.execute(
        text(
            "INSERT INTO settings (key, value) VALUES (:key, 'null') ON CONFLICT (key) DO NOTHING"
        ),
        {"key": key},
    )
    row = ctx.session.get(Setting, key, with_for_update=True, populate_existing=True)
    assert row is not None
    before = json.loads(row.value)
    if before == value:
        return False
    row.value = json.dumps(value)
    if secret:
        ctx.audit("setting", key, "update", after={"changed": True})
        return True
    if shown_before is not _STORED:
        before = shown_before
    ctx.audit("setting", key, "update", before={"value": before}, after={"value": value})
    return True
