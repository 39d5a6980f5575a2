"""The upward sync: a year of closed days (365 documents) flushed to the reference receiver on
127.0.0.1, and the size of a typical day's document.

The typical day is the busiest day of the demo ward (``seed_demo``: simulated tickets, dossiers,
fees and ratings), its totals computed by the real ``day_totals`` and built into the signed
document by ``build_document``. The outbox holds 365 copies of that day, one per date (revision 1
each), as ``close_day`` would have queued them. One flush is one ``send_pending`` pass of the real
sender (the settings read, the due rows read, then per document: an HTTP POST with its HMAC
signature, and the acknowledgement recorded in its own write transaction with an audit row)
against the real receiver (schema check, signature, one SQLite transaction per document).

The baseline is the same 365 bodies POSTed with one bare ``httpx.Client`` to a bare
``http.server`` that reads each body, stores nothing and answers 201, in the same run. Both
servers run as processes of their own on 127.0.0.1, as the city's server would (not sharing the
sender's interpreter).
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.registry import REPO_ROOT, BenchResult, Settings, benchmark

DAYS = 365
TARGET_S = 60.0  # a year's backlog sent within a minute
TOKEN = "bench-token-7d1e"
SECRET = "bench-secret-42aa"


@benchmark(
    "sync_flush_365",
    "365 closed days flushed to the reference receiver on loopback (documents/s) "
    "vs bare POSTs to a bare http.server; a typical day's payload size",
)
def sync_flush_365(settings: Settings) -> BenchResult:
    from onestop_desktop.sync.document import build_document

    rounds = settings.pick(full=3, tiny=1)
    days = settings.pick(full=DAYS, tiny=40)
    work = settings.workdir / "sync"
    work.mkdir(parents=True, exist_ok=True)
    totals = _typical_day(work, settings.log)
    typical = build_document(
        totals,
        revision=1,
        generated_at=datetime.combine(totals.business_date, datetime.min.time())
        + timedelta(hours=17, minutes=30),
        app_version="bench",
    )
    template = _queued_database(work, totals, days)
    app_s: list[float] = []
    bare_s: list[float] = []
    receiver_s: list[float] = []
    bodies = _bodies(template)
    for index in range(rounds):
        bare_s.append(_bare_flush(bodies))
        receiver_s.append(_receiver_alone(bodies, work / f"alone-{index}"))
        app_s.append(_app_flush(template, work / f"round-{index}", days, settings.log))
    app = statistics.median(app_s)
    bare = statistics.median(bare_s)
    alone = statistics.median(receiver_s)
    app_rate, bare_rate = days / app, days / bare
    gz = len(gzip.compress(typical, 9))
    notes = [
        f"{days} documents per flush, {rounds} flush(es), median: {app:.2f} s "
        f"({app_rate:,.0f} documents/s, {1000 * app / days:.1f} ms each); bare POSTs "
        f"{bare:.2f} s ({bare_rate:,.0f}/s, {1000 * bare / days:.2f} ms each).",
        f"The receiver alone (the same signed bodies POSTed by a bare client to the real "
        f"receiver): {alone:.2f} s, {1000 * alone / days:.1f} ms each; the rest, "
        f"{1000 * max(0.0, app - alone) / days:.1f} ms per document, is the app's side (rows "
        "read, signature, the acknowledgement's write transaction and audit row).",
        "Each document: the real sender (HMAC signature, httpx POST, ack recorded with its audit "
        "row in its own SQLite write transaction) and the real receiver (JSON Schema, bearer "
        "token, signature, idempotency key, stored in one SQLite transaction); one copy each "
        "checked afterwards.",
        f"Typical day (demo ward's busiest day, {totals.tickets.issued} tickets, "
        f"{totals.dossiers.total.received} dossiers received, {len(totals.dossiers.fields)} "
        f"fields): {len(typical):,} bytes of JSON, {gz:,} bytes gzipped (for information: "
        "sent uncompressed).",
    ]
    if days < DAYS:
        notes.insert(0, f"Smoke run with {days} days: not judged.")
    return BenchResult(
        name="sync_flush_365",
        measured=f"documents per second, {days} queued days flushed by `send_pending`",
        figure=app_rate,
        baseline=bare_rate,
        baseline_measured="bare httpx POSTs of the same bodies to a bare http.server",
        unit="docs/s",
        ratio=app_rate / bare_rate,
        target=f"{DAYS} days flushed in ≤ {TARGET_S:.0f} s (≥ {DAYS / TARGET_S:.1f} docs/s)",
        target_met=days == DAYS and app <= TARGET_S,
        notes=notes,
        details={
            "app_seconds": app_s,
            "bare_seconds": bare_s,
            "receiver_alone_seconds": receiver_s,
            "payload_bytes": len(typical),
            "payload_gzip_bytes": gz,
            "days": days,
        },
    )


def _typical_day(work: Path, log: Any) -> Any:
    """The demo ward's busiest day, its totals computed by the real use case."""
    from sqlalchemy import func, select

    from onestop_desktop.domain.roles import Role
    from onestop_desktop.resources_path import resource
    from onestop_desktop.services.catalogue_files import read_catalogue_file
    from onestop_desktop.services.context import Actor, ServiceRunner
    from onestop_desktop.services.day_totals import day_totals
    from onestop_desktop.services.demo import seed_demo
    from onestop_desktop.store.engine import Database, sqlite_url
    from onestop_desktop.store.migrate import upgrade_to
    from onestop_desktop.store.models import Ticket

    url = sqlite_url(work / "demo.sqlite")
    upgrade_to(url, "head")
    db = Database(url)
    try:
        runner = ServiceRunner(db)
        log("sync_flush_365: seeding the demo ward")
        catalogue = read_catalogue_file(resource("catalogue", "procedures-sample.csv"))
        runner.write(seed_demo, None, catalogue)
        with db.read() as s:
            busiest = s.execute(
                select(Ticket.business_date, func.count())
                .group_by(Ticket.business_date)
                .order_by(func.count().desc())
                .limit(1)
            ).one()[0]
        day = busiest if isinstance(busiest, date) else date.fromisoformat(busiest)
        return runner.read(day_totals, Actor(None, "bench", "Bench", Role.ADMIN), day)
    finally:
        db.dispose()


def _queued_database(work: Path, totals: Any, days: int) -> Path:
    """A migrated database with the ward, its sync settings and ``days`` closed days queued."""
    from onestop_desktop.domain.clock import FixedClock
    from onestop_desktop.services.context import ServiceContext, ServiceRunner
    from onestop_desktop.services.setup import create_ward
    from onestop_desktop.store.engine import Database, sqlite_url
    from onestop_desktop.store.migrate import upgrade_to
    from onestop_desktop.store.models import DayClosing, SyncOutboxItem
    from onestop_desktop.sync.document import build_document, idempotency_key

    path = work / "queued.sqlite"
    url = sqlite_url(path)
    upgrade_to(url, "head")
    last = totals.business_date
    clock = FixedClock(datetime.combine(last, datetime.min.time()) - timedelta(days=days + 30))
    db = Database(url)
    try:
        runner = ServiceRunner(db, clock)
        runner.write(
            create_ward,
            None,
            ward_name=totals.ward_name,
            unit_code=totals.unit_code,
            admin_username="admin",
            admin_full_name="Quản Trị",
            admin_password="Bench-mat-khau-2026!",
        )
        clock.set(datetime.combine(last, datetime.min.time()) + timedelta(hours=18))

        def queue(ctx: ServiceContext) -> None:
            now = ctx.clock.now()
            for n in range(days):
                day = last - timedelta(days=n)
                each = replace(totals, business_date=day)
                closing = DayClosing(
                    business_date=day,
                    revision=1,
                    closed_at=now,
                    closed_by_id=None,
                    reason=None,
                    totals_json=json.dumps(each.to_dict(), ensure_ascii=False, sort_keys=True),
                )
                ctx.session.add(closing)
                ctx.session.flush()
                body = build_document(each, revision=1, generated_at=now, app_version="bench")
                ctx.session.add(
                    SyncOutboxItem(
                        idempotency_key=idempotency_key(each.unit_code, day, 1),
                        day_closing_id=closing.id,
                        body=body.decode(),
                        created_at=now,
                        attempts=0,
                        next_attempt_at=now,
                    )
                )
            ctx.audit("benchmark", None, "queue_days", after={"days": days})

        runner.write(queue, None)
    finally:
        db.dispose()
    return path


def _bodies(path: Path) -> list[tuple[str, bytes]]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT idempotency_key, body FROM sync_outbox ORDER BY id").fetchall()
    finally:
        conn.close()
    return [(key, body.encode("utf-8")) for key, body in rows]


def _app_flush(template: Path, folder: Path, days: int, log: Any) -> float:
    from onestop_desktop.domain.roles import Role
    from onestop_desktop.services.context import Actor, ServiceRunner
    from onestop_desktop.services.sync_settings import set_sync_settings
    from onestop_desktop.store.engine import Database, sqlite_url
    from onestop_desktop.sync.receiver_store import ReceiverStore
    from onestop_desktop.sync.sender import send_pending

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "onestop.sqlite"
    shutil.copyfile(template, path)
    unit = _bodies(path)[0][0].split(":")[0]
    wards = folder / "wards.json"
    wards.write_text(json.dumps([{"unit_code": unit, "token": TOKEN, "secret": SECRET}]), "utf-8")
    receiver_db = folder / "receiver.sqlite"
    db = Database(sqlite_url(path))
    try:
        runner = ServiceRunner(db)  # the system clock: every queued row is due
        command = [sys.executable, "-m", "onestop_desktop.sync.receiver", "--port", "0"]
        command += ["--db", str(receiver_db), "--wards", str(wards)]
        with _server(command) as url:
            admin = Actor(None, "bench", "Bench", Role.ADMIN)
            runner.write(set_sync_settings, admin, url, TOKEN, SECRET)
            started = time.perf_counter()
            report = send_pending(runner, clock=runner.clock)
            elapsed = time.perf_counter() - started
    finally:
        db.dispose()
    store = ReceiverStore(receiver_db)
    try:
        stored = store.documents()
    finally:
        store.close()
    if (report.sent, report.remaining) != (days, 0) or len(stored) != days:
        raise RuntimeError(f"sync_flush_365: flush incomplete: {report}, {len(stored)} stored")
    if any(d.deliveries != 1 for d in stored):
        raise RuntimeError("sync_flush_365: a document was delivered twice")
    log(f"sync_flush_365: {days} documents in {elapsed:.2f} s")
    return elapsed


@contextmanager
def _server(command: list[str]) -> Iterator[str]:
    """Start a server process that prints ``listening on URL``; stop it afterwards."""
    child = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        if not line.startswith("listening on "):
            raise RuntimeError(f"sync_flush_365: server did not start: {line!r}")
        yield line.removeprefix("listening on ")
    finally:
        child.terminate()
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


BARE_SERVER = """
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class Bare(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # as the receiver: no 40 ms delayed-ACK stall per answer

    def log_message(self, *args):
        pass

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        answer = b'{"status":"stored"}'
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

server = ThreadingHTTPServer(("127.0.0.1", 0), Bare)
server.daemon_threads = True
print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
server.serve_forever()
"""


def _receiver_alone(bodies: list[tuple[str, bytes]], folder: Path) -> float:
    """The same documents POSTed, signed, by a bare client straight to the real receiver."""
    import httpx

    from onestop_desktop.sync.document import sign

    folder.mkdir(parents=True, exist_ok=True)
    unit = bodies[0][0].split(":")[0]
    wards = folder / "wards.json"
    wards.write_text(json.dumps([{"unit_code": unit, "token": TOKEN, "secret": SECRET}]), "utf-8")
    command = [sys.executable, "-m", "onestop_desktop.sync.receiver", "--port", "0"]
    command += ["--db", str(folder / "receiver.sqlite"), "--wards", str(wards)]
    with _server(command) as url, httpx.Client() as client:
        started = time.perf_counter()
        for key, body in bodies:
            headers = {
                "Content-Type": "application/json",
                "Idempotency-Key": key,
                "Authorization": f"Bearer {TOKEN}",
                "X-Signature": sign(body, SECRET),
            }
            response = client.post(url + "/daily-totals", content=body, headers=headers)
            if response.status_code != 201:
                raise RuntimeError(f"receiver answered {response.status_code}")
        return time.perf_counter() - started


def _bare_flush(bodies: list[tuple[str, bytes]]) -> float:
    import httpx

    with _server([sys.executable, "-c", BARE_SERVER]) as url, httpx.Client() as client:
        started = time.perf_counter()
        for key, body in bodies:
            response = client.post(
                url + "/daily-totals",
                content=body,
                headers={"Content-Type": "application/json", "Idempotency-Key": key},
            )
            if response.status_code != 201:
                raise RuntimeError(f"bare server answered {response.status_code}")
        return time.perf_counter() - started
