from __future__ import annotations

import pytest
from sqlalchemy import func, select

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.errors import PermissionDenied, UserError, ValidationError
from onestop_desktop.services.auth import MAX_FAILED_ATTEMPTS, login
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.setup import create_ward, ward_status
from onestop_desktop.services.users import create_user, list_users
from onestop_desktop.store.models import AuditEntry, User, Ward
from tests.conftest import PASSWORD

pytestmark = pytest.mark.db


def _audit(runner: ServiceRunner) -> list[tuple[str, str]]:
    with runner.db.read() as s:
        return [(e.entity, e.action) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_a_new_database_has_no_account_and_no_default_password(runner: ServiceRunner) -> None:
    status = runner.read(ward_status, None)
    assert not status.initialised
    for username, password in [("admin", "admin"), ("admin", ""), ("admin", "123456")]:
        assert runner.write(login, None, username=username, password=password).actor is None
    with runner.db.read() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 0


def test_first_run_creates_ward_and_admin_with_audit(runner: ServiceRunner, ward: Actor) -> None:
    status = runner.read(ward_status, None)
    assert status.initialised
    assert (status.unit_code, status.name) == ("000.00.06.H56", "Phường Tây Hồ")
    assert ward.role.value == "admin"
    with runner.db.read() as s:
        stored = s.scalars(select(User)).one()
        assert stored.password_hash.startswith("$argon2id$")
        assert PASSWORD not in stored.password_hash
        assert len(s.scalars(select(Ward)).one().signing_key) == 64
    assert _audit(runner) == [("ward", "create"), ("user", "create")]


def test_first_run_cannot_run_twice(runner: ServiceRunner, ward: Actor) -> None:
    with pytest.raises(UserError):
        runner.write(
            create_ward,
            None,
            ward_name="Khác",
            unit_code="000.00.06.H57",
            admin_username="root",
            admin_full_name="X Y",
            admin_password=PASSWORD,
        )
    with runner.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Ward)) == 1


def test_bad_first_run_input_changes_nothing(runner: ServiceRunner) -> None:
    with pytest.raises(ValidationError) as exc:
        runner.write(
            create_ward,
            None,
            ward_name="Phường Tây Hồ",
            unit_code="H56",
            admin_username="admin",
            admin_full_name="Quản Trị",
            admin_password=PASSWORD,
        )
    assert exc.value.field == "unit_code"
    with runner.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Ward)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_login_right_and_wrong(runner: ServiceRunner, ward: Actor) -> None:
    bad = runner.write(login, None, username="admin", password="wrong-password")
    assert bad.actor is None
    assert bad.message_vi == "Sai tên đăng nhập hoặc mật khẩu."
    unknown = runner.write(login, None, username="nobody", password=PASSWORD)
    assert unknown.actor is None
    assert unknown.message_vi == bad.message_vi  # the message does not tell which was wrong
    good = runner.write(login, None, username=" ADMIN ", password=PASSWORD)
    assert good.actor is not None
    assert good.actor.username == "admin"
    assert _audit(runner)[-3:] == [
        ("session", "login_failed"),
        ("session", "login_failed"),
        ("session", "login"),
    ]


def test_lockout_after_repeated_failures(
    runner: ServiceRunner, ward: Actor, clock: FixedClock
) -> None:
    for _ in range(MAX_FAILED_ATTEMPTS):
        assert runner.write(login, None, username="admin", password="nope-nope-1").actor is None
    locked = runner.write(login, None, username="admin", password=PASSWORD)
    assert locked.actor is None
    assert "tạm khóa" in locked.message_vi
    clock.advance(minutes=16)
    assert runner.write(login, None, username="admin", password=PASSWORD).actor is not None
    assert ("session", "lockout") in _audit(runner)


def test_only_the_admin_manages_users(runner: ServiceRunner, ward: Actor, make_user) -> None:  # type: ignore[no-untyped-def]
    supervisor = make_user("giamsat", "supervisor")
    clerk = make_user("canbo1", "clerk")
    for actor in (supervisor, clerk, None):
        with pytest.raises(PermissionDenied):
            runner.write(
                create_user,
                actor,
                username="x1234",
                full_name="X Y",
                role="clerk",
                password=PASSWORD,
            )
        with pytest.raises(PermissionDenied):
            runner.read(list_users, actor)
    assert [u.username for u in runner.read(list_users, ward)] == ["admin", "canbo1", "giamsat"]
    with pytest.raises(UserError):
        make_user("canbo1", "clerk")  # taken
