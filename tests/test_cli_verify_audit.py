"""``onestop-desktop verify-audit`` as ward IT runs it, on the configured database (SQLite, or
PostgreSQL in CI): exit 0 on an intact log, exit 1 naming the first broken row."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from onestop_desktop.services.auth import login
from onestop_desktop.services.context import Actor, ServiceRunner
from tests.conftest import PASSWORD
from tests.test_cli import cli

pytestmark = pytest.mark.db


def _run(tmp_path: Path, db_url: str):  # type: ignore[no-untyped-def]
    return cli("--data-dir", str(tmp_path / "data"), "--database-url", db_url, "verify-audit")


def _log(runner: ServiceRunner) -> list[int]:
    for attempt in ("nope", PASSWORD, "nope again"):
        runner.write(login, None, username="admin", password=attempt)
    with runner.db.read() as s:
        return [int(i) for i in s.scalars(text("SELECT id FROM audit_log ORDER BY chain_seq"))]


def test_an_intact_log_verifies(
    tmp_path: Path, db_url: str, runner: ServiceRunner, ward: Actor
) -> None:
    ids = _log(runner)
    result = _run(tmp_path, db_url)
    assert result.returncode == 0, result.stderr
    assert f"audit log intact: {len(ids)} entries verified" in result.stdout


def test_an_edited_row_is_named(
    tmp_path: Path, db_url: str, runner: ServiceRunner, ward: Actor
) -> None:
    ids = _log(runner)
    target = ids[3]
    with runner.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_log SET action = 'nothing_happened' WHERE id = :i"), {"i": target}
        )
    result = _run(tmp_path, db_url)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"audit log broken at row {target} " in result.stderr
    assert result.stdout == ""


def test_a_deleted_row_is_named(
    tmp_path: Path, db_url: str, runner: ServiceRunner, ward: Actor
) -> None:
    ids = _log(runner)
    with runner.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = :i"), {"i": ids[2]})
    result = _run(tmp_path, db_url)
    assert result.returncode == 1
    assert "at position 3: that entry was deleted" in result.stderr
    assert f"next row is {ids[3]}" in result.stderr
