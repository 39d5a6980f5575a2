"""Disk full and read-only, on a real small filesystem the test mounts (a 6 MB tmpfs; CI runs as
root). The running app's intake is refused with a clear message, nothing partial is stored (no
dossier, no used-up code, audit chain intact), and the same runner works again once space (or
write access) returns. CI runs as root in a container where mounting works; elsewhere (no root)
these tests skip rather than fake the disk."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.errors import DatabaseProblem
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.form_files import receive_and_save
from onestop_desktop.services.setup import create_ward
from onestop_desktop.services.users import create_user
from onestop_desktop.store.audit_chain import verify_chain
from onestop_desktop.store.engine import Database, sqlite_url
from onestop_desktop.store.migrate import upgrade_to
from onestop_desktop.store.models import Dossier
from tests.conftest import PASSWORD, START
from tests.intake_helpers import intake_form, load_sample_catalogue

BIRTH = "1.001193"
READ_ONLY_VI = {
    "Không ghi được vào cơ sở dữ liệu (chỉ đọc). Kiểm tra quyền ghi thư mục dữ liệu.",
    "Không mở được tệp cơ sở dữ liệu. Kiểm tra thư mục dữ liệu có tồn tại và ghi được.",
}
DISK_FULL_VI = "Ổ đĩa đã đầy: không ghi được dữ liệu. Giải phóng dung lượng rồi thử lại"


@dataclass
class SmallDisk:
    folder: Path
    mounted: bool  # False where mounting is impossible (not root): the tests skip

    def fill(self) -> Path:
        """Write a file until the disk says it is full."""
        filler = self.folder / "filler.bin"
        chunk = b"\0" * 65536
        with filler.open("wb", buffering=0) as fh:
            try:
                while True:
                    fh.write(chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
        return filler

    def remount(self, mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(self.folder)], check=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    folder = tmp_path / "disk"
    folder.mkdir()
    if os.geteuid() == 0 and shutil.which("mount"):
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(folder)],
            capture_output=True,
        )
        if done.returncode == 0:
            yield SmallDisk(folder, True)
            subprocess.run(["umount", "-l", str(folder)], check=False)
            return
    yield SmallDisk(folder, False)


@dataclass
class Counter:
    runner: ServiceRunner
    clerk: Actor
    path: Path


@pytest.fixture
def counter(small_disk: SmallDisk) -> Iterator[Counter]:
    path = small_disk.folder / "onestop.sqlite"
    url = sqlite_url(path)
    upgrade_to(url, "head")
    db = Database(url)
    runner = ServiceRunner(db, FixedClock(START))
    admin = runner.write(
        create_ward,
        None,
        ward_name="Phường Tây Hồ",
        unit_code="000.00.06.H56",
        admin_username="admin",
        admin_full_name="Quản Trị",
        admin_password=PASSWORD,
    )
    load_sample_catalogue(runner, admin)
    row = runner.write(
        create_user, admin, username="thu", full_name="Cán bộ thu", role="clerk", password=PASSWORD
    )
    from onestop_desktop.domain.roles import Role

    yield Counter(runner, Actor(row.id, row.username, row.full_name, Role.CLERK), path)
    db.dispose()


def _truncate_wal(path: Path) -> None:
    """Empty the WAL so the next commit needs new space (a used WAL is rewritten in place)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _stored(counter: Counter) -> tuple[int, bool, list[str]]:
    with counter.runner.db.read() as session:
        count = session.scalar(select(func.count()).select_from(Dossier)) or 0
        chain_ok = verify_chain(session).ok
        codes = list(session.scalars(select(Dossier.code).order_by(Dossier.id)))
    return count, chain_ok, codes


def test_a_full_disk_refuses_the_intake_cleanly_and_recovers(
    small_disk: SmallDisk, counter: Counter, tmp_path: Path
) -> None:
    runner, clerk = counter.runner, counter.clerk
    documents = tmp_path / "documents"  # the PDFs elsewhere: this is about the database
    form = intake_form(runner, clerk, BIRTH)
    first, _ = receive_and_save(runner, clerk, form, documents)
    assert first.code.endswith("-0001")

    if not small_disk.mounted:  # pragma: no cover - needs root to mount
        pytest.skip("cannot mount a filesystem here")
    _truncate_wal(counter.path)
    filler = small_disk.fill()
    refusals = []
    for _attempt in range(3):  # the clerk tries again: still refused, still nothing stored
        with pytest.raises(DatabaseProblem) as refused:
            receive_and_save(runner, clerk, form, documents)
        refusals.append(refused.value)
    assert all(r.message_vi.startswith(DISK_FULL_VI) for r in refusals), refusals[0].message_vi
    assert _stored(counter) == (1, True, [first.code])

    filler.unlink()  # space returns
    second, saved = receive_and_save(runner, clerk, form, documents)
    assert saved.path is not None
    assert second.code.endswith("-0002")  # no code was used up by the refused attempts
    count, chain_ok, _codes = _stored(counter)
    assert (count, chain_ok) == (2, True)
    conn = sqlite3.connect(counter.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_a_read_only_disk_refuses_the_intake_cleanly_and_recovers(
    small_disk: SmallDisk, counter: Counter, tmp_path: Path
) -> None:
    if not small_disk.mounted:  # pragma: no cover - needs root to remount
        pytest.skip("cannot mount a filesystem here")
    runner, clerk = counter.runner, counter.clerk
    documents = tmp_path / "documents"
    form = intake_form(runner, clerk, BIRTH)
    first, _ = receive_and_save(runner, clerk, form, documents)
    _truncate_wal(counter.path)
    # A mount cannot turn read-only under files open for writing: the pooled connections are
    # closed (as when the disk went away), then the same runner reconnects on its next use.
    runner.db.engine.dispose()
    small_disk.remount("ro")
    try:
        with pytest.raises(DatabaseProblem) as refused:
            receive_and_save(runner, clerk, form, documents)
        assert refused.value.message_vi in READ_ONLY_VI, refused.value.message_vi
    finally:
        small_disk.remount("rw")
    second, saved = receive_and_save(runner, clerk, form, documents)
    assert second.code.endswith("-0002")
    assert saved.path is not None
    assert _stored(counter) == (2, True, [first.code, second.code])


def test_a_full_disk_for_the_receipts_keeps_the_dossier_and_says_so(
    small_disk: SmallDisk, tmp_path: Path
) -> None:
    """The database is fine but the folder of receipt PDFs is full: the dossier is saved (the
    citizen's code exists), the clerk is told to free space and reprint; reprint then works."""
    if not small_disk.mounted:  # pragma: no cover
        pytest.skip("cannot mount a filesystem here")
    path = tmp_path / "onestop.sqlite"
    url = sqlite_url(path)
    upgrade_to(url, "head")
    db = Database(url)
    try:
        runner = ServiceRunner(db, FixedClock(START))
        admin = runner.write(
            create_ward,
            None,
            ward_name="Phường Tây Hồ",
            unit_code="000.00.06.H56",
            admin_username="admin",
            admin_full_name="Quản Trị",
            admin_password=PASSWORD,
        )
        load_sample_catalogue(runner, admin)
        row = runner.write(
            create_user, admin, username="thu", full_name="Cán bộ thu", role="clerk",
            password=PASSWORD,
        )  # fmt: skip
        from onestop_desktop.domain.roles import Role
        from onestop_desktop.services.form_files import reprint_and_save

        clerk = Actor(row.id, row.username, row.full_name, Role.CLERK)
        documents = small_disk.folder / "documents"
        filler = small_disk.fill()
        result, saved = receive_and_save(
            runner, clerk, intake_form(runner, clerk, BIRTH), documents
        )
        assert saved.path is None
        assert saved.problem is not None
        assert saved.problem.message_vi.startswith("Hồ sơ đã được lưu, nhưng không ghi được tệp")
        assert not list(documents.rglob("*.pdf.partial")) if documents.exists() else True
        filler.unlink()
        again = reprint_and_save(runner, clerk, result.dossier_id, documents, False)
        assert again.path is not None
        assert again.path.is_file()
    finally:
        db.dispose()
