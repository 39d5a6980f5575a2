"""Plain data the supervisor's live dashboard shows (``services.dashboard``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from onestop_desktop.domain.day_totals import TicketFigures, TicketGroup
from onestop_desktop.domain.dossier import Channel

DEFAULT_WAIT_TARGET_MINUTES = 20
WAIT_TARGET_RANGE = (1, 240)
CHANNELS = (Channel.DIRECT, Channel.ONLINE, Channel.POSTAL, Channel.MOBILE)


@dataclass(frozen=True)
class LaneWaiting:
    """A queue lane and who waits in it now; ``longest_wait_s`` is None when nobody waits."""

    key: str  # the lane's prefix
    label: str  # "A · Hộ tịch"
    waiting: int
    longest_wait_s: int | None


@dataclass(frozen=True)
class ChannelCount:
    """Dossiers received by one channel: direct | online | postal | mobile, or, for a day shown
    from its summary, Biểu 06's two columns: online | direct_postal (direct, postal and mobile)."""

    channel: str
    count: int


@dataclass(frozen=True)
class ClosedMark:
    """The closing the day's figures are frozen in (the latest revision, not reopened)."""

    revision: int
    closed_at: datetime


@dataclass(frozen=True)
class Dashboard:
    """One day on the supervisor's screen.

    ``live``: today as it is now (lanes, due and overdue filled in). A past day is shown from its
    summary (``live`` False; the snapshot's figures when ``closed``): there is nobody waiting
    "now", and ``due_today`` / ``overdue`` are None.
    """

    business_date: date
    as_of: datetime
    live: bool
    lanes: list[LaneWaiting]
    wait_target_min: int
    tickets: TicketFigures
    per_counter: list[TicketGroup]
    per_clerk: list[TicketGroup]
    per_hour: list[TicketGroup]
    received: list[ChannelCount]  # live: the four CHANNELS in order, zeros included
    returned: int
    due_today: int | None
    overdue: int | None
    closed: ClosedMark | None

    @property
    def waiting(self) -> int:
        return sum(lane.waiting for lane in self.lanes) if self.live else self.tickets.waiting

    @property
    def longest_wait_s(self) -> int | None:
        """The longest current wait over every lane (live), or the day's longest wait."""
        if not self.live:
            return self.tickets.max_wait_s
        waits = [lane.longest_wait_s for lane in self.lanes if lane.longest_wait_s is not None]
        return max(waits) if waits else None

    @property
    def over_target(self) -> bool:
        longest = self.longest_wait_s
        return longest is not None and longest > self.wait_target_min * 60

    @property
    def received_total(self) -> int:
        return sum(c.count for c in self.received)
