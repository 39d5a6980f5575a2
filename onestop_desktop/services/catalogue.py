"""The procedure catalogue: import (all good rows or nothing), search, listing."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from onestop_desktop.domain.catalogue import ProcedureSpec, parse_procedure_row
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.roles import Permission
from onestop_desktop.domain.text import fold
from onestop_desktop.services.catalogue_files import CatalogueFile
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.dto import ProcedureRow
from onestop_desktop.store.models import Procedure, ProcedureDocument


@dataclass(frozen=True)
class RejectedRow:
    row: int
    column: str | None
    message_vi: str
    message_en: str


@dataclass(frozen=True)
class ImportReport:
    source: str
    created: int
    updated: int
    rejected: list[RejectedRow] = field(default_factory=list)
    dry_run: bool = False


def import_catalogue(
    ctx: ServiceContext, catalogue: CatalogueFile, *, dry_run: bool = False
) -> ImportReport:
    """Validate every row; import the good ones in this one transaction; list the rejected.

    Procedures are matched by national code, or by (field, name) when the row has no code.
    A file in which no row is good changes nothing.
    """
    ctx.require(Permission.EDIT_CATALOGUE)
    good: list[ProcedureSpec] = []
    rejected: list[RejectedRow] = []
    seen: set[tuple[str, ...]] = set()
    for number, values in catalogue.rows:
        try:
            spec = parse_procedure_row(values)
        except ValidationError as exc:
            rejected.append(RejectedRow(number, exc.field, exc.message_vi, exc.message_en))
            continue
        key = _identity(spec)
        if key in seen:
            rejected.append(
                RejectedRow(
                    number,
                    "code",
                    "Thủ tục trùng với một dòng phía trên.",
                    "Duplicate of an earlier row.",
                )
            )
            continue
        seen.add(key)
        good.append(spec)
    if dry_run or not good:
        return ImportReport(catalogue.name, 0, 0, rejected, dry_run=dry_run)
    existing = {_identity_of(p): p for p in ctx.session.scalars(select(Procedure))}
    created = updated = 0
    for spec in good:
        current = existing.get(_identity(spec))
        if current is None:
            _create(ctx, spec)
            created += 1
        elif _update(current, spec):
            updated += 1
    ctx.audit(
        "catalogue",
        catalogue.name,
        "import",
        after={"created": created, "updated": updated, "rejected": len(rejected)},
    )
    return ImportReport(catalogue.name, created, updated, rejected)


def _identity(spec: ProcedureSpec) -> tuple[str, ...]:
    return ("code", spec.code) if spec.code else ("name", fold(spec.field_vi), fold(spec.name_vi))


def _identity_of(p: Procedure) -> tuple[str, ...]:
    return ("code", p.code) if p.code else ("name", fold(p.field_vi), fold(p.name_vi))


def _apply(p: Procedure, spec: ProcedureSpec) -> None:
    p.code = spec.code
    p.name_vi = spec.name_vi
    p.name_en = spec.name_en
    p.field_vi = spec.field_vi
    p.field_en = spec.field_en
    p.processing_days = spec.processing_days
    p.processing_unit = spec.processing_unit.value
    p.same_day_cutoff = spec.same_day_cutoff
    p.fee_vnd = spec.fee_vnd
    p.fee_note = spec.fee_note
    p.legal_basis = spec.legal_basis
    p.search_key = spec.search_key
    p.active = True


def _documents(spec: ProcedureSpec) -> list[ProcedureDocument]:
    return [
        ProcedureDocument(
            position=i,
            name=d.name,
            copy_kind=d.copy_kind.value,
            count=d.count,
            mandatory=d.mandatory,
            active=True,
        )
        for i, d in enumerate(spec.documents, start=1)
    ]


def _create(ctx: ServiceContext, spec: ProcedureSpec) -> None:
    p = Procedure()
    _apply(p, spec)
    p.documents = _documents(spec)
    ctx.session.add(p)


def _snapshot(p: Procedure) -> tuple[object, ...]:
    return tuple(getattr(p, name) for name in _SNAPSHOT_FIELDS)


_SNAPSHOT_FIELDS = (
    "code",
    "name_vi",
    "name_en",
    "field_vi",
    "field_en",
    "processing_days",
    "processing_unit",
    "same_day_cutoff",
    "fee_vnd",
    "fee_note",
    "legal_basis",
)


def _update(p: Procedure, spec: ProcedureSpec) -> bool:
    before = _snapshot(p)
    _apply(p, spec)
    after = _snapshot(p)
    current_docs = [(d.name, d.copy_kind, d.mandatory) for d in p.documents if d.active]
    new_docs = [(d.name, d.copy_kind.value, d.mandatory) for d in spec.documents]
    if current_docs != new_docs:
        for d in p.documents:
            d.active = False
        p.documents.extend(_documents(spec))
    return before != after or current_docs != new_docs


def count_procedures(ctx: ServiceContext) -> int:
    return int(
        ctx.session.scalar(select(func.count()).select_from(Procedure).where(Procedure.active)) or 0
    )


def search_procedures(ctx: ServiceContext, query: str = "", limit: int = 50) -> list[ProcedureRow]:
    """Find procedures by a few letters with or without diacritics ("khai sinh", "chung thuc")."""
    stmt = select(Procedure).where(Procedure.active).options(selectinload(Procedure.documents))
    for token in fold(query).split():
        stmt = stmt.where(Procedure.search_key.contains(token, autoescape=True))
    stmt = stmt.order_by(Procedure.field_vi, Procedure.name_vi).limit(limit)
    rows = []
    for p in ctx.session.scalars(stmt):
        rows.append(
            ProcedureRow(
                id=p.id,
                code=p.code,
                name_vi=p.name_vi,
                name_en=p.name_en,
                field_vi=p.field_vi,
                processing_days=p.processing_days,
                processing_unit=p.processing_unit,
                same_day_cutoff=p.same_day_cutoff,
                fee_vnd=p.fee_vnd,
                document_count=sum(1 for d in p.documents if d.active),
            )
        )
    return rows
