"""Queue use cases on a real database: numbering, calls, the interleave, transfers, refusals."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.errors import PermissionDenied, ValidationError
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.queue import (
    DISPLAY_ACTOR,
    KIOSK_ACTOR,
    board_state,
    call_next,
    call_ticket,
    counter_state,
    finish_service,
    issue_ticket,
    last_call_id,
    list_services,
    mark_no_show,
    pause_counter,
    recall,
    resume_counter,
    start_service,
    transfer_ticket,
)
from onestop_desktop.store.models import AuditEntry, Counter, Ticket, TicketCall
from tests.queue_helpers import Lanes, make_lanes

pytestmark = pytest.mark.db


@pytest.fixture
def lanes(runner: ServiceRunner, ward: Actor) -> Lanes:
    return make_lanes(runner, ward)


@pytest.fixture
def clerk(make_user) -> Actor:  # type: ignore[no-untyped-def]
    return make_user("canbo1", "clerk")


def _snapshot(runner: ServiceRunner) -> tuple[object, ...]:
    with runner.db.read() as s:
        tickets = s.execute(
            select(Ticket.id, Ticket.status, Ticket.lane_id, Ticket.counter_id).order_by(Ticket.id)
        ).all()
        counters = s.execute(
            select(Counter.id, Counter.paused_reason, Counter.normals_since_priority)
        ).all()
        audit = s.scalar(select(func.count()).select_from(AuditEntry))
        calls = s.scalar(select(func.count()).select_from(TicketCall))
    return (tuple(tickets), tuple(counters), audit, calls)


def test_tickets_are_numbered_per_lane_per_day_and_restart_the_next_day(
    runner: ServiceRunner, lanes: Lanes, clock: FixedClock
) -> None:
    a1 = runner.write(issue_ticket, KIOSK_ACTOR, lanes.a)
    a2 = runner.write(issue_ticket, KIOSK_ACTOR, lanes.a)
    b1 = runner.write(issue_ticket, KIOSK_ACTOR, lanes.b, "elderly")
    assert [a1.ticket.label, a2.ticket.label, b1.ticket.label] == ["A001", "A002", "B001"]
    assert (a1.people_ahead, a2.people_ahead, b1.people_ahead) == (0, 1, 0)
    assert a1.ward_name == "Phường Tây Hồ"
    assert b1.ticket.priority_category == "elderly"
    waiting = {s.prefix: s.waiting for s in runner.read(list_services, KIOSK_ACTOR)}
    assert waiting == {"A": 2, "B": 1}
    # Just before midnight, and after: the business day changes, numbering restarts by itself.
    clock.set(datetime(2026, 11, 20, 23, 59))
    assert runner.write(issue_ticket, KIOSK_ACTOR, lanes.a).ticket.label == "A003"
    clock.set(datetime(2026, 11, 21, 0, 1))
    assert runner.write(issue_ticket, KIOSK_ACTOR, lanes.a).ticket.label == "A001"
    with runner.db.read() as s:  # yesterday's tickets keep their numbers and history
        rows = s.execute(select(Ticket.business_date, Ticket.number).order_by(Ticket.id)).all()
    days = [(d.day, n) for d, n in rows]
    assert days == [(20, 1), (20, 2), (20, 1), (20, 3), (21, 1)]
    # Yesterday's waiting tickets are not called today.
    clerk_state = runner.read(counter_state, DISPLAY_ACTOR, lanes.counters[1])
    assert [t.label for t in clerk_state.waiting] == ["A001"]


def test_a_counter_calls_by_arrival_with_one_priority_after_two_normals(
    runner: ServiceRunner, lanes: Lanes, clerk: Actor, clock: FixedClock
) -> None:
    for category in (None, "pregnant", None, None, "disabled", None):
        runner.write(issue_ticket, KIOSK_ACTOR, lanes.a, category)
        clock.advance(minutes=1)
    counter = lanes.counters[1]
    panel = runner.read(counter_state, clerk, counter)
    expected = ["A001", "A003", "A002", "A004", "A006", "A005"]
    assert [t.label for t in panel.waiting] == expected
    called = []
    for _ in range(6):
        ticket = runner.write(call_next, clerk, counter)
        assert ticket is not None
        called.append(ticket.label)
    assert called == expected
    assert runner.write(call_next, clerk, counter) is None  # nobody left; last one finished
    with runner.db.read() as s:
        statuses = s.scalars(select(Ticket.status)).all()
        assert statuses == ["done"] * 6
        served_by = set(s.scalars(select(Ticket.served_by_id)))
        assert served_by == {clerk.user_id}


def test_recall_no_show_start_finish_and_the_board(
    runner: ServiceRunner, lanes: Lanes, clerk: Actor, clock: FixedClock
) -> None:
    runner.write(issue_ticket, KIOSK_ACTOR, lanes.a)
    runner.write(issue_ticket, KIOSK_ACTOR, lanes.b)
    first = runner.write(call_next, clerk, lanes.counters[1])
    assert first is not None
    assert (first.label, first.status, first.counter_number) == ("A001", "called", 1)
    with pytest.raises(ValidationError, match="Recall at least 1"):
        runner.write(mark_no_show, clerk, lanes.counters[1])
    clock.advance(seconds=30)
    again = runner.write(recall, clerk, lanes.counters[1])
    assert again.recall_count == 1
    gone = runner.write(mark_no_show, clerk, lanes.counters[1])
    assert gone.status == "no_show"
    second = runner.write(call_next, clerk, lanes.counters[2])
    assert second is not None
    assert second.label == "B001"
    serving = runner.write(start_service, clerk, lanes.counters[2])
    assert serving.status == "serving"
    clock.advance(minutes=7)
    done = runner.write(finish_service, clerk, lanes.counters[2])
    assert done.finished_at is not None
    assert done.started_at is not None
    assert done.finished_at - done.started_at == timedelta(minutes=7)

    board = runner.read(board_state, DISPLAY_ACTOR)
    assert [(c.label, c.counter_number, c.kind) for c in board.recent] == [
        ("B001", 2, "call"),
        ("A001", 1, "recall"),
        ("A001", 1, "call"),
    ]
    assert [(c.counter_number, c.label) for c in board.latest_per_counter] == [
        (1, "A001"),
        (2, "B001"),
    ]
    assert board.last_call_id == runner.read(last_call_id, DISPLAY_ACTOR)


def test_call_a_specific_ticket_and_transfer_keeping_its_number(
    runner: ServiceRunner, lanes: Lanes, clerk: Actor
) -> None:
    tickets = [runner.write(issue_ticket, KIOSK_ACTOR, lanes.a).ticket for _ in range(3)]
    picked = runner.write(call_ticket, clerk, lanes.counters[1], tickets[2].id)
    assert picked.label == "A003"
    moved = runner.write(transfer_ticket, clerk, picked.id, to_service_id=lanes.b)
    assert (moved.label, moved.status, moved.service_prefix) == ("A003", "waiting", "B")
    # Counter 1 (A only) no longer sees it; counter 3 (B) calls it first: it waited already.
    assert "A003" not in [
        t.label for t in runner.read(counter_state, clerk, lanes.counters[1]).waiting
    ]
    runner.write(issue_ticket, KIOSK_ACTOR, lanes.b)
    at_three = runner.write(call_next, clerk, lanes.counters[3])
    assert at_three is not None
    assert at_three.label == "A003"
    # Sent to one counter only: the other counters of the lane skip it.
    only_two = runner.write(transfer_ticket, clerk, tickets[0].id, to_counter_id=lanes.counters[2])
    assert only_two.target_counter_id == lanes.counters[2]
    one = runner.write(call_next, clerk, lanes.counters[1])
    assert one is not None
    assert one.label == "A002"
    two = runner.write(call_next, clerk, lanes.counters[2])
    assert two is not None
    assert two.label == "A001"


def test_refusals_are_clear_and_change_nothing(
    runner: ServiceRunner, lanes: Lanes, clerk: Actor, ward: Actor
) -> None:
    issued = runner.write(issue_ticket, KIOSK_ACTOR, lanes.a)

    # A counter that serves no service.
    def empty_counter(ctx):  # type: ignore[no-untyped-def]
        counter = Counter(number=9, name="Quầy 9", active=True, services=[])
        ctx.session.add(counter)
        ctx.session.flush()
        ctx.audit("counter", 9, "create")
        return counter.id

    empty = runner.write(empty_counter, ward)
    before = _snapshot(runner)
    cases = [
        (issue_ticket, (9999,), "Dịch vụ này không tồn tại"),
        (issue_ticket, (lanes.a, "vip"), "Đối tượng ưu tiên không hợp lệ"),
        (call_next, (empty,), "chưa được giao dịch vụ nào"),
        (call_next, (4242,), "Quầy này không tồn tại"),
        (recall, (lanes.counters[1],), "không có số nào đang được gọi"),
        (transfer_ticket, (issued.ticket.id,), "Chọn dịch vụ hoặc quầy"),
        (pause_counter, (lanes.counters[1], "  "), "lý do tạm dừng"),
        (resume_counter, (lanes.counters[1],), "không tạm dừng"),
    ]
    for fn, args, words in cases:
        with pytest.raises(ValidationError) as caught:
            runner.write(fn, clerk, *args)
        assert words in caught.value.message_vi, (fn.__name__, caught.value.message_vi)
        assert caught.value.message_en
        assert _snapshot(runner) == before, fn.__name__

    # Calling on a paused counter.
    runner.write(pause_counter, clerk, lanes.counters[1], "Nghỉ trưa")
    paused = _snapshot(runner)
    with pytest.raises(ValidationError, match="is paused"):
        runner.write(call_next, clerk, lanes.counters[1])
    assert _snapshot(runner) == paused
    runner.write(resume_counter, clerk, lanes.counters[1])

    # Transferring a finished ticket.
    runner.write(call_next, clerk, lanes.counters[1])
    runner.write(finish_service, clerk, lanes.counters[1])
    finished = _snapshot(runner)
    with pytest.raises(ValidationError, match="is finished"):
        runner.write(transfer_ticket, clerk, issued.ticket.id, to_service_id=lanes.b)
    assert _snapshot(runner) == finished
    # Transfer to a counter that does not serve the lane.
    waiting = runner.write(issue_ticket, KIOSK_ACTOR, lanes.a)
    with pytest.raises(ValidationError, match="does not serve this service"):
        runner.write(transfer_ticket, clerk, waiting.ticket.id, to_counter_id=lanes.counters[3])
    # No one logged in may not call.
    with pytest.raises(PermissionDenied):
        runner.write(call_next, None, lanes.counters[1])


def test_every_action_is_audited(runner: ServiceRunner, lanes: Lanes, clerk: Actor) -> None:
    runner.write(issue_ticket, KIOSK_ACTOR, lanes.a)
    runner.write(call_next, clerk, lanes.counters[1])
    runner.write(recall, clerk, lanes.counters[1])
    runner.write(start_service, clerk, lanes.counters[1])
    runner.write(finish_service, clerk, lanes.counters[1])
    runner.write(pause_counter, clerk, lanes.counters[1], "Họp giao ban")
    runner.write(resume_counter, clerk, lanes.counters[1])
    with runner.db.read() as s:
        actions = s.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity.in_(["ticket", "counter"]))
            .order_by(AuditEntry.id)
        ).all()
    assert actions == ["issue", "call", "recall", "start", "finish", "pause", "resume"]


actions = st.lists(
    st.one_of(
        st.tuples(st.just("issue"), st.sampled_from(["a", "b"]), st.booleans()),
        st.tuples(st.just("call"), st.sampled_from([1, 2, 3]), st.just(False)),
    ),
    min_size=1,
    max_size=40,
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(steps=actions)
def test_any_sequence_calls_each_ticket_at_most_once_with_unique_numbers(
    runner: ServiceRunner,
    lanes: Lanes,
    clerk: Actor,
    clock: FixedClock,
    steps: list[tuple[str, object, bool]],
) -> None:
    clock.set(clock.now() + timedelta(days=1))  # each example is a fresh business day
    day = clock.now().date()
    called: list[int] = []
    for kind, target, priority in steps:
        clock.advance(seconds=20)
        if kind == "issue":
            lane = lanes.a if target == "a" else lanes.b
            runner.write(issue_ticket, KIOSK_ACTOR, lane, "elderly" if priority else None)
        else:
            ticket = runner.write(call_next, clerk, lanes.counters[int(str(target))])
            if ticket is not None:
                called.append(ticket.id)
    assert len(called) == len(set(called))
    with runner.db.read() as s:
        rows = s.execute(
            select(Ticket.service_id, Ticket.number, Ticket.status).where(
                Ticket.business_date == day
            )
        ).all()
    numbers = [(service, number) for service, number, _ in rows]
    assert len(numbers) == len(set(numbers))
    assert sum(1 for *_, status in rows if status != "waiting") == len(called)
    # Drain: every waiting ticket is eventually called by counter 2 (serves A and B).
    left = sum(1 for *_, status in rows if status == "waiting")
    for _ in range(left):
        assert runner.write(call_next, clerk, lanes.counters[2]) is not None
    assert runner.write(call_next, clerk, lanes.counters[2]) is None
