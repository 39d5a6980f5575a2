"""Automatic backups: a backup taken while another process keeps writing restores to a healthy
database holding every row committed before it; rotation keeps exactly the right files (injected
dates); a restore chosen in the app is applied at the next start, keeping the replaced file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.errors import DatabaseProblem
from onestop_desktop.services.context import ServiceRunner
from onestop_desktop.services.setup import create_ward
from onestop_desktop.store.audit_chain import verify_chain
from onestop_desktop.store.auto_backup import (
    daily_backup,
    daily_backup_path,
    days_to_keep,
    pending_restore,
    rotate,
    schedule_restore,
)
from onestop_desktop.store.backup import integrity_problems, restore_sqlite
from onestop_desktop.store.engine import Database, sqlite_url
from onestop_desktop.store.location import DataLocation
from onestop_desktop.store.migrate import upgrade_to
from onestop_desktop.store.startup import open_database
from tests.conftest import PASSWORD, START

WRITER = """
import sys
from onestop_desktop.services.context import ServiceRunner
from onestop_desktop.store.engine import Database

def note(ctx, i):
    ctx.audit("test", i, "note", after={"payload": "x" * 200})

runner = ServiceRunner(Database(sys.argv[1]))
i = 0
while True:
    i += 1
    runner.write(note, None, i)
    print(i, flush=True)  # only after the commit returned
"""


def _ward_db(path: Path) -> str:
    url = sqlite_url(path)
    upgrade_to(url, "head")
    db = Database(url)
    try:
        ServiceRunner(db, FixedClock(START)).write(
            create_ward,
            None,
            ward_name="Phường Tây Hồ",
            unit_code="000.00.06.H56",
            admin_username="admin",
            admin_full_name="Quản Trị",
            admin_password=PASSWORD,
        )
    finally:
        db.dispose()
    return url


def _notes(path: Path) -> set[int]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT entity_id FROM audit_log WHERE entity = 'test'").fetchall()
    finally:
        conn.close()
    return {int(r[0]) for r in rows}


def test_a_backup_taken_while_another_process_writes_restores_every_committed_row(
    tmp_path: Path,
) -> None:
    live = tmp_path / "onestop.sqlite"
    url = _ward_db(live)
    errors = tmp_path / "writer.err"
    with (
        errors.open("w") as err,
        subprocess.Popen(
            [sys.executable, "-c", WRITER, url],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        ) as writer,
    ):
        assert writer.stdout is not None
        try:
            committed: list[int] = []
            while len(committed) < 200:  # the writer is well under way
                line = writer.stdout.readline()
                assert line, errors.read_text()
                committed.append(int(line))
            before_backup = set(committed)
            result = daily_backup(
                live, tmp_path / "backups", date(2026, 11, 20), keep_daily=7, keep_monthly=12
            )
            after: list[int] = []
            while len(after) < 100:  # and it kept writing after the backup
                after.append(int(writer.stdout.readline()))
        finally:
            writer.kill()
            writer.wait()
    assert result.created
    assert result.path == tmp_path / "backups" / "onestop-daily-2026-11-20.sqlite"

    restored = tmp_path / "restored" / "onestop.sqlite"
    restored.parent.mkdir()
    restore_sqlite(result.path, restored, None)
    assert integrity_problems(restored, quick=False) == []
    in_backup = _notes(restored)
    assert before_backup <= in_backup  # every row committed before the backup is there
    assert max(after) not in in_backup  # rows written after it are not (it is a snapshot)
    assert in_backup == set(range(1, max(in_backup) + 1))  # whole transactions, no holes
    db = Database(sqlite_url(restored))
    try:
        with db.read() as session:
            chain = verify_chain(session)
    finally:
        db.dispose()
    assert chain.ok, chain.describe()  # the audit chain of the copy is intact too
    assert chain.entries == len(in_backup) + 2  # + the ward and its administrator


def test_rotation_keeps_the_newest_days_and_the_first_of_recent_months(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    day = date(2026, 7, 15)
    while day <= date(2026, 11, 20):
        daily_backup_path(folder, day).write_bytes(b"x")
        day += timedelta(days=1)
    others = [
        "before-restore.20261001-101500.sqlite",
        "onestop.0002.20261120-090000.bak",
        "ghi-chu.txt",
        "onestop-daily-2026-13-40.sqlite",  # not a real date: not ours to delete
    ]
    for name in others:
        (folder / name).write_bytes(b"x")
    removed = rotate(folder, keep_daily=7, keep_monthly=3)
    left = sorted(p.name for p in folder.iterdir())
    expected_daily = [
        "onestop-daily-2026-09-01.sqlite",
        "onestop-daily-2026-10-01.sqlite",
        *(f"onestop-daily-2026-11-{d:02d}.sqlite" for d in (1, 14, 15, 16, 17, 18, 19, 20)),
    ]
    assert left == sorted(expected_daily + others)
    assert len(removed) == (date(2026, 11, 20) - date(2026, 7, 15)).days + 1 - len(expected_daily)
    # The month's first backup is the earliest one that exists, not necessarily the 1st.
    assert days_to_keep([date(2026, 10, 3), date(2026, 10, 9), date(2026, 11, 2)], 1, 2) == {
        date(2026, 11, 2),
        date(2026, 10, 3),
    }
    assert days_to_keep([date(2026, 10, 3), date(2026, 11, 2)], 1, 0) == {date(2026, 11, 2)}


def test_daily_backups_over_injected_days(tmp_path: Path) -> None:
    live = tmp_path / "onestop.sqlite"
    _ward_db(live)
    folder = tmp_path / "usb" / "saoluu"
    day = date(2026, 10, 28)
    while day <= date(2026, 11, 5):
        first = daily_backup(live, folder, day, keep_daily=3, keep_monthly=2)
        again = daily_backup(live, folder, day, keep_daily=3, keep_monthly=2)
        assert first.created
        assert not again.created  # once a day
        day += timedelta(days=1)
    assert sorted(p.name for p in folder.iterdir()) == [
        "onestop-daily-2026-10-28.sqlite",
        "onestop-daily-2026-11-01.sqlite",
        "onestop-daily-2026-11-03.sqlite",
        "onestop-daily-2026-11-04.sqlite",
        "onestop-daily-2026-11-05.sqlite",
    ]
    assert all(integrity_problems(p, quick=False) == [] for p in folder.iterdir())


def test_a_scheduled_restore_is_applied_at_the_next_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    live = data / "onestop.sqlite"
    url = _ward_db(live)
    backup = daily_backup(live, data / "backups", date(2026, 11, 20), keep_daily=7, keep_monthly=0)
    with sqlite3.connect(live) as conn:
        conn.execute("UPDATE ward SET name = 'Phường Sau Sao Lưu'")
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"not a database at all" * 50)
    with pytest.raises(DatabaseProblem):
        schedule_restore(data, bogus)
    assert pending_restore(data) is None
    schedule_restore(data, backup.path)
    assert pending_restore(data) == backup.path.resolve()

    db, _report = open_database(DataLocation(data, url), START)
    try:
        with db.read() as session:
            name = session.execute(text("SELECT name FROM ward")).scalar_one()
    finally:
        db.dispose()
    assert name == "Phường Tây Hồ"  # the backup's content
    assert pending_restore(data) is None  # done once
    kept = list((data / "backups").glob("before-restore.*.sqlite"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as conn:
        assert conn.execute("SELECT name FROM ward").fetchone() == ("Phường Sau Sao Lưu",)
