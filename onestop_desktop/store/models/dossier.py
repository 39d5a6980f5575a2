"""Dossiers (hồ sơ), their document checklist, status history, fees and satisfaction ratings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from onestop_desktop.store.base import Base


class Dossier(Base):
    __tablename__ = "dossiers"
    __table_args__ = (UniqueConstraint("unit_code", "business_date", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    unit_code: Mapped[str] = mapped_column(String(20))
    business_date: Mapped[date] = mapped_column(index=True)
    seq: Mapped[int]
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    channel: Mapped[str] = mapped_column(String(20))  # direct | online | postal | mobile
    return_method: Mapped[str] = mapped_column(String(10), server_default="counter")  # | post
    status: Mapped[str] = mapped_column(String(30), index=True)
    received_at: Mapped[datetime]
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    due_at: Mapped[datetime | None] = mapped_column(index=True)
    result_ready_at: Mapped[datetime | None] = mapped_column(index=True)  # carried-over bucket
    returned_at: Mapped[datetime | None]
    return_timing: Mapped[str | None] = mapped_column(String(10))  # early | on_time | late
    applicant_name: Mapped[str] = mapped_column(String(120))
    applicant_name_key: Mapped[str] = mapped_column(String(120), index=True)
    applicant_id_type: Mapped[str | None] = mapped_column(String(10))
    applicant_id_number: Mapped[str | None] = mapped_column(String(20), index=True)
    applicant_birth_date: Mapped[date | None]
    applicant_phone: Mapped[str | None] = mapped_column(String(15), index=True)
    applicant_address: Mapped[str | None] = mapped_column(String(300))
    applicant_email: Mapped[str | None] = mapped_column(String(200))
    representative_name: Mapped[str | None] = mapped_column(String(120))
    representative_id_number: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)
    anonymised_at: Mapped[datetime | None]
    # The supplement clock: set while waiting for a supplement asked during processing.
    paused_at: Mapped[datetime | None]
    # The return of the result: how, by whom, to whom.
    returned_via: Mapped[str | None] = mapped_column(String(10))  # counter | post
    # users.id; no foreign key, so that adding the column did not rebuild the dossiers table.
    returned_by_id: Mapped[int | None]
    receiver_kind: Mapped[str | None] = mapped_column(String(12))  # applicant | authorised
    receiver_name: Mapped[str | None] = mapped_column(String(120))
    receiver_id_number: Mapped[str | None] = mapped_column(String(20))
    post_service: Mapped[str | None] = mapped_column(String(80))
    post_tracking: Mapped[str | None] = mapped_column(String(40))
    post_sent_on: Mapped[date | None]


class DossierDocument(Base):
    __tablename__ = "dossier_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id"), index=True)
    procedure_document_id: Mapped[int | None] = mapped_column(ForeignKey("procedure_documents.id"))
    name: Mapped[str] = mapped_column(String(500))
    copy_kind: Mapped[str] = mapped_column(String(20))
    count: Mapped[int] = mapped_column(default=1)
    handed_in: Mapped[bool] = mapped_column(default=False)
    # Mẫu 02: what is missing or must be completed about this document.
    note: Mapped[str | None] = mapped_column(Text)


class DossierEvent(Base):
    """One step of a dossier's life: who moved it from which status to which, and why."""

    __tablename__ = "dossier_events"
    # The day's counts of supplement requests, refusals, withdrawals, returns (services.day_totals).
    __table_args__ = (Index("ix_dossier_events_status_at", "to_status", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id"), index=True)
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str | None] = mapped_column(Text)


class DossierHandover(Base):
    """The control trail (Phiếu kiểm soát): the dossier went to a processing body and came back."""

    __tablename__ = "dossier_handovers"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id"), index=True)
    to_body: Mapped[str] = mapped_column(String(200))  # officer or department receiving it
    sent_at: Mapped[datetime]
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Text)
    back_at: Mapped[datetime | None]
    back_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    result_note: Mapped[str | None] = mapped_column(Text)


class DossierExtension(Base):
    """A Mẫu 04 apology and new due date."""

    __tablename__ = "dossier_extensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id"), index=True)
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    old_due_at: Mapped[datetime]
    new_due_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text)


class DossierPrint(Base):
    """One printout of a dossier's form: the first is the original, later ones are copies."""

    __tablename__ = "dossier_prints"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id"), index=True)
    form: Mapped[str] = mapped_column(String(2))  # 01 | 02 | 03 …
    copy_number: Mapped[int]  # 0 = original
    printed_at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    bilingual: Mapped[bool] = mapped_column(default=False)


class Fee(Base):
    __tablename__ = "fees"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id"), index=True)
    amount_vnd: Mapped[int]
    method: Mapped[str] = mapped_column(String(20))  # cash | transfer | card
    receipt_number: Mapped[str | None] = mapped_column(String(40))
    collected_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    collected_at: Mapped[datetime] = mapped_column(index=True)


class Rating(Base):
    """A citizen's satisfaction rating: anonymous, linked to the counter and maybe a dossier."""

    __tablename__ = "ratings"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counters.id"))
    dossier_id: Mapped[int | None] = mapped_column(ForeignKey("dossiers.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    score: Mapped[int]  # 4 = rất hài lòng … 1 = không hài lòng


class RatingRequest(Base):
    """The clerk finished with a citizen: the counter's rating panel asks them, until answered
    or replaced by a newer request at the same counter."""

    __tablename__ = "rating_requests"
    __table_args__ = (Index("ix_rating_requests_counter", "counter_id", "asked_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counters.id"))
    dossier_id: Mapped[int | None] = mapped_column(ForeignKey("dossiers.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    asked_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]
    rating_id: Mapped[int | None] = mapped_column(ForeignKey("ratings.id"))
