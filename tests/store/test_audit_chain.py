"""The audit log's hash chain: an untouched log verifies; any one row changed or deleted directly
in SQL is reported at exactly that row; writers at once (threads; on PostgreSQL, real concurrent
transactions) still form one unbroken chain in commit order."""

from __future__ import annotations

import shutil
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.services.auth import login
from onestop_desktop.services.context import Actor, ServiceContext, ServiceRunner
from onestop_desktop.services.settings import set_language
from onestop_desktop.store.audit_chain import verify_chain
from onestop_desktop.store.engine import Database, sqlite_url
from onestop_desktop.store.location import DataLocation
from onestop_desktop.store.startup import open_database
from tests.conftest import PASSWORD, START

pytestmark = pytest.mark.db
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def _busy_log(runner: ServiceRunner, admin: Actor, make_user) -> None:  # type: ignore[no-untyped-def]
    make_user("thu", "clerk")
    make_user("lan", "supervisor")
    runner.write(login, None, username="thu", password="wrong password 1")
    runner.write(login, None, username="thu", password=PASSWORD)
    runner.write(set_language, admin, "en")
    runner.write(set_language, admin, "vi")


def _verify(runner: ServiceRunner):  # type: ignore[no-untyped-def]
    with runner.db.read() as session:
        return verify_chain(session)


def _ids(runner: ServiceRunner) -> list[tuple[int, int]]:
    with runner.db.read() as session:
        rows = session.execute(text("SELECT id, chain_seq FROM audit_log ORDER BY chain_seq"))
        return [(int(r[0]), int(r[1])) for r in rows]


def _sql(runner: ServiceRunner, statement: str, **params: object) -> None:
    with runner.db.engine.begin() as conn:
        conn.execute(text(statement), params)


def test_an_untouched_log_verifies(runner: ServiceRunner, ward: Actor, make_user) -> None:  # type: ignore[no-untyped-def]
    _busy_log(runner, ward, make_user)
    report = _verify(runner)
    assert report.ok, report.describe()
    rows = _ids(runner)
    assert report.entries == len(rows) >= 8
    assert [seq for _id, seq in rows] == list(range(1, len(rows) + 1))


@pytest.mark.parametrize("which", ["first", "middle", "last"])
@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("action", "'login'"),
        ("username", "'someone'"),
        ("at", ":later"),
        ("reason", "'covered up'"),
        ("after_json", "'{}'"),
        ("chain_hash", "'" + "f" * 64 + "'"),
    ],
)
def test_an_update_of_any_row_is_detected_at_that_row(
    runner: ServiceRunner,
    ward: Actor,
    make_user,  # type: ignore[no-untyped-def]
    which: str,
    column: str,
    value: str,
) -> None:
    _busy_log(runner, ward, make_user)
    rows = _ids(runner)
    target = {"first": rows[0], "middle": rows[len(rows) // 2], "last": rows[-1]}[which][0]
    later = START + timedelta(minutes=1)  # every entry was written at START
    params: dict[str, object] = {"i": target, "later": later} if column == "at" else {"i": target}
    _sql(runner, f"UPDATE audit_log SET {column} = {value} WHERE id = :i", **params)
    report = _verify(runner)
    assert not report.ok
    assert report.problem == "altered"
    assert report.row_id == target, report.describe()
    assert f"row {target}" in report.describe()


@pytest.mark.parametrize("which", ["first", "middle", "second_last"])
def test_a_deleted_row_is_detected_at_its_position(
    runner: ServiceRunner,
    ward: Actor,
    make_user,  # type: ignore[no-untyped-def]
    which: str,
) -> None:
    _busy_log(runner, ward, make_user)
    rows = _ids(runner)
    index = {"first": 0, "middle": len(rows) // 2, "second_last": len(rows) - 2}[which]
    target, position = rows[index]
    _sql(runner, "DELETE FROM audit_log WHERE id = :i", i=target)
    report = _verify(runner)
    assert (report.problem, report.position) == ("missing", position), report.describe()
    assert report.row_id == rows[index + 1][0]
    assert f"position {position}" in report.describe()


def test_deleting_the_newest_rows_is_detected(
    runner: ServiceRunner, ward: Actor, make_user
) -> None:  # type: ignore[no-untyped-def]
    _busy_log(runner, ward, make_user)
    rows = _ids(runner)
    _sql(runner, "DELETE FROM audit_log WHERE id = :i", i=rows[-1][0])
    report = _verify(runner)
    assert (report.problem, report.position) == ("truncated", rows[-1][1])


def test_renumbering_after_a_delete_is_still_detected(
    runner: ServiceRunner,
    ward: Actor,
    make_user,  # type: ignore[no-untyped-def]
) -> None:
    _busy_log(runner, ward, make_user)
    rows = _ids(runner)
    target, _position = rows[3]
    _sql(runner, "DELETE FROM audit_log WHERE id = :i", i=target)
    for row_id, seq in rows[4:]:
        _sql(runner, "UPDATE audit_log SET chain_seq = :s WHERE id = :i", s=seq - 1, i=row_id)
    report = _verify(runner)
    assert (report.problem, report.row_id) == ("altered", rows[4][0])


def test_a_row_inserted_behind_the_chain_is_detected(runner: ServiceRunner, ward: Actor) -> None:
    _sql(
        runner,
        "INSERT INTO audit_log (at, entity, action) VALUES (:at, 'dossier', 'cancel')",
        at=START,
    )
    report = _verify(runner)
    assert report.problem == "unsealed"
    assert report.row_id == max(row_id for row_id, _ in _ids_all(runner))


def _ids_all(runner: ServiceRunner) -> list[tuple[int, None]]:
    with runner.db.read() as session:
        return [(int(r[0]), None) for r in session.execute(text("SELECT id FROM audit_log"))]


def _note(ctx: ServiceContext, what: str) -> None:
    ctx.audit("test", what, "note")
    ctx.audit("test", what, "second_note")


def test_writers_at_once_form_one_chain(db_url: str, ward: Actor, make_user) -> None:  # type: ignore[no-untyped-def]
    """Eight threads, each with its own engine (its own connections), write at once."""
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def writer(n: int) -> None:
        db = Database(db_url)
        try:
            runner = ServiceRunner(db, FixedClock(START))
            barrier.wait()
            for i in range(15):
                runner.write(_note, ward, f"{n}-{i}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    db = Database(db_url)
    try:
        check = ServiceRunner(db)
        report = _verify(check)
        assert report.ok, report.describe()
        assert report.entries >= 8 * 15 * 2
        with db.read() as session:
            pairs = session.execute(
                text(
                    "SELECT entity_id, action FROM audit_log WHERE entity = 'test' "
                    "ORDER BY chain_seq"
                )
            ).all()
        # A transaction's entries are consecutive in the chain: sealed together at its commit.
        assert [a for _e, a in pairs] == ["note", "second_note"] * (8 * 15)
        assert all(pairs[k][0] == pairs[k + 1][0] for k in range(0, len(pairs), 2))
    finally:
        db.dispose()


def test_an_old_database_is_sealed_when_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "onestop.sqlite"
    shutil.copyfile(FIXTURES / "schema-0002.sqlite", path)
    db, _report = open_database(DataLocation(tmp_path, sqlite_url(path)), START)
    try:
        with db.read() as session:
            report = verify_chain(session)
            count = session.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
        assert report.ok, report.describe()
        assert report.entries == count > 0
        runner = ServiceRunner(db, FixedClock(START))
        assert runner.write(login, None, username="nobody", password="x").actor is None
        with db.read() as session:
            assert verify_chain(session).entries == count + 1
    finally:
        db.dispose()
