"""Helpers for the sender's tests: a ward old enough to have closed days, closings made with the
real ``close_day``, the sync settings, the real receiver, and the checks every fault test ends
with (one copy per key on the receiver, an empty outbox, no stale body)."""

from __future__ import annotations

import socket
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.day_closing import close_day
from onestop_desktop.services.setup import create_ward
from onestop_desktop.services.sync_settings import set_sync_settings
from onestop_desktop.store.models import SyncOutboxItem
from onestop_desktop.sync.receiver import RunningReceiver, serve
from tests.conftest import PASSWORD, START
from tests.sync.recv_helpers import TAY_HO, WARDS

TODAY = START.date()
CREATED = START - timedelta(days=400)  # the ward started using the app then


def old_ward(runner: ServiceRunner, clock: FixedClock) -> Actor:
    """The Tây Hồ ward set up 400 days before the test's "now"; returns its administrator."""
    now = clock.now()
    clock.set(CREATED)
    admin = runner.write(
        create_ward,
        None,
        ward_name="Phường Tây Hồ",
        unit_code=TAY_HO.unit_code,
        admin_username="admin",
        admin_full_name="Nguyễn Thị Quản Trị",
        admin_password=PASSWORD,
    )
    clock.set(now)
    return admin


def days_before(n: int, last: date = TODAY - timedelta(days=1)) -> list[date]:
    return [last - timedelta(days=i) for i in range(n)][::-1]


def close_days(runner: ServiceRunner, admin: Actor, days: Iterable[date]) -> None:
    for day in days:
        runner.write(close_day, admin, day)


def configure(
    runner: ServiceRunner, admin: Actor, url: str, *, ca_file: str = "", enabled: bool = True
) -> None:
    runner.write(set_sync_settings, admin, url, TAY_HO.token, TAY_HO.secret, ca_file, enabled)


def start_receiver(folder: Path, port: int = 0, **kwargs: object) -> RunningReceiver:
    return serve(folder / "receiver.sqlite", WARDS, port=port, **kwargs)  # type: ignore[arg-type]


def free_port() -> int:
    """A loopback port nothing listens on (yet)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def outbox(runner: ServiceRunner) -> list[SyncOutboxItem]:
    with runner.db.read() as session:
        rows = list(session.scalars(select(SyncOutboxItem).order_by(SyncOutboxItem.id)))
        session.expunge_all()
    return rows


def assert_all_delivered_once(runner: ServiceRunner, receiver: RunningReceiver) -> None:
    """The receiver holds exactly one copy of every outbox document, byte for byte the stored
    body, and the outbox has no unacknowledged row."""
    rows = outbox(runner)
    assert rows, "nothing was queued"
    waiting = [(r.idempotency_key, r.last_error) for r in rows if r.acked_at is None]
    assert waiting == []
    stored = receiver.store.documents()
    copies = Counter((d.unit_code, d.business_date, d.revision) for d in stored)
    assert all(n == 1 for n in copies.values()), copies.most_common(3)
    by_key = {d.idempotency_key: d for d in stored}
    assert sorted(by_key) == sorted(r.idempotency_key for r in rows)
    for row in rows:
        assert by_key[row.idempotency_key].body == row.body.encode("utf-8"), row.idempotency_key


def advance(clock: FixedClock, minutes: float = 16) -> datetime:
    """Move past the longest backoff (15 minutes): every waiting row is due again."""
    return clock.advance(minutes=minutes)
