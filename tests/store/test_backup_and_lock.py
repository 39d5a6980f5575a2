from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from onestop_desktop.domain.errors import DatabaseProblem
from onestop_desktop.store.backup import backup_sqlite, integrity_problems, restore_sqlite
from onestop_desktop.store.instance_lock import InstanceLock, running_instances


def _db(path: Path, rows: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO t (name) VALUES (?)", [(f"hồ sơ {i}",) for i in range(rows)])
    conn.commit()
    conn.close()


def test_backup_is_a_checked_consistent_copy_and_restores(tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite"
    _db(live, 100)
    backup = backup_sqlite(live, tmp_path / "backups" / "b1.sqlite")
    assert integrity_problems(backup, quick=False) == []
    conn = sqlite3.connect(live)
    conn.execute("DELETE FROM t")
    conn.commit()
    conn.close()
    keep = tmp_path / "backups" / "before-restore.sqlite"
    restore_sqlite(backup, live, keep)
    count = sqlite3.connect(live).execute("SELECT count(*) FROM t").fetchone()[0]
    assert count == 100
    assert sqlite3.connect(keep).execute("SELECT count(*) FROM t").fetchone()[0] == 0


def test_restoring_a_broken_file_changes_nothing(tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite"
    _db(live, 5)
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseProblem):
        restore_sqlite(bogus, live, tmp_path / "keep.sqlite")
    assert sqlite3.connect(live).execute("SELECT count(*) FROM t").fetchone()[0] == 5
    assert not (tmp_path / "keep.sqlite").exists()


def test_running_instances_sees_a_live_process_and_forgets_a_dead_one(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path)
    lock.acquire()
    try:
        # Another process sees this one as running.
        code = (
            "import sys; from pathlib import Path; "
            "from onestop_desktop.store.instance_lock import running_instances; "
            f"print(running_instances(Path({str(tmp_path)!r})))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        assert str(lock.path.stem) in out
    finally:
        lock.release()
    stale = tmp_path / "running" / "999999.lock"
    stale.write_bytes(b"0")
    assert running_instances(tmp_path) == []
    assert not stale.exists()
