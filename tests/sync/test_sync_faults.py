"""Fault tests of the upward sync against the real receiver on 127.0.0.1 (issue #7, must-show 2).

Each case closes real days (``close_day``), breaks something, drives the sender with the test's
clock (no sleeping: the clock is moved past the backoff and ``send_pending`` called again, a
bounded number of times), and ends with the same checks: the receiver holds exactly one copy of
every (unit, date, revision), the outbox has no unacknowledged row, and every stored body is the
outbox row's body byte for byte (no stale body was ever sent).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.sync.sender import BACKOFF_CAP, SendReport, send_pending
from tests.sync.fault_proxy import FaultProxy
from tests.sync.send_helpers import (
    advance,
    assert_all_delivered_once,
    close_days,
    configure,
    days_before,
    free_port,
    old_ward,
    outbox,
    start_receiver,
)

pytestmark = pytest.mark.db
MAX_PASSES = 12


@pytest.fixture
def admin(runner: ServiceRunner, clock) -> Actor:  # type: ignore[no-untyped-def]
    return old_ward(runner, clock)


def _until_sent(runner: ServiceRunner, clock, rng: random.Random) -> list[SendReport]:  # type: ignore[no-untyped-def]
    """Passes, the clock moved past the backoff between them, until nothing is left."""
    reports: list[SendReport] = []
    for _ in range(MAX_PASSES):
        report = send_pending(runner, clock=clock, rng=rng)
        reports.append(report)
        if report.remaining == 0:
            return reports
        advance(clock)
    raise AssertionError(f"still waiting after {MAX_PASSES} passes: {reports[-1]}")


def test_receiver_down_for_the_first_attempts(runner, clock, admin, tmp_path) -> None:  # type: ignore[no-untyped-def]
    close_days(runner, admin, days_before(4))
    port = free_port()
    configure(runner, admin, f"http://127.0.0.1:{port}")
    rng = random.Random(1)
    for attempt in range(3):  # nothing listens on the port
        report = send_pending(runner, clock=clock, rng=rng)
        assert (report.sent, report.retry_later, report.remaining) == (0, 1, 4), attempt
        assert report.last_error is not None
        assert report.last_error.startswith("cannot connect")
        advance(clock)
    with start_receiver(tmp_path, port=port) as receiver:
        reports = _until_sent(runner, clock, rng)
        assert sum(r.sent for r in reports) == 4
        assert len(reports) == 1  # every row due again: one pass sends them all
        assert_all_delivered_once(runner, receiver)
        assert [d.deliveries for d in receiver.store.documents()] == [1, 1, 1, 1]
    assert sorted(r.attempts for r in outbox(runner)) == [1, 2, 2, 2]


@pytest.mark.parametrize("status", [500, 503, 429])
def test_receiver_answering_server_errors(runner, clock, admin, tmp_path, status) -> None:  # type: ignore[no-untyped-def]
    close_days(runner, admin, days_before(3))
    with start_receiver(tmp_path) as receiver, FaultProxy(receiver.url) as proxy:
        configure(runner, admin, proxy.url)
        proxy.fail(status, 3)
        reports = _until_sent(runner, clock, random.Random(2))
        assert [r.retry_later for r in reports] == [1, 1, 1, 0]
        assert reports[0].last_error is not None
        assert reports[0].last_error.startswith(f"HTTP {status}")
        assert proxy.requests == 3 + 3
        assert proxy.forwarded == 3
        assert_all_delivered_once(runner, receiver)


def test_response_lost_after_the_receiver_stored_the_document(  # type: ignore[no-untyped-def]
    runner, clock, admin, tmp_path
) -> None:
    close_days(runner, admin, days_before(3))
    with start_receiver(tmp_path) as receiver, FaultProxy(receiver.url) as proxy:
        configure(runner, admin, proxy.url)
        proxy.cut(2)  # stored, then the connection cut before the answer: twice
        reports = _until_sent(runner, clock, random.Random(3))
        assert reports[0].last_error is not None
        assert reports[0].last_error.startswith("connection lost")
        assert proxy.forwarded == 2 + 3
        assert_all_delivered_once(runner, receiver)
        # The lost answers were repeats for the receiver (200), never a second copy.
        assert sorted(d.deliveries for d in receiver.store.documents()) == [1, 2, 2]


def test_clock_moving_backwards(runner, clock, admin, tmp_path) -> None:  # type: ignore[no-untyped-def]
    close_days(runner, admin, days_before(3))
    port = free_port()
    configure(runner, admin, f"http://127.0.0.1:{port}")
    rng = random.Random(4)
    for _ in range(3):
        send_pending(runner, clock=clock, rng=rng)  # down: each row scheduled a little later
    scheduled = [r.next_attempt_at for r in outbox(runner)]
    assert all(s is not None and s > clock.now() for s in scheduled)
    clock.advance(hours=-6)  # the PC's clock is put back: every schedule is "far ahead" now
    assert all(s is not None and s > clock.now() + BACKOFF_CAP for s in scheduled)
    with start_receiver(tmp_path, port=port) as receiver:
        report = send_pending(runner, clock=clock, rng=rng)
        assert (report.sent, report.remaining) == (3, 0)
        assert_all_delivered_once(runner, receiver)


def test_365_closed_days_queued_at_once(runner, clock, admin, tmp_path) -> None:  # type: ignore[no-untyped-def]
    close_days(runner, admin, days_before(365))
    with start_receiver(tmp_path) as receiver:
        configure(runner, admin, receiver.url)
        started = time.perf_counter()
        report = send_pending(runner, clock=clock, rng=random.Random(5))
        elapsed = time.perf_counter() - started
        assert (report.sent, report.refused, report.retry_later, report.remaining) == (
            365,
            0,
            0,
            0,
        )
        assert_all_delivered_once(runner, receiver)
        assert elapsed < 60


# -- the app killed in the middle of a send ------------------------------------------------------
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "ONESTOP_LANG": "en"}
ENV.pop("ONESTOP_TEST_PG_URL", None)


def _sync_once(data_dir: Path, db_url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "onestop_desktop",
            "--data-dir",
            str(data_dir),
            "--database-url",
            db_url,
            "sync",
            "--once",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )


def test_app_killed_in_the_middle_of_a_send_then_restarted(  # type: ignore[no-untyped-def]
    runner, clock, admin, tmp_path, db_url
) -> None:
    close_days(runner, admin, days_before(3))
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    with start_receiver(tmp_path) as receiver, FaultProxy(receiver.url) as proxy:
        configure(runner, admin, proxy.url)
        proxy.hold()
        first = _sync_once(data_dir, db_url)
        try:
            assert proxy.arrived.wait(60), "the sender never reached the receiver"
            os.kill(first.pid, signal.SIGKILL)  # kill -9 while the request is in flight
            first.wait(30)
        finally:
            if first.poll() is None:
                first.kill()
            first.communicate()
        assert first.returncode == -signal.SIGKILL
        assert all(r.acked_at is None for r in outbox(runner))
        proxy.release()  # the held request reaches the receiver after all: stored
        assert proxy.wait_forwarded(1)
        assert len(receiver.store.documents()) == 1
        second = _sync_once(data_dir, db_url)
        out, err = second.communicate(timeout=120)
        assert second.returncode == 0, err
        assert "sent 3" in out
        assert_all_delivered_once(runner, receiver)
        assert sorted(d.deliveries for d in receiver.store.documents()) == [1, 1, 2]
