"""The unit of work: a use case runs in one transaction with a context that knows who acts.

A use case is a plain function ``fn(ctx, **kwargs) -> dataclass``. ``ServiceRunner`` opens the
transaction (``BEGIN IMMEDIATE`` on SQLite for writes), hands it a ``ServiceContext``, and commits
or rolls back. Two rules are enforced on every write flush: a state change without an audit row,
and a hard delete, are bugs and abort the transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session

from onestop_desktop.domain.clock import Clock, SystemClock
from onestop_desktop.domain.errors import PermissionDenied
from onestop_desktop.domain.roles import Permission, Role, allows
from onestop_desktop.store.audit_chain import add_entry, seal_new_entries
from onestop_desktop.store.engine import Database
from onestop_desktop.store.models import AuditEntry

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Actor:
    """Who is acting: the logged-in user (and the counter they sit at, if any)."""

    user_id: int | None  # None for the command line run by ward IT on the machine itself
    username: str
    full_name: str
    role: Role
    counter_id: int | None = None


@dataclass
class ServiceContext:
    session: Session
    clock: Clock
    actor: Actor | None
    _audited: list[AuditEntry] = field(default_factory=list)

    def require(self, permission: Permission) -> Actor:
        if self.actor is None or not allows(self.actor.role, permission):
            raise PermissionDenied(
                "Tài khoản của bạn không có quyền thực hiện việc này.",
                f"Your account is not allowed to do this ({permission.value}).",
            )
        return self.actor

    def audit(
        self,
        entity: str,
        entity_id: object,
        action: str,
        *,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        reason: str | None = None,
    ) -> AuditEntry:
        """Record a change in the audit log, in this transaction."""
        entry = AuditEntry(
            at=self.clock.now(),
            user_id=self.actor.user_id if self.actor else None,
            username=self.actor.username if self.actor else None,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            action=action,
            before_json=_to_json(before),
            after_json=_to_json(after),
            reason=reason,
        )
        add_entry(self.session, entry)
        self._audited.append(entry)
        return entry


def _to_json(data: dict[str, Any] | None) -> str | None:
    if data is None:
        return None
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


class UnauditedChange(RuntimeError):
    """A use case changed rows without writing an audit row: a bug in that use case."""


def _refuse_deletes(session: Session, _ctx: object, _instances: object) -> None:
    if session.deleted:
        raise UnauditedChange("Rows are never hard-deleted; mark them instead.")


def _note_flushed(session: Session, _ctx: object) -> None:
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, AuditEntry):
            session.info["audited"] = True
        else:
            session.info.setdefault("changed", set()).add(type(obj).__name__)


def _require_audit(session: Session) -> None:
    session.flush()
    if session.info.get("changed") and not session.info.get("audited"):
        raise UnauditedChange(
            f"State change without an audit row: {sorted(session.info['changed'])}"
        )
    # Last thing before COMMIT: chain this transaction's audit rows (store/audit_chain.py).
    seal_new_entries(session)


class ServiceRunner:
    """Runs use cases against a database, one transaction each. Thread-safe (no shared session)."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock: Clock = clock or SystemClock()

    def write(
        self,
        fn: Callable[Concatenate[ServiceContext, P], T],
        actor: Actor | None,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        with self.db.write() as session:
            event.listen(session, "before_flush", _refuse_deletes)
            event.listen(session, "after_flush", _note_flushed)
            event.listen(session, "before_commit", _require_audit)
            return fn(ServiceContext(session, self.clock, actor), *args, **kwargs)

    def read(
        self,
        fn: Callable[Concatenate[ServiceContext, P], T],
        actor: Actor | None,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        with self.db.read() as session:
            result = fn(ServiceContext(session, self.clock, actor), *args, **kwargs)
            if session.new or session.dirty or session.deleted:
                raise RuntimeError(f"{fn.__name__} changed data inside a read transaction")
            return result
