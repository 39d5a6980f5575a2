"""How many closed days wait in the outbox, and the last delivery error (for the status bar)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from onestop_desktop.services.context import ServiceContext
from onestop_desktop.store.models import SyncOutboxItem


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    last_error: str | None


def sync_status(ctx: ServiceContext) -> SyncStatus:
    pending = ctx.session.scalar(
        select(func.count()).select_from(SyncOutboxItem).where(SyncOutboxItem.acked_at.is_(None))
    )
    last_error = ctx.session.scalar(
        select(SyncOutboxItem.last_error)
        .where(SyncOutboxItem.acked_at.is_(None), SyncOutboxItem.last_error.is_not(None))
        .order_by(SyncOutboxItem.id.desc())
        .limit(1)
    )
    return SyncStatus(int(pending or 0), last_error)
