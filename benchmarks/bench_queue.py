"""Queue: issue a ticket and call the next one on SQLite, each beside a bare one-row INSERT / UPDATE
in the same file; and call next from 8 counter processes at once on PostgreSQL, beside a bare
one-row UPDATE on the same server."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from benchmarks.registry import REPO_ROOT, BenchResult, Settings, benchmark, compare
from benchmarks.timing import ns_to_ms, p50, p95, time_calls
from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.context import Actor, ServiceContext, ServiceRunner
from onestop_desktop.services.queue import KIOSK_ACTOR, call_next, issue_ticket
from onestop_desktop.services.setup import create_ward
from onestop_desktop.store.engine import Database, sqlite_url
from onestop_desktop.store.migrate import upgrade_to
from onestop_desktop.store.models import Counter, QueueService

AT = datetime(2026, 11, 20, 9, 0)
PG_PROCESSES = 8
WARMUP = 3  # untimed calls per process first: SQLAlchemy's statement cache starts cold


def _lanes(ctx: ServiceContext, counters: int) -> tuple[list[int], list[int]]:
    a = QueueService(prefix="A", name_vi="Hộ tịch", range_start=1, range_end=9999, sort_order=0)
    b = QueueService(prefix="B", name_vi="Chứng thực", range_start=1, range_end=9999, sort_order=1)
    rows = [Counter(number=n, name=f"Quầy {n}", services=[a, b]) for n in range(1, counters + 1)]
    ctx.session.add_all([a, b, *rows])
    ctx.session.flush()
    ctx.audit("queue", None, "benchmark setup")
    return [a.id, b.id], [c.id for c in rows]


def _ward(url: str, counters: int) -> tuple[Database, ServiceRunner, list[int], list[int]]:
    upgrade_to(url, "head")
    db = Database(url)
    runner = ServiceRunner(db, FixedClock(AT))
    runner.write(
        create_ward,
        None,
        ward_name="Phường Tây Hồ",
        unit_code="000.00.06.H56",
        admin_username="admin",
        admin_full_name="Nguyễn Quản Trị",
        admin_password="Benchmark-2026!",
    )
    lanes, counter_ids = runner.write(_lanes, Actor(1, "admin", "Quản trị", Role.ADMIN), counters)
    return db, runner, lanes, counter_ids


CLERK = Actor(1, "admin", "Quản trị", Role.ADMIN)


def _bare_table(db: Database) -> None:
    with db.write() as s:
        s.execute(text("CREATE TABLE bare_rows (id INTEGER PRIMARY KEY, status VARCHAR(20))"))
        s.execute(text("INSERT INTO bare_rows (id, status) VALUES (1, 'waiting')"))


@benchmark("queue_issue_ticket", "Issue a ticket on SQLite (WAL), p95, vs a bare one-row INSERT")
def queue_issue_ticket(settings: Settings) -> BenchResult:
    calls = settings.pick(full=1000, tiny=30)
    db, runner, lanes, _ = _ward(sqlite_url(settings.workdir / "issue.sqlite"), 2)
    try:
        _bare_table(db)
        ids = iter(range(2, 10**9))

        def bare() -> None:
            with db.write() as s:
                s.execute(text("INSERT INTO bare_rows (id, status) VALUES (:i, 'waiting')"),
                          {"i": next(ids)})  # fmt: skip

        app_ns: list[int] = []
        bare_ns: list[int] = []
        for _ in range(10):
            bare_ns += time_calls(bare, calls // 10, warmup=2)
            app_ns += time_calls(
                lambda: runner.write(issue_ticket, KIOSK_ACTOR, lanes[0]), calls // 10
            )
        return _result("queue_issue_ticket", "issue_ticket write transactions", app_ns, bare_ns,
                       "a bare one-row INSERT + commit (same file, same engine)", 10.0)  # fmt: skip
    finally:
        db.dispose()


@benchmark("queue_call_next", "Call the next ticket on SQLite (WAL), p95, vs a bare one-row UPDATE")
def queue_call_next(settings: Settings) -> BenchResult:
    calls = settings.pick(full=1000, tiny=30)
    db, runner, lanes, counters = _ward(sqlite_url(settings.workdir / "call.sqlite"), 2)
    try:
        _bare_table(db)
        for n in range(calls + 20):
            runner.write(issue_ticket, KIOSK_ACTOR, lanes[n % 2], "elderly" if n % 7 == 0 else None)
        flip = iter(range(10**9))

        def bare() -> None:
            with db.write() as s:
                status = "called" if next(flip) % 2 else "waiting"
                s.execute(text("UPDATE bare_rows SET status = :s WHERE id = 1"), {"s": status})

        app_ns: list[int] = []
        bare_ns: list[int] = []
        for _ in range(10):
            bare_ns += time_calls(bare, calls // 10, warmup=2)
            app_ns += time_calls(lambda: runner.write(call_next, CLERK, counters[0]), calls // 10)
        return _result("queue_call_next", "call_next write transactions (the previous ticket "
                       "finished in the same transaction)", app_ns, bare_ns,
                       "a bare one-row UPDATE + commit (same file, same engine)", 10.0)  # fmt: skip
    finally:
        db.dispose()


def _result(
    name: str, what: str, app_ns: list[int], bare_ns: list[int], bare_what: str, target_ms: float
) -> BenchResult:
    app = [ns_to_ms(t) for t in app_ns]
    bare = [ns_to_ms(t) for t in bare_ns]
    result = compare(
        name=name,
        measured=f"p95 of {len(app)} {what}",
        figure=p95(app),
        baseline=p95(bare),
        baseline_measured=f"p95 of {bare_what}",
        unit="ms",
        target=f"p95 ≤ {target_ms:.0f} ms",
        max_ratio=float("inf"),
        notes=[f"p50 {p50(app):.2f} ms vs bare p50 {p50(bare):.2f} ms", "synchronous=FULL"],
        details={"app_ms": app, "bare_ms": bare},
    )
    return replace(result, target_met=p95(app) <= target_ms)


# -- PostgreSQL, 8 counters at once --------------------------------------------------------------
@contextmanager
def _postgres(settings: Settings) -> Iterator[str]:
    """A PostgreSQL server URL: ONESTOP_BENCH_PG_URL if set, else a throwaway test server."""
    given = os.environ.get("ONESTOP_BENCH_PG_URL")
    if given:
        yield given
        return
    script = str(REPO_ROOT / "scripts" / "postgres-test-server")
    folder = subprocess.run([script, "start"], check=True, capture_output=True, text=True)
    pg_dir = folder.stdout.strip().splitlines()[-1]
    try:
        url = subprocess.run([script, "url", pg_dir], check=True, capture_output=True, text=True)
        yield url.stdout.strip()
    finally:
        subprocess.run([script, "stop", pg_dir], check=False, capture_output=True)


def _caller(url: str, counter_id: int, calls: int, go: object, out: object) -> None:
    db = Database(url)
    runner = ServiceRunner(db, FixedClock(AT))
    got: list[int] = []
    runner.read(lambda ctx: None, CLERK)  # connect before the start signal
    go.wait(timeout=120)  # type: ignore[attr-defined]
    began = time.time()
    timings = time_calls(lambda: got.append(_take(runner, counter_id)), calls, warmup=WARMUP)
    ended = time.time()
    db.dispose()
    out.put((timings, got, began, ended))  # type: ignore[attr-defined]


def _take(runner: ServiceRunner, counter_id: int) -> int:
    row = runner.write(call_next, CLERK, counter_id)
    return -1 if row is None else row.id


@benchmark(
    "queue_call_next_pg_8",
    "Call next from 8 counter processes at once on PostgreSQL: p95, throughput, duplicates",
)
def queue_call_next_pg(settings: Settings) -> BenchResult:
    calls = settings.pick(full=200, tiny=10)
    with _postgres(settings) as server:
        name = f"onestop_bench_{os.getpid()}"
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(server).set(database=name).render_as_string(False)
        try:
            return _measure_pg(url, calls)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


def _measure_pg(url: str, calls: int) -> BenchResult:
    db, runner, lanes, counters = _ward(url, PG_PROCESSES)
    try:
        total = (calls + WARMUP) * PG_PROCESSES
        for n in range(total):
            runner.write(issue_ticket, KIOSK_ACTOR, lanes[n % 2], "elderly" if n % 7 == 0 else None)
        _bare_table(db)
        flip = iter(range(10**9))

        def bare() -> None:
            with db.write() as s:
                status = "called" if next(flip) % 2 else "waiting"
                s.execute(text("UPDATE bare_rows SET status = :s WHERE id = 1"), {"s": status})

        bare_ns = time_calls(bare, max(calls, 50), warmup=5)
        ctx = multiprocessing.get_context("spawn")
        go = ctx.Event()
        out = ctx.Queue()
        procs = [ctx.Process(target=_caller, args=(url, c, calls, go, out)) for c in counters]
        for proc in procs:
            proc.start()
        go.set()
        results = [out.get(timeout=600) for _ in procs]
        elapsed = max(r[3] for r in results) - min(r[2] for r in results)
        for proc in procs:
            proc.join(timeout=60)
        app = [ns_to_ms(t) for timings, *_ in results for t in timings]
        ids = [i for _, got, *_ in results for i in got if i != -1]
        duplicates = len(ids) - len(set(ids))
        bare = [ns_to_ms(t) for t in bare_ns]
        result = compare(
            name="queue_call_next_pg_8",
            measured=f"p95 of {len(app)} call_next transactions, {PG_PROCESSES} processes at once",
            figure=p95(app),
            baseline=p95(bare),
            baseline_measured="p95 of a bare one-row UPDATE + commit on the same server, alone",
            unit="ms",
            target="p95 ≤ 20 ms, 0 duplicates",
            max_ratio=float("inf"),
            notes=[
                f"throughput {len(app) / elapsed:.0f} calls/s over {elapsed:.2f} s "
                f"(first call to last answer over {PG_PROCESSES} processes)",
                f"p50 {p50(app):.2f} ms; duplicates {duplicates}; "
                f"tickets called {len(ids)} of {total} (incl. {WARMUP} untimed per process)",
            ],
            details={"app_ms": app, "bare_ms": bare},
        )
        return replace(result, target_met=p95(app) <= 20.0 and duplicates == 0)
    finally:
        db.dispose()
