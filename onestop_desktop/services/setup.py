"""First run: the ward and its first administrator. There is no default account or password."""

from __future__ import annotations

import secrets

from sqlalchemy import func, select

from onestop_desktop.domain.accounts import (
    validate_full_name,
    validate_new_password,
    validate_username,
)
from onestop_desktop.domain.errors import UserError
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.ward import validate_ward
from onestop_desktop.services.context import Actor, ServiceContext
from onestop_desktop.services.dto import WardStatus
from onestop_desktop.services.passwords import hash_password
from onestop_desktop.services.settings import get_setting
from onestop_desktop.store.models import User, Ward


def ward_status(ctx: ServiceContext) -> WardStatus:
    ward = ctx.session.scalars(select(Ward)).first()
    has_users = (ctx.session.scalar(select(func.count()).select_from(User)) or 0) > 0
    return WardStatus(
        initialised=ward is not None and has_users,
        unit_code=ward.unit_code if ward else None,
        name=ward.name if ward else None,
        language=str(get_setting(ctx, "ui.language", "vi")),
    )


def create_ward(
    ctx: ServiceContext,
    *,
    ward_name: str,
    unit_code: str,
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
) -> Actor:
    """Create the ward and its administrator; only on an empty database."""
    if ctx.session.scalars(select(Ward)).first() is not None or ctx.session.scalar(
        select(func.count()).select_from(User)
    ):
        raise UserError(
            "Phường đã được thiết lập; không thể thiết lập lại.",
            "The ward is already set up; it cannot be set up again.",
        )
    info = validate_ward(unit_code, ward_name)
    username = validate_username(admin_username)
    full_name = validate_full_name(admin_full_name)
    validate_new_password(admin_password, username)
    now = ctx.clock.now()
    ward = Ward(
        unit_code=info.unit_code,
        name=info.name,
        signing_key=secrets.token_hex(32),
        created_at=now,
    )
    admin = User(
        username=username,
        full_name=full_name,
        role=Role.ADMIN.value,
        password_hash=hash_password(admin_password),
        active=True,
        must_change_password=False,
        failed_attempts=0,
        created_at=now,
    )
    ctx.session.add_all([ward, admin])
    ctx.session.flush()
    actor = Actor(admin.id, admin.username, admin.full_name, Role.ADMIN)
    ctx.actor = actor
    ctx.audit("ward", ward.id, "create", after={"unit_code": ward.unit_code, "name": ward.name})
    ctx.audit("user", admin.id, "create", after={"username": username, "role": "admin"})
    return actor
