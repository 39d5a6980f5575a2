"""Queue lanes and counters for tests: A "Hộ tịch", B "Chứng thực"; counter 1 serves A, 2 serves
A and B, 3 serves B."""

from __future__ import annotations

from dataclasses import dataclass

from onestop_desktop.services.context import Actor, ServiceContext, ServiceRunner
from onestop_desktop.store.models import Counter, QueueService


@dataclass(frozen=True)
class Lanes:
    a: int
    b: int
    counters: dict[int, int]  # counter number → id


def _create(ctx: ServiceContext) -> Lanes:
    a = QueueService(prefix="A", name_vi="Hộ tịch", name_en="Civil status", range_start=1,
                     range_end=999, sort_order=0, active=True)  # fmt: skip
    b = QueueService(prefix="B", name_vi="Chứng thực", name_en="Certification", range_start=1,
                     range_end=999, sort_order=1, active=True)  # fmt: skip
    counters = [
        Counter(number=1, name="Quầy 1", active=True, services=[a]),
        Counter(number=2, name="Quầy 2", active=True, services=[a, b]),
        Counter(number=3, name="Quầy 3", active=True, services=[b]),
    ]
    ctx.session.add_all([a, b, *counters])
    ctx.session.flush()
    ctx.audit("queue", None, "test setup")
    return Lanes(a.id, b.id, {c.number: c.id for c in counters})


def make_lanes(runner: ServiceRunner, admin: Actor) -> Lanes:
    return runner.write(_create, admin)
