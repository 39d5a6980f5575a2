"""The sync worker: sends the outbox on a thread of its own while the app runs.

Neither the GUI thread nor the clerk's DB worker ever waits on the network: a plain
``threading.Thread`` runs ``send_pending`` at start (login), whenever :meth:`SyncWorker.kick` is
called (after a day is closed: :func:`kick_sync`), and otherwise when the next scheduled attempt
is due, at the latest every ``idle_s`` seconds (a day closed on another PC). After each pass it
reports an :class:`~onestop_desktop.sync.outbox.OutboxStatus` through ``status_changed``, which is
delivered on the GUI thread. A failed pass is retried with a backoff of its own (the receiver is
down: one document tried per pass, not all of them). :meth:`SyncWorker.stop` ends the thread
before the app exits: it is asked between documents, and a request in flight ends within the
HTTP timeouts.
"""

from __future__ import annotations

import logging
import random
import threading
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal

from onestop_desktop.services.context import ServiceRunner
from onestop_desktop.sync.outbox import SYNC_ACTOR, OutboxStatus, outbox_status
from onestop_desktop.sync.sender import BACKOFF_CAP, SendReport, backoff_delay, send_pending

log = logging.getLogger(__name__)

IDLE_S = 15 * 60.0  # look again at least this often
MIN_WAIT_S = 1.0
STOP_TIMEOUT_S = 20.0  # connect 5 s + read 10 s, and the transaction that records the outcome

_current: SyncWorker | None = None


def kick_sync() -> None:
    """Ask the running sync worker (if any) for a pass now, e.g. right after a closing."""
    worker = _current
    if worker is not None:
        worker.kick()


def current_sync_worker() -> SyncWorker | None:
    return _current


class SyncWorker(QObject):
    status_changed = Signal(object)  # OutboxStatus, on the GUI thread
    pass_finished = Signal(object)  # SendReport (or None after a failed pass), on the GUI thread
    _from_thread = Signal(object, object)  # (status, report) emitted by the thread: queued

    def __init__(
        self,
        runner: ServiceRunner,
        parent: QObject | None = None,
        *,
        rng: random.Random | None = None,
        idle_s: float = IDLE_S,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.rng = rng or random.Random()
        self.idle_s = idle_s
        self.last_status: OutboxStatus | None = None
        self.last_report: SendReport | None = None
        self.passes = 0
        self._wake = threading.Condition()
        self._kicked = False
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._failures = 0
        self._from_thread.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # -- GUI thread ----------------------------------------------------------------------------
    def start(self) -> None:
        global _current
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="onestop-sync", daemon=True)
        self._thread.start()
        _current = self

    def kick(self) -> None:
        with self._wake:
            self._kicked = True
            self._wake.notify()

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> bool:
        """End the thread; ``True`` when it has ended within ``timeout`` seconds."""
        global _current
        if _current is self:
            _current = None
        self._stopping.set()
        with self._wake:
            self._wake.notify()
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        if thread.is_alive():
            log.warning("sync worker still sending after %.0f s; the app exits anyway", timeout)
            return False
        self._thread = None
        return True

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _deliver(self, status: object, report: object) -> None:
        self.passes += 1
        if isinstance(report, SendReport):
            self.last_report = report
        self.pass_finished.emit(report)
        if isinstance(status, OutboxStatus):
            self.last_status = status
            self.status_changed.emit(status)

    # -- the sync thread -----------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stopping.is_set():
            with self._wake:
                self._kicked = False
            wait_s = self._one_pass()
            if self._stopping.is_set():
                break
            with self._wake:
                if not self._kicked and not self._stopping.is_set():
                    self._wake.wait(wait_s)

    def _one_pass(self) -> float:
        """Run a pass and report it; returns how long to wait before the next one."""
        runner = self.runner
        report: SendReport | None = None
        try:
            report = send_pending(
                runner, clock=runner.clock, rng=self.rng, should_stop=self._stopping.is_set
            )
            status = runner.read(outbox_status, SYNC_ACTOR)
        except Exception:
            log.exception("sync pass failed")
            self._failures += 1
            status = None
        else:
            self._failures = self._failures + 1 if report.retry_later else 0
        if not self._stopping.is_set():
            self._from_thread.emit(status, report)
        if self._failures:
            return backoff_delay(self._failures, self.rng).total_seconds()
        if report is None or not report.configured or report.next_attempt_at is None:
            return self.idle_s
        return self._seconds_until(report.next_attempt_at)

    def _seconds_until(self, when: datetime) -> float:
        seconds = (when - self.runner.clock.now()).total_seconds()
        if seconds > BACKOFF_CAP.total_seconds():
            return MIN_WAIT_S  # the clock went back: the row is due (see outbox.due_items)
        return min(self.idle_s, max(MIN_WAIT_S, seconds))
