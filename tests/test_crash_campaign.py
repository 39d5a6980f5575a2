"""Crash campaign: a real process receives dossiers in a loop (the counter's own use case, the
receipt PDF written before the code is reported) and is killed with SIGKILL at random moments,
30 times. After every kill the database passes integrity_check, every reported dossier is there
with its code and its PDF, no code is duplicated and the day's sequence has no gap. Runs in CI
(SQLite file, its own database whatever the configured backend)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.services.context import ServiceRunner
from onestop_desktop.services.setup import create_ward
from onestop_desktop.services.users import create_user
from onestop_desktop.store.audit_chain import verify_chain
from onestop_desktop.store.engine import Database, sqlite_url
from onestop_desktop.store.migrate import upgrade_to
from tests.conftest import PASSWORD, START
from tests.intake_helpers import load_sample_catalogue

REPO = Path(__file__).resolve().parents[1]
KILLS = 30
BIRTH = "1.001193"
CODE_PREFIX = "000.00.06.H56-261120-"

INTAKE_LOOP = """
import sys
from datetime import datetime
from pathlib import Path

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.form_files import receive_and_save
from onestop_desktop.store.engine import Database
from tests.intake_helpers import intake_form

url, documents, clerk_id = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
runner = ServiceRunner(Database(url), FixedClock(datetime(2026, 11, 20, 9, 0)))
clerk = Actor(clerk_id, "thu", "Cán bộ thu", Role.CLERK)
form = intake_form(runner, clerk, sys.argv[4])
import onestop_desktop.printing.forms  # loaded before the kills start: they land in steady work
print("READY", flush=True)
while True:
    result, saved = receive_and_save(runner, clerk, form, documents)
    if saved.path is None:
        raise SystemExit(f"no PDF: {saved.problem}")
    print(result.code, saved.path, flush=True)  # only once the dossier and its PDF are written
"""


def _ward(path: Path) -> tuple[str, int]:
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
        clerk = runner.write(
            create_user, admin, username="thu", full_name="Cán bộ thu", role="clerk",
            password=PASSWORD,
        )  # fmt: skip
    finally:
        db.dispose()
    return url, clerk.id


def _run_until_killed(
    url: str, documents: Path, clerk_id: int, delay: float, log: Path
) -> list[tuple[str, str]]:
    """Start the intake loop, SIGKILL it ``delay`` seconds after it is ready; the reported
    (code, pdf) pairs."""
    reported: list[tuple[str, str]] = []
    with (
        log.open("a") as err,
        subprocess.Popen(
            [sys.executable, "-c", INTAKE_LOOP, url, str(documents), str(clerk_id), BIRTH],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        ) as proc,
    ):
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY", log.read_text()
        killer = threading.Timer(delay, proc.send_signal, args=(signal.SIGKILL,))
        killer.start()
        try:
            for line in proc.stdout:  # until the kill closes the pipe
                code, pdf = line.split()
                reported.append((code, pdf))
        finally:
            killer.cancel()
            proc.kill()
            proc.wait()
        assert proc.returncode == -signal.SIGKILL, log.read_text()
    return reported


def _check(path: Path, reported: list[tuple[str, str]]) -> list[str]:
    conn = sqlite3.connect(path)  # a normal connection: it replays the WAL like the app would
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        codes = [r[0] for r in conn.execute("SELECT code FROM dossiers")]
    finally:
        conn.close()
    assert len(codes) == len(set(codes)), "a dossier code was given twice"
    assert {code for code, _ in reported} <= set(codes), "a reported dossier is missing"
    assert all(Path(pdf).is_file() for _, pdf in reported)
    numbers = sorted(int(code.removeprefix(CODE_PREFIX)) for code in codes)
    assert numbers == list(range(1, len(numbers) + 1)), "a gap in the day's sequence"
    return codes


def test_sigkill_at_random_moments_loses_nothing_reported(tmp_path: Path) -> None:
    path = tmp_path / "onestop.sqlite"
    url, clerk_id = _ward(path)
    documents = tmp_path / "documents"
    rng = random.Random(20261120)
    started = time.monotonic()
    all_reported: list[tuple[str, str]] = []
    kills_mid_run = 0
    for _ in range(KILLS):
        before = len(_check(path, all_reported))
        reported = _run_until_killed(
            url, documents, clerk_id, rng.uniform(0.0, 0.5), tmp_path / "loop.err"
        )
        all_reported += reported
        after = _check(path, all_reported)
        kills_mid_run += len(after) > before + len(reported)  # committed, not yet reported
    elapsed = time.monotonic() - started
    assert len(all_reported) >= KILLS  # the loop did real work between kills
    assert elapsed < 60, f"campaign took {elapsed:.1f} s"
    db = Database(url)
    try:
        with db.read() as session:
            chain = verify_chain(session)
    finally:
        db.dispose()
    assert chain.ok, chain.describe()  # no half-sealed audit entry either
    print(
        f"crash campaign: {KILLS} kills in {elapsed:.1f} s, {len(all_reported)} receipts "
        f"reported, {kills_mid_run} kills between a commit and its report"
    )
