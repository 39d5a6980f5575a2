"""The unit of work's guarantees: one transaction, an audit row for every change, no deletes."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from onestop_desktop.services.context import Actor, ServiceContext, ServiceRunner, UnauditedChange
from onestop_desktop.store.models import AuditEntry, Setting, User

pytestmark = pytest.mark.db


def _unaudited(ctx: ServiceContext) -> None:
    ctx.session.add(Setting(key="x", value="1"))


def _deleting(ctx: ServiceContext) -> None:
    ctx.session.delete(ctx.session.scalars(select(User)).one())
    ctx.audit("user", 1, "delete")


def _half_done(ctx: ServiceContext) -> None:
    ctx.session.add(Setting(key="y", value="2"))
    ctx.audit("setting", "y", "update")
    raise RuntimeError("printer on fire")


def test_change_without_audit_is_refused(runner: ServiceRunner, ward: Actor) -> None:
    with pytest.raises(UnauditedChange):
        runner.write(_unaudited, ward)
    with runner.db.read() as s:
        assert s.get(Setting, "x") is None


def test_hard_delete_is_refused(runner: ServiceRunner, ward: Actor) -> None:
    with pytest.raises(UnauditedChange, match="never hard-deleted"):
        runner.write(_deleting, ward)
    with runner.db.read() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 1


def test_a_failing_use_case_leaves_nothing_behind(runner: ServiceRunner, ward: Actor) -> None:
    with runner.db.read() as s:
        audit_before = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(RuntimeError):
        runner.write(_half_done, ward)
    with runner.db.read() as s:
        assert s.get(Setting, "y") is None
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audit_before


def test_reads_cannot_write(runner: ServiceRunner, ward: Actor) -> None:
    with pytest.raises(RuntimeError, match="read transaction"):
        runner.read(_unaudited, ward)
