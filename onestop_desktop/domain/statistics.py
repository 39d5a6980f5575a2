"""The official statistics buckets (Biểu 06) and how one dossier falls into them for a period.

A period is ``[start, end]`` in days, judged ``as_of`` a moment (now, or the end of the period if
it is over). For each dossier, after OpenCPS's classification rules (reference/domain.md §4):

1. A refusal (Mẫu 03) is never counted as processed; a dossier still waiting for the documents of
   its Mẫu 02 at intake (no due date yet) was never received and is not counted either.
2. Received inside the period → *received*, online or direct (direct, postal and mobile service
   together, as Biểu 06 has them). Received before it and neither released nor closed before it
   → *carried over*.
3. Released (the result came back to the counter) inside the period → *resolved*: early, on time
   or late, as fixed at that moment (``domain.lifecycle.timing``).
4. Withdrawn or stopped inside the period → *closed without a result* (Biểu 06 has no column for
   them; they are reported beside it so the row adds up).
5. Anything else is *pending* at the end of the period: *overdue* if its due date is before
   ``min(as_of, end of period)``, else *within time*. A dossier waiting for a supplement has its
   clock paused and is within time.

So for every row: received online + received direct + carried over = resolved (early + on time +
late) + closed + pending (within time + overdue). The services turn these rules into SQL
(``services/totals.py``); ``classify`` is the same rule on one dossier, the oracle the tests
compare the SQL with.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from onestop_desktop.domain.dossier import Channel, DossierStatus


class Bucket(enum.StrEnum):
    RECEIVED_ONLINE = "received_online"
    RECEIVED_DIRECT = "received_direct"  # direct + postal + mobile
    CARRIED_OVER = "carried_over"
    RESOLVED_EARLY = "resolved_early"
    RESOLVED_ON_TIME = "resolved_on_time"
    RESOLVED_LATE = "resolved_late"
    CLOSED = "closed"  # withdrawn or stopped
    PENDING_WITHIN = "pending_within"
    PENDING_OVERDUE = "pending_overdue"


BUCKET_VI = {
    Bucket.RECEIVED_ONLINE: "Trực tuyến",
    Bucket.RECEIVED_DIRECT: "Trực tiếp và dịch vụ bưu chính",
    Bucket.CARRIED_OVER: "Từ kỳ trước chuyển qua",
    Bucket.RESOLVED_EARLY: "Trước hạn",
    Bucket.RESOLVED_ON_TIME: "Đúng hạn",
    Bucket.RESOLVED_LATE: "Quá hạn",
    Bucket.CLOSED: "Rút/dừng giải quyết",
    Bucket.PENDING_WITHIN: "Trong hạn",
    Bucket.PENDING_OVERDUE: "Quá hạn",
}
RECEIVED = (Bucket.RECEIVED_ONLINE, Bucket.RECEIVED_DIRECT, Bucket.CARRIED_OVER)
SETTLED = (
    Bucket.RESOLVED_EARLY,
    Bucket.RESOLVED_ON_TIME,
    Bucket.RESOLVED_LATE,
    Bucket.CLOSED,
    Bucket.PENDING_WITHIN,
    Bucket.PENDING_OVERDUE,
)
TIMING_BUCKET = {
    "early": Bucket.RESOLVED_EARLY,
    "on_time": Bucket.RESOLVED_ON_TIME,
    "late": Bucket.RESOLVED_LATE,
}


@dataclass(frozen=True)
class Period:
    """Days ``start`` … ``end`` inclusive, judged at ``as_of``."""

    start: date
    end: date
    as_of: datetime

    @property
    def begins(self) -> datetime:
        return datetime.combine(self.start, time.min)

    @property
    def ends(self) -> datetime:
        """The first moment after the period."""
        return datetime.combine(self.end + timedelta(days=1), time.min)

    @property
    def overdue_before(self) -> datetime:
        """A pending dossier due before this moment is overdue."""
        return min(self.as_of, self.ends)


@dataclass(frozen=True)
class DossierFacts:
    """What the classification needs of one dossier."""

    status: str
    channel: str
    received_at: datetime
    due_at: datetime | None
    released_at: datetime | None  # result back at the counter
    timing: str | None  # fixed when released
    closed_at: datetime | None  # withdrawn or stopped


def counted(facts: DossierFacts) -> bool:
    """Rule 1: refusals and never-completed Mẫu 02 dossiers are not processed dossiers."""
    return facts.status != DossierStatus.REFUSED and facts.due_at is not None


def classify(facts: DossierFacts, period: Period) -> tuple[Bucket, Bucket] | None:
    """The (received-side, settled-side) buckets of a dossier for ``period``, or ``None`` when it
    does not belong to the period at all."""
    if not counted(facts):
        return None
    begins, ends = period.begins, period.ends
    if facts.received_at >= ends:
        return None
    if facts.received_at >= begins:
        online = facts.channel == Channel.ONLINE
        side = Bucket.RECEIVED_ONLINE if online else Bucket.RECEIVED_DIRECT
    else:
        done_before = (facts.released_at is not None and facts.released_at < begins) or (
            facts.closed_at is not None and facts.closed_at < begins
        )
        if done_before:
            return None
        side = Bucket.CARRIED_OVER
    if facts.released_at is not None and facts.released_at < ends:
        return side, TIMING_BUCKET[facts.timing or "on_time"]
    if facts.closed_at is not None and facts.closed_at < ends:
        return side, Bucket.CLOSED
    paused = facts.status == DossierStatus.AWAITING_SUPPLEMENT
    assert facts.due_at is not None
    if not paused and facts.due_at < period.overdue_before:
        return side, Bucket.PENDING_OVERDUE
    return side, Bucket.PENDING_WITHIN
