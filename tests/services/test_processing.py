"""Processing and return: timing against the due date, returns, fees, the due list, the
register, scanned codes, and bad input that changes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.dossier_code import sign_code
from onestop_desktop.domain.errors import PermissionDenied, ValidationError
from onestop_desktop.domain.intake import Outcome
from onestop_desktop.domain.lifecycle import IllegalTransition
from onestop_desktop.printing.slips import FormKind
from onestop_desktop.services import dossier_lists as lists
from onestop_desktop.services import processing as p
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.intake import receive_dossier
from onestop_desktop.services.processing_dto import (
    CounterReturn,
    FeeMethod,
    FeePayment,
    PostalReturn,
    ReceiverKind,
)
from onestop_desktop.store.models import (
    AuditEntry,
    Dossier,
    DossierEvent,
    Fee,
    RatingRequest,
    Ward,
)
from tests.intake_helpers import APPLICANT, intake_form, load_sample_catalogue
from tests.queue_helpers import make_lanes

pytestmark = pytest.mark.db
THREE_DAYS = "1.000689"  # 3 working days
BIRTH = "1.001193"  # same day, fee 0 with a note (editable)
RECEIVED = datetime(2026, 11, 20, 9, 0)  # a Friday
# 3 working days (8 h each) later; Tuesday 24/11 is Vietnamese Culture Day, a day off.
DUE = datetime(2026, 11, 26, 9, 0)  # Thursday 09:00


@pytest.fixture
def clerk(runner: ServiceRunner, ward: Actor, make_user) -> Actor:  # type: ignore[no-untyped-def]
    load_sample_catalogue(runner, ward)
    return make_user("canbo1", "clerk")


def _receive(runner: ServiceRunner, clerk: Actor, code: str = THREE_DAYS, **kw: Any) -> int:
    return runner.write(receive_dossier, clerk, intake_form(runner, clerk, code, **kw)).dossier_id


def _ready(runner: ServiceRunner, clerk: Actor, clock: FixedClock, at: datetime) -> Any:
    dossier_id = _receive(runner, clerk)
    runner.write(p.hand_over, clerk, dossier_id, "Công chức Tư pháp - Hộ tịch")
    clock.set(at)
    return runner.write(p.result_back, clerk, dossier_id).detail


def _state(runner: ServiceRunner) -> tuple[Any, ...]:
    with runner.db.read() as s:
        dossiers = s.execute(select(Dossier).order_by(Dossier.id)).scalars().all()
        rows = [tuple(getattr(d, c.key) for c in Dossier.__table__.columns) for d in dossiers]
        counts = tuple(
            s.scalar(select(func.count()).select_from(m)) for m in (AuditEntry, DossierEvent, Fee)
        )
    return tuple(rows), counts


def test_received_dossier_is_due_in_three_working_days(runner: ServiceRunner, clerk: Actor) -> None:
    detail = runner.read(p.dossier_detail, clerk, _receive(runner, clerk))
    assert detail.due_at == DUE
    assert detail.allowed == (
        "hand_over",
        "result_ready",
        "request_supplement",
        "extend",
        "withdraw",
        "stop",
    )


# ------------------------------------------------------------ early / on time / late


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (datetime(2026, 11, 25, 16, 0), "early"),  # Wednesday, the day before
        (datetime(2026, 11, 26, 8, 0), "on_time"),  # the due day, before the due moment
        (DUE, "on_time"),  # the due moment itself
        (DUE + timedelta(minutes=1), "late"),
        (datetime(2026, 11, 27, 10, 0), "late"),
    ],
)
def test_timing_is_fixed_when_the_result_comes_back(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock, at: datetime, expected: str
) -> None:
    detail = _ready(runner, clerk, clock, at)
    assert detail.timing == expected
    assert detail.result_ready_at == at
    # Collecting the result a week later does not change it.
    clock.set(at + timedelta(days=7))
    returned = runner.write(
        p.return_at_counter, clerk, detail.id, CounterReturn(ReceiverKind.APPLICANT, "001190012345")
    ).detail
    assert returned.timing == expected


def test_an_extension_moves_the_date_timing_is_judged_against(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock
) -> None:
    dossier_id = _receive(runner, clerk)
    clock.set(datetime(2026, 11, 25, 15, 0))
    new_due = datetime(2026, 11, 27, 16, 0)
    result = runner.write(p.extend, clerk, dossier_id, new_due, "Cần xác minh tại UBND xã cũ")
    assert result.detail.due_at == new_due
    assert result.detail.first_due_at == DUE
    assert result.form is not None
    assert result.form.kind is FormKind.EXTENSION
    letter = result.form.data
    assert (letter.old_due_at, letter.new_due_at) == (DUE, new_due)  # type: ignore[union-attr]
    assert letter.dossier.applicant.full_name == APPLICANT.full_name  # type: ignore[union-attr]
    # After the old date but on the new due day: on time, not late.
    clock.set(datetime(2026, 11, 27, 11, 0))
    assert runner.write(p.result_back, clerk, dossier_id).detail.timing == "on_time"


def test_late_after_the_extended_date_too(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock
) -> None:
    dossier_id = _receive(runner, clerk)
    runner.write(p.extend, clerk, dossier_id, datetime(2026, 11, 26, 10, 0), "Chờ ý kiến")
    clock.set(datetime(2026, 11, 26, 10, 1))
    assert runner.write(p.result_back, clerk, dossier_id).detail.timing == "late"


def test_an_extension_must_move_the_date_later_and_onto_a_working_day(
    runner: ServiceRunner, clerk: Actor
) -> None:
    dossier_id = _receive(runner, clerk)
    before = _state(runner)
    for bad in (DUE, DUE - timedelta(days=1), datetime(2026, 11, 28, 10, 0)):  # 28 = Saturday
        with pytest.raises(ValidationError) as caught:
            runner.write(p.extend, clerk, dossier_id, bad, "Lý do")
        assert caught.value.field == "new_due_at"
    with pytest.raises(ValidationError, match="reason"):
        runner.write(p.extend, clerk, dossier_id, DUE + timedelta(days=1), "  ")
    assert _state(runner) == before


def test_a_supplement_pause_moves_the_due_date_by_the_paused_working_time(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock
) -> None:
    dossier_id = _receive(runner, clerk)
    runner.write(p.hand_over, clerk, dossier_id, "Công chức Tư pháp - Hộ tịch")
    clock.set(datetime(2026, 11, 23, 9, 0))  # Monday
    paused = runner.write(p.request_supplement, clerk, dossier_id, "Thiếu bản sao sổ hộ khẩu")
    assert paused.detail.status == "awaiting_supplement"
    assert paused.form is not None
    assert paused.form.kind is FormKind.SUPPLEMENT
    clock.set(datetime(2026, 11, 25, 9, 0))  # one working day later (24/11 is a day off)
    resumed = runner.write(p.supplement_received, clerk, dossier_id).detail
    assert resumed.status == "received"
    assert resumed.due_at == DUE + timedelta(days=1)  # Friday 09:00


def test_completing_a_mau02_dossier_receives_it_now_with_a_receipt(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock
) -> None:
    dossier_id = _receive(
        runner, clerk, handed_in=False, outcome=Outcome.SUPPLEMENT, reason="Thiếu tờ khai"
    )
    clock.set(datetime(2026, 11, 23, 14, 0))
    result = runner.write(p.supplement_received, clerk, dossier_id, "Đã nộp đủ")
    assert result.detail.status == "received"
    assert result.detail.received_at == datetime(2026, 11, 23, 14, 0)
    assert result.detail.due_at == datetime(2026, 11, 27, 14, 0)
    assert result.form is not None
    assert result.form.kind is FormKind.RECEIPT
    assert result.form.data.qr_payload is not None  # type: ignore[union-attr]
    assert all(d.handed_in for d in result.detail.documents)


# ------------------------------------------------------------ returns


def test_return_at_the_counter_to_an_authorised_person(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock
) -> None:
    detail = _ready(runner, clerk, clock, datetime(2026, 11, 24, 10, 0))
    handed = CounterReturn(ReceiverKind.AUTHORISED, "001085004321", "Trần Văn Bình")
    returned = runner.write(p.return_at_counter, clerk, detail.id, handed).detail
    assert returned.status == "returned"
    assert (returned.returned_via, returned.receiver_kind) == ("counter", "authorised")
    assert (returned.receiver_name, returned.receiver_id_number) == (
        "Trần Văn Bình",
        "001085004321",
    )


def test_return_by_post_records_tracking_and_date(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock
) -> None:
    detail = _ready(runner, clerk, clock, datetime(2026, 11, 24, 10, 0))
    sent = PostalReturn("eb 123456789 vn", date(2026, 11, 24))
    returned = runner.write(p.return_by_post, clerk, detail.id, sent).detail
    assert (returned.returned_via, returned.post_tracking) == ("post", "EB123456789VN")
    assert returned.post_sent_on == date(2026, 11, 24)


def test_returning_twice_is_refused_and_changes_nothing(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock
) -> None:
    detail = _ready(runner, clerk, clock, datetime(2026, 11, 24, 10, 0))
    handed = CounterReturn(ReceiverKind.APPLICANT, "001190012345")
    runner.write(p.return_at_counter, clerk, detail.id, handed)
    before = _state(runner)
    with pytest.raises(IllegalTransition, match="returned"):
        runner.write(p.return_at_counter, clerk, detail.id, handed)
    with pytest.raises(IllegalTransition):
        runner.write(p.return_by_post, clerk, detail.id, PostalReturn("EB1234", date(2026, 11, 24)))
    assert _state(runner) == before


def test_returning_a_dossier_waiting_for_supplement_is_refused(
    runner: ServiceRunner, clerk: Actor
) -> None:
    dossier_id = _receive(runner, clerk)
    runner.write(p.request_supplement, clerk, dossier_id, "Thiếu giấy tờ")
    before = _state(runner)
    with pytest.raises(IllegalTransition) as caught:
        runner.write(
            p.return_at_counter,
            clerk,
            dossier_id,
            CounterReturn(ReceiverKind.APPLICANT, "001190012345"),
        )
    assert "Chờ bổ sung" in caught.value.message_vi
    assert _state(runner) == before


@pytest.mark.parametrize(
    ("sent", "field"),
    [
        (PostalReturn("", date(2026, 11, 24)), "tracking_number"),
        (PostalReturn("   ", date(2026, 11, 24)), "tracking_number"),
        (PostalReturn("EB😀1234", date(2026, 11, 24)), "tracking_number"),
        (PostalReturn("EB123456789VN", date(2026, 11, 30)), "sent_on"),  # in the future
        (PostalReturn("EB123456789VN", date(2026, 11, 1)), "sent_on"),  # before the result
        (PostalReturn("EB123456789VN", date(2026, 11, 24), post_service=""), "post_service"),
    ],
)
def test_bad_postal_returns_are_refused_and_change_nothing(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock, sent: PostalReturn, field: str
) -> None:
    detail = _ready(runner, clerk, clock, datetime(2026, 11, 24, 10, 0))
    before = _state(runner)
    with pytest.raises(ValidationError) as caught:
        runner.write(p.return_by_post, clerk, detail.id, sent)
    assert caught.value.field == field
    assert _state(runner) == before


@pytest.mark.parametrize(
    ("handed", "field"),
    [
        (CounterReturn(ReceiverKind.APPLICANT, ""), "receiver_id_number"),
        (CounterReturn(ReceiverKind.APPLICANT, "12345"), "receiver_id_number"),
        (CounterReturn(ReceiverKind.AUTHORISED, "001085004321", ""), "receiver_name"),
        (CounterReturn(ReceiverKind.AUTHORISED, "001085004321", "B0b 123"), "receiver_name"),
    ],
)
def test_bad_counter_returns_are_refused(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock, handed: CounterReturn, field: str
) -> None:
    detail = _ready(runner, clerk, clock, datetime(2026, 11, 24, 10, 0))
    before = _state(runner)
    with pytest.raises(ValidationError) as caught:
        runner.write(p.return_at_counter, clerk, detail.id, handed)
    assert caught.value.field == field
    assert _state(runner) == before


def test_a_return_at_a_counter_asks_its_rating_panel(
    runner: ServiceRunner, ward: Actor, clerk: Actor, clock: FixedClock
) -> None:
    lanes = make_lanes(runner, ward)
    at_counter = replace(clerk, counter_id=lanes.counters[2])
    detail = _ready(runner, at_counter, clock, datetime(2026, 11, 24, 10, 0))
    runner.write(
        p.return_at_counter,
        at_counter,
        detail.id,
        CounterReturn(ReceiverKind.APPLICANT, "001190012345"),
    )
    with runner.db.read() as s:
        asked = s.scalars(select(RatingRequest).order_by(RatingRequest.id)).all()
    # One after the intake, one after the return, both at counter 2.
    assert [(r.counter_id, r.dossier_id) for r in asked] == [(lanes.counters[2], detail.id)] * 2


# ------------------------------------------------------------ fees


def test_fees_are_collected_with_method_receipt_and_clerk(
    runner: ServiceRunner, clerk: Actor
) -> None:
    dossier_id = _receive(runner, clerk, BIRTH)
    detail = runner.write(
        p.collect_fee, clerk, dossier_id, FeePayment(16000, FeeMethod.TRANSFER, "BL-0001234")
    )
    assert detail.fee_editable  # birth registration's fee depends on copies and exemptions
    assert detail.fees_paid_vnd == 16000
    (line,) = detail.fees
    assert (line.method, line.receipt_number, line.collected_by) == (
        "transfer",
        "BL-0001234",
        "Cán bộ canbo1",
    )


@pytest.mark.parametrize(
    ("payment", "field"),
    [
        (FeePayment(-1, FeeMethod.CASH), "amount_vnd"),
        (FeePayment(10**9, FeeMethod.CASH), "amount_vnd"),
        (FeePayment(1000, "cheque"), "method"),  # type: ignore[arg-type]
        (FeePayment(1000, FeeMethod.CASH, "x" * 41), "receipt_number"),
    ],
)
def test_bad_fees_are_refused_and_change_nothing(
    runner: ServiceRunner, clerk: Actor, payment: FeePayment, field: str
) -> None:
    dossier_id = _receive(runner, clerk, BIRTH)
    before = _state(runner)
    with pytest.raises(ValidationError) as caught:
        runner.write(p.collect_fee, clerk, dossier_id, payment)
    assert caught.value.field == field
    assert _state(runner) == before


def test_a_fixed_fee_cannot_be_changed(runner: ServiceRunner, clerk: Actor) -> None:
    with runner.db.write() as s:  # a procedure with a fixed amount and no note
        from onestop_desktop.store.models import Procedure

        proc = s.scalars(select(Procedure).where(Procedure.code == THREE_DAYS)).one()
        proc.fee_vnd, proc.fee_note = 50000, None
    dossier_id = _receive(runner, clerk)
    detail = runner.read(p.dossier_detail, clerk, dossier_id)
    assert (detail.fee_editable, detail.fee_due_vnd) == (False, 50000)
    with pytest.raises(ValidationError, match="fixed"):
        runner.write(p.collect_fee, clerk, dossier_id, FeePayment(40000, FeeMethod.CASH))
    paid = runner.write(p.collect_fee, clerk, dossier_id, FeePayment(50000, FeeMethod.CARD))
    assert (paid.fees_paid_vnd, paid.fee_due_vnd) == (50000, 0)


# ------------------------------------------------------------ scanning


def test_a_scanned_payload_and_a_typed_code_open_the_dossier(
    runner: ServiceRunner, clerk: Actor
) -> None:
    dossier_id = _receive(runner, clerk)
    with runner.db.read() as s:
        code = s.get(Dossier, dossier_id).code  # type: ignore[union-attr]
        key = bytes.fromhex(s.scalars(select(Ward.signing_key)).one())
    payload = sign_code(code, key)
    assert runner.read(p.open_for_return, clerk, payload).id == dossier_id
    assert runner.read(p.open_for_return, clerk, f"  {code.lower()} ").id == dossier_id


def test_an_altered_payload_is_refused(runner: ServiceRunner, clerk: Actor) -> None:
    dossier_id = _receive(runner, clerk)
    with runner.db.read() as s:
        code = s.get(Dossier, dossier_id).code  # type: ignore[union-attr]
        key = bytes.fromhex(s.scalars(select(Ward.signing_key)).one())
    payload = sign_code(code, key)
    for i in range(len(payload)):
        ch = payload[i]
        if not ch.isdigit():
            continue
        altered = payload[:i] + str((int(ch) + 1) % 10) + payload[i + 1 :]
        with pytest.raises(ValidationError) as caught:
            runner.read(p.open_for_return, clerk, altered)
        assert caught.value.field == "code"
    with pytest.raises(ValidationError, match="neither"):
        runner.read(p.open_for_return, clerk, "hello")
    with pytest.raises(ValidationError, match="not found"):
        runner.read(p.open_for_return, clerk, code[:-4] + "9999")


# ------------------------------------------------------------ lists


def test_due_list_has_today_and_overdue_but_not_later_or_paused(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock
) -> None:
    overdue = _receive(runner, clerk)  # due Thu 26 09:00
    clock.set(datetime(2026, 11, 20, 10, 0))
    due_today = _receive(runner, clerk, BIRTH)  # due Fri 20 17:00 (same day)
    later = _receive(runner, clerk)  # due Thu 26 10:00
    paused = _receive(runner, clerk)
    runner.write(p.request_supplement, clerk, paused, "Thiếu giấy tờ")
    clock.set(datetime(2026, 11, 26, 9, 30))
    rows = runner.read(lists.due_list, clerk)
    ids = [r.id for r in rows]
    assert overdue in ids
    assert later in ids
    assert due_today in ids
    assert paused not in ids
    assert {r.id: r.overdue for r in rows}[later] is False  # due today at 10:00
    assert rows[0].id == due_today  # most overdue first


def test_the_register_lists_every_dossier_with_its_receiver(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock, make_user
) -> None:  # type: ignore[no-untyped-def]
    at_counter = _ready(runner, clerk, clock, datetime(2026, 11, 24, 10, 0))
    runner.write(
        p.return_at_counter,
        clerk,
        at_counter.id,
        CounterReturn(ReceiverKind.APPLICANT, "001190012345"),
    )
    clock.set(datetime(2026, 11, 21, 9, 0))  # a Saturday: still recorded on its day
    clock.set(datetime(2026, 11, 23, 9, 0))
    by_post = _ready(runner, clerk, clock, datetime(2026, 11, 24, 11, 0))
    runner.write(
        p.return_by_post, clerk, by_post.id, PostalReturn("EB123456789VN", date(2026, 11, 24))
    )
    refused = _receive(runner, clerk, outcome=Outcome.REFUSE, reason="Không thuộc thẩm quyền")
    supervisor = make_user("totruong", "supervisor")
    with pytest.raises(PermissionDenied):
        runner.read(lists.register, clerk, date(2026, 11, 20), date(2026, 11, 24))
    reg = runner.read(lists.register, supervisor, date(2026, 11, 20), date(2026, 11, 24))
    assert [r.code for r in reg.rows] == [at_counter.code, by_post.code, reg.rows[2].code]
    first, second, third = reg.rows
    assert first.receiver == "Nguyễn Thị Ngọc Ánh (số giấy tờ 001190012345)"
    assert first.returned_at == datetime(2026, 11, 24, 10, 0)
    assert second.receiver is not None
    assert "EB123456789VN" in second.receiver
    assert third.status == "refused"
    assert third.notes == "Không thuộc thẩm quyền"
    assert refused
    for bad in ((date(2026, 11, 24), date(2026, 11, 20)), (date(2026, 12, 1), date(2026, 12, 2))):
        with pytest.raises(ValidationError):
            runner.read(lists.register, supervisor, *bad)


@pytest.mark.parametrize("bad_id", [0, -1, 2**31, 2**70, None, "1", 1.0, True])
def test_an_impossible_dossier_id_is_not_found(
    runner: ServiceRunner, clerk: Actor, bad_id: Any
) -> None:
    _receive(runner, clerk)
    before = _state(runner)
    for call in (
        lambda: runner.read(p.dossier_detail, clerk, bad_id),
        lambda: runner.write(p.hand_over, clerk, bad_id, "Công chức Tư pháp"),
        lambda: runner.write(p.withdraw, clerk, bad_id, "Lý do"),
    ):
        with pytest.raises(ValidationError, match="not found"):
            call()
    assert _state(runner) == before


def test_datetimes_where_days_are_expected_are_refused(
    runner: ServiceRunner, clerk: Actor, clock: FixedClock, make_user
) -> None:  # type: ignore[no-untyped-def]
    detail = _ready(runner, clerk, clock, datetime(2026, 11, 24, 10, 0))
    supervisor = make_user("totruong", "supervisor")
    before = _state(runner)
    sent = PostalReturn("EB123456789VN", datetime(2026, 11, 24, 10, 0))  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        runner.write(p.return_by_post, clerk, detail.id, sent)
    assert caught.value.field == "sent_on"
    with pytest.raises(ValidationError):
        runner.read(lists.register, supervisor, datetime(2026, 11, 20), date(2026, 11, 24))
    assert _state(runner) == before
