"""The administrator's queue set-up over a real database: lanes, counters, priority rules; every
bad input refused with a clear message and nothing changed; a clerk refused."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest
from sqlalchemy import select

from onestop_desktop.domain.errors import PermissionDenied, ValidationError
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.queue import (
    call_next,
    counter_state,
    finish_service,
    issue_ticket,
    mark_no_show,
)
from onestop_desktop.services.queue_settings import (
    PRIORITY_CATEGORIES,
    QueueSettings,
    get_queue_settings,
    queue_setup,
    read_queue_settings,
    save_counter,
    save_service,
    set_queue_settings,
)
from onestop_desktop.store.models import AuditEntry, Counter, QueueService, Setting

pytestmark = pytest.mark.db


def _state(runner: ServiceRunner) -> dict[str, Any]:
    """Every row the settings touch, to show that a refusal changed nothing."""
    with runner.db.read() as s:
        return {
            "services": [
                (q.id, q.prefix, q.name_vi, q.name_en, q.range_start, q.range_end, q.active)
                for q in s.scalars(select(QueueService).order_by(QueueService.id))
            ],
            "counters": [
                (c.id, c.number, c.name, c.active, sorted(x.id for x in c.services))
                for c in s.scalars(select(Counter).order_by(Counter.id))
            ],
            "settings": [
                (x.key, x.value) for x in s.scalars(select(Setting).order_by(Setting.key))
            ],
            "audit": len(list(s.scalars(select(AuditEntry.id)))),
        }


def _lanes(runner: ServiceRunner, admin: Actor) -> tuple[int, int]:
    a = runner.write(save_service, admin, None, "A", "Hộ tịch", "Civil status", 1, 999)
    b = runner.write(save_service, admin, None, "B", "Chứng thực", "Certification", 1, 999)
    return a.id, b.id


def test_lanes_and_counters_are_created_edited_and_listed_with_audit(
    runner: ServiceRunner, ward: Actor
) -> None:
    a, b = _lanes(runner, ward)
    one = runner.write(save_counter, ward, None, 1, "", [a])
    two = runner.write(save_counter, ward, None, 2, "Quầy 2 — Chứng thực", [b, a])
    assert (one.number, one.name, one.service_ids) == (1, "Quầy 1", (a,))
    assert two.service_ids == tuple(sorted((a, b)))

    setup = runner.read(queue_setup, ward)
    assert [(s.prefix, s.name_vi, s.sort_order) for s in setup.services] == [
        ("A", "Hộ tịch", 0),
        ("B", "Chứng thực", 1),
    ]
    assert [c.number for c in setup.counters] == [1, 2]

    # An edit: a wider range, the English name dropped; counter 1 now serves B only.
    edited = runner.write(save_service, ward, a, "a", "Hộ tịch", "", 1, 9999)
    assert (edited.prefix, edited.name_en, edited.range_end) == ("A", None, 9999)
    runner.write(save_counter, ward, one.id, 1, "Quầy 1", [b])
    with runner.db.read() as s:
        rows = [
            (e.entity, e.action, json.loads(e.before_json or "null"), json.loads(e.after_json))
            for e in s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity.in_(("queue_service", "counter")))
                .order_by(AuditEntry.id)
            )
        ]
    assert [(e, a_) for e, a_, _b, _a in rows] == [
        ("queue_service", "create"),
        ("queue_service", "create"),
        ("counter", "create"),
        ("counter", "create"),
        ("queue_service", "update"),
        ("counter", "update"),
    ]
    assert (rows[4][2]["range_end"], rows[4][3]["range_end"]) == (999, 9999)
    assert (rows[5][2]["services"], rows[5][3]["services"]) == (["A"], ["B"])

    # Saving without a change writes no audit row.
    before = _state(runner)
    runner.write(save_service, ward, a, "A", "Hộ tịch", None, 1, 9999)
    assert _state(runner) == before


def test_names_are_stored_nfc_and_single_spaced(runner: ServiceRunner, ward: Actor) -> None:
    decomposed = unicodedata.normalize("NFD", "  Hộ   tịch ")
    lane = runner.write(save_service, ward, None, "HT", decomposed, None, 1, 99)
    assert lane.name_vi == "Hộ tịch"
    assert unicodedata.is_normalized("NFC", lane.name_vi)


@pytest.mark.parametrize(
    ("args", "field", "message"),
    [
        (("a1", "Hộ tịch", None, 1, 999), "prefix", "1–2 chữ cái in hoa"),
        (("ABC", "Hộ tịch", None, 1, 999), "prefix", "1–2 chữ cái in hoa"),
        (("Đ", "Hộ tịch", None, 1, 999), "prefix", "1–2 chữ cái in hoa"),
        (("", "Hộ tịch", None, 1, 999), "prefix", "1–2 chữ cái in hoa"),
        (("A", "Đất đai", None, 1, 999), "prefix", "đã dùng cho dịch vụ “Hộ tịch”"),
        (("C", "  ", None, 1, 999), "name_vi", "Chưa nhập tên dịch vụ"),
        (("C", "Đất\x07đai", None, 1, 999), "name_vi", "ký tự không hợp lệ"),
        (("C", "Đất đai", "Land\x00", 1, 999), "name_en", "ký tự không hợp lệ"),
        (("C", "Đ" * 121, None, 1, 999), "name_vi", "dài quá 120"),
        (("C", "Đất đai", None, 0, 999), "range", "1 ≤ số đầu < số cuối ≤ 9999"),
        (("C", "Đất đai", None, 50, 50), "range", "1 ≤ số đầu < số cuối ≤ 9999"),
        (("C", "Đất đai", None, 1, 10000), "range", "1 ≤ số đầu < số cuối ≤ 9999"),
    ],
)
def test_a_bad_lane_is_refused_and_nothing_changes(
    runner: ServiceRunner, ward: Actor, args: tuple[Any, ...], field: str, message: str
) -> None:
    _lanes(runner, ward)
    before = _state(runner)
    with pytest.raises(ValidationError) as refused:
        runner.write(save_service, ward, None, *args)
    assert refused.value.field == field
    assert message in refused.value.message_vi
    assert _state(runner) == before


def test_editing_a_lane_that_does_not_exist_is_refused(runner: ServiceRunner, ward: Actor) -> None:
    _lanes(runner, ward)
    before = _state(runner)
    with pytest.raises(ValidationError, match="no service 999"):
        runner.write(save_service, ward, 999, "Z", "Không có", None, 1, 99)
    assert _state(runner) == before


@pytest.mark.parametrize(
    ("number", "name", "services", "field", "message"),
    [
        (3, "", [], "services", "ít nhất một dịch vụ"),
        (3, "", [424242], "services", "Không có dịch vụ số 424242"),
        (0, "", ["A"], "number", "từ 1 đến 99"),
        (100, "", ["A"], "number", "từ 1 đến 99"),
        (1, "", ["A"], "number", "Đã có quầy số 1"),
        (3, "Quầy\x1b3", ["A"], "name", "ký tự không hợp lệ"),
        (3, "Q" * 81, ["A"], "name", "dài quá 80"),
        (3, "", ["S"], "services", "Dịch vụ S đã ngừng"),
    ],
)
def test_a_bad_counter_is_refused_and_nothing_changes(
    runner: ServiceRunner,
    ward: Actor,
    number: int,
    name: str,
    services: list[Any],
    field: str,
    message: str,
) -> None:
    a, _b = _lanes(runner, ward)
    stopped = runner.write(save_service, ward, None, "S", "Đã ngừng", None, 1, 99, False)
    runner.write(save_counter, ward, None, 1, "", [a])
    ids = {"A": a, "S": stopped.id}
    before = _state(runner)
    with pytest.raises(ValidationError) as refused:
        runner.write(save_counter, ward, None, number, name, [ids.get(s, s) for s in services])
    assert refused.value.field == field
    assert message in refused.value.message_vi
    assert _state(runner) == before


def test_a_counter_edited_to_serve_no_service_is_refused(
    runner: ServiceRunner, ward: Actor
) -> None:
    a, _b = _lanes(runner, ward)
    one = runner.write(save_counter, ward, None, 1, "", [a])
    before = _state(runner)
    with pytest.raises(ValidationError, match="at least one service"):
        runner.write(save_counter, ward, one.id, 1, "Quầy 1", [])
    assert _state(runner) == before


def test_a_lane_that_a_counter_serves_alone_cannot_be_stopped(
    runner: ServiceRunner, ward: Actor
) -> None:
    a, b = _lanes(runner, ward)
    runner.write(save_counter, ward, None, 1, "", [a])
    two = runner.write(save_counter, ward, None, 2, "", [a, b])
    before = _state(runner)
    with pytest.raises(ValidationError) as refused:
        runner.write(save_service, ward, a, "A", "Hộ tịch", None, 1, 999, False)
    assert "Quầy 1 chỉ phục vụ dịch vụ này" in refused.value.message_vi
    assert _state(runner) == before
    # B is served by counter 2 beside A: it may stop; counter 2 keeps A.
    stopped = runner.write(save_service, ward, b, "B", "Chứng thực", None, 1, 999, False)
    assert not stopped.active
    assert runner.read(queue_setup, ward).counters[1].id == two.id


def test_a_stopped_counter_stays_listed_inactive(runner: ServiceRunner, ward: Actor) -> None:
    a, _b = _lanes(runner, ward)
    one = runner.write(save_counter, ward, None, 1, "", [a])
    runner.write(save_counter, ward, one.id, 1, "Quầy 1", [a], False)
    [row] = runner.read(queue_setup, ward).counters
    assert (row.number, row.active) == (1, False)


def test_priority_rules_default_then_saved_as_settings(runner: ServiceRunner, ward: Actor) -> None:
    assert runner.read(get_queue_settings, ward) == QueueSettings(2, PRIORITY_CATEGORIES, 1)
    saved = runner.write(set_queue_settings, ward, 3, ["pregnant", "elderly"], 2)
    assert saved == QueueSettings(3, ("elderly", "pregnant"), 2)
    assert runner.read(read_queue_settings, None) == saved
    with runner.db.read() as s:
        stored = {x.key: json.loads(x.value) for x in s.scalars(select(Setting))}
    assert stored["queue.priority_after_normals"] == 3
    assert stored["queue.priority_categories"] == ["elderly", "pregnant"]
    assert stored["queue.no_show_after_recalls"] == 2


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((-1, ["elderly"], 1), "priority_after_normals"),
        ((11, ["elderly"], 1), "priority_after_normals"),
        ((2, [], 1), "priority_categories"),
        ((2, ["elderly", "vip"], 1), "priority_categories"),
        ((2, ["elderly"], -1), "no_show_after_recalls"),
        ((2, ["elderly"], 6), "no_show_after_recalls"),
    ],
)
def test_bad_priority_rules_are_refused_and_nothing_changes(
    runner: ServiceRunner, ward: Actor, args: tuple[Any, ...], field: str
) -> None:
    runner.write(set_queue_settings, ward, 1, ["elderly"], 1)
    before = _state(runner)
    with pytest.raises(ValidationError) as refused:
        runner.write(set_queue_settings, ward, *args)
    assert refused.value.field == field
    assert _state(runner) == before


def test_a_clerk_and_a_supervisor_may_not_change_the_queue_setup(
    runner: ServiceRunner,
    ward: Actor,
    make_user,  # type: ignore[no-untyped-def]
) -> None:
    a, _b = _lanes(runner, ward)
    for role in ("clerk", "supervisor"):
        actor = make_user(f"nguoi.{role}", role)
        before = _state(runner)
        with pytest.raises(PermissionDenied):
            runner.write(save_service, actor, None, "C", "Đất đai", None, 1, 999)
        with pytest.raises(PermissionDenied):
            runner.write(save_counter, actor, None, 5, "", [a])
        with pytest.raises(PermissionDenied):
            runner.write(set_queue_settings, actor, 1, ["elderly"], 1)
        with pytest.raises(PermissionDenied):
            runner.read(get_queue_settings, actor)
        with pytest.raises(PermissionDenied):
            runner.read(queue_setup, actor)
        assert _state(runner) == before


def test_a_lane_with_waiting_tickets_and_a_busy_counter_cannot_be_stopped(
    runner: ServiceRunner, ward: Actor
) -> None:
    a, b = _lanes(runner, ward)
    one = runner.write(save_counter, ward, None, 1, "", [a, b])
    runner.write(issue_ticket, ward, b)
    runner.write(issue_ticket, ward, a)
    before = _state(runner)
    with pytest.raises(ValidationError) as refused:
        runner.write(save_service, ward, b, "B", "Chứng thực", None, 1, 999, False)
    assert refused.value.message_vi.startswith("Còn 1 số đang chờ ở dịch vụ B")
    called = runner.write(call_next, ward, one.id)
    assert called is not None
    with pytest.raises(ValidationError, match="finish it before stopping"):
        runner.write(save_counter, ward, one.id, 1, "Quầy 1", [a, b], False)
    assert _state(runner)["services"] == before["services"]
    assert _state(runner)["counters"] == before["counters"]
    runner.write(finish_service, ward, one.id)
    runner.write(save_counter, ward, one.id, 1, "Quầy 1", [a, b], False)


def test_the_queue_follows_the_saved_rules(runner: ServiceRunner, ward: Actor) -> None:
    a, _b = _lanes(runner, ward)
    one = runner.write(save_counter, ward, None, 1, "", [a])
    runner.write(set_queue_settings, ward, 0, ["elderly"], 0)
    normal = runner.write(issue_ticket, ward, a).ticket
    elderly = runner.write(issue_ticket, ward, a, "elderly").ticket
    with pytest.raises(ValidationError):  # a category the ward no longer offers
        runner.write(issue_ticket, ward, a, "pregnant")
    # 0 normals per priority: the elderly citizen goes first; a no-show needs no recall.
    assert [t.id for t in runner.read(counter_state, ward, one.id).waiting] == [
        elderly.id,
        normal.id,
    ]
    assert runner.write(call_next, ward, one.id).id == elderly.id  # type: ignore[union-attr]
    assert runner.write(mark_no_show, ward, one.id).status == "no_show"
