from __future__ import annotations

import multiprocessing
from datetime import date

import pytest
from sqlalchemy import text

from onestop_desktop.store.engine import Database
from onestop_desktop.store.sequences import next_value

pytestmark = pytest.mark.db
DAY = date(2026, 11, 20)


def test_connections_are_set_up_for_the_backend(database: Database) -> None:
    if not database.is_sqlite:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW application_name").scalar() == "onestop-desktop"
        assert database.describe().startswith("PostgreSQL · 127.0.0.1")
        return
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


def test_foreign_keys_are_enforced(database: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), database.write() as s:
        s.execute(
            text(
                "INSERT INTO procedure_documents (procedure_id, position, name, copy_kind, count, "
                "mandatory, active) VALUES (424242, 1, 'x', 'original', 1, true, true)"
            )
        )


def test_sequences_count_per_scope_and_day_and_roll_back(database: Database) -> None:
    with database.write() as s:
        assert [next_value(s, "ticket:A", DAY) for _ in range(3)] == [1, 2, 3]
        assert next_value(s, "ticket:B", DAY, start=100) == 100
        assert next_value(s, "ticket:A", date(2026, 11, 21)) == 1
    drawn: list[int] = []

    def failing_intake() -> None:
        with database.write() as s:
            drawn.append(next_value(s, "ticket:A", DAY))
            raise RuntimeError("intake failed after the number was drawn")

    with pytest.raises(RuntimeError):
        failing_intake()
    assert drawn == [4]
    with database.write() as s:
        assert next_value(s, "ticket:A", DAY) == 4  # the rolled-back 4 is handed out again


def _draw(url: str, count: int, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    db = Database(url)
    got = []
    for _ in range(count):
        with db.write() as s:
            got.append(next_value(s, "dossier", DAY))
    db.dispose()
    queue.put(got)


@pytest.mark.slow
def test_concurrent_processes_never_get_the_same_number(db_url: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_draw, args=(db_url, 50, queue)) for _ in range(4)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    drawn = sorted(n for r in results for n in r)
    assert drawn == list(range(1, 201))  # no duplicate, no gap
