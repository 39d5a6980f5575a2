"""Closed days (immutable snapshots of a day's totals) and the outbox that sends them upward."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from onestop_desktop.store.base import Base


class DayClosing(Base):
    __tablename__ = "day_closings"
    __table_args__ = (UniqueConstraint("business_date", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    business_date: Mapped[date]
    revision: Mapped[int]
    closed_at: Mapped[datetime]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    totals_json: Mapped[str] = mapped_column(Text)


class DayReopening(Base):
    """A closed day reopened for correction: the closing it reopens stays as it was; the next
    closing of the day is the next revision."""

    __tablename__ = "day_reopenings"
    __table_args__ = (UniqueConstraint("business_date", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    business_date: Mapped[date]
    revision: Mapped[int]  # the closing reopened
    at: Mapped[datetime]
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text)


class SyncOutboxItem(Base):
    """A signed daily-totals document waiting for the city's receiver to acknowledge it."""

    __tablename__ = "sync_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(80), unique=True)
    day_closing_id: Mapped[int] = mapped_column(ForeignKey("day_closings.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    acked_at: Mapped[datetime | None] = mapped_column(index=True)
