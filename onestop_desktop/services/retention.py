"""Retention of applicants' personal data (Decree 13/2023/NĐ-CP): off by default; when the ward
sets N years, dossiers returned more than N years ago lose their personal data. The dossier row
stays (code, procedure, dates, status, on-time result) so statistics do not change; its receipt
and form PDFs, which print the applicant's data, are deleted. One audit row per run, with counts
only."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from onestop_desktop.domain.dossier import DossierStatus
from onestop_desktop.domain.roles import Permission
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.security_settings import read_security_settings
from onestop_desktop.store.models import Dossier

log = logging.getLogger(__name__)

ANONYMOUS_NAME = "(đã ẩn danh)"
BATCH = 500


@dataclass(frozen=True)
class RetentionReport:
    years: int  # 0: retention is off, nothing was done
    returned_before: date | None
    dossiers: int
    pdfs_deleted: int


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def apply_retention(ctx: ServiceContext, documents_dir: Path | None = None) -> RetentionReport:
    """Anonymise the dossiers returned more than the configured years ago (at most ``BATCH`` per
    run; the daily run catches up)."""
    ctx.require(Permission.EDIT_SETTINGS)
    years = read_security_settings(ctx).retention_years
    if years <= 0:
        return RetentionReport(0, None, 0, 0)
    now = ctx.clock.now()
    cutoff = years_before(now.date(), years)
    due = list(
        ctx.session.scalars(
            select(Dossier)
            .where(
                Dossier.status == DossierStatus.RETURNED.value,
                Dossier.returned_at < datetime.combine(cutoff, datetime.min.time()),
                Dossier.anonymised_at.is_(None),
            )
            .order_by(Dossier.id)
            .limit(BATCH)
        )
    )
    pdfs = 0
    for dossier in due:
        _anonymise(dossier, now)
        if documents_dir is not None:
            pdfs += _delete_pdfs(documents_dir, dossier)
    if due:
        ctx.audit(
            "retention",
            None,
            "anonymise",
            after={
                "dossiers": len(due),
                "returned_before": cutoff.isoformat(),
                "years": years,
                "pdfs_deleted": pdfs,
            },
        )
        log.info("retention: %d dossiers anonymised, %d PDFs deleted", len(due), pdfs)
    return RetentionReport(years, cutoff, len(due), pdfs)


def _anonymise(dossier: Dossier, now: datetime) -> None:
    dossier.applicant_name = ANONYMOUS_NAME
    dossier.applicant_name_key = ""
    dossier.applicant_id_type = None
    dossier.applicant_id_number = None
    dossier.applicant_birth_date = None
    dossier.applicant_phone = None
    dossier.applicant_address = None
    dossier.applicant_email = None
    dossier.representative_name = None
    dossier.representative_id_number = None
    dossier.receiver_name = None
    dossier.receiver_id_number = None
    dossier.notes = None
    dossier.anonymised_at = now


def _delete_pdfs(documents_dir: Path, dossier: Dossier) -> int:
    folder = documents_dir / f"{dossier.received_at:%Y}" / f"{dossier.received_at:%m}"
    deleted = 0
    if not folder.is_dir():
        return 0
    for pdf in folder.glob(f"{dossier.code}-*.pdf"):
        try:
            pdf.unlink()
            deleted += 1
        except OSError as exc:
            log.warning("retention: cannot delete a form PDF (%s)", exc.strerror)
    return deleted
