"""Receiving dossiers: codes, due dates, the three outcomes, what is stored, reprints."""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from onestop_desktop.domain.applicant import PersonInput
from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.dossier_code import verify_payload
from onestop_desktop.domain.errors import FormInvalid, PermissionDenied, ValidationError
from onestop_desktop.domain.intake import DocumentCheck, IntakeForm, Outcome
from onestop_desktop.printing.slips import FormKind
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.intake import procedure_checklist, receive_dossier, reprint_form
from onestop_desktop.store.models import (
    AuditEntry,
    DailySequence,
    Dossier,
    DossierDocument,
    DossierEvent,
    DossierPrint,
    Ward,
)
from tests.intake_helpers import APPLICANT, intake_form, load_sample_catalogue, procedure_id

pytestmark = pytest.mark.db
BIRTH = "1.001193"  # Đăng ký khai sinh: same day, 15:00 cut-off
BIRTH_AND_PARENTS = "1.000689"  # 3 working days


@pytest.fixture
def clerk(runner: ServiceRunner, ward: Actor, make_user) -> Actor:  # type: ignore[no-untyped-def]
    load_sample_catalogue(runner, ward)
    return make_user("canbo1", "clerk")


def _count(runner: ServiceRunner, model: type) -> int:
    with runner.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_accepting_a_dossier_stores_it_with_code_due_date_history_print_and_audit(
    runner: ServiceRunner, clerk: Actor
) -> None:
    form = intake_form(runner, clerk, BIRTH)
    result = runner.write(receive_dossier, clerk, form)

    assert result.code == "000.00.06.H56-261120-0001"
    assert result.form is FormKind.RECEIPT
    assert result.due_at == datetime(2026, 11, 20, 17, 0)  # same day, received 09:00
    with runner.db.read() as s:
        dossier = s.get(Dossier, result.dossier_id)
        assert dossier is not None
        assert dossier.status == "received"
        assert dossier.applicant_name == "Nguyễn Thị Ngọc Ánh"
        assert dossier.applicant_name_key == "nguyen thi ngoc anh"
        assert dossier.applicant_id_number == "001190012345"
        assert dossier.applicant_phone == "0912345678"
        assert dossier.received_by_id == clerk.user_id
        docs = s.scalars(select(DossierDocument).where(DossierDocument.dossier_id == dossier.id))
        assert all(d.handed_in for d in docs)
        event = s.scalars(select(DossierEvent)).one()
        assert (event.from_status, event.to_status, event.user_id) == (
            None,
            "received",
            clerk.user_id,
        )
        printout = s.scalars(select(DossierPrint)).one()
        assert (printout.form, printout.copy_number) == ("01", 0)
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity == "dossier")).one()
        assert (audit.entity_id, audit.action, audit.username) == (result.code, "accept", "canbo1")
        # The audit trail names the dossier, not the person.
        assert "Nguyễn" not in (audit.after_json or "")
        assert json.loads(audit.after_json or "{}")["due_at"] == "2026-11-20 17:00:00"
        key = bytes.fromhex(s.scalars(select(Ward.signing_key)).one())
    assert result.slip.qr_payload is not None
    assert verify_payload(result.slip.qr_payload, key) == result.code
    assert result.slip.applicant.full_name == "Nguyễn Thị Ngọc Ánh"
    assert result.slip.copy_number == 0


def test_codes_follow_each_other_and_restart_the_next_business_day(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock
) -> None:
    form = intake_form(runner, clerk, BIRTH)
    codes = [runner.write(receive_dossier, clerk, form).code for _ in range(3)]
    assert codes == [f"000.00.06.H56-261120-000{n}" for n in (1, 2, 3)]
    clock.set(datetime(2026, 11, 23, 7, 45))  # Monday
    assert runner.write(receive_dossier, clerk, form).code == "000.00.06.H56-261123-0001"


def test_after_the_cutoff_a_same_day_procedure_is_due_the_next_working_day(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 11, 20, 15, 30))  # Friday after the 15:00 cut-off
    result = runner.write(receive_dossier, clerk, intake_form(runner, clerk, BIRTH))
    assert result.due_at == datetime(2026, 11, 23, 17, 0)  # Monday


def test_a_three_working_day_procedure_skips_the_weekend_and_the_holiday(
    runner: ServiceRunner, clerk: Actor
) -> None:
    # Friday 20/11 09:00 + 3 working days: Mon 23, (Tue 24/11 is Ngày Văn hóa Việt Nam), Wed 25,
    # Thu 26 → due Thursday 26/11 at 09:00.
    result = runner.write(receive_dossier, clerk, intake_form(runner, clerk, BIRTH_AND_PARENTS))
    assert result.due_at == datetime(2026, 11, 26, 9, 0)
    checklist = runner.read(procedure_checklist, clerk, procedure_id(runner, BIRTH_AND_PARENTS))
    assert checklist.due_if_received_now == result.due_at


def test_missing_mandatory_document_refuses_to_accept_and_changes_nothing(
    runner: ServiceRunner, clerk: Actor
) -> None:
    form = intake_form(runner, clerk, BIRTH, handed_in=False)
    audit_before = _count(runner, AuditEntry)
    with pytest.raises(FormInvalid) as caught:
        runner.write(receive_dossier, clerk, form)
    assert caught.value.by_field()["documents"].message_vi.startswith(
        "Còn thiếu giấy tờ bắt buộc: Tờ khai đăng ký khai sinh"
    )
    assert _count(runner, Dossier) == 0
    assert _count(runner, DailySequence) == 0  # the number was not used up
    assert _count(runner, AuditEntry) == audit_before
    # The next accepted dossier still gets number 1.
    ok = runner.write(receive_dossier, clerk, intake_form(runner, clerk, BIRTH))
    assert ok.code.endswith("-0001")


def test_supplement_request_keeps_the_dossier_waiting_without_a_due_date(
    runner: ServiceRunner, clerk: Actor
) -> None:
    form = intake_form(runner, clerk, BIRTH, handed_in=False, outcome=Outcome.SUPPLEMENT)
    result = runner.write(receive_dossier, clerk, form)
    assert (result.status, result.due_at, result.form) == (
        "awaiting_supplement",
        None,
        FormKind.SUPPLEMENT,
    )
    assert result.slip.qr_payload is None
    assert result.slip.reason is not None
    assert result.slip.reason.startswith("Hồ sơ còn thiếu: Tờ khai đăng ký khai sinh")
    assert not any(d.handed_in for d in result.slip.documents)


def test_refusal_needs_a_reason(runner: ServiceRunner, clerk: Actor) -> None:
    form = intake_form(runner, clerk, BIRTH, outcome=Outcome.REFUSE)
    with pytest.raises(FormInvalid) as caught:
        runner.write(receive_dossier, clerk, form)
    assert "reason" in caught.value.by_field()
    assert _count(runner, Dossier) == 0
    reason = "Thủ tục không thuộc thẩm quyền của phường."
    result = runner.write(
        receive_dossier,
        clerk,
        intake_form(runner, clerk, BIRTH, outcome=Outcome.REFUSE, reason=reason),
    )
    assert (result.status, result.form, result.slip.reason) == ("refused", FormKind.REFUSAL, reason)


def test_reprints_are_counted_marked_as_copies_and_audited(
    runner: ServiceRunner, clerk: Actor
) -> None:
    result = runner.write(receive_dossier, clerk, intake_form(runner, clerk, BIRTH))
    first = runner.write(reprint_form, clerk, result.dossier_id)
    second = runner.write(reprint_form, clerk, result.dossier_id, bilingual=True)
    assert (first.slip.copy_number, second.slip.copy_number) == (1, 2)
    assert first.form is FormKind.RECEIPT
    with runner.db.read() as s:
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == result.code)
        ).all()
        assert actions == ["accept", "reprint", "reprint"]
        assert s.scalar(select(func.count()).select_from(DossierPrint)) == 3


def test_names_are_stored_nfc_and_the_search_key_has_no_diacritics(
    runner: ServiceRunner, clerk: Actor
) -> None:
    decomposed = unicodedata.normalize("NFD", "Trần Đức Hưởng")
    assert decomposed != "Trần Đức Hưởng"
    applicant = PersonInput(**{**APPLICANT.__dict__, "full_name": f"  {decomposed}  "})
    result = runner.write(
        receive_dossier, clerk, intake_form(runner, clerk, BIRTH, applicant=applicant)
    )
    with runner.db.read() as s:
        dossier = s.get(Dossier, result.dossier_id)
        assert dossier is not None
        assert dossier.applicant_name == "Trần Đức Hưởng"
        assert dossier.applicant_name_key == "tran duc huong"


def test_only_counter_staff_may_receive_and_a_ticket_must_exist(
    runner: ServiceRunner, clerk: Actor
) -> None:
    form = intake_form(runner, clerk, BIRTH)
    with pytest.raises(PermissionDenied):
        runner.write(receive_dossier, None, form)
    with pytest.raises(ValidationError, match="ticket"):
        runner.write(receive_dossier, clerk, IntakeForm(**{**form.__dict__, "ticket_id": 999}))
    stale = IntakeForm(
        **{**form.__dict__, "documents": (DocumentCheck(document_id=10_000, handed_in=True),)}
    )
    with pytest.raises(FormInvalid):
        runner.write(receive_dossier, clerk, stale)
    assert _count(runner, Dossier) == 0


def test_received_moment_after_hours_counts_from_next_morning(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 11, 20, 17, 30))  # Friday evening
    result = runner.write(receive_dossier, clerk, intake_form(runner, clerk, BIRTH_AND_PARENTS))
    # Counting starts Monday 07:30; Tue 24/11 is a holiday → Mon, Wed, Thu → Thu 26/11 17:00.
    assert result.due_at == datetime(2026, 11, 26, 17, 0)
    assert result.due_at - datetime(2026, 11, 20, 17, 30) > timedelta(days=5)
