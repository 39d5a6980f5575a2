"""The fair interleave and ticket labels, with properties over any arrival and call sequence."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from onestop_desktop.domain.queue import call_order, next_count, take_priority, ticket_label


@dataclass(frozen=True)
class T:
    n: int
    priority: bool


def test_labels_are_padded_to_the_lane_range() -> None:
    assert ticket_label("A", 23, 999) == "A023"
    assert ticket_label("B", 7, 9999) == "B0007"
    assert ticket_label("C", 5, 50) == "C005"


def test_after_two_normals_a_priority_ticket_goes_next() -> None:
    waiting = [T(i, i in (1, 2)) for i in range(1, 8)]  # 1, 2 priority; 3..7 normal
    order = call_order(
        waiting, lambda t: t.priority, normals_since_priority=0, priority_after_normals=2
    )
    assert [t.n for t in order] == [3, 4, 1, 5, 6, 2, 7]


def test_zero_means_priority_always_first_and_nothing_waiting_gives_none() -> None:
    assert take_priority(0, 0, priority_waiting=True, normal_waiting=True) is True
    assert take_priority(5, 2, priority_waiting=False, normal_waiting=False) is None
    assert take_priority(0, 2, priority_waiting=True, normal_waiting=False) is True
    assert take_priority(9, 2, priority_waiting=False, normal_waiting=True) is False


# One step of a day: a ticket arrives (normal or priority) or a counter calls.
steps = st.lists(st.sampled_from(["normal", "priority", "call"]), min_size=1, max_size=200)


@settings(max_examples=300, deadline=None)
@given(events=steps, ratio=st.integers(min_value=1, max_value=5))
def test_any_day_calls_each_ticket_once_keeps_the_ratio_and_starves_no_one(
    events: list[str], ratio: int
) -> None:
    waiting: list[T] = []
    called: list[T] = []
    count = 0
    issued = 0
    normals_in_a_row = 0  # normal calls since the last priority call, while a priority waited
    last_took_priority = False
    for event in events:
        if event != "call":
            issued += 1
            waiting.append(T(issued, event == "priority"))
            continue
        take = take_priority(
            count,
            ratio,
            priority_waiting=any(t.priority for t in waiting),
            normal_waiting=any(not t.priority for t in waiting),
        )
        if take is None:
            continue
        normal_waits = any(not t.priority for t in waiting)
        # Normals are never starved: never two priority calls in a row while a normal waits.
        assert not (take and last_took_priority and normal_waits)
        last_took_priority = take
        ticket = next(t for t in waiting if t.priority == take)
        waiting.remove(ticket)
        called.append(ticket)
        count = next_count(count, take)
        if take:
            normals_in_a_row = 0
        elif any(t.priority for t in waiting):
            normals_in_a_row += 1
        # The first priority ticket in line waits behind at most `ratio` normal calls.
        assert normals_in_a_row <= ratio
    assert len({t.n for t in called}) == len(called)  # nobody called twice
    assert len(called) + len(waiting) == issued  # nobody lost
    # Every ticket is called once enough calls come: drain and check nobody is left.
    while waiting:
        take = take_priority(
            count,
            ratio,
            priority_waiting=any(t.priority for t in waiting),
            normal_waiting=any(not t.priority for t in waiting),
        )
        assert take is not None
        ticket = next(t for t in waiting if t.priority == take)
        waiting.remove(ticket)
        count = next_count(count, take)


@settings(max_examples=300, deadline=None)
@given(
    kinds=st.lists(st.booleans(), max_size=60),
    ratio=st.integers(min_value=0, max_value=5),
    start=st.integers(min_value=0, max_value=5),
)
def test_the_panel_order_keeps_arrival_order_within_each_kind(
    kinds: list[bool], ratio: int, start: int
) -> None:
    waiting = [T(i, p) for i, p in enumerate(kinds)]
    order = call_order(
        waiting, lambda t: t.priority, normals_since_priority=start, priority_after_normals=ratio
    )
    assert sorted(t.n for t in order) == list(range(len(kinds)))
    assert [t.n for t in order if t.priority] == [t.n for t in waiting if t.priority]
    assert [t.n for t in order if not t.priority] == [t.n for t in waiting if not t.priority]
    if ratio >= 1:  # never two priority tickets in a row while normals wait
        for first, second in itertools.pairwise(order):
            rest = order[order.index(second) :]
            if first.priority and second.priority:
                assert not any(not t.priority for t in rest)
