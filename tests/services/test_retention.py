"""Retention (Decree 13/2023): off by default; with N years, dossiers returned more than N years
ago lose the applicant's personal data and their PDFs, statistics stay the same, and the audit row
holds counts only."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.errors import PermissionDenied
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.dossier_search import DossierQuery, search_dossiers
from onestop_desktop.services.form_files import receive_and_save
from onestop_desktop.services.processing import hand_over, result_back, return_at_counter
from onestop_desktop.services.processing_dto import CounterReturn, ReceiverKind
from onestop_desktop.services.retention import ANONYMOUS_NAME, apply_retention
from onestop_desktop.services.security_settings import SecuritySettings, save_security_settings
from onestop_desktop.store.audit_chain import verify_chain
from onestop_desktop.store.models import AuditEntry, Dossier
from tests.intake_helpers import APPLICANT, intake_form, load_sample_catalogue

pytestmark = pytest.mark.db
BIRTH = "1.001193"  # same-day procedure


def _receive(runner: ServiceRunner, clerk: Actor, documents: Path, *, returned: bool) -> int:
    result, saved = receive_and_save(runner, clerk, intake_form(runner, clerk, BIRTH), documents)
    assert saved.path is not None
    if returned:
        runner.write(hand_over, clerk, result.dossier_id, "Công chức Tư pháp - Hộ tịch")
        runner.write(result_back, clerk, result.dossier_id)
        runner.write(
            return_at_counter,
            clerk,
            result.dossier_id,
            CounterReturn(ReceiverKind.APPLICANT, APPLICANT.id_number or "001190012345"),
        )
    return result.dossier_id


def _statistics(runner: ServiceRunner) -> list[tuple[object, ...]]:
    with runner.db.read() as s:
        rows = s.execute(
            select(
                Dossier.procedure_id,
                Dossier.status,
                Dossier.return_timing,
                Dossier.business_date,
                func.count(),
            ).group_by(
                Dossier.procedure_id, Dossier.status, Dossier.return_timing, Dossier.business_date
            )
        ).all()
    return sorted(tuple(r) for r in rows)


def test_returned_dossiers_older_than_the_setting_are_anonymised(
    runner: ServiceRunner,
    clock: FixedClock,
    ward: Actor,
    make_user,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    load_sample_catalogue(runner, ward)
    clerk = make_user("thu", "clerk")
    documents = tmp_path / "documents"
    clock.set(datetime(2023, 3, 1, 9, 0))
    old_returned = _receive(runner, clerk, documents, returned=True)
    old_open = _receive(runner, clerk, documents, returned=False)
    clock.set(datetime(2025, 6, 2, 9, 0))
    recent_returned = _receive(runner, clerk, documents, returned=True)
    clock.set(datetime(2026, 11, 20, 9, 0))
    stats = _statistics(runner)

    off = runner.write(apply_retention, ward, documents)  # off by default
    assert (off.years, off.dossiers) == (0, 0)
    with pytest.raises(PermissionDenied):
        runner.write(apply_retention, clerk, documents)

    runner.write(save_security_settings, ward, SecuritySettings(retention_years=2))
    report = runner.write(apply_retention, ward, documents)
    assert (report.years, report.dossiers, report.pdfs_deleted) == (2, 1, 1)
    assert report.returned_before is not None
    assert report.returned_before.isoformat() == "2024-11-20"

    with runner.db.read() as s:
        gone = s.get(Dossier, old_returned)
        assert gone is not None
        assert gone.applicant_name == ANONYMOUS_NAME
        assert (
            gone.applicant_id_number,
            gone.applicant_phone,
            gone.applicant_address,
            gone.applicant_email,
            gone.receiver_name,
            gone.receiver_id_number,
        ) == (None, None, None, None, None, None)
        assert gone.anonymised_at == datetime(2026, 11, 20, 9, 0)
        assert gone.code.endswith("230301-0001")  # the dossier itself stays
        for kept in (old_open, recent_returned):
            row = s.get(Dossier, kept)
            assert row is not None
            assert row.applicant_name == APPLICANT.full_name
            assert row.anonymised_at is None
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity == "retention")).one()
        assert verify_chain(s).ok
    assert APPLICANT.full_name not in (audit.after_json or "")
    assert '"dossiers": 1' in (audit.after_json or "")
    assert _statistics(runner) == stats  # the numbers reported upward do not change
    pdfs = sorted(p.name for p in documents.rglob("*.pdf"))
    assert len(pdfs) == 2
    assert not any("230301-0001" in name for name in pdfs)
    found = runner.read(search_dossiers, clerk, DossierQuery(text=APPLICANT.full_name))
    assert sorted(r.id for r in found) == sorted([old_open, recent_returned])
    found_by_id = runner.read(search_dossiers, clerk, DossierQuery(text=APPLICANT.id_number or ""))
    assert old_returned not in {r.id for r in found_by_id}

    again = runner.write(apply_retention, ward, documents)
    assert again.dossiers == 0  # done once
