"""Editing one procedure: create, update with its documents, stop applying it; audited, by role."""

from __future__ import annotations

import dataclasses
import json

import pytest
from sqlalchemy import func, select

from onestop_desktop.domain.catalogue import CopyKind, DocumentSpec, ProcedureSpec, ProcessingUnit
from onestop_desktop.domain.errors import PermissionDenied, ValidationError
from onestop_desktop.resources_path import resource
from onestop_desktop.services.catalogue import (
    browse_catalogue,
    get_procedure,
    import_catalogue,
    save_procedure,
    search_procedures,
    set_procedure_active,
)
from onestop_desktop.services.catalogue_files import read_catalogue_file
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.store.models import AuditEntry, Procedure, ProcedureDocument

pytestmark = pytest.mark.db

SPEC = ProcedureSpec(
    code="1.009999",
    name_vi="Đăng ký kết hôn lưu động",
    name_en="Mobile marriage registration",
    field_vi="Hộ tịch",
    field_en="Civil status",
    processing_days=5,
    processing_unit=ProcessingUnit.WORKING_DAYS,
    same_day_cutoff=None,
    fee_vnd=0,
    fee_note="Miễn lệ phí",
    legal_basis="Luật Hộ tịch 2014",
    documents=(
        DocumentSpec("Tờ khai đăng ký kết hôn", CopyKind.ORIGINAL, 1, True),
        DocumentSpec("Giấy xác nhận tình trạng hôn nhân", CopyKind.ORIGINAL, 2, True),
        DocumentSpec("Giấy tờ tùy thân", CopyKind.PRESENT, 1, True),
    ),
    return_at_counter=True,
    return_by_post=False,
)


def _audit(runner: ServiceRunner) -> list[AuditEntry]:
    with runner.db.read() as s:
        entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        s.expunge_all()
        return entries


def _documents(runner: ServiceRunner, procedure_id: int) -> list[tuple[int, str, int, bool]]:
    with runner.db.read() as s:
        rows = s.scalars(
            select(ProcedureDocument)
            .where(ProcedureDocument.procedure_id == procedure_id)
            .order_by(ProcedureDocument.id)
        )
        return [(d.id, d.name, d.position, d.active) for d in rows]


def test_create_then_update_with_documents(runner: ServiceRunner, ward: Actor) -> None:
    created = runner.write(save_procedure, ward, None, SPEC)
    assert created.spec == SPEC
    assert created.active
    assert len(created.document_ids) == 3
    entry = _audit(runner)[-1]
    assert (entry.entity, entry.entity_id, entry.action) == ("procedure", str(created.id), "create")
    assert json.loads(entry.after_json or "")["name_vi"] == SPEC.name_vi
    assert runner.read(get_procedure, ward, created.id) == created

    # Remove the second document, add one, move the ID check to the front, rename the procedure.
    first, _second, third = SPEC.documents
    changed = dataclasses.replace(
        SPEC,
        name_vi="Đăng ký kết hôn (lưu động)",
        same_day_cutoff="15:30",
        return_by_post=True,
        documents=(third, first, DocumentSpec("Ảnh 4x6", CopyKind.ORIGINAL, 2, False)),
    )
    updated = runner.write(save_procedure, ward, created.id, changed)
    assert updated.id == created.id
    assert updated.spec == changed
    # Unchanged documents keep their rows; the dropped one stays, inactive.
    assert updated.document_ids[:2] == (created.document_ids[2], created.document_ids[0])
    rows = {
        name: (position, active) for _id, name, position, active in _documents(runner, created.id)
    }
    assert rows["Giấy xác nhận tình trạng hôn nhân"][1] is False
    assert rows["Giấy tờ tùy thân"] == (1, True)
    assert rows["Ảnh 4x6"] == (3, True)
    entry = _audit(runner)[-1]
    assert (entry.action, entry.entity_id) == ("update", str(created.id))
    before, after = json.loads(entry.before_json or ""), json.loads(entry.after_json or "")
    assert (before["name_vi"], after["name_vi"]) == (SPEC.name_vi, changed.name_vi)
    assert len(before["documents"]) == 3
    assert after["documents"][2] == ["Ảnh 4x6", "original", 2, False]

    # A copy kind changed is a new row too: a dossier that recorded the old one keeps it.
    kind_changed = dataclasses.replace(
        changed, documents=(dataclasses.replace(third, copy_kind=CopyKind.PHOTOCOPY), first)
    )
    again = runner.write(save_procedure, ward, created.id, kind_changed)
    assert again.document_ids[0] not in updated.document_ids
    assert again.document_ids[1] == updated.document_ids[1]


def test_saving_without_a_change_writes_nothing(runner: ServiceRunner, ward: Actor) -> None:
    created = runner.write(save_procedure, ward, None, SPEC)
    audit = len(_audit(runner))
    same = runner.write(save_procedure, ward, created.id, SPEC)
    assert same == created
    assert len(_audit(runner)) == audit


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name_vi": ""}, "name_vi"),
        ({"code": "1-009999"}, "code"),
        ({"same_day_cutoff": "25:00"}, "same_day_cutoff"),
        ({"return_at_counter": False, "return_by_post": False}, "return_options"),
        ({"documents": (DocumentSpec("Tờ khai | bản sao", CopyKind.ORIGINAL),)}, "documents_vi"),
        ({"field_vi": "Hộ\x1btịch"}, "field_vi"),
    ],
)
def test_invalid_procedures_are_refused_and_nothing_is_saved(
    runner: ServiceRunner, ward: Actor, change: dict[str, object], field: str
) -> None:
    created = runner.write(save_procedure, ward, None, SPEC)
    audit = len(_audit(runner))
    bad = dataclasses.replace(SPEC, **change)  # type: ignore[arg-type]
    for target in (None, created.id):
        with pytest.raises(ValidationError) as exc:
            runner.write(save_procedure, ward, target, bad)
        assert exc.value.field == field
    assert runner.read(get_procedure, ward, created.id) == created
    assert len(_audit(runner)) == audit
    with runner.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Procedure)) == 1


def test_a_second_procedure_with_the_same_code_or_name_is_refused(
    runner: ServiceRunner, ward: Actor
) -> None:
    runner.write(
        import_catalogue, ward, read_catalogue_file(resource("catalogue", "procedures-sample.csv"))
    )
    birth = dataclasses.replace(SPEC, code="1.001193")
    with pytest.raises(ValidationError) as exc:
        runner.write(save_procedure, ward, None, birth)
    assert exc.value.field == "code"
    assert "Đăng ký khai sinh" in exc.value.message_vi
    created = runner.write(save_procedure, ward, None, dataclasses.replace(SPEC, code=None))
    with pytest.raises(ValidationError) as exc:
        runner.write(
            save_procedure,
            ward,
            None,
            dataclasses.replace(SPEC, code=None, name_vi=SPEC.name_vi.upper()),
        )
    assert exc.value.field == "name_vi"
    # Saving a procedure under its own code is not a clash with itself.
    runner.write(save_procedure, ward, created.id, dataclasses.replace(SPEC, code="1.009998"))


def test_stop_applying_needs_a_reason_and_hides_it_from_intake(
    runner: ServiceRunner, ward: Actor
) -> None:
    created = runner.write(save_procedure, ward, None, SPEC)
    with pytest.raises(ValidationError) as exc:
        runner.write(set_procedure_active, ward, created.id, False, "  ")
    assert exc.value.field == "reason"
    stopped = runner.write(
        set_procedure_active, ward, created.id, False, "Bãi bỏ theo Quyết định 123/QĐ-UBND"
    )
    assert not stopped.active
    entry = _audit(runner)[-1]
    assert (entry.action, entry.reason) == ("deactivate", "Bãi bỏ theo Quyết định 123/QĐ-UBND")
    assert runner.read(search_procedures, ward, "ket hon luu dong") == []
    listed = runner.read(browse_catalogue, ward, "ket hon luu dong", True)
    assert [(r.id, r.active) for r in listed] == [(created.id, False)]
    # Editing it does not bring it back; applying it again does.
    runner.write(save_procedure, ward, created.id, dataclasses.replace(SPEC, fee_vnd=5000))
    assert not runner.read(get_procedure, ward, created.id).active
    back = runner.write(set_procedure_active, ward, created.id, True)
    assert back.active
    assert _audit(runner)[-1].action == "activate"
    assert [r.id for r in runner.read(search_procedures, ward, "ket hon luu dong")] == [created.id]
    with runner.db.read() as s:  # never deleted
        assert s.scalar(select(func.count()).select_from(Procedure)) == 1


def test_a_clerk_cannot_edit_the_catalogue_but_a_supervisor_can(
    runner: ServiceRunner,
    ward: Actor,
    make_user,  # type: ignore[no-untyped-def]
) -> None:
    clerk = make_user("canbo1", "clerk")
    supervisor = make_user("giamsat", "supervisor")
    audit = len(_audit(runner))
    with pytest.raises(PermissionDenied):
        runner.write(save_procedure, clerk, None, SPEC)
    assert len(_audit(runner)) == audit
    created = runner.write(save_procedure, supervisor, None, SPEC)
    with pytest.raises(PermissionDenied):
        runner.write(save_procedure, clerk, created.id, dataclasses.replace(SPEC, fee_vnd=1))
    with pytest.raises(PermissionDenied):
        runner.write(set_procedure_active, clerk, created.id, False, "không dùng nữa")
    assert runner.read(get_procedure, clerk, created.id) == created  # reading is for everyone


def test_an_unknown_procedure_is_a_clear_refusal(runner: ServiceRunner, ward: Actor) -> None:
    with pytest.raises(ValidationError, match="999"):
        runner.write(save_procedure, ward, 999, SPEC)
    with pytest.raises(ValidationError, match="999"):
        runner.write(set_procedure_active, ward, 999, False, "lý do")
