"""Closing a day: the snapshot (revision 1) and its outbox row, figures frozen after the closing,
reopening to correct and revision 2 with the difference; and every refusal changes nothing."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.services.day_closing import close_day, open_items, reopen_day
from onestop_desktop.services.day_totals import day_summary
from onestop_desktop.services.queue import issue_ticket
from onestop_desktop.store.models import (
    AuditEntry,
    DayClosing,
    DayReopening,
    SyncOutboxItem,
    Ticket,
)
from onestop_desktop.sync.document import signature_ok
from tests import day_fixture as fx

pytestmark = pytest.mark.db

KEY = "000.00.06.H56:2026-11-20"


@pytest.fixture
def seeded(runner, ward, make_user, clock) -> fx.Seeded:  # type: ignore[no-untyped-def]
    seeded = fx.seed_day(runner, ward, make_user)
    clock.set(fx.AS_OF)
    return seeded


@pytest.fixture
def boss(make_user):  # type: ignore[no-untyped-def]
    return make_user("truong", "supervisor")


def _counts(runner) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with runner.db.read() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model))
            for model in (DayClosing, DayReopening, SyncOutboxItem, AuditEntry, Ticket)
        }


def _late_ticket(runner, clerk, lanes, clock) -> None:  # type: ignore[no-untyped-def]
    """A ticket taken at 17:45, after the closing, on the same business day."""
    clock.set(datetime(2026, 11, 20, 17, 45))
    runner.write(issue_ticket, clerk, lanes.a)


def test_closing_freezes_the_day_and_queues_it(runner, seeded, boss, make_user, clock) -> None:  # type: ignore[no-untyped-def]
    items = runner.read(open_items, boss, fx.DAY)
    assert (items.tickets_waiting, items.tickets_at_counter) == (1, 1)
    assert items.busy_counters == ["Quầy 1"]
    assert items.already_closed is None

    result = runner.write(close_day, boss, fx.DAY)
    assert result.closing.revision == 1
    assert result.closing.idempotency_key == f"{KEY}:1"
    assert result.closing.closed_by == "Cán bộ truong"
    assert result.changes == []
    with runner.db.read() as s:
        closing = s.scalars(select(DayClosing)).one()
        outbox = s.scalars(select(SyncOutboxItem)).one()
    snapshot = json.loads(closing.totals_json)
    assert snapshot["tickets"]["issued"] == 6
    assert outbox.idempotency_key == f"{KEY}:1"
    assert outbox.acked_at is None
    assert outbox.day_closing_id == closing.id
    document = json.loads(outbox.body)
    assert document["revision"] == 1
    assert document["totals"]["dossiers"]["total"]["carried_over"] == 5
    assert "per_clerk" not in document["totals"]
    for name in [*fx.APPLICANT_NAMES, "Cán bộ lan", "Cán bộ minh"]:
        assert name not in outbox.body

    # later rows for that date change nothing shown: the figures come from the snapshot
    _late_ticket(runner, make_user("thu", "clerk"), seeded.lanes, clock)
    summary = runner.read(day_summary, boss, fx.DAY)
    assert summary.is_closed
    assert summary.closed is not None
    assert summary.closed.revision == 1
    assert summary.totals.tickets.issued == 6
    assert summary.totals.as_of == fx.AS_OF
    assert runner.read(open_items, boss, fx.DAY).already_closed is not None


def test_reopening_makes_revision_two_with_the_difference(  # type: ignore[no-untyped-def]
    runner, seeded, boss, make_user, clock
) -> None:
    runner.write(close_day, boss, fx.DAY)
    _late_ticket(runner, make_user("thu", "clerk"), seeded.lanes, clock)
    clock.set(datetime(2026, 11, 20, 18, 0))
    reopened = runner.write(reopen_day, boss, fx.DAY, "Bổ sung phiếu cấp sau giờ chốt")
    assert reopened.revision == 1
    assert reopened.reopened_at == datetime(2026, 11, 20, 18, 0)

    live = runner.read(day_summary, boss, fx.DAY)
    assert not live.is_closed
    assert live.totals.tickets.issued == 7

    result = runner.write(close_day, boss, fx.DAY)
    assert result.closing.revision == 2
    assert result.closing.reason == "Bổ sung phiếu cấp sau giờ chốt"
    changed = {c.path: (c.old, c.new) for c in result.changes}
    assert changed["tickets.issued"] == (6, 7)
    assert changed["tickets.waiting"] == (2, 3)
    assert all(path.startswith("tickets.") for path in changed)

    summary = runner.read(day_summary, boss, fx.DAY)
    assert [c.revision for c in summary.closings] == [1, 2]
    assert summary.closings[0].reopened_at is not None
    assert summary.closed is not None
    assert summary.closed.revision == 2
    assert summary.totals.tickets.issued == 7
    with runner.db.read() as s:
        keys = s.scalars(select(SyncOutboxItem.idempotency_key).order_by(SyncOutboxItem.id)).all()
        first = s.scalars(select(DayClosing).where(DayClosing.revision == 1)).one()
    assert keys == [f"{KEY}:1", f"{KEY}:2"]  # the old revision is kept and still sent
    assert json.loads(first.totals_json)["tickets"]["issued"] == 6


def test_the_outbox_body_is_signed_as_stored(runner, seeded, boss) -> None:  # type: ignore[no-untyped-def]
    from onestop_desktop.sync.document import sign

    runner.write(close_day, boss, fx.DAY)
    with runner.db.read() as s:
        body = s.scalars(select(SyncOutboxItem.body)).one().encode()
    assert signature_ok(body, "bí mật", sign(body, "bí mật"))
    assert not signature_ok(
        body.replace(b'"issued":6', b'"issued":7'), "bí mật", sign(body, "bí mật")
    )


def test_closing_twice_is_refused_and_changes_nothing(runner, seeded, boss) -> None:  # type: ignore[no-untyped-def]
    runner.write(close_day, boss, fx.DAY)
    before = _counts(runner)
    with pytest.raises(ValidationError) as refused:
        runner.write(close_day, boss, fx.DAY)
    assert "đã chốt (lần 1" in refused.value.message_vi
    assert "Reopen the day first" in refused.value.message_en
    assert _counts(runner) == before


@pytest.mark.parametrize(
    ("action", "args", "words"),
    [
        (close_day, (date(2026, 11, 21),), "chưa đến"),
        (close_day, (date(2025, 1, 2),), "trước khi phường bắt đầu"),
        (close_day, ("2026-11-20",), "Ngày không hợp lệ"),
        (close_day, (fx.DAY, "x" * 501), "quá dài"),
        (reopen_day, (fx.DAY, "Sửa số"), "chưa chốt"),
        (reopen_day, (date(2026, 11, 21), "Sửa số"), "chưa đến"),
    ],
)
def test_bad_closings_are_refused_and_change_nothing(  # type: ignore[no-untyped-def]
    runner, seeded, boss, action, args, words
) -> None:
    before = _counts(runner)
    with pytest.raises(ValidationError) as refused:
        runner.write(action, boss, *args)
    assert words in refused.value.message_vi
    assert _counts(runner) == before


@pytest.mark.parametrize("reason", ["", "   ", None, 42, "sửa\x00số"])
def test_reopening_needs_a_reason(runner, seeded, boss, reason) -> None:  # type: ignore[no-untyped-def]
    runner.write(close_day, boss, fx.DAY)
    before = _counts(runner)
    with pytest.raises(ValidationError) as refused:
        runner.write(reopen_day, boss, fx.DAY, reason)
    assert refused.value.field == "reason"
    assert _counts(runner) == before
    assert runner.read(day_summary, boss, fx.DAY).is_closed
