"""Read-only views for the admin tab: the audit trail (the supervisor's day is in
``services.dashboard``)."""

from __future__ import annotations

from sqlalchemy import select

from onestop_desktop.domain.roles import Permission
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.dto import AuditRow
from onestop_desktop.store.models import AuditEntry


def recent_audit(ctx: ServiceContext, limit: int = 200) -> list[AuditRow]:
    ctx.require(Permission.VIEW_AUDIT)
    entries = ctx.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
    return [
        AuditRow(e.id, e.at, e.username, e.entity, e.entity_id, e.action, e.reason) for e in entries
    ]
