"""The audit log's hash chain: sealing new entries at commit, and walking the chain to verify it.

Every write transaction seals the audit entries it added, just before it commits: it locks the
chain head (``UPDATE … RETURNING`` on its one row reserves the positions and holds the row lock;
on SQLite the write transaction already holds the database's write lock), gives the entries the
next positions in id order, and hashes each one
as ``SHA-256(previous hash + "\\n" + canonical fields)``. The lock is taken at the very end of the
transaction, so counter PCs writing at once on PostgreSQL wait for each other only for the last
statements and the commit, and positions follow commit order.

An ``UPDATE`` of any field of an entry changes its hash; a ``DELETE`` leaves a gap in the
positions; removing the newest entries leaves the head pointing past the end. ``verify_chain``
reports the first entry where any of this happens.

The chain makes tampering evident, not impossible: someone with write access to the database who
knows this scheme could rewrite every later hash. Copies of the log in backups (and the head's
position noted elsewhere) bound what such a rewrite could hide.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from onestop_desktop.store.models.audit import AuditChainHead, AuditEntry

GENESIS = "0" * 64
HEAD_ID = 1
_LOG = cast(Table, AuditEntry.__table__)
_HEAD = cast(Table, AuditChainHead.__table__)
PENDING_KEY = "audit_entries_to_seal"  # session.info list of the entries added in a transaction
_BATCH = 2000


def canonical(
    *,
    seq: int,
    row_id: int,
    at: datetime,
    user_id: int | None,
    username: str | None,
    entity: str,
    entity_id: str | None,
    action: str,
    before_json: str | None,
    after_json: str | None,
    reason: str | None,
) -> str:
    """The entry's fields in one fixed text form (the same on SQLite and PostgreSQL)."""
    return json.dumps(
        [
            seq,
            row_id,
            at.isoformat(sep=" ", timespec="microseconds"),
            user_id,
            username,
            entity,
            entity_id,
            action,
            before_json,
            after_json,
            reason,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def link_hash(previous: str, canonical_text: str) -> str:
    return hashlib.sha256(f"{previous}\n{canonical_text}".encode()).hexdigest()


def entry_hash(entry: AuditEntry, seq: int, previous: str) -> str:
    return link_hash(
        previous,
        canonical(
            seq=seq,
            row_id=entry.id,
            at=entry.at,
            user_id=entry.user_id,
            username=entry.username,
            entity=entry.entity,
            entity_id=entry.entity_id,
            action=entry.action,
            before_json=entry.before_json,
            after_json=entry.after_json,
            reason=entry.reason,
        ),
    )


def _take_positions(session: Session, count: int) -> tuple[int, str]:
    """Reserve ``count`` positions on the chain head, which stays locked until this transaction
    ends (the UPDATE's row lock); returns the last position and hash before them. One round
    trip; the head is created if the table is empty."""
    head = _HEAD
    row = session.execute(
        update(head)
        .where(head.c.id == HEAD_ID)
        .values(last_seq=head.c.last_seq + count)
        .returning(head.c.last_seq, head.c.last_hash)
    ).first()
    if row is None:
        session.execute(insert(head).values(id=HEAD_ID, last_seq=count, last_hash=GENESIS))
        return 0, GENESIS
    return int(row[0]) - count, str(row[1])


def add_entry(session: Session, entry: AuditEntry) -> None:
    """Add a new audit entry to the session; it is sealed when the transaction commits."""
    session.add(entry)
    session.info.setdefault(PENDING_KEY, []).append(entry)


def seal_new_entries(session: Session) -> int:
    """Chain the audit entries this session added; call just before commit. Returns how many."""
    session.flush()
    # Held strongly by the session until commit: the identity map alone holds weak references.
    added: list[AuditEntry] = session.info.pop(PENDING_KEY, [])
    loaded = (o for o in session.identity_map.values() if isinstance(o, AuditEntry))
    pending = sorted(
        {id(e): e for e in (*added, *loaded) if e.chain_seq is None}.values(),
        key=lambda e: e.id,
    )
    if not pending:
        return 0
    seq, previous = _take_positions(session, len(pending))
    links: list[dict[str, object]] = []
    for entry in pending:
        seq += 1
        previous = entry_hash(entry, seq, previous)
        # Written below with one statement; the objects learn the values without a flush.
        set_committed_value(entry, "chain_seq", seq)
        set_committed_value(entry, "chain_hash", previous)
        links.append({"row_id": entry.id, "seq": seq, "hash": previous})
    log = _LOG
    set_links = (
        update(log)
        .where(log.c.id == bindparam("row_id"))
        .values(chain_seq=bindparam("seq"), chain_hash=bindparam("hash"))
    )
    head = _HEAD
    set_head = update(head).where(head.c.id == HEAD_ID).values(last_hash=previous)
    if session.get_bind().dialect.name == "postgresql" and len(links) == 1:
        # The usual case in one round trip while the head is locked.
        link = links[0]
        sealed = (
            update(log)
            .where(log.c.id == link["row_id"])
            .values(chain_seq=link["seq"], chain_hash=link["hash"])
            .cte("sealed")
        )
        session.execute(set_head.add_cte(sealed))
    else:
        session.execute(set_links, links)
        session.execute(set_head)
    return len(pending)


@dataclass(frozen=True)
class ChainReport:
    """What walking the chain found. ``ok`` is True when every entry verifies."""

    entries: int
    problem: str = ""  # "", "altered", "missing", "unsealed", "truncated"
    position: int | None = None  # the chain position where the chain breaks
    row_id: int | None = None  # the audit_log id of the first entry that does not verify

    @property
    def ok(self) -> bool:
        return not self.problem

    def describe(self) -> str:
        if self.ok:
            return f"audit log intact: {self.entries} entries verified"
        where = f"position {self.position}"
        if self.problem == "altered":
            return f"audit log broken at row {self.row_id} ({where}): the entry was altered"
        if self.problem == "missing":
            after = f"; next row is {self.row_id}" if self.row_id is not None else ""
            return f"audit log broken at {where}: that entry was deleted{after}"
        if self.problem == "unsealed":
            return f"audit log broken at row {self.row_id}: an entry outside the chain"
        return f"audit log broken at {where}: the newest entries were deleted"


def _walk(session: Session) -> Iterator[AuditEntry]:
    after = 0
    while True:
        batch = list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.chain_seq > after)
                .order_by(AuditEntry.chain_seq)
                .limit(_BATCH)
            )
        )
        if not batch:
            return
        yield from batch
        after = batch[-1].chain_seq or after
        session.expunge_all()


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole chain in order and report the first entry that does not verify."""
    unsealed = session.scalar(
        select(AuditEntry.id).where(AuditEntry.chain_seq.is_(None)).order_by(AuditEntry.id)
    )
    expected, previous, count = 1, GENESIS, 0
    for entry in _walk(session):
        if entry.chain_seq != expected:
            return ChainReport(count, "missing", expected, entry.id)
        if entry.chain_hash != entry_hash(entry, expected, previous):
            return ChainReport(count, "altered", expected, entry.id)
        previous = entry.chain_hash
        expected += 1
        count += 1
    head = session.execute(
        select(AuditChainHead.last_seq, AuditChainHead.last_hash).where(
            AuditChainHead.id == HEAD_ID
        )
    ).first()
    last_seq, last_hash = (0, GENESIS) if head is None else (int(head[0]), str(head[1]))
    if last_seq != count or last_hash != previous:
        if last_seq > count:
            return ChainReport(count, "truncated", count + 1, None)
        return ChainReport(count, "altered", count, None)
    if unsealed is not None:
        return ChainReport(count, "unsealed", None, int(unsealed))
    return ChainReport(count)
