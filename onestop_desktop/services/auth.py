"""Logging in, with lockout after repeated failures. Every attempt is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from onestop_desktop.domain.roles import Role
from onestop_desktop.services.context import Actor, ServiceContext
from onestop_desktop.services.passwords import dummy_hash, verify_password
from onestop_desktop.store.models import User

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)

WRONG_CREDENTIALS_VI = "Sai tên đăng nhập hoặc mật khẩu."
WRONG_CREDENTIALS_EN = "Wrong user name or password."


@dataclass(frozen=True)
class LoginResult:
    """Login does not raise on a refusal: the failed attempt must be committed, not rolled back."""

    actor: Actor | None
    message_vi: str = ""
    message_en: str = ""
    must_change_password: bool = False


def login(ctx: ServiceContext, *, username: str, password: str) -> LoginResult:
    name = username.strip().lower()
    user = ctx.session.scalars(select(User).where(User.username == name)).first()
    now = ctx.clock.now()
    if user is None:
        verify_password(dummy_hash(), password)
        ctx.audit("session", None, "login_failed", after={"username": name[:32]})
        return LoginResult(None, WRONG_CREDENTIALS_VI, WRONG_CREDENTIALS_EN)
    if not user.active:
        ctx.audit("session", user.id, "login_refused_disabled")
        return LoginResult(None, "Tài khoản đã bị vô hiệu hóa.", "This account has been disabled.")
    if user.locked_until is not None and user.locked_until > now:
        ctx.audit("session", user.id, "login_refused_locked")
        until = user.locked_until.strftime("%H:%M")
        return LoginResult(
            None,
            f"Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau {until}.",
            f"The account is locked after repeated failures; try again after {until}.",
        )
    if not verify_password(user.password_hash, password):
        user.failed_attempts += 1
        locked = user.failed_attempts >= MAX_FAILED_ATTEMPTS
        if locked:
            user.locked_until = now + LOCKOUT
            user.failed_attempts = 0
        ctx.audit("session", user.id, "lockout" if locked else "login_failed")
        return LoginResult(None, WRONG_CREDENTIALS_VI, WRONG_CREDENTIALS_EN)
    user.failed_attempts = 0
    user.locked_until = None
    user.last_login_at = now
    actor = Actor(user.id, user.username, user.full_name, Role(user.role))
    ctx.actor = actor
    ctx.audit("session", user.id, "login")
    return LoginResult(actor, must_change_password=user.must_change_password)
