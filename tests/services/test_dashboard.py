"""The live dashboard's figures against the hand-worked day of tests/day_fixture.py (plus two
dossiers due that day), on SQLite and PostgreSQL; the wait target setting; a past day shown from
its summary and from its closing's snapshot."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from onestop_desktop.domain.errors import PermissionDenied, ValidationError
from onestop_desktop.services.context import Actor, ServiceContext, ServiceRunner
from onestop_desktop.services.dashboard import day_dashboard, live_dashboard, set_wait_target
from onestop_desktop.services.dashboard_dto import Dashboard
from onestop_desktop.services.day_closing import close_day
from onestop_desktop.services.settings import get_setting
from onestop_desktop.store.models import AuditEntry, Dossier, DossierEvent, Procedure, Setting
from tests import day_fixture as fx

pytestmark = pytest.mark.db
NOON = datetime(2026, 11, 20, 12, 0)


def _due_today(ctx: ServiceContext) -> None:
    """D12 received 18/11, due today 16:00 (not yet overdue at noon); D13 in processing, due
    today 11:00 (overdue at noon)."""
    proc = ctx.session.scalars(select(Procedure.id).where(Procedure.field_vi == "Hộ tịch")).first()
    assert proc is not None
    for seq, status, due in [(9, "received", fx.at(20, 16)), (10, "in_processing", fx.at(20, 11))]:
        d = Dossier(
            code=f"H56-261118-{seq:04d}", unit_code="000.00.06.H56",
            business_date=date(2026, 11, 18), seq=seq, procedure_id=proc, channel="direct",
            status=status, received_at=fx.at(18, 9), due_at=due, applicant_name="Lê Văn Hạn",
            applicant_name_key="le van han",
        )  # fmt: skip
        ctx.session.add(d)
        ctx.session.flush()
        ctx.session.add(DossierEvent(dossier_id=d.id, at=fx.at(18, 9), to_status="received"))
    ctx.audit("test", None, "two dossiers due today")


@pytest.fixture
def seeded(runner: ServiceRunner, ward: Actor, make_user, clock) -> fx.Seeded:  # type: ignore[no-untyped-def]
    seeded = fx.seed_day(runner, ward, make_user)
    runner.write(_due_today, ward)
    clock.set(NOON)
    return seeded


def _figures(d: Dashboard) -> dict[str, object]:
    return {
        "lanes": [(lane.key, lane.waiting, lane.longest_wait_s) for lane in d.lanes],
        "waiting": d.waiting,
        "longest": d.longest_wait_s,
        "received": {c.channel: c.count for c in d.received},
        "returned": d.returned,
        "due_today": d.due_today,
        "overdue": d.overdue,
    }


def test_the_dashboard_matches_the_database(
    runner: ServiceRunner, ward: Actor, seeded: fx.Seeded
) -> None:
    d = runner.read(live_dashboard, ward)
    assert d.live
    assert d.business_date == fx.DAY
    assert d.as_of == NOON
    assert _figures(d) == {
        # B002 waits since 10:00 (two hours at noon); A003 is at counter 1, not waiting
        "lanes": [("A", 0, None), ("B", 1, 7200)],
        "waiting": 1,
        "longest": 7200,
        # D1 direct, D2 online, D6 mobile; D8 refused and D11 (Mẫu 02 at intake) not received
        "received": {"direct": 1, "online": 1, "postal": 0, "mobile": 1},
        "returned": 2,  # D5 at the counter 11:00, D4 by post 17:00
        "due_today": 2,  # D12, D13
        "overdue": 2,  # D3 (due 10/11) and D13 (11:00); D7 waits for a supplement
    }
    assert [lane.label for lane in d.lanes] == ["A · Hộ tịch", "B · Chứng thực"]
    assert d.wait_target_min == 20
    assert d.over_target
    # the ticket tables are the end-of-day summary's
    assert d.tickets.to_dict() == fx.TICKETS
    assert {g.key: g.figures.served for g in d.per_counter} == {
        k: v[1] for k, v in fx.PER_COUNTER.items()
    }
    assert {g.key: g.figures.served for g in d.per_clerk} == {
        k: v[1] for k, v in fx.PER_CLERK.items()
    }
    assert [g.key for g in d.per_hour] == list(fx.PER_HOUR)
    assert d.closed is None


def test_the_dashboard_marks_a_closed_day(
    runner: ServiceRunner, ward: Actor, seeded: fx.Seeded
) -> None:
    runner.write(close_day, ward, fx.DAY)
    d = runner.read(live_dashboard, ward)
    assert d.closed is not None
    assert d.closed.revision == 1
    assert d.closed.closed_at == NOON
    assert d.live  # today stays live on the dashboard; the mark says it is closed


def test_a_past_day_comes_from_its_summary_then_from_the_snapshot(
    runner: ServiceRunner, ward: Actor, seeded: fx.Seeded, clock
) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2026, 11, 21, 9, 0))
    d = runner.read(day_dashboard, ward, fx.DAY)
    assert not d.live
    assert d.closed is None
    assert d.tickets.to_dict() == fx.TICKETS
    assert d.due_today is None
    assert d.overdue is None
    assert d.longest_wait_s == fx.TICKETS["max_wait_s"]
    assert {c.channel: c.count for c in d.received} == {"online": 1, "direct_postal": 2}
    assert d.returned == 2
    runner.write(close_day, ward, fx.DAY)
    closed = runner.read(day_dashboard, ward, fx.DAY)
    assert closed.closed is not None
    assert closed.closed.revision == 1
    assert closed.tickets == d.tickets
    # today is live through the same entry point
    assert runner.read(day_dashboard, ward, date(2026, 11, 21)).live
    with pytest.raises(ValidationError) as future:
        runner.read(day_dashboard, ward, date(2026, 11, 22))
    assert "chưa đến" in future.value.message_vi


def _audit_count(runner: ServiceRunner) -> int:
    with runner.db.read() as s:
        return int(s.scalar(select(func.count(AuditEntry.id))) or 0)


def _stored(runner: ServiceRunner) -> str | None:
    with runner.db.read() as s:
        row = s.get(Setting, "dashboard.wait_target_minutes")
        return None if row is None else row.value


def test_the_wait_target_is_set_by_an_admin_and_bad_values_change_nothing(
    runner: ServiceRunner, ward: Actor, make_user
) -> None:  # type: ignore[no-untyped-def]
    assert runner.write(set_wait_target, ward, 30) == 30
    assert runner.read(lambda ctx: get_setting(ctx, "dashboard.wait_target_minutes"), ward) == 30
    supervisor = make_user("giamsat", "supervisor")
    before, audit = _stored(runner), _audit_count(runner)
    for bad in (0, 241, -5, "20", 20.5, True, None, 10**30):
        with pytest.raises(ValidationError) as refused:
            runner.write(set_wait_target, ward, bad)
        assert refused.value.field == "wait_target"
        assert "từ 1 đến 240" in refused.value.message_vi
    with pytest.raises(PermissionDenied):
        runner.write(set_wait_target, supervisor, 45)
    assert _stored(runner) == before
    assert _audit_count(runner) == audit
    assert runner.read(live_dashboard, supervisor).wait_target_min == 30
