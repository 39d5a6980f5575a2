"""Plain data the queue use cases return (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ServiceRow:
    """A lane of the queue as the kiosk and the counter panel show it."""

    id: int
    prefix: str
    name_vi: str
    name_en: str | None
    waiting: int  # tickets of today waiting in this lane now
    active: bool


@dataclass(frozen=True)
class TicketRow:
    id: int
    label: str  # "A023": prefix + number, zero-padded to the width of the lane's range end
    service_id: int
    service_prefix: str
    service_name_vi: str
    service_name_en: str | None
    priority_category: str | None
    status: str  # waiting | called | serving | done | no_show
    issued_at: datetime
    called_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    recall_count: int
    counter_id: int | None
    counter_number: int | None
    target_counter_id: int | None  # transferred to this counter only


@dataclass(frozen=True)
class IssuedTicket:
    """What the kiosk prints on the 80 mm ticket."""

    ticket: TicketRow
    people_ahead: int  # tickets of the same lane waiting before this one
    ward_name: str


@dataclass(frozen=True)
class CounterRow:
    id: int
    number: int
    name: str
    active: bool
    paused_reason: str | None
    service_ids: tuple[int, ...]


@dataclass(frozen=True)
class CounterState:
    """Everything the counter panel shows, read in one transaction."""

    counter: CounterRow
    current: TicketRow | None  # called or being served at this counter
    waiting: tuple[TicketRow, ...]  # callable by this counter, in the order call_next takes them
    waiting_per_service: tuple[ServiceRow, ...]  # the counter's lanes with their waiting counts


@dataclass(frozen=True)
class CallRow:
    """One announcement: a call or a recall of a ticket to a counter."""

    id: int
    at: datetime
    kind: str  # call | recall
    label: str
    counter_number: int
    service_name_vi: str


@dataclass(frozen=True)
class BoardState:
    """What the display board shows: the latest call per counter and the last calls."""

    ward_name: str
    latest_per_counter: tuple[CallRow, ...]  # ordered by counter number
    recent: tuple[CallRow, ...]  # newest first
    last_call_id: int  # the board announces calls with a larger id than it has seen
