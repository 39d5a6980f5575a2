"""The procedure catalogue, its required documents, and the working-calendar overrides."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy import true as sql_true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from onestop_desktop.store.base import Base


class Procedure(Base):
    __tablename__ = "procedures"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(20), index=True)
    name_vi: Mapped[str] = mapped_column(String(500))
    name_en: Mapped[str | None] = mapped_column(String(500))
    field_vi: Mapped[str] = mapped_column(String(500))
    field_en: Mapped[str | None] = mapped_column(String(500))
    processing_days: Mapped[int]
    processing_unit: Mapped[str] = mapped_column(String(20))
    same_day_cutoff: Mapped[str | None] = mapped_column(String(5))
    fee_vnd: Mapped[int | None]
    fee_note: Mapped[str | None] = mapped_column(Text)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    return_at_counter: Mapped[bool] = mapped_column(default=True)
    return_by_post: Mapped[bool] = mapped_column(default=True)
    queue_service_id: Mapped[int | None] = mapped_column(ForeignKey("queue_services.id"))
    # Lower case, no diacritics: what a clerk's few typed letters are matched against.
    search_key: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)
    documents: Mapped[list[ProcedureDocument]] = relationship(order_by="ProcedureDocument.position")


class ProcedureDocument(Base):
    __tablename__ = "procedure_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"), index=True)
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(500))
    copy_kind: Mapped[str] = mapped_column(String(20))
    count: Mapped[int] = mapped_column(default=1)
    mandatory: Mapped[bool] = mapped_column(default=True)
    # A re-import that drops a document marks it inactive: dossiers may still point at it.
    active: Mapped[bool] = mapped_column(default=True)


class CalendarOverride(Base):
    """An admin-entered day off or make-up working day that wins over the holiday library."""

    __tablename__ = "calendar_overrides"

    day: Mapped[date] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # day_off | working_day
    note: Mapped[str | None] = mapped_column(String(200))
    # Withdrawn entries stay (nothing is hard-deleted) but no longer count.
    active: Mapped[bool] = mapped_column(server_default=sql_true())
