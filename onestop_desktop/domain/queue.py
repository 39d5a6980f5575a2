"""Queue rules: ticket labels, statuses, priority categories and the fair interleave.

The interleave: a counter that has called ``priority_after_normals`` normal tickets since its last
priority ticket takes a priority ticket next, if one waits. So a priority ticket never waits behind
more than that many normal calls at a counter, and (with the setting ≥ 1) a normal ticket is never
starved: after each priority call the counter takes a normal one if any waits. With the setting 0,
priority tickets always go first.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import TypeVar

PRIORITY_CATEGORIES = ("elderly", "disabled", "pregnant", "meritorious", "small_child")
PRIORITY_VI = {
    "elderly": "Người cao tuổi",
    "disabled": "Người khuyết tật",
    "pregnant": "Phụ nữ mang thai",
    "meritorious": "Người có công với cách mạng",
    "small_child": "Người đi cùng trẻ nhỏ",
}
DEFAULT_PRIORITY_AFTER_NORMALS = 2
DEFAULT_NO_SHOW_AFTER_RECALLS = 1
T = TypeVar("T")


class TicketStatus(enum.StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"


OPEN_STATUSES = (TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING)
AT_COUNTER = (TicketStatus.CALLED, TicketStatus.SERVING)


def ticket_label(prefix: str, number: int, range_end: int) -> str:
    """``A023``: the lane's prefix and the number padded to the width of the lane's range."""
    width = max(3, len(str(range_end)))
    return f"{prefix}{number:0{width}d}"


def take_priority(
    normals_since_priority: int,
    priority_after_normals: int,
    *,
    priority_waiting: bool,
    normal_waiting: bool,
) -> bool | None:
    """True: call a priority ticket next; False: a normal one; None: nobody waits."""
    if not priority_waiting:
        return False if normal_waiting else None
    if not normal_waiting:
        return True
    return normals_since_priority >= priority_after_normals


def next_count(normals_since_priority: int, took_priority: bool) -> int:
    return 0 if took_priority else normals_since_priority + 1


def call_order(
    waiting: Sequence[T],
    is_priority: Callable[[T], bool],
    *,
    normals_since_priority: int,
    priority_after_normals: int,
) -> list[T]:
    """The order in which a counter would call ``waiting`` (each kind in arrival order) if nobody
    else called and nobody new arrived: what the counter panel lists."""
    priority = [t for t in waiting if is_priority(t)]
    normal = [t for t in waiting if not is_priority(t)]
    ordered: list[T] = []
    count = normals_since_priority
    while priority or normal:
        take = take_priority(
            count,
            priority_after_normals,
            priority_waiting=bool(priority),
            normal_waiting=bool(normal),
        )
        ordered.append(priority.pop(0) if take else normal.pop(0))
        count = next_count(count, bool(take))
    return ordered
