"""A counter window runs thousands of worker jobs a day: none of them may leak or drop references.

PySide6 6.12.0 released a reference to ``True`` on every ``Signal.emit`` from Python; the app then
aborted with "bool_dealloc" after about 2,000 jobs (an hour of a counter panel refreshing). This
guards the pinned versions against that class of fault.
"""

from __future__ import annotations

import gc
import sys

from onestop_desktop.ui.worker import DbWorker


def test_two_thousand_worker_jobs_leave_true_and_false_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker = DbWorker()
    results: list[bool] = []
    gc.collect()  # earlier tests' garbage must not move the counts while we measure
    before = sys.getrefcount(True), sys.getrefcount(False)
    for batch in range(4):
        with qtbot.waitSignal(worker.busy_changed, check_params_cb=lambda b: b is False):
            for n in range(500):
                worker.submit(lambda n=n: n % 2 == 0, results.append)
        assert len(results) == 500 * (batch + 1)
    results.clear()
    gc.collect()
    after = sys.getrefcount(True), sys.getrefcount(False)
    # The fault took 3 references per job (6,000 here); allow noise from other live objects.
    assert abs(after[0] - before[0]) < 1000, (before, after)
    assert abs(after[1] - before[1]) < 1000, (before, after)
