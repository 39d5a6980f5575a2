"""Dossier codes from several processes at once: no duplicate, no gap (SQLite or PostgreSQL)."""

from __future__ import annotations

import multiprocessing
import queue as queue_module
from datetime import datetime

import pytest
from sqlalchemy import select

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.intake import IntakeForm
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.intake import receive_dossier
from onestop_desktop.store.engine import Database
from onestop_desktop.store.models import Dossier
from tests.conftest import START
from tests.intake_helpers import intake_form, load_sample_catalogue

pytestmark = [pytest.mark.db, pytest.mark.slow]
PROCESSES = 4
PER_PROCESS = 50


def _receive_many(
    url: str,
    clerk: Actor,
    form: IntakeForm,
    count: int,
    go: multiprocessing.synchronize.Event,
    out: multiprocessing.Queue,  # type: ignore[type-arg]
) -> None:
    db = Database(url)
    runner = ServiceRunner(db, FixedClock(START))
    codes: list[str] = []
    errors: list[str] = []
    go.wait(timeout=60)
    for _ in range(count):
        try:
            codes.append(runner.write(receive_dossier, clerk, form).code)
        except Exception as error:  # reported to the test, which fails on any
            errors.append(f"{type(error).__name__}: {error}")
    db.dispose()
    out.put((codes, errors))


def test_200_intakes_from_4_processes_get_codes_0001_to_0200(
    db_url: str,
    runner: ServiceRunner,
    ward: Actor,
    make_user,  # type: ignore[no-untyped-def]
) -> None:
    load_sample_catalogue(runner, ward)
    clerk = make_user("canbo1", "clerk")
    form = intake_form(runner, clerk, "1.001193")
    ctx = multiprocessing.get_context("spawn")
    go = ctx.Event()
    out = ctx.Queue()
    procs = [
        ctx.Process(target=_receive_many, args=(db_url, clerk, form, PER_PROCESS, go, out))
        for _ in range(PROCESSES)
    ]
    for proc in procs:
        proc.start()
    go.set()
    results = []
    for _ in procs:
        try:
            results.append(out.get(timeout=240))
        except queue_module.Empty:
            pytest.fail("a process did not report back within 240 s")
    for proc in procs:
        proc.join(timeout=30)
        assert proc.exitcode == 0
    errors = [e for _, errs in results for e in errs]
    assert errors == []
    codes = sorted(c for cs, _ in results for c in cs)
    expected = [f"000.00.06.H56-261120-{n:04d}" for n in range(1, PROCESSES * PER_PROCESS + 1)]
    assert codes == expected
    assert all(len(cs) == PER_PROCESS for cs, _ in results)
    with runner.db.read() as s:
        stored = sorted(s.scalars(select(Dossier.code)).all())
        seqs = sorted(s.scalars(select(Dossier.seq)).all())
    assert stored == expected
    assert seqs == list(range(1, 201))

    # The next business day starts again at 0001.
    next_day = ServiceRunner(runner.db, FixedClock(datetime(2026, 11, 23, 8, 0)))
    assert next_day.write(receive_dossier, clerk, form).code == "000.00.06.H56-261123-0001"
