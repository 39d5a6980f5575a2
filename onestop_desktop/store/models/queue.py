"""Queue lanes (services), counters, tickets and the per-day sequences that number them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from onestop_desktop.store.base import Base

counter_services = Table(
    "counter_services",
    Base.metadata,
    Column("counter_id", ForeignKey("counters.id"), primary_key=True),
    Column("service_id", ForeignKey("queue_services.id"), primary_key=True),
)


class QueueService(Base):
    """A lane of the queue with its letter prefix (A = Hộ tịch, B = Chứng thực, …)."""

    __tablename__ = "queue_services"

    id: Mapped[int] = mapped_column(primary_key=True)
    prefix: Mapped[str] = mapped_column(String(2), unique=True)
    name_vi: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str | None] = mapped_column(String(120))
    range_start: Mapped[int] = mapped_column(default=1)
    range_end: Mapped[int] = mapped_column(default=999)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Counter(Base):
    """A counter (quầy) at which a clerk calls tickets of the services it serves."""

    __tablename__ = "counters"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(80))
    active: Mapped[bool] = mapped_column(default=True)
    paused_reason: Mapped[str | None] = mapped_column(String(200))
    paused_at: Mapped[datetime | None]
    # Normal tickets called since this counter last took a priority ticket (the fair interleave).
    normals_since_priority: Mapped[int] = mapped_column(server_default="0")
    services: Mapped[list[QueueService]] = relationship(secondary=counter_services)


class Ticket(Base):
    """A numbered ticket. Never deleted: history stays for the statistics."""

    __tablename__ = "tickets"
    __table_args__ = (
        UniqueConstraint("service_id", "business_date", "number"),
        Index("ix_tickets_waiting", "status", "service_id", "issued_at"),
        Index("ix_tickets_day_status_lane", "business_date", "status", "lane_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The lane that issued the ticket: its prefix and number are the ticket's label for good.
    service_id: Mapped[int] = mapped_column(ForeignKey("queue_services.id"))
    # The lane it waits in now (a transfer moves it, keeping its number); set at issue.
    lane_id: Mapped[int | None] = mapped_column(ForeignKey("queue_services.id"))
    # Transferred to one counter: only that counter may call it.
    target_counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"))
    business_date: Mapped[date] = mapped_column(index=True)
    number: Mapped[int]
    priority_category: Mapped[str | None] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20))
    issued_at: Mapped[datetime]
    called_at: Mapped[datetime | None]
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    recall_count: Mapped[int] = mapped_column(default=0)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"))
    served_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class TicketCall(Base):
    """One call or recall of a ticket to a counter: what the display board shows and announces."""

    __tablename__ = "ticket_calls"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counters.id"))
    business_date: Mapped[date] = mapped_column(index=True)
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(10))  # call | recall


class DailySequence(Base):
    """The last number handed out in a scope (a ticket lane, the dossier codes) on a day.

    Incremented with one atomic ``INSERT … ON CONFLICT DO UPDATE … RETURNING`` in the
    transaction that uses the number, so numbers are neither duplicated nor skipped.
    """

    __tablename__ = "daily_sequences"

    scope: Mapped[str] = mapped_column(String(40), primary_key=True)
    business_date: Mapped[date] = mapped_column(primary_key=True)
    last_value: Mapped[int]
