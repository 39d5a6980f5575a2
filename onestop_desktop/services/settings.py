"""Ward-wide settings stored as JSON in the ``settings`` table."""

from __future__ import annotations

import json
from typing import Any

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
    _put(ctx, "ui.language", language)
    return language


def _put(ctx: ServiceContext, key: str, value: Any) -> None:
    row = ctx.session.get(Setting, key)
    before = None if row is None else json.loads(row.value)
    if row is None:
        ctx.session.add(Setting(key=key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)
    ctx.audit("setting", key, "update", before={"value": before}, after={"value": value})
