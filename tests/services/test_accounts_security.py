"""Lockout with the ward's configured rule and an injected clock, unlocking an idle-locked window,
password resets that force a change, and disabling accounts (never deleting them)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.errors import FormInvalid, PermissionDenied, UserError, ValidationError
from onestop_desktop.services.auth import login, unlock_session
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.security_settings import (
    SecuritySettings,
    read_security_settings,
    save_security_settings,
)
from onestop_desktop.services.users import (
    change_own_password,
    list_users,
    reset_password,
    set_user_active,
)
from onestop_desktop.store.models import AuditEntry, User
from tests.conftest import PASSWORD

pytestmark = pytest.mark.db
NEW_PASSWORD = "Tam-thoi-2026#"


def _login(runner: ServiceRunner, name: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    return runner.write(login, None, username=name, password=password)


def _actions(runner: ServiceRunner, entity_id: int) -> list[str]:
    with runner.db.read() as s:
        query = select(AuditEntry.action).where(
            AuditEntry.entity == "session", AuditEntry.entity_id == str(entity_id)
        )
        return list(s.scalars(query.order_by(AuditEntry.id)))


def test_default_rule_five_failures_lock_fifteen_minutes(
    runner: ServiceRunner, clock: FixedClock, make_user
) -> None:  # type: ignore[no-untyped-def]
    clerk = make_user("thu", "clerk")
    for _ in range(4):
        assert _login(runner, "thu", "wrong-password").actor is None
    assert _login(runner, "thu").actor is not None  # four failures do not lock; success resets
    for _ in range(5):
        assert _login(runner, "thu", "wrong-password").actor is None
    clock.advance(minutes=14, seconds=59)
    refused = _login(runner, "thu")
    assert refused.actor is None
    assert refused.message_vi == "Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau 09:15."
    clock.advance(seconds=1)
    assert _login(runner, "thu").actor is not None
    assert _actions(runner, clerk.user_id)[-3:] == ["lockout", "login_refused_locked", "login"]


def test_the_administrator_configures_the_lockout(
    runner: ServiceRunner, clock: FixedClock, ward: Actor, make_user
) -> None:  # type: ignore[no-untyped-def]
    make_user("thu", "clerk")
    runner.write(
        save_security_settings, ward, SecuritySettings(lockout_attempts=3, lockout_minutes=2)
    )
    for _ in range(3):
        _login(runner, "thu", "wrong-password")
    clock.advance(minutes=1)
    assert _login(runner, "thu").actor is None
    clock.advance(minutes=1, seconds=1)
    assert _login(runner, "thu").actor is not None
    with runner.db.read() as s:
        changes = s.execute(
            select(AuditEntry.entity_id, AuditEntry.before_json, AuditEntry.after_json)
            .where(AuditEntry.entity == "setting")
            .order_by(AuditEntry.id)
        ).all()
    assert [tuple(c) for c in changes] == [
        ("security.lockout_attempts", '{"value": 5}', '{"value": 3}'),
        ("security.lockout_minutes", '{"value": 15}', '{"value": 2}'),
    ]


def test_only_the_administrator_changes_security_settings_within_limits(
    runner: ServiceRunner, ward: Actor, make_user
) -> None:  # type: ignore[no-untyped-def]
    for role in ("clerk", "supervisor"):
        someone = make_user(f"u{role}", role)
        with pytest.raises(PermissionDenied):
            runner.write(save_security_settings, someone, SecuritySettings(idle_lock_minutes=0))
    with pytest.raises(FormInvalid) as refused:
        runner.write(
            save_security_settings,
            ward,
            SecuritySettings(lockout_attempts=1, idle_lock_minutes=-5, backup_keep_daily=0),
        )
    assert set(refused.value.by_field()) == {
        "lockout_attempts",
        "idle_lock_minutes",
        "backup_keep_daily",
    }
    assert refused.value.by_field()["lockout_attempts"].message_vi == (
        "Số lần nhập sai trước khi khóa: từ 3 đến 20."
    )
    assert runner.read(read_security_settings, None) == SecuritySettings()


def test_unlocking_an_idle_window_needs_the_same_users_password(
    runner: ServiceRunner, clock: FixedClock, make_user
) -> None:  # type: ignore[no-untyped-def]
    clerk = make_user("thu", "clerk")
    make_user("lan", "clerk")
    result = runner.write(unlock_session, clerk, password="wrong-password")
    assert (result.actor, result.message_vi) == (None, "Sai mật khẩu.")
    assert runner.write(unlock_session, clerk, password=PASSWORD).actor == clerk
    # Another clerk's password does not unlock thu's window.
    assert runner.write(unlock_session, clerk, password=PASSWORD + "x").actor is None
    for _ in range(5):
        runner.write(unlock_session, clerk, password="wrong-password")
    locked = runner.write(unlock_session, clerk, password=PASSWORD)
    assert locked.actor is None
    assert "tạm khóa" in locked.message_vi
    assert _actions(runner, clerk.user_id)[:3] == ["unlock_failed", "unlock", "unlock_failed"]
    assert "lockout" in _actions(runner, clerk.user_id)


def test_a_reset_password_must_be_changed_at_next_login(
    runner: ServiceRunner, ward: Actor, make_user
) -> None:  # type: ignore[no-untyped-def]
    clerk = make_user("thu", "clerk")
    for _ in range(5):
        _login(runner, "thu", "wrong-password")  # locked out: the reset lifts it
    with pytest.raises(PermissionDenied):
        runner.write(reset_password, clerk, user_id=clerk.user_id, new_password=NEW_PASSWORD)
    with pytest.raises(ValidationError):
        runner.write(reset_password, ward, user_id=clerk.user_id, new_password="short")
    runner.write(reset_password, ward, user_id=clerk.user_id, new_password=NEW_PASSWORD)
    assert _login(runner, "thu").actor is None  # the old password no longer works
    first = _login(runner, "thu", NEW_PASSWORD)
    assert first.actor is not None
    assert first.must_change_password
    with pytest.raises(ValidationError) as same:
        runner.write(
            change_own_password,
            first.actor,
            current_password=NEW_PASSWORD,
            new_password=NEW_PASSWORD,
        )
    assert same.value.message_vi == "Mật khẩu mới phải khác mật khẩu hiện tại."
    with pytest.raises(ValidationError):
        runner.write(
            change_own_password, first.actor, current_password="wrong", new_password=PASSWORD + "2"
        )
    runner.write(
        change_own_password, first.actor, current_password=NEW_PASSWORD, new_password=PASSWORD + "2"
    )
    again = _login(runner, "thu", PASSWORD + "2")
    assert again.actor is not None
    assert not again.must_change_password
    with runner.db.read() as s:
        entries = s.execute(
            select(AuditEntry.action, AuditEntry.after_json)
            .where(AuditEntry.entity == "user", AuditEntry.entity_id == str(clerk.user_id))
            .order_by(AuditEntry.id)
        ).all()
    assert [e[0] for e in entries] == ["create", "reset_password", "change_password"]
    assert all(NEW_PASSWORD not in (e[1] or "") for e in entries)


def test_accounts_are_disabled_never_deleted(runner: ServiceRunner, ward: Actor, make_user) -> None:  # type: ignore[no-untyped-def]
    clerk = make_user("thu", "clerk")
    supervisor = make_user("lan", "supervisor")
    with pytest.raises(PermissionDenied):
        runner.write(set_user_active, supervisor, user_id=clerk.user_id, active=False, reason="x")
    with pytest.raises(ValidationError):
        runner.write(set_user_active, ward, user_id=clerk.user_id, active=False, reason="  ")
    runner.write(
        set_user_active, ward, user_id=clerk.user_id, active=False, reason="Chuyển công tác"
    )
    refused = _login(runner, "thu")
    assert (refused.actor, refused.message_vi) == (None, "Tài khoản đã bị vô hiệu hóa.")
    rows = {u.username: u for u in runner.read(list_users, ward)}
    assert rows["thu"].active is False  # still listed, with its history
    with pytest.raises(UserError, match="logged in with"):
        runner.write(set_user_active, ward, user_id=ward.user_id, active=False, reason="thử")
    runner.write(set_user_active, ward, user_id=clerk.user_id, active=True, reason="Quay lại")
    assert _login(runner, "thu").actor is not None
    with runner.db.read() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 3
        reasons = s.execute(
            select(AuditEntry.action, AuditEntry.reason)
            .where(AuditEntry.entity == "user", AuditEntry.action.in_(["disable", "enable"]))
            .order_by(AuditEntry.id)
        ).all()
    assert [tuple(r) for r in reasons] == [("disable", "Chuyển công tác"), ("enable", "Quay lại")]


def test_the_last_administrator_cannot_be_disabled(
    runner: ServiceRunner, ward: Actor, make_user
) -> None:  # type: ignore[no-untyped-def]
    second = make_user("admin2", "admin")
    runner.write(set_user_active, second, user_id=ward.user_id, active=False, reason="Nghỉ hưu")
    with pytest.raises(UserError, match="last active administrator"):
        runner.write(set_user_active, ward, user_id=second.user_id, active=False, reason="x")
