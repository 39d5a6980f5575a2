"""Two PCs setting a ward setting for the first time at the same moment: both succeed, the last
one wins, each change is audited (on PostgreSQL the second used to fail on a duplicate key)."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import func, select

from onestop_desktop.services.context import Actor, ServiceContext, ServiceRunner
from onestop_desktop.services.settings import put_setting
from onestop_desktop.store.models import AuditEntry, Setting

pytestmark = pytest.mark.db
WRITERS = 6


def _set(ctx: ServiceContext, value: int, barrier: threading.Barrier) -> bool:
    barrier.wait()  # every writer is inside its transaction before anyone inserts
    return put_setting(ctx, "test.race", value)


def test_concurrent_first_writes_all_succeed(runner: ServiceRunner, ward: Actor) -> None:
    sqlite = runner.db.sqlite_path is not None
    # SQLite writers queue at BEGIN IMMEDIATE, so they cannot all be inside at once.
    barrier = threading.Barrier(1 if sqlite else WRITERS)
    results: list[bool] = []
    errors: list[BaseException] = []

    def writer(value: int) -> None:
        try:
            results.append(runner.write(_set, ward, value, barrier))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(v,)) for v in range(1, WRITERS + 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert results == [True] * WRITERS
    with runner.db.read() as s:
        stored = json.loads(s.get(Setting, "test.race").value)  # type: ignore[union-attr]
        audited = s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.entity_id == "test.race")
        )
    assert stored in range(1, WRITERS + 1)
    assert audited == WRITERS


def test_setting_the_same_value_again_changes_nothing(runner: ServiceRunner, ward: Actor) -> None:
    barrier = threading.Barrier(1)
    assert runner.write(_set, ward, 5, barrier) is True
    with runner.db.read() as s:
        audits = s.scalar(select(func.count()).select_from(AuditEntry))
    assert runner.write(_set, ward, 5, barrier) is False
    with runner.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audits
