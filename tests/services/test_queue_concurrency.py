"""Counters calling at once from separate processes while another process issues tickets.

On PostgreSQL (CI's second run) 8 counter processes call 200 times each; on one SQLite file 4 do.
Every ticket must be called exactly once, no number issued twice, no process may see an error.
"""

from __future__ import annotations

import multiprocessing
import queue as queue_module
import random

import pytest
from sqlalchemy import func, select

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.services.context import Actor, ServiceContext, ServiceRunner
from onestop_desktop.services.queue import KIOSK_ACTOR, call_next, issue_ticket
from onestop_desktop.store.engine import Database
from onestop_desktop.store.models import Counter, QueueService, Ticket, TicketCall
from tests.conftest import BACKEND, START

pytestmark = [pytest.mark.db, pytest.mark.slow]
COUNTERS = 8 if BACKEND == "postgresql" else 4
CALLS = 200
TIMEOUT = 600


def _issue(url: str, lanes: list[int], total: int, tickets: object, out: object) -> None:
    db = Database(url)
    runner = ServiceRunner(db, FixedClock(START))
    rng = random.Random(3)
    issued: list[int] = []
    errors: list[str] = []
    for _ in range(total):
        try:
            category = "elderly" if rng.random() < 0.15 else None
            row = runner.write(issue_ticket, KIOSK_ACTOR, rng.choice(lanes), category)
            issued.append(row.ticket.id)
            tickets.release()  # type: ignore[attr-defined]
        except Exception as error:
            errors.append(f"{type(error).__name__}: {error}")
    db.dispose()
    out.put(("issuer", issued, errors))  # type: ignore[attr-defined]


def _call(url: str, clerk: Actor, counter_id: int, tickets: object, out: object) -> None:
    db = Database(url)
    runner = ServiceRunner(db, FixedClock(START))
    called: list[int] = []
    errors: list[str] = []
    empty = 0
    while len(called) < CALLS:
        # One ticket was committed for every permit: a call made after taking one finds a ticket
        # nobody else holds (others in flight hold at most one permit each).
        if not tickets.acquire(timeout=TIMEOUT):  # type: ignore[attr-defined]
            errors.append("no ticket issued in time")
            break
        try:
            row = runner.write(call_next, clerk, counter_id)
        except Exception as error:
            errors.append(f"{type(error).__name__}: {error}")
            continue
        if row is None:
            empty += 1
            tickets.release()  # type: ignore[attr-defined]
            continue
        called.append(row.id)
    db.dispose()
    if empty > 50:  # a few may happen while others hold row locks; many would be a fault
        errors.append(f"{empty} calls found no ticket although one was issued for each")
    out.put(("counter", called, errors))  # type: ignore[attr-defined]


def _counters(ctx: ServiceContext, count: int) -> tuple[list[int], list[int]]:
    a = QueueService(prefix="A", name_vi="Hộ tịch", range_start=1, range_end=9999, sort_order=0)
    b = QueueService(prefix="B", name_vi="Chứng thực", range_start=1, range_end=9999, sort_order=1)
    counters = [
        Counter(number=n, name=f"Quầy {n}", active=True, services=[a, b])
        for n in range(1, count + 1)
    ]
    ctx.session.add_all([a, b, *counters])
    ctx.session.flush()
    ctx.audit("queue", None, "test setup")
    return [a.id, b.id], [c.id for c in counters]


def test_counters_in_separate_processes_call_every_ticket_exactly_once(
    db_url: str,
    runner: ServiceRunner,
    ward: Actor,
    make_user,  # type: ignore[no-untyped-def]
) -> None:
    lanes, counter_ids = runner.write(_counters, ward, COUNTERS)
    clerks = [make_user(f"canbo{n}", "clerk") for n in range(1, COUNTERS + 1)]
    total = COUNTERS * CALLS
    ctx = multiprocessing.get_context("spawn")
    tickets = ctx.Semaphore(0)
    out = ctx.Queue()
    procs = [ctx.Process(target=_issue, args=(db_url, lanes, total, tickets, out))]
    procs += [
        ctx.Process(target=_call, args=(db_url, clerk, counter, tickets, out))
        for clerk, counter in zip(clerks, counter_ids, strict=True)
    ]
    for proc in procs:
        proc.start()
    reports = []
    for _ in procs:
        try:
            reports.append(out.get(timeout=TIMEOUT))
        except queue_module.Empty:
            pytest.fail("a process did not report back in time")
    for proc in procs:
        proc.join(timeout=60)
        assert proc.exitcode == 0

    assert [e for _, _, errors in reports for e in errors] == []
    issued = next(ids for kind, ids, _ in reports if kind == "issuer")
    called = [i for kind, ids, _ in reports if kind == "counter" for i in ids]
    assert len(issued) == total
    assert len(called) == total
    assert sorted(called) == sorted(issued)  # every ticket called, none twice
    assert all(len(ids) == CALLS for kind, ids, _ in reports if kind == "counter")
    with runner.db.read() as s:
        numbers = s.execute(select(Ticket.service_id, Ticket.number)).all()
        assert len(numbers) == len(set(numbers)) == total
        assert s.scalar(select(func.count()).select_from(TicketCall)) == total
        waiting = s.scalar(select(func.count()).where(Ticket.status == "waiting"))
        assert waiting == 0
        # Each lane is numbered 1..n without gaps.
        for lane in lanes:
            got = sorted(s.scalars(select(Ticket.number).where(Ticket.service_id == lane)))
            assert got == list(range(1, len(got) + 1))
