"""Read-only views for the supervisor and admin tabs: today's tickets, the audit trail."""

from __future__ import annotations

from sqlalchemy import case, func, select

from onestop_desktop.domain.roles import Permission
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.dto import AuditRow, DayOverview
from onestop_desktop.store.models import AuditEntry, Procedure, Ticket, User


def day_overview(ctx: ServiceContext) -> DayOverview:
    ctx.require(Permission.VIEW_DAY)
    today = ctx.clock.now().date()
    counts = ctx.session.execute(
        select(
            func.count(Ticket.id),
            func.coalesce(func.sum(case((Ticket.status == "waiting", 1), else_=0)), 0),
            func.coalesce(func.sum(case((Ticket.status == "done", 1), else_=0)), 0),
            func.coalesce(func.sum(case((Ticket.status == "no_show", 1), else_=0)), 0),
        ).where(Ticket.business_date == today)
    ).one()
    procedures = ctx.session.scalar(
        select(func.count()).select_from(Procedure).where(Procedure.active)
    )
    users = ctx.session.scalar(select(func.count()).select_from(User).where(User.active))
    return DayOverview(
        tickets_issued=int(counts[0]),
        tickets_waiting=int(counts[1]),
        tickets_served=int(counts[2]),
        tickets_no_show=int(counts[3]),
        procedures=int(procedures or 0),
        users=int(users or 0),
    )


def recent_audit(ctx: ServiceContext, limit: int = 200) -> list[AuditRow]:
    ctx.require(Permission.VIEW_AUDIT)
    entries = ctx.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
    return [
        AuditRow(e.id, e.at, e.username, e.entity, e.entity_id, e.action, e.reason) for e in entries
    ]
