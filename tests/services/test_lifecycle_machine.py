"""The lifecycle through the services: random sequences of actions against the table.

Every legal action succeeds and writes exactly one history row and one audit row; every illegal
one raises ``IllegalTransition`` and leaves the database exactly as it was.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.dossier import DossierStatus
from onestop_desktop.domain.intake import Outcome
from onestop_desktop.domain.lifecycle import TRANSITIONS, Action, IllegalTransition
from onestop_desktop.services import processing as p
from onestop_desktop.services.calendar_days import load_calendar
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.intake import receive_dossier
from onestop_desktop.services.processing_dto import CounterReturn, PostalReturn, ReceiverKind
from onestop_desktop.store.models import (
    AuditEntry,
    Dossier,
    DossierEvent,
    DossierExtension,
    DossierHandover,
    DossierPrint,
)
from tests.intake_helpers import intake_form, load_sample_catalogue

pytestmark = pytest.mark.db
THREE_DAYS = "1.000689"
# Final actions are drawn rarely, so that sequences get far enough to return results.
_RARE = (Action.WITHDRAW, Action.STOP)
WEIGHTED = [a for a in Action for _ in range(1 if a in _RARE else 5)]


@pytest.fixture
def clerk(runner: ServiceRunner, ward: Actor, make_user) -> Actor:  # type: ignore[no-untyped-def]
    load_sample_catalogue(runner, ward)
    return make_user("canbo1", "clerk")


def _act(runner: ServiceRunner, clerk: Actor, action: Action, dossier_id: int, variant: int) -> Any:
    now = runner.clock.now()
    if action is Action.HAND_OVER:
        return runner.write(p.hand_over, clerk, dossier_id, "Công chức Tư pháp - Hộ tịch")
    if action is Action.RESULT_READY:
        return runner.write(p.result_back, clerk, dossier_id, "Đã ký")
    if action is Action.RETURN:
        if variant % 2:
            sent = PostalReturn("EB123456789VN", now.date())
            return runner.write(p.return_by_post, clerk, dossier_id, sent)
        handed = CounterReturn(ReceiverKind.APPLICANT, "001190012345")
        return runner.write(p.return_at_counter, clerk, dossier_id, handed)
    if action is Action.REQUEST_SUPPLEMENT:
        return runner.write(p.request_supplement, clerk, dossier_id, "Thiếu bản sao giấy tờ")
    if action is Action.SUPPLEMENT:
        return runner.write(p.supplement_received, clerk, dossier_id)
    if action is Action.EXTEND:
        with runner.db.read() as s:
            due = s.get(Dossier, dossier_id).due_at  # type: ignore[union-attr]
        calendar = runner.read(load_calendar, clerk)
        start = max(now, due or now).date() + timedelta(days=1)
        new_due = datetime.combine(calendar.next_working_day(start), time(16, 30))
        return runner.write(p.extend, clerk, dossier_id, new_due, "Cần xác minh thêm")
    if action is Action.WITHDRAW:
        return runner.write(p.withdraw, clerk, dossier_id, "Công dân xin rút")
    return runner.write(p.stop, clerk, dossier_id, "Có tranh chấp")


def _snapshot(runner: ServiceRunner, dossier_id: int) -> tuple[Any, ...]:
    with runner.db.read() as s:
        d = s.get(Dossier, dossier_id)
        assert d is not None
        row = tuple(getattr(d, c.key) for c in Dossier.__table__.columns)
        counts = tuple(
            s.scalar(select(func.count()).select_from(m))
            for m in (AuditEntry, DossierEvent, DossierExtension, DossierHandover, DossierPrint)
        )
    return row, counts


def _counts(runner: ServiceRunner, dossier_id: int) -> tuple[int, int]:
    with runner.db.read() as s:
        events = s.scalar(
            select(func.count())
            .select_from(DossierEvent)
            .where(DossierEvent.dossier_id == dossier_id)
        )
        audits = s.scalar(select(func.count()).select_from(AuditEntry))
    return int(events or 0), int(audits or 0)


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    start_complete=st.booleans(),
    steps=st.lists(
        st.tuples(st.sampled_from(WEIGHTED), st.integers(0, 600), st.integers(0, 3)),
        min_size=1,
        max_size=12,
    ),
)
def test_random_action_sequences_follow_the_table(
    runner: ServiceRunner,
    clerk: Actor,
    clock: FixedClock,
    start_complete: bool,
    steps: list[tuple[Action, int, int]],
) -> None:
    clock.set(datetime(2026, 11, 20, 9, 0))
    outcome = Outcome.ACCEPT if start_complete else Outcome.SUPPLEMENT
    form = intake_form(
        runner,
        clerk,
        THREE_DAYS,
        handed_in=start_complete,
        outcome=outcome,
        reason="" if start_complete else "Thiếu giấy tờ",
    )
    dossier_id = runner.write(receive_dossier, clerk, form).dossier_id
    status = DossierStatus.RECEIVED if start_complete else DossierStatus.AWAITING_SUPPLEMENT

    for action, minutes, variant in steps:
        clock.advance(minutes=minutes)
        expected = TRANSITIONS.get((status, action))
        event(f"{'legal' if expected else 'illegal'} {action.value}")
        if expected is None:
            before = _snapshot(runner, dossier_id)
            with pytest.raises(IllegalTransition):
                _act(runner, clerk, action, dossier_id, variant)
            assert _snapshot(runner, dossier_id) == before
            continue
        events, audits = _counts(runner, dossier_id)
        result = _act(runner, clerk, action, dossier_id, variant)
        assert result.detail.status == expected
        assert _counts(runner, dossier_id) == (events + 1, audits + 1)
        with runner.db.read() as s:
            last = s.scalars(
                select(DossierEvent)
                .where(DossierEvent.dossier_id == dossier_id)
                .order_by(DossierEvent.id.desc())
                .limit(1)
            ).one()
            audit = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        assert (last.from_status, last.to_status) == (status.value, expected.value)
        assert last.user_id == clerk.user_id
        assert last.at == clock.now()
        assert audit.action == action.value
        assert audit.entity_id == result.detail.code
        status = expected
        with runner.db.read() as s:
            d = s.get(Dossier, dossier_id)
            assert d is not None
            if status in (DossierStatus.RECEIVED, DossierStatus.IN_PROCESSING):
                assert d.due_at is not None  # a running clock always has a due date
                assert d.paused_at is None
            if status is DossierStatus.RETURNED:
                assert d.returned_at == clock.now()
                assert d.return_timing in ("early", "on_time", "late")


def test_the_whole_trail_of_one_dossier_is_in_its_history(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock
) -> None:
    dossier_id = runner.write(
        receive_dossier, clerk, intake_form(runner, clerk, THREE_DAYS)
    ).dossier_id
    for action in (Action.HAND_OVER, Action.RESULT_READY, Action.RETURN):
        clock.advance(hours=2)
        detail = _act(runner, clerk, action, dossier_id, 0).detail
    assert [(h.from_status, h.to_status) for h in detail.history] == [
        (None, "received"),
        ("received", "in_processing"),
        ("in_processing", "result_ready"),
        ("result_ready", "returned"),
    ]
    assert {h.by for h in detail.history} == {"Cán bộ canbo1"}
    assert detail.handovers[0].to_body == "Công chức Tư pháp - Hộ tịch"
    assert detail.handovers[0].back_at == datetime(2026, 11, 20, 13, 0)
    assert detail.allowed == ()
    assert date(2026, 11, 20) == detail.returned_at.date()  # type: ignore[union-attr]
