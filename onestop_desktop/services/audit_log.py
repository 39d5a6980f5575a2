"""Reading the audit log (administrators only): filtered queries for the viewer, the values to
filter by, and the check of the hash chain behind ``onestop-desktop verify-audit``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute

from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.roles import Permission
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.store.audit_chain import ChainReport, verify_chain
from onestop_desktop.store.models import AuditEntry

MAX_ROWS = 1000


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields do not filter. Dates are inclusive business dates."""

    date_from: date | None = None
    date_to: date | None = None
    username: str | None = None
    entity: str | None = None
    action: str | None = None
    limit: int = MAX_ROWS


@dataclass(frozen=True)
class AuditLogRow:
    id: int
    at: datetime
    username: str | None
    entity: str
    entity_id: str | None
    action: str
    before: str | None
    after: str | None
    reason: str | None
    chain_seq: int | None


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditLogRow]
    more: bool  # True when more entries match than were returned (newest first)


@dataclass(frozen=True)
class AuditChoices:
    usernames: list[str]
    entities: list[str]
    actions: list[str]


@dataclass(frozen=True)
class AuditVerification:
    ok: bool
    entries: int
    problem: str
    row_id: int | None
    position: int | None
    message_vi: str
    message_en: str


def search_audit(ctx: ServiceContext, filters: AuditFilter) -> AuditPage:
    ctx.require(Permission.VIEW_AUDIT)
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise ValidationError(
            "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.",
            "The start date must not be after the end date.",
            field="date_from",
        )
    limit = max(1, min(filters.limit, MAX_ROWS))
    query = select(AuditEntry)
    if filters.date_from:
        query = query.where(AuditEntry.at >= datetime.combine(filters.date_from, time()))
    if filters.date_to:
        end = datetime.combine(filters.date_to + timedelta(days=1), time())
        query = query.where(AuditEntry.at < end)
    if filters.username:
        query = query.where(AuditEntry.username == filters.username)
    if filters.entity:
        query = query.where(AuditEntry.entity == filters.entity)
    if filters.action:
        query = query.where(AuditEntry.action == filters.action)
    entries = list(ctx.session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit + 1)))
    rows = [
        AuditLogRow(
            id=e.id,
            at=e.at,
            username=e.username,
            entity=e.entity,
            entity_id=e.entity_id,
            action=e.action,
            before=e.before_json,
            after=e.after_json,
            reason=e.reason,
            chain_seq=e.chain_seq,
        )
        for e in entries[:limit]
    ]
    return AuditPage(rows, more=len(entries) > limit)


def audit_choices(ctx: ServiceContext) -> AuditChoices:
    ctx.require(Permission.VIEW_AUDIT)

    def values(column: InstrumentedAttribute[Any]) -> list[str]:
        found = ctx.session.scalars(select(column).distinct())
        return sorted(str(v) for v in found if v)

    return AuditChoices(
        usernames=values(AuditEntry.username),
        entities=values(AuditEntry.entity),
        actions=values(AuditEntry.action),
    )


def verify_audit(ctx: ServiceContext) -> AuditVerification:
    """Walk the whole hash chain; the first entry that does not verify is reported."""
    ctx.require(Permission.VIEW_AUDIT)
    report = verify_chain(ctx.session)
    vi, en = _messages(report)
    return AuditVerification(
        ok=report.ok,
        entries=report.entries,
        problem=report.problem,
        row_id=report.row_id,
        position=report.position,
        message_vi=vi,
        message_en=en,
    )


def _messages(report: ChainReport) -> tuple[str, str]:
    en = report.describe()
    if report.ok:
        return f"Nhật ký nguyên vẹn: đã kiểm tra {report.entries} dòng.", en
    if report.problem == "altered":
        where = f"dòng {report.row_id}" if report.row_id is not None else "đầu chuỗi"
        return (
            f"Nhật ký bị sửa tại {where} (vị trí {report.position}): dòng này đã bị thay đổi.",
            en,
        )
    if report.problem == "missing":
        return f"Nhật ký bị xóa dòng ở vị trí {report.position}.", en
    if report.problem == "unsealed":
        return f"Nhật ký có dòng {report.row_id} được chèn ngoài chuỗi kiểm tra.", en
    return f"Nhật ký bị xóa các dòng mới nhất, từ vị trí {report.position}.", en
