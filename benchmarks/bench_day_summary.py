"""The end-of-day figures in a big ward's database: a day's totals and its summary PDF among
1,000,000 dossiers and 3,000,000 tickets.

The database is ``bench_dossier_lookup``'s 1,000,000 dossiers copied, plus 1,200 tickets on each
of its 2,500 working days (3,000,000 in all) served at 8 counters by 8 clerks in 4 lanes, and, for
the last 90 days, the dossiers' history (intake, result back, return), fees and ratings: what the
day's counts read through their indexes. It is cached next to the dossier database.

One call is ``day_summary`` (the permission check, the closings of the day, then every figure:
tickets per lane/counter/clerk/hour, the Biểu 06 buckets per field including the carried-over
dossiers, the day's events, fees, ratings) in a ``ServiceRunner.read`` round trip, and the A4 PDF
rendered from it. The baseline is one bare indexed ``COUNT`` of the day's tickets.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import statistics
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.bench_dossier_lookup import (
    FULL_SIZE,
    TINY_SIZE,
    _read_through,
    cache_dir,
    dossier_database,
)
from benchmarks.registry import BenchResult, Settings, benchmark
from benchmarks.timing import percentile

TARGET_MS = 500.0
TICKETS_PER_DAY = 1_200
HISTORY_DAYS = 90
GENERATOR_VERSION = 1
BARE_SQL = "SELECT count(*) FROM tickets WHERE business_date = ?"
LANES = (("A", "Hộ tịch"), ("B", "Chứng thực"), ("C", "Đất đai"), ("D", "Bảo trợ xã hội"))


def day_database(n: int, log: Any) -> tuple[Path, int, date]:
    """The dossier database of ``n`` dossiers with tickets and recent history added (cached).
    Returns its path, the number of tickets and the last day."""
    from onestop_desktop.store.migrate import head_revision

    source = dossier_database(n, log)
    path = cache_dir() / f"day-{n}-g{GENERATOR_VERSION}-{head_revision()}.sqlite"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        facts = json.loads(meta.read_text(encoding="utf-8"))
        log(f"day_summary: reusing {path}")
        return path, int(facts["tickets"]), date.fromisoformat(facts["last_day"])
    started = time.perf_counter()
    partial = path.with_name(path.name + ".partial")
    shutil.copyfile(source.path, partial)
    first, last = date.fromisoformat(source.first_day), date.fromisoformat(source.last_day)
    tickets = _add_activity(partial, first, last, log)
    partial.rename(path)
    meta.write_text(json.dumps({"tickets": tickets, "last_day": last.isoformat()}), "utf-8")
    log(f"day_summary: built in {time.perf_counter() - started:.1f} s")
    return path, tickets, last


def _add_activity(path: Path, first: date, last: date, log: Any) -> int:
    rng = random.Random(20261121)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-262144")
        conn.execute("BEGIN")
        conn.execute("UPDATE ward SET created_at = ?", (f"{first} 07:00:00.000000",))
        lanes = []
        for order, (prefix, name) in enumerate(LANES):
            cur = conn.execute(
                "INSERT INTO queue_services (prefix, name_vi, range_start, range_end, sort_order,"
                " active) VALUES (?, ?, 1, 999, ?, 1)",
                (prefix, name, order),
            )
            lanes.append(cur.lastrowid)
        counters, clerks = [], []
        for number in range(1, 9):
            cur = conn.execute(
                "INSERT INTO counters (number, name, active, normals_since_priority) "
                "VALUES (?, ?, 1, 0)",
                (number, f"Quầy {number}"),
            )
            counters.append(cur.lastrowid)
            cur = conn.execute(
                "INSERT INTO users (username, full_name, role, password_hash, active,"
                " must_change_password, failed_attempts, created_at) "
                "VALUES (?, ?, 'clerk', '-', 1, 0, 0, ?)",
                (f"canbo{number}", f"Cán bộ số {number}", f"{first} 07:00:00.000000"),
            )
            clerks.append(cur.lastrowid)
        conn.execute("COMMIT")
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name IN ('tickets', 'dossier_events', 'fees', 'ratings') AND sql IS NOT NULL"
        ).fetchall()
        for name, _sql in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        insert = (
            "INSERT INTO tickets (service_id, lane_id, business_date, number, status, issued_at,"
            " called_at, started_at, finished_at, recall_count, counter_id, served_by_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
        )
        days = [d for d in _days(first, last)]
        made = 0
        for index, day in enumerate(days):
            conn.execute("BEGIN")
            conn.executemany(insert, _tickets(day, lanes, counters, clerks, rng))
            conn.execute("COMMIT")
            made += TICKETS_PER_DAY
            if index % 500 == 0:
                log(f"day_summary: tickets {made:,}")
        log("day_summary: recent history, fees, ratings")
        since = last - timedelta(days=HISTORY_DAYS)
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO dossier_events (dossier_id, at, to_status) "
            "SELECT id, received_at, CASE status WHEN 'refused' THEN 'refused' ELSE 'received' END"
            " FROM dossiers WHERE business_date >= ?",
            (since.isoformat(),),
        )
        for column, status in (("result_ready_at", "result_ready"), ("returned_at", "returned")):
            conn.execute(
                f"INSERT INTO dossier_events (dossier_id, at, to_status) SELECT id, {column}, ?"
                f" FROM dossiers WHERE business_date >= ? AND {column} IS NOT NULL",
                (status, since.isoformat()),
            )
        conn.execute(
            "UPDATE dossiers SET returned_via = 'counter' "
            "WHERE returned_at IS NOT NULL AND business_date >= ?",
            (since.isoformat(),),
        )
        conn.execute(
            "INSERT INTO fees (dossier_id, amount_vnd, method, collected_at) "
            "SELECT id, 8000 + (id % 5) * 10000, "
            "CASE id % 3 WHEN 0 THEN 'cash' WHEN 1 THEN 'transfer' ELSE 'card' END, received_at"
            " FROM dossiers WHERE business_date >= ?",
            (since.isoformat(),),
        )
        conn.execute(
            "INSERT INTO ratings (at, counter_id, dossier_id, score) "
            "SELECT received_at, ?, id, 4 - (id % 7 = 0) - (id % 11 = 0) "
            "FROM dossiers WHERE business_date >= ?",
            (counters[0], since.isoformat()),
        )
        conn.execute("COMMIT")
        log("day_summary: building the indexes")
        for _name, sql in indexes:
            conn.execute(sql)
        conn.execute("ANALYZE")
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    return made


def _days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        if day.weekday() < 5:
            yield day
        day += timedelta(days=1)


def _stamp(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(sep=" ", timespec="microseconds")


def _tickets(
    day: date, lanes: list[int], counters: list[int], clerks: list[int], rng: random.Random
) -> Iterator[tuple[Any, ...]]:
    opening = datetime.combine(day, datetime.min.time()) + timedelta(hours=7, minutes=30)
    numbers = dict.fromkeys(lanes, 0)
    seconds = sorted(rng.randrange(9 * 60 * 60) for _ in range(TICKETS_PER_DAY))
    for second in seconds:
        lane = lanes[rng.randrange(len(lanes))]
        numbers[lane] += 1
        issued = opening + timedelta(seconds=second)
        roll = rng.random()
        seat = rng.randrange(len(counters))
        if roll < 0.9:
            called = issued + timedelta(seconds=rng.randrange(60, 2400))
            started = called + timedelta(seconds=rng.randrange(10, 90))
            finished = started + timedelta(seconds=rng.randrange(120, 1200))
            row = ("done", called, started, finished, counters[seat], clerks[seat])
        elif roll < 0.97:
            called = issued + timedelta(seconds=rng.randrange(60, 2400))
            row = ("no_show", called, None, called + timedelta(minutes=3), counters[seat],
                   clerks[seat])  # fmt: skip
        else:
            row = ("waiting", None, None, None, None, None)
        status, called_at, started_at, finished_at, counter, clerk = row
        yield (lane, lane, day.isoformat(), numbers[lane], status, _stamp(issued),
               _stamp(called_at), _stamp(started_at), _stamp(finished_at), counter,
               clerk)  # fmt: skip


@benchmark(
    "day_summary",
    "End-of-day totals + summary PDF for one day among 1,000,000 dossiers / 3,000,000 tickets",
)
def day_summary_bench(settings: Settings) -> BenchResult:
    from onestop_desktop.domain.clock import FixedClock
    from onestop_desktop.domain.roles import Role
    from onestop_desktop.printing.day_summary_pdf import render_day_summary
    from onestop_desktop.services.context import Actor, ServiceRunner
    from onestop_desktop.services.day_totals import day_summary
    from onestop_desktop.store.engine import Database, sqlite_url

    n = settings.pick(full=FULL_SIZE, tiny=TINY_SIZE)
    repeats = settings.pick(full=15, tiny=2)
    path, tickets, last = day_database(n, settings.log)
    _read_through(path)
    now = datetime.combine(last, datetime.min.time()) + timedelta(hours=17, minutes=30)
    db = Database(sqlite_url(path))
    app_ms: list[float] = []
    query_ms: list[float] = []
    bare_ms: list[float] = []
    pages = 0
    try:
        runner = ServiceRunner(db, FixedClock(now))
        boss = Actor(1, "admin", "Quản Trị", Role.SUPERVISOR)
        raw = db.engine.raw_connection()
        try:
            cursor = raw.cursor()
            for i in range(repeats + 1):
                t0 = time.perf_counter()
                cursor.execute(BARE_SQL, (last.isoformat(),))
                counted = cursor.fetchone()[0]
                t1 = time.perf_counter()
                summary = runner.read(day_summary, boss, last)
                t2 = time.perf_counter()
                pdf = render_day_summary(summary, printed_at=now)
                t3 = time.perf_counter()
                if summary.totals.tickets.issued != counted:
                    raise RuntimeError(f"{summary.totals.tickets.issued} tickets vs {counted}")
                if i == 0:  # warm-up (fonts registered, statements compiled)
                    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
                    continue
                bare_ms.append((t1 - t0) * 1000)
                query_ms.append((t2 - t1) * 1000)
                app_ms.append((t3 - t1) * 1000)
            cursor.close()
        finally:
            raw.close()
    finally:
        db.dispose()
    median = statistics.median(app_ms)
    bare = statistics.median(bare_ms)
    notes = [
        f"Median of {len(app_ms)}: totals {statistics.median(query_ms):.0f} ms + PDF "
        f"{median - statistics.median(query_ms):.0f} ms = {median:.0f} ms; p95 "
        f"{percentile(app_ms, 95):.0f} ms; a {pages}-page A4 PDF.",
        f"Baseline: `{BARE_SQL}` on the same engine's sqlite3 cursor, median {bare:.2f} ms.",
        f"Database: {n:,} dossiers, {tickets:,} tickets, history/fees/ratings for the last "
        f"{HISTORY_DAYS} days; the day is {last.isoformat()}, the busiest for carried-over "
        "dossiers (the recent ones are mostly pending).",
    ]
    if n < FULL_SIZE:
        notes.insert(0, f"Smoke run at {n:,} dossiers: not judged.")
    return BenchResult(
        name="day_summary",
        measured="median wall-clock of `day_summary` (read transaction) + `render_day_summary`",
        figure=median,
        baseline=bare,
        baseline_measured=f"bare `{BARE_SQL}`, median",
        unit="ms",
        ratio=median / bare if bare else float("inf"),
        target=f"≤ {TARGET_MS:g} ms in a {FULL_SIZE:,}-dossier database",
        target_met=median <= TARGET_MS and n >= FULL_SIZE,
        notes=notes,
        details={"app_ms": app_ms, "query_ms": query_ms, "bare_ms": bare_ms},
    )
