"""Statistics from the database by SQL aggregation: the Biểu 06 buckets per field.

``dossier_buckets`` runs ``domain.statistics``' rules as one ``GROUP BY`` query (the rules are
spelled once more in SQL here; ``tests/services/test_totals_buckets.py`` checks both spellings
agree on random dossiers). The daily summary, the periodic report and the sync payload are to be
built on it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, case, func, literal, or_, select

from onestop_desktop.domain.dossier import Channel, DossierStatus
from onestop_desktop.domain.roles import Permission
from onestop_desktop.domain.statistics import Bucket, Period
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.store.models import Dossier, DossierEvent, Procedure

CLOSED_STATUSES = (DossierStatus.WITHDRAWN.value, DossierStatus.STOPPED.value)


@dataclass(frozen=True)
class FieldBuckets:
    """One row of Biểu 06: a field (lĩnh vực) and its count per bucket."""

    field: str
    counts: dict[Bucket, int]

    def __getitem__(self, bucket: Bucket) -> int:
        return self.counts.get(bucket, 0)


def dossier_buckets(ctx: ServiceContext, period: Period) -> list[FieldBuckets]:
    """Biểu 06 counts per field for ``period``, fields in alphabetical order."""
    ctx.require(Permission.VIEW_DAY)
    begins, ends, overdue_before = period.begins, period.ends, period.overdue_before
    closed = (
        select(
            DossierEvent.dossier_id.label("dossier_id"),
            func.max(DossierEvent.at).label("closed_at"),
        )
        .where(DossierEvent.to_status.in_(CLOSED_STATUSES))
        .group_by(DossierEvent.dossier_id)
        .subquery()
    )
    released = Dossier.result_ready_at
    side = case(
        (
            Dossier.received_at >= begins,
            case(
                (Dossier.channel == Channel.ONLINE.value, literal(Bucket.RECEIVED_ONLINE.value)),
                else_=literal(Bucket.RECEIVED_DIRECT.value),
            ),
        ),
        else_=literal(Bucket.CARRIED_OVER.value),
    ).label("side")
    settled = case(
        (
            released < ends,
            case(
                (Dossier.return_timing == "early", literal(Bucket.RESOLVED_EARLY.value)),
                (Dossier.return_timing == "late", literal(Bucket.RESOLVED_LATE.value)),
                else_=literal(Bucket.RESOLVED_ON_TIME.value),
            ),
        ),
        (closed.c.closed_at < ends, literal(Bucket.CLOSED.value)),
        (
            and_(
                Dossier.status != DossierStatus.AWAITING_SUPPLEMENT.value,
                Dossier.due_at < overdue_before,
            ),
            literal(Bucket.PENDING_OVERDUE.value),
        ),
        else_=literal(Bucket.PENDING_WITHIN.value),
    ).label("settled")
    rows = ctx.session.execute(
        select(Procedure.field_vi, side, settled, func.count())
        .select_from(Dossier)
        .join(Procedure, Procedure.id == Dossier.procedure_id)
        .outerjoin(closed, closed.c.dossier_id == Dossier.id)
        .where(
            Dossier.status != DossierStatus.REFUSED.value,
            Dossier.due_at.is_not(None),
            Dossier.received_at < ends,
            or_(released.is_(None), released >= begins),
            or_(closed.c.closed_at.is_(None), closed.c.closed_at >= begins),
        )
        .group_by(Procedure.field_vi, side, settled)
    ).all()
    fields: dict[str, dict[Bucket, int]] = defaultdict(lambda: defaultdict(int))
    for field_name, side_value, settled_value, count in rows:
        fields[field_name][Bucket(side_value)] += int(count)
        fields[field_name][Bucket(settled_value)] += int(count)
    return [FieldBuckets(name, dict(fields[name])) for name in sorted(fields)]
