"""The procedure catalogue: import (all good rows or nothing), edit, search, listing.

Procedures are never deleted: one that no longer applies is marked inactive (ngừng áp dụng), and a
required document that is dropped is marked inactive too, because dossiers keep pointing at it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from onestop_desktop.domain.catalogue import (
    CopyKind,
    DocumentSpec,
    ProcedureSpec,
    ProcessingUnit,
    check_procedure,
    parse_procedure_row,
)
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.ids import is_row_id
from onestop_desktop.domain.roles import Permission
from onestop_desktop.domain.text import clean_line, fold, has_control_chars
from onestop_desktop.services.catalogue_files import CatalogueFile
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.dto import ProcedureRow
from onestop_desktop.store.models import Procedure, ProcedureDocument

MAX_REASON = 500


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


@dataclass(frozen=True)
class ProcedureDetail:
    """One procedure as the edit dialog shows it: its rules (``spec``) and its row ids."""

    id: int
    active: bool
    spec: ProcedureSpec
    document_ids: tuple[int, ...]  # the ids of ``spec.documents``, in the same order


@dataclass(frozen=True)
class CatalogueEntry:
    """A line of the catalogue list (the admin's view also shows inactive procedures)."""

    id: int
    code: str | None
    name_vi: str
    name_en: str | None
    field_vi: str
    processing_days: int
    processing_unit: str
    same_day_cutoff: str | None
    fee_vnd: int | None
    document_count: int
    return_at_counter: bool
    return_by_post: bool
    active: bool


# -- import ----------------------------------------------------------------------------------
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
            rejected.append(_rejected(number, exc))
            continue
        if spec.identity in seen:
            rejected.append(
                RejectedRow(
                    number,
                    "code",
                    "Cột code — Thủ tục trùng với một dòng phía trên (cùng mã, hoặc cùng lĩnh vực "
                    "và tên khi không có mã).",
                    "Column code — Duplicate of an earlier row (same code, or same field and "
                    "name when there is no code).",
                )
            )
            continue
        seen.add(spec.identity)
        good.append(spec)
    if dry_run or not good:
        return ImportReport(catalogue.name, 0, 0, rejected, dry_run=dry_run)
    existing = {
        _identity_of(p): p
        for p in ctx.session.scalars(select(Procedure).options(selectinload(Procedure.documents)))
    }
    created = updated = 0
    for spec in good:
        current = existing.get(spec.identity)
        if current is None:
            _create(ctx, spec)
            created += 1
        elif _update(current, spec, activate=True):
            updated += 1
    ctx.audit(
        "catalogue",
        catalogue.name,
        "import",
        after={"created": created, "updated": updated, "rejected": len(rejected)},
    )
    return ImportReport(catalogue.name, created, updated, rejected)


def _rejected(number: int, exc: ValidationError) -> RejectedRow:
    if exc.field is None:
        return RejectedRow(number, None, exc.message_vi, exc.message_en)
    return RejectedRow(
        number,
        exc.field,
        f"Cột {exc.field} — {exc.message_vi}",
        f"Column {exc.field} — {exc.message_en}",
    )


# -- ORM ↔ spec ------------------------------------------------------------------------------
def _active_documents(p: Procedure) -> list[ProcedureDocument]:
    return sorted((d for d in p.documents if d.active), key=lambda d: d.position)


def _spec_of(p: Procedure) -> ProcedureSpec:
    return ProcedureSpec(
        code=p.code,
        name_vi=p.name_vi,
        name_en=p.name_en,
        field_vi=p.field_vi,
        field_en=p.field_en,
        processing_days=p.processing_days,
        processing_unit=ProcessingUnit(p.processing_unit),
        same_day_cutoff=p.same_day_cutoff,
        fee_vnd=p.fee_vnd,
        fee_note=p.fee_note,
        legal_basis=p.legal_basis,
        documents=tuple(
            DocumentSpec(d.name, CopyKind(d.copy_kind), d.count, d.mandatory)
            for d in _active_documents(p)
        ),
        return_at_counter=p.return_at_counter,
        return_by_post=p.return_by_post,
    )


def spec_of(p: Procedure) -> ProcedureSpec:
    """The rules of a stored procedure (its active documents), as plain data."""
    return _spec_of(p)


def _detail(p: Procedure) -> ProcedureDetail:
    return ProcedureDetail(
        id=p.id,
        active=p.active,
        spec=_spec_of(p),
        document_ids=tuple(d.id for d in _active_documents(p)),
    )


def _columns(spec: ProcedureSpec) -> dict[str, Any]:
    """The procedure's own columns as the spec gives them (documents aside)."""
    return {
        "code": spec.code,
        "name_vi": spec.name_vi,
        "name_en": spec.name_en,
        "field_vi": spec.field_vi,
        "field_en": spec.field_en,
        "processing_days": spec.processing_days,
        "processing_unit": spec.processing_unit.value,
        "same_day_cutoff": spec.same_day_cutoff,
        "fee_vnd": spec.fee_vnd,
        "fee_note": spec.fee_note,
        "legal_basis": spec.legal_basis,
        "return_at_counter": spec.return_at_counter,
        "return_by_post": spec.return_by_post,
    }


def _apply(p: Procedure, spec: ProcedureSpec) -> None:
    values = {**_columns(spec), "search_key": spec.search_key}
    for name, value in values.items():
        # Only real changes are set: an unchanged save must not look like a change to audit.
        if getattr(p, name) != value:
            setattr(p, name, value)


def _sync_documents(p: Procedure, documents: tuple[DocumentSpec, ...]) -> bool:
    """Make the active documents equal ``documents``; True if anything changed.

    A document that stays exactly the same keeps its row (only its position may move); a changed
    or dropped one is marked inactive and a changed one gets a new row, so a dossier that recorded
    a document keeps what it recorded.
    """
    pool: dict[tuple[str, str, int, bool], list[ProcedureDocument]] = defaultdict(list)
    for row in _active_documents(p):
        pool[(row.name, row.copy_kind, row.count, row.mandatory)].append(row)
    changed = False
    for position, doc in enumerate(documents, start=1):
        matches = pool.get((doc.name, doc.copy_kind.value, doc.count, doc.mandatory))
        if matches:
            row = matches.pop(0)
            if row.position != position:
                row.position = position
                changed = True
            continue
        p.documents.append(
            ProcedureDocument(
                position=position,
                name=doc.name,
                copy_kind=doc.copy_kind.value,
                count=doc.count,
                mandatory=doc.mandatory,
                active=True,
            )
        )
        changed = True
    for rows in pool.values():
        for row in rows:
            row.active = False
            changed = True
    return changed


def _create(ctx: ServiceContext, spec: ProcedureSpec) -> Procedure:
    p = Procedure(active=True, documents=[])
    _apply(p, spec)
    _sync_documents(p, spec.documents)
    ctx.session.add(p)
    return p


def _update(p: Procedure, spec: ProcedureSpec, *, activate: bool) -> bool:
    before = (_spec_of(p), p.active)
    _apply(p, spec)
    if activate and not p.active:
        p.active = True
    docs_changed = _sync_documents(p, spec.documents)
    return docs_changed or before != (_spec_of(p), p.active)


def _audit_view(p: Procedure) -> dict[str, Any]:
    spec = _spec_of(p)
    return {
        **_columns(spec),
        "active": p.active,
        "documents": [[d.name, d.copy_kind.value, d.count, d.mandatory] for d in spec.documents],
    }


# -- edit ------------------------------------------------------------------------------------
def _load(ctx: ServiceContext, procedure_id: int) -> Procedure:
    options = [selectinload(Procedure.documents)]
    p = (
        ctx.session.get(Procedure, procedure_id, options=options)
        if is_row_id(procedure_id)
        else None
    )
    if p is None:
        raise ValidationError(
            f"Không tìm thấy thủ tục số {str(procedure_id)[:20]}.",
            f"No procedure {str(procedure_id)[:20]}.",
            None,
        )
    return p


def _clash(ctx: ServiceContext, spec: ProcedureSpec, procedure_id: int | None) -> Procedure | None:
    """Another procedure with the same identity (national code, else field and name)."""
    stmt = select(Procedure).where(
        Procedure.code == spec.code if spec.code else Procedure.code.is_(None)
    )
    if procedure_id is not None:
        stmt = stmt.where(Procedure.id != procedure_id)
    for other in ctx.session.scalars(stmt):
        if _identity_of(other) == spec.identity:
            return other
    return None


def _identity_of(p: Procedure) -> tuple[str, ...]:
    if p.code:
        return ("code", p.code)
    return ("name", fold(p.field_vi), fold(p.name_vi))


def get_procedure(ctx: ServiceContext, procedure_id: int) -> ProcedureDetail:
    return _detail(_load(ctx, procedure_id))


def save_procedure(
    ctx: ServiceContext, procedure_id: int | None, spec: ProcedureSpec
) -> ProcedureDetail:
    """Create (``procedure_id=None``) or update one procedure with its documents, audited.

    Validated by the same rules as the import. A document left out is marked inactive.
    """
    ctx.require(Permission.EDIT_CATALOGUE)
    spec = check_procedure(spec)
    current = None if procedure_id is None else _load(ctx, procedure_id)
    other = _clash(ctx, spec, procedure_id)
    if other is not None:
        state_vi = "" if other.active else " (đang ngừng áp dụng)"
        state_en = "" if other.active else " (not in use)"
        if spec.code:
            raise ValidationError(
                f"Mã thủ tục: {spec.code} đã dùng cho “{other.name_vi}”{state_vi}.",
                f"Procedure code: {spec.code} is already used by '{other.name_vi}'{state_en}.",
                "code",
            )
        raise ValidationError(
            f"Tên thủ tục: lĩnh vực “{other.field_vi}” đã có thủ tục này{state_vi}.",
            f"Procedure name: the field '{other.field_vi}' already has it{state_en}.",
            "name_vi",
        )
    if current is None:
        created = _create(ctx, spec)
        ctx.session.flush()
        ctx.audit("procedure", created.id, "create", after=_audit_view(created))
        return _detail(created)
    before = _audit_view(current)
    if _update(current, spec, activate=False):
        ctx.session.flush()
        ctx.audit("procedure", current.id, "update", before=before, after=_audit_view(current))
    return _detail(current)


def set_procedure_active(
    ctx: ServiceContext, procedure_id: int, active: bool, reason: str | None = None
) -> ProcedureDetail:
    """Stop applying a procedure (ngừng áp dụng; a reason is required) or apply it again."""
    ctx.require(Permission.EDIT_CATALOGUE)
    text = clean_line(reason or "")
    if has_control_chars(reason or "") or len(text) > MAX_REASON:
        raise ValidationError(
            f"Lý do: có ký tự điều khiển hoặc dài quá {MAX_REASON} ký tự.",
            f"Reason: control characters or longer than {MAX_REASON} characters.",
            "reason",
        )
    if not active and not text:
        raise ValidationError(
            "Lý do: cần ghi lý do ngừng áp dụng thủ tục.",
            "Reason: say why the procedure stops being used.",
            "reason",
        )
    p = _load(ctx, procedure_id)
    if p.active != active:
        if active:
            other = _clash(ctx, _spec_of(p), p.id)
            if other is not None and other.active:
                raise ValidationError(
                    f"Thủ tục “{other.name_vi}” đang áp dụng với cùng mã hoặc cùng tên.",
                    f"'{other.name_vi}' is in use with the same code or name.",
                    "code",
                )
        p.active = active
        ctx.session.flush()
        ctx.audit(
            "procedure",
            p.id,
            "activate" if active else "deactivate",
            before={"active": not active},
            after={"active": active},
            reason=text or None,
        )
    return _detail(p)


# -- reading ---------------------------------------------------------------------------------
def count_procedures(ctx: ServiceContext) -> int:
    return int(
        ctx.session.scalar(select(func.count()).select_from(Procedure).where(Procedure.active)) or 0
    )


def _search(query: str, include_inactive: bool) -> Select[Procedure]:
    stmt = select(Procedure).options(selectinload(Procedure.documents))
    if not include_inactive:
        stmt = stmt.where(Procedure.active)
    for token in fold(query).split():
        stmt = stmt.where(Procedure.search_key.contains(token, autoescape=True))
    return stmt.order_by(Procedure.field_vi, Procedure.name_vi, Procedure.id)


def search_procedures(ctx: ServiceContext, query: str = "", limit: int = 50) -> list[ProcedureRow]:
    """Find procedures by a few letters with or without diacritics ("khai sinh", "chung thuc").

    Best matches first: names that start with the typed words, then names containing them as a
    phrase (earlier and shorter first), then the rest in catalogue order.
    """
    phrase = fold(query)

    def rank(p: Procedure) -> tuple[int, int, int]:
        name = fold(p.name_vi)
        at = name.find(phrase)
        return (0 if at == 0 else 1 if at > 0 else 2, max(at, 0), len(name))

    # Ranking needs every match (a catalogue holds a few hundred); browsing needs only a page.
    fetch = max(limit, 400) if phrase else limit
    found = list(ctx.session.scalars(_search(query, False).limit(fetch)))
    if phrase:
        found.sort(key=rank)
    rows = []
    for p in found[:limit]:
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


def browse_catalogue(
    ctx: ServiceContext, query: str = "", include_inactive: bool = False, limit: int = 1000
) -> list[CatalogueEntry]:
    """The catalogue list: the same search, optionally with the procedures no longer in use."""
    return [
        CatalogueEntry(
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
            return_at_counter=p.return_at_counter,
            return_by_post=p.return_by_post,
            active=p.active,
        )
        for p in ctx.session.scalars(_search(query, include_inactive).limit(limit))
    ]


def catalogue_fields(ctx: ServiceContext) -> list[str]:
    """The fields (lĩnh vực) in use, for the edit dialog's suggestions."""
    return list(
        ctx.session.scalars(
            select(Procedure.field_vi)
            .where(Procedure.active)
            .distinct()
            .order_by(Procedure.field_vi)
        )
    )
