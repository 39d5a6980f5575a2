"""The Biểu 06 buckets: the SQL aggregation agrees with the one-dossier rule on random dossiers,
and every field's row adds up."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from onestop_desktop.domain.statistics import (
    RECEIVED,
    SETTLED,
    Bucket,
    DossierFacts,
    Period,
    classify,
)
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.totals import dossier_buckets
from onestop_desktop.store.models import Dossier, DossierEvent, Procedure
from tests.intake_helpers import load_sample_catalogue

pytestmark = pytest.mark.db
BASE = datetime(2026, 11, 1, 7, 30)
STATUSES = (
    "received", "in_processing", "result_ready", "returned", "awaiting_supplement",
    "refused", "withdrawn", "stopped",
)  # fmt: skip


@st.composite
def dossier_facts(draw: st.DrawFn) -> DossierFacts:
    status = draw(st.sampled_from(STATUSES))
    received = BASE + timedelta(hours=draw(st.integers(0, 24 * 40)))
    due = (
        None
        if status in ("refused",) or draw(st.integers(0, 9)) == 0
        else (received + timedelta(hours=draw(st.integers(0, 24 * 15))))
    )
    released = timing = closed = None
    if status in ("result_ready", "returned") and due is not None:
        released = received + timedelta(hours=draw(st.integers(1, 24 * 20)))
        timing = (
            "late" if released > due else ("early" if released.date() < due.date() else "on_time")
        )
    if status in ("withdrawn", "stopped"):
        closed = received + timedelta(hours=draw(st.integers(1, 24 * 20)))
    channel = draw(st.sampled_from(("direct", "online", "postal", "mobile")))
    return DossierFacts(status, channel, received, due, released, timing, closed)


@pytest.fixture
def fields(runner: ServiceRunner, ward: Actor) -> list[int]:
    load_sample_catalogue(runner, ward)
    with runner.db.read() as s:
        by_field: dict[str, int] = {}
        for pid, field in s.execute(
            select(Procedure.id, Procedure.field_vi).order_by(Procedure.id)
        ):
            by_field.setdefault(field, pid)
    return list(by_field.values())[:3]


def _insert(runner: ServiceRunner, facts: list[DossierFacts], procedures: list[int]) -> None:
    with runner.db.write() as s:
        s.execute(update(Dossier).values(status="refused"))  # earlier examples drop out
        start = int(s.scalar(select(Dossier.id).order_by(Dossier.id.desc()).limit(1)) or 0)
        for k, f in enumerate(facts):
            i = start + 1 + k
            s.add(
                Dossier(
                    id=i,
                    code=f"T-{i}",
                    unit_code="000.00.06.H56",
                    business_date=f.received_at.date(),
                    seq=i,
                    procedure_id=procedures[k % len(procedures)],
                    channel=f.channel,
                    status=f.status,
                    received_at=f.received_at,
                    due_at=f.due_at,
                    result_ready_at=f.released_at,
                    return_timing=f.timing,
                    applicant_name="Người Thử",
                    applicant_name_key="nguoi thu",
                )
            )
            if f.closed_at is not None:
                s.add(DossierEvent(dossier_id=i, at=f.closed_at, from_status="received",
                                   to_status=f.status))  # fmt: skip


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    facts=st.lists(dossier_facts(), min_size=15, max_size=60),
    start_day=st.integers(0, 35),
    length=st.integers(0, 10),
    as_of_hours=st.integers(0, 24 * 50),
)
def test_sql_buckets_agree_with_the_rule_and_add_up(
    runner: ServiceRunner,
    ward: Actor,
    fields: list[int],
    facts: list[DossierFacts],
    start_day: int,
    length: int,
    as_of_hours: int,
) -> None:
    start = date(2026, 11, 1) + timedelta(days=start_day)
    period = Period(start, start + timedelta(days=length), BASE + timedelta(hours=as_of_hours))
    _insert(runner, facts, fields)
    with runner.db.read() as s:
        field_of = dict(s.execute(select(Procedure.id, Procedure.field_vi)).all())
    expected: dict[str, dict[Bucket, int]] = {}
    for i, f in enumerate(facts):
        got = classify(f, period)
        if got is None:
            continue
        row = expected.setdefault(field_of[fields[i % len(fields)]], {})
        for bucket in got:
            row[bucket] = row.get(bucket, 0) + 1
    result = runner.read(dossier_buckets, ward, period)
    event(f"buckets used: {min(len({b for r in expected.values() for b in r}), 9) // 3 * 3}+")
    assert {r.field: {b: n for b, n in r.counts.items() if n} for r in result} == expected
    for r in result:
        assert sum(r[b] for b in RECEIVED) == sum(r[b] for b in SETTLED)
