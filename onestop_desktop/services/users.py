"""User accounts, managed by the administrator. Accounts are disabled, never deleted."""

from __future__ import annotations

from sqlalchemy import select

from onestop_desktop.domain.accounts import (
    validate_full_name,
    validate_new_password,
    validate_username,
)
from onestop_desktop.domain.errors import UserError, ValidationError
from onestop_desktop.domain.roles import Permission, Role
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.dto import UserRow
from onestop_desktop.services.passwords import hash_password
from onestop_desktop.store.models import User


def create_user(
    ctx: ServiceContext, *, username: str, full_name: str, role: str, password: str
) -> UserRow:
    ctx.require(Permission.MANAGE_USERS)
    name = validate_username(username)
    try:
        role_value = Role(role)
    except ValueError:
        raise ValidationError(
            "Vai trò không hợp lệ.", f"Unknown role '{role}'.", field="role"
        ) from None
    clean_name = validate_full_name(full_name)
    validate_new_password(password, name)
    if ctx.session.scalars(select(User).where(User.username == name)).first():
        raise UserError(
            f"Tên đăng nhập “{name}” đã có.",
            f"The user name '{name}' is taken.",
        )
    user = User(
        username=name,
        full_name=clean_name,
        role=role_value.value,
        password_hash=hash_password(password),
        active=True,
        must_change_password=False,
        failed_attempts=0,
        created_at=ctx.clock.now(),
    )
    ctx.session.add(user)
    ctx.session.flush()
    ctx.audit("user", user.id, "create", after={"username": name, "role": role_value.value})
    return _row(user)


def list_users(ctx: ServiceContext) -> list[UserRow]:
    ctx.require(Permission.MANAGE_USERS)
    return [_row(u) for u in ctx.session.scalars(select(User).order_by(User.username))]


def _row(user: User) -> UserRow:
    return UserRow(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=user.role,
        active=user.active,
        locked_until=user.locked_until,
        last_login_at=user.last_login_at,
    )
