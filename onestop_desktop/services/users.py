"""User accounts, managed by the administrator. Accounts are disabled, never deleted."""

from __future__ import annotations

from sqlalchemy import select

from onestop_desktop.domain.accounts import (
    validate_full_name,
    validate_new_password,
    validate_username,
)
from onestop_desktop.domain.errors import UserError, ValidationError
from onestop_desktop.domain.ids import is_row_id
from onestop_desktop.domain.roles import Permission, Role
from onestop_desktop.domain.text import clean_line
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.dto import UserRow
from onestop_desktop.services.passwords import hash_password, verify_password
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
            "Vai trò không hợp lệ.", f"Unknown role '{str(role)[:40]}'.", field="role"
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


def _user(ctx: ServiceContext, user_id: int) -> User:
    user = ctx.session.get(User, user_id) if is_row_id(user_id) else None
    if user is None:
        raise UserError("Không tìm thấy tài khoản.", f"No user account {str(user_id)[:20]}.")
    return user


def reset_password(ctx: ServiceContext, *, user_id: int, new_password: str) -> UserRow:
    """The administrator sets a temporary password; the user must change it at next login.
    Also lifts a lockout."""
    ctx.require(Permission.MANAGE_USERS)
    user = _user(ctx, user_id)
    validate_new_password(new_password, user.username)
    user.password_hash = hash_password(new_password)
    user.must_change_password = True
    user.failed_attempts = 0
    user.locked_until = None
    ctx.audit("user", user.id, "reset_password", after={"must_change_password": True})
    return _row(user)


def set_user_active(ctx: ServiceContext, *, user_id: int, active: bool, reason: str) -> UserRow:
    """Disable an account (it can no longer log in; its history stays) or enable it again."""
    actor = ctx.require(Permission.MANAGE_USERS)
    user = _user(ctx, user_id)
    if not isinstance(active, bool):
        raise ValidationError("Chọn bật hoặc tắt tài khoản.", "Choose enable or disable.", "active")
    why = clean_line(reason)
    if not why:
        raise ValidationError("Cần ghi lý do.", "A reason is required.", field="reason")
    if not active and user.id == actor.user_id:
        raise UserError(
            "Không thể tự vô hiệu hóa tài khoản đang dùng.",
            "You cannot disable the account you are logged in with.",
        )
    if not active and user.role == Role.ADMIN.value and user.active:
        admins = ctx.session.scalars(
            select(User.id).where(User.role == Role.ADMIN.value, User.active.is_(True))
        ).all()
        if len(admins) <= 1:
            raise UserError(
                "Không thể vô hiệu hóa quản trị viên cuối cùng.",
                "The last active administrator cannot be disabled.",
            )
    if user.active == active:
        return _row(user)
    user.active = active
    if active:
        user.failed_attempts = 0
        user.locked_until = None
    ctx.audit(
        "user",
        user.id,
        "enable" if active else "disable",
        before={"active": not active},
        after={"active": active},
        reason=why,
    )
    return _row(user)


def change_own_password(ctx: ServiceContext, *, current_password: str, new_password: str) -> bool:
    """The logged-in user replaces their password (required after an administrator's reset)."""
    if ctx.actor is None or ctx.actor.user_id is None:
        raise UserError("Chưa đăng nhập.", "Not logged in.")
    user = _user(ctx, ctx.actor.user_id)
    if not verify_password(user.password_hash, current_password):
        raise ValidationError(
            "Mật khẩu hiện tại không đúng.",
            "The current password is wrong.",
            field="current_password",
        )
    validate_new_password(new_password, user.username)
    if new_password == current_password:
        raise ValidationError(
            "Mật khẩu mới phải khác mật khẩu hiện tại.",
            "The new password must differ from the current one.",
            field="password",
        )
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    ctx.audit("user", user.id, "change_password")
    return True
