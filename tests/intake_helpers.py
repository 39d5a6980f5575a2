"""Building intake forms in tests: the sample catalogue, a realistic applicant, a filled form."""

from __future__ import annotations

from sqlalchemy import select

from onestop_desktop.domain.applicant import PersonInput
from onestop_desktop.domain.intake import DocumentCheck, IntakeForm, Outcome
from onestop_desktop.resources_path import resource
from onestop_desktop.services.catalogue import import_catalogue
from onestop_desktop.services.catalogue_files import read_catalogue_file
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.intake import procedure_checklist
from onestop_desktop.store.models import Procedure

APPLICANT = PersonInput(
    full_name="Nguyễn Thị Ngọc Ánh",
    id_type="cccd",
    id_number="001190012345",
    phone="0912 345 678",
    address="Số 12 ngõ 45 đường Âu Cơ, phường Tây Hồ, Hà Nội",
    email="ngocanh@example.vn",
)


def load_sample_catalogue(runner: ServiceRunner, admin: Actor) -> None:
    rows = read_catalogue_file(resource("catalogue", "procedures-sample.csv"))
    report = runner.write(import_catalogue, admin, rows)
    assert report.rejected == []


def procedure_id(runner: ServiceRunner, code: str) -> int:
    with runner.db.read() as s:
        return s.scalars(select(Procedure.id).where(Procedure.code == code)).one()


def intake_form(
    runner: ServiceRunner,
    actor: Actor,
    code: str,
    *,
    handed_in: bool = True,
    outcome: Outcome = Outcome.ACCEPT,
    reason: str = "",
    applicant: PersonInput = APPLICANT,
) -> IntakeForm:
    pid = procedure_id(runner, code)
    checklist = runner.read(procedure_checklist, actor, pid)
    return IntakeForm(
        procedure_id=pid,
        applicant=applicant,
        outcome=outcome,
        documents=tuple(DocumentCheck(d.id, handed_in) for d in checklist.documents),
        reason=reason,
    )
