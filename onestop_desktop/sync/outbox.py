"""The outbox of signed daily-totals documents: which are due, and what became of each send.

A row (``sync_outbox``) is written with its day's closing and stays until the city's receiver
acknowledges it. Its state lives in three columns, no status column:

- waiting: ``acked_at`` NULL, ``next_attempt_at`` set (due when it is not in the future);
- refused: ``acked_at`` NULL, ``next_attempt_at`` NULL, ``last_error`` starts with
  :data:`REFUSED_PREFIX` and carries the receiver's answer; not retried until someone asks
  (:func:`resend_now`, after fixing the settings);
- acknowledged: ``acked_at`` set.

Every outcome is recorded in its own short transaction, with an audit row naming the document by
its idempotency key (unit code, date, revision: nothing personal). The body is never rewritten:
whatever is sent, now or after any number of retries, is the stored text's UTF-8 bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select, update

from onestop_desktop.domain.errors import UserError
from onestop_desktop.domain.roles import Permission, Role
from onestop_desktop.services.context import Actor, ServiceContext
from onestop_desktop.store.models import DayClosing, SyncOutboxItem

# Who the audit log names for the automatic sender (and ``sync --once``).
SYNC_ACTOR = Actor(None, "sync", "Đồng bộ tự động", Role.ADMIN)
REFUSED_PREFIX = "refused: "
ERROR_MAX = 500


@dataclass(frozen=True)
class DueItem:
    id: int
    idempotency_key: str
    body: bytes  # the stored document, exactly the bytes that are signed and sent
    attempts: int


@dataclass(frozen=True)
class OutboxStatus:
    pending: int  # waiting to be sent (refused ones not counted)
    refused: int  # refused by the receiver, waiting for someone to act
    acked: int  # acknowledged, ever
    last_error: str | None  # the newest retryable error among waiting rows
    refused_error: str | None  # the receiver's answer to the newest refused row (no prefix)
    next_attempt_at: datetime | None  # the earliest scheduled attempt among waiting rows


@dataclass(frozen=True)
class OutboxRow:
    """One document as the administrator's sync page lists it."""

    id: int
    business_date: date
    revision: int
    idempotency_key: str
    created_at: datetime
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    acked_at: datetime | None

    @property
    def state(self) -> str:
        """``"sent"``, ``"refused"`` or ``"waiting"``."""
        if self.acked_at is not None:
            return "sent"
        return "refused" if self.next_attempt_at is None else "waiting"

    @property
    def error(self) -> str:
        """The last error without the refusal marker."""
        text = self.last_error or ""
        return text.removeprefix(REFUSED_PREFIX)


@dataclass(frozen=True)
class DayDocument:
    business_date: date
    revision: int
    idempotency_key: str
    body: bytes


def _waiting() -> ColumnElement[bool]:
    return and_(SyncOutboxItem.acked_at.is_(None), SyncOutboxItem.next_attempt_at.is_not(None))


def _refused() -> ColumnElement[bool]:
    return and_(SyncOutboxItem.acked_at.is_(None), SyncOutboxItem.next_attempt_at.is_(None))


def due_items(
    ctx: ServiceContext, now: datetime, cap: timedelta, limit: int | None = None
) -> list[DueItem]:
    """Waiting rows due at ``now``, oldest schedule first. A row scheduled further ahead than
    ``cap`` (the longest backoff) can only mean the clock went back: it is due as well."""
    query = (
        select(
            SyncOutboxItem.id,
            SyncOutboxItem.idempotency_key,
            SyncOutboxItem.body,
            SyncOutboxItem.attempts,
        )
        .where(
            _waiting(),
            or_(
                SyncOutboxItem.next_attempt_at <= now,
                SyncOutboxItem.next_attempt_at > now + cap,
            ),
        )
        .order_by(SyncOutboxItem.next_attempt_at, SyncOutboxItem.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        DueItem(row.id, row.idempotency_key, row.body.encode("utf-8"), row.attempts)
        for row in ctx.session.execute(query)
    ]


def _open_row(ctx: ServiceContext, item_id: int) -> SyncOutboxItem | None:
    """The row locked for this transaction, or ``None`` when another PC acknowledged it."""
    row = ctx.session.get(SyncOutboxItem, item_id, with_for_update=True, populate_existing=True)
    if row is None or row.acked_at is not None:
        return None
    return row


def record_ack(ctx: ServiceContext, item_id: int, status: int) -> bool:
    """The receiver stored the document (201) or already had it (200)."""
    row = _open_row(ctx, item_id)
    if row is None:
        return False
    row.attempts += 1
    row.acked_at = ctx.clock.now()
    row.last_error = None
    ctx.audit(
        "sync_outbox",
        row.id,
        "sync_acked",
        after={"key": row.idempotency_key, "http_status": status, "attempts": row.attempts},
    )
    return True


def record_refusal(ctx: ServiceContext, item_id: int, status: int, message: str) -> bool:
    """The receiver refused the document (4xx): kept, not retried, shown to the supervisor."""
    row = _open_row(ctx, item_id)
    if row is None:
        return False
    row.attempts += 1
    row.next_attempt_at = None
    row.last_error = (REFUSED_PREFIX + message)[:ERROR_MAX]
    ctx.audit(
        "sync_outbox",
        row.id,
        "sync_refused",
        after={"key": row.idempotency_key, "http_status": status, "error": message[:200]},
    )
    return True


def record_retry(ctx: ServiceContext, item_id: int, error: str, next_attempt_at: datetime) -> bool:
    """No answer, or a 5xx: try again at ``next_attempt_at``."""
    row = _open_row(ctx, item_id)
    if row is None or row.next_attempt_at is None:
        return False  # acknowledged or refused meanwhile (another PC): leave it so
    row.attempts += 1
    row.next_attempt_at = next_attempt_at
    row.last_error = error[:ERROR_MAX]
    ctx.audit(
        "sync_outbox",
        row.id,
        "sync_retry",
        after={
            "key": row.idempotency_key,
            "attempts": row.attempts,
            "next_attempt_at": next_attempt_at.isoformat(timespec="seconds"),
            "error": error[:200],
        },
    )
    return True


def outbox_status(ctx: ServiceContext) -> OutboxStatus:
    """What waits to be sent and what went wrong last (the status bar; no personal data)."""
    s = ctx.session
    counts = s.execute(
        select(
            func.count().filter(_waiting()),
            func.count().filter(_refused()),
            func.count().filter(SyncOutboxItem.acked_at.is_not(None)),
            func.min(SyncOutboxItem.next_attempt_at).filter(_waiting()),
        ).select_from(SyncOutboxItem)
    ).one()
    last_error = s.scalar(
        select(SyncOutboxItem.last_error)
        .where(_waiting(), SyncOutboxItem.last_error.is_not(None))
        .order_by(SyncOutboxItem.next_attempt_at.desc(), SyncOutboxItem.id.desc())
        .limit(1)
    )
    refused_error = s.scalar(
        select(SyncOutboxItem.last_error)
        .where(_refused())
        .order_by(SyncOutboxItem.id.desc())
        .limit(1)
    )
    return OutboxStatus(
        pending=int(counts[0] or 0),
        refused=int(counts[1] or 0),
        acked=int(counts[2] or 0),
        last_error=last_error,
        refused_error=None if refused_error is None else refused_error.removeprefix(REFUSED_PREFIX),
        next_attempt_at=counts[3],
    )


def outbox_items(ctx: ServiceContext, sent_limit: int = 20) -> list[OutboxRow]:
    """Every document not yet acknowledged, then the ``sent_limit`` latest acknowledged ones
    (supervisors and administrators)."""
    ctx.require(Permission.VIEW_DAY)
    base = select(
        SyncOutboxItem.id,
        DayClosing.business_date,
        DayClosing.revision,
        SyncOutboxItem.idempotency_key,
        SyncOutboxItem.created_at,
        SyncOutboxItem.attempts,
        SyncOutboxItem.next_attempt_at,
        SyncOutboxItem.last_error,
        SyncOutboxItem.acked_at,
    ).join(DayClosing, DayClosing.id == SyncOutboxItem.day_closing_id)
    open_rows = ctx.session.execute(
        base.where(SyncOutboxItem.acked_at.is_(None)).order_by(
            DayClosing.business_date, DayClosing.revision
        )
    ).all()
    sent_rows = ctx.session.execute(
        base.where(SyncOutboxItem.acked_at.is_not(None))
        .order_by(SyncOutboxItem.acked_at.desc(), SyncOutboxItem.id.desc())
        .limit(max(0, sent_limit))
    ).all()
    return [OutboxRow(*row) for row in (*open_rows, *sent_rows)]


def resend_now(ctx: ServiceContext) -> int:
    """Make every unacknowledged document due now, refused ones included (administrators, after
    fixing the address, the token or the secret). Returns how many."""
    ctx.require(Permission.EDIT_SETTINGS)
    now = ctx.clock.now()
    ids = list(
        ctx.session.scalars(select(SyncOutboxItem.id).where(SyncOutboxItem.acked_at.is_(None)))
    )
    if not ids:
        return 0
    ctx.session.execute(
        update(SyncOutboxItem)
        .where(SyncOutboxItem.id.in_(ids))
        .values(next_attempt_at=now)
        .execution_options(synchronize_session=False)
    )
    ctx.audit("sync_outbox", None, "sync_resend", after={"documents": len(ids)})
    return len(ids)


def day_document(
    ctx: ServiceContext, business_date: date, revision: int | None = None
) -> DayDocument:
    """The stored signed-to-be document of a closed day: its latest revision, or ``revision``
    (supervisors and administrators; for the offline export)."""
    ctx.require(Permission.VIEW_DAY)
    shown = business_date.strftime("%d/%m/%Y")
    query = (
        select(DayClosing.revision, SyncOutboxItem.idempotency_key, SyncOutboxItem.body)
        .join(SyncOutboxItem, SyncOutboxItem.day_closing_id == DayClosing.id)
        .where(DayClosing.business_date == business_date)
    )
    if revision is not None:
        query = query.where(DayClosing.revision == revision)
    row = ctx.session.execute(query.order_by(DayClosing.revision.desc()).limit(1)).first()
    if row is None:
        closed = ctx.session.scalar(
            select(func.count())
            .select_from(DayClosing)
            .where(DayClosing.business_date == business_date)
        )
        if revision is not None and closed:
            raise UserError(
                f"Ngày {shown} không có lần chốt thứ {revision}.",
                f"{business_date.isoformat()} has no closing revision {revision}.",
            )
        raise UserError(
            f"Ngày {shown} chưa chốt; chỉ xuất được ngày đã chốt số liệu.",
            f"{business_date.isoformat()} is not closed; only a closed day can be exported.",
        )
    return DayDocument(business_date, row.revision, row.idempotency_key, row.body.encode("utf-8"))
