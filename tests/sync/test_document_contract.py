"""Contract: the document the app builds from a real day (the lead's day_totals service on a
database with intake dossiers) validates against resources/sync/daily-totals.schema.json, names
nobody, and the document the closing queues is accepted by the reference receiver."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from jsonschema import ValidationError as SchemaError
from sqlalchemy import select

from onestop_desktop import __version__
from onestop_desktop.domain.statistics import Bucket
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.day_closing import close_day
from onestop_desktop.services.day_totals import day_totals
from onestop_desktop.services.intake import receive_dossier
from onestop_desktop.store.models import SyncOutboxItem, User
from onestop_desktop.sync.document import build_document, sign
from onestop_desktop.sync.receiver import WardCredentials, serve
from tests import day_fixture as fx
from tests.intake_helpers import APPLICANT, intake_form
from tests.sync.recv_helpers import document, validator

BIRTH = "1.001193"  # Đăng ký khai sinh


@pytest.fixture
def boss(runner: ServiceRunner, ward: Actor, make_user, clock) -> Actor:  # type: ignore[no-untyped-def]
    """The fixture day of tests/day_fixture.py plus one dossier taken in through the real
    intake (the applicant of tests/intake_helpers.py); returns a supervisor."""
    fx.seed_day(runner, ward, make_user)
    clerk = make_user("thu", "clerk")
    # a week before (a day the fixture leaves free): carried over, overdue, on 20/11
    clock.set(datetime(2026, 11, 13, 9, 0))
    runner.write(receive_dossier, clerk, intake_form(runner, clerk, BIRTH, applicant=APPLICANT))
    clock.set(fx.AS_OF)
    return make_user("truong", "supervisor")  # type: ignore[no-any-return]


def _personal_values(runner: ServiceRunner) -> list[str]:
    """Every applicant value in the database's fixture and every staff member's full name."""
    with runner.db.read() as s:
        staff = list(s.scalars(select(User.full_name)))
    assert "Cán bộ lan" in staff
    assert "Nguyễn Thị Quản Trị" in staff
    return [
        *fx.APPLICANT_NAMES,
        *fx.APPLICANT_IDS,
        *fx.APPLICANT_PHONES,
        *fx.APPLICANT_ADDRESSES,
        APPLICANT.full_name,
        APPLICANT.id_number,
        APPLICANT.phone,
        APPLICANT.phone.replace(" ", ""),
        APPLICANT.address,
        "ngõ 45 đường Âu Cơ",
        str(APPLICANT.email),
        *staff,
    ]


def test_the_document_of_a_real_day_validates_and_names_nobody(
    runner: ServiceRunner, boss: Actor
) -> None:
    totals = runner.read(day_totals, boss, fx.DAY)
    carried = Bucket.CARRIED_OVER
    assert totals.dossiers.total[carried] == fx.TOTAL[carried] + 1  # the intake is counted
    assert totals.per_clerk  # the ward's own figures name clerks …
    body = build_document(totals, revision=1, generated_at=fx.AS_OF, app_version=__version__)
    data = json.loads(body)
    validator().validate(data)
    assert "per_clerk" not in data["totals"]  # … the city's never do
    text = body.decode("utf-8")
    values = _personal_values(runner)
    assert len(values) > 50
    leaked = [v for v in values if v in text or v.casefold() in text.casefold()]
    assert leaked == []


def test_the_queued_document_of_a_closing_is_accepted_by_the_receiver(
    runner: ServiceRunner, boss: Actor, tmp_path: Path
) -> None:
    result = runner.write(close_day, boss, fx.DAY)
    with runner.db.read() as s:
        outbox = s.scalars(select(SyncOutboxItem)).one()
    body = outbox.body.encode("utf-8")
    validator().validate(json.loads(body))
    text = outbox.body
    assert [v for v in _personal_values(runner) if v in text] == []

    ward = WardCredentials("000.00.06.H56", "token", "secret")
    with (
        serve(tmp_path / "city.sqlite", {ward.unit_code: ward}) as receiver,
        httpx.Client(base_url=receiver.url, timeout=5) as client,
    ):
        response = client.post(
            "/daily-totals",
            content=body,
            headers={
                "Authorization": f"Bearer {ward.token}",
                "Idempotency-Key": result.closing.idempotency_key,
                "X-Signature": sign(body, ward.secret),
                "Content-Type": "application/json",
            },
        )
        assert response.status_code == 201, response.text
        [row] = client.get("/overview").json()
    assert row["business_date"] == "2026-11-20"
    assert row["tickets_served"] == result.totals.tickets.served
    # resolved early 1, on time 1, late 1 in the hand-worked fixture day
    assert row["on_time_rate"] == round(2 / 3, 4)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["totals"].update(per_clerk=[]), "per_clerk"),
        (lambda d: d.update(applicant="Nguyễn Văn A"), "applicant"),
        (lambda d: d["totals"]["tickets"].update(served=-1), "-1"),
        (lambda d: d["totals"]["dossiers"]["total"].update(note="x"), "note"),
        (lambda d: d["totals"]["per_counter"][0].update(clerk="Lan"), "clerk"),
        (lambda d: d["totals"]["satisfaction"]["counts"].update({"5": 1}), "'5'"),
        (lambda d: d["totals"]["fees"][0].update(method="voucher"), "voucher"),
        (lambda d: d.update(revision=0), "0"),
        (lambda d: d.update(business_date="20/11/2026"), "20/11/2026"),
        (lambda d: d.update(business_date="2026-02-30"), "2026-02-30"),
        (lambda d: d["totals"]["per_hour"][0].update(key="24"), "24"),
        (lambda d: d["totals"]["dossiers"]["total"].update(field="Tổng"), "Tổng"),
        (lambda d: d["totals"].pop("satisfaction"), "satisfaction"),
        (lambda d: d.update(unit_code="H56"), "H56"),
    ],
)
def test_the_schema_refuses_what_is_not_in_the_contract(change, where: str) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(document())
    validator().validate(data)
    change(data)
    with pytest.raises(SchemaError, match=where):
        validator().validate(data)


DOC = Path(__file__).resolve().parents[2] / "docs" / "sync-protocol.md"


def test_the_protocol_document_example_and_signature_are_right() -> None:
    text = DOC.read_text(encoding="utf-8")
    example = text.split("### Example", 1)[1].split("```json\n", 1)[1].split("```", 1)[0]
    data = json.loads(example)
    validator().validate(data)
    assert sorted(data) == list(json.loads(document()))  # every top-level member
    worked = text.split("### Signature: worked example", 1)[1].split("```", 2)[1]
    expected = worked.split("# ", 1)[1].strip()
    assert sign(b'{"protocol_version":1}', "k3y-phuong-tay-ho") == expected
    assert "body = b'{\"protocol_version\":1}'" in worked
    assert 'secret = "k3y-phuong-tay-ho"' in worked
