"""Logging in, with lockout after repeated failures, and unlocking an idle-locked window.
Every attempt is audited. The lockout rule (attempts, minutes) is the ward's setting
(services/security_settings.py); the constants below are its defaults."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from onestop_desktop.domain.roles import Role
from onestop_desktop.services.context import Actor, ServiceContext
from onestop_desktop.services.passwords import dummy_hash, verify_password
from onestop_desktop.services.security_settings import SecuritySettings, read_security_settings
from onestop_desktop.store.models import User

MAX_FAILED_ATTEMPTS = SecuritySettings.lockout_attempts
LOCKOUT = timedelta(minutes=SecuritySettings.lockout_minutes)

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
    refusal = _refusal(ctx, user, now)
    if refusal is not None:
        return refusal
    if not verify_password(user.password_hash, password):
        locked = _count_failure(ctx, user, now)
        ctx.audit("session", user.id, "lockout" if locked else "login_failed")
        return LoginResult(None, WRONG_CREDENTIALS_VI, WRONG_CREDENTIALS_EN)
    user.failed_attempts = 0
    user.locked_until = None
    user.last_login_at = now
    actor = Actor(user.id, user.username, user.full_name, Role(user.role))
    ctx.actor = actor
    ctx.audit("session", user.id, "login")
    return LoginResult(actor, must_change_password=user.must_change_password)


def unlock_session(ctx: ServiceContext, *, password: str) -> LoginResult:
    """The logged-in user types their password again to unlock a window locked while idle.
    Wrong passwords count towards the lockout like at login."""
    if ctx.actor is None or ctx.actor.user_id is None:
        return LoginResult(None, WRONG_CREDENTIALS_VI, WRONG_CREDENTIALS_EN)
    user = ctx.session.get(User, ctx.actor.user_id)
    if user is None:
        return LoginResult(None, WRONG_CREDENTIALS_VI, WRONG_CREDENTIALS_EN)
    now = ctx.clock.now()
    refusal = _refusal(ctx, user, now)
    if refusal is not None:
        return refusal
    if not verify_password(user.password_hash, password):
        locked = _count_failure(ctx, user, now)
        ctx.audit("session", user.id, "lockout" if locked else "unlock_failed")
        return LoginResult(None, "Sai mật khẩu.", "Wrong password.", must_change_password=False)
    user.failed_attempts = 0
    ctx.audit("session", user.id, "unlock")
    return LoginResult(ctx.actor)


def _refusal(ctx: ServiceContext, user: User, now: datetime) -> LoginResult | None:
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
    return None


def _count_failure(ctx: ServiceContext, user: User, now: datetime) -> bool:
    """One more failed password; True when it locks the account."""
    rule = read_security_settings(ctx)
    user.failed_attempts += 1
    if user.failed_attempts < rule.lockout_attempts:
        return False
    user.locked_until = now + timedelta(minutes=rule.lockout_minutes)
    user.failed_attempts = 0
    return True
