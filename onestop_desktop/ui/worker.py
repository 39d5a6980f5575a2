"""The DB worker: runs use cases on one background thread, reports back on the GUI thread.

The GUI thread never waits on the database: it submits a callable and gets the result (or the
exception) through a queued signal. One thread means use cases from this window run in order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it so slots run on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, call: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._call = call
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as exc:
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class DbWorker(QObject):
    """Submit work with ``submit(call, on_done, on_error)``; ``busy_changed`` tracks the queue."""

    busy_changed = Signal(bool)
    job_failed = Signal(object)  # exceptions of jobs submitted without their own error handler

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: set[_Relay] = set()

    def submit(
        self,
        call: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        # No Qt parent: the relay lives exactly as long as Python holds it (until delivery).
        relay = _Relay()
        self._pending.add(relay)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)

        def finish() -> None:
            self._pending.discard(relay)
            if not self._pending:
                self.busy_changed.emit(False)

        def succeeded(result: object) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if on_error is not None:
                on_error(exc)
            else:
                self.job_failed.emit(exc)

        relay.done.connect(succeeded)
        relay.failed.connect(failed)
        self._pool.start(_Job(call, relay))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """For shutdown only: let the last transaction finish before the app exits."""
        return self._pool.waitForDone(msecs)


def start_refresh_timer(owner: QObject, interval_ms: int, refresh: Callable[[], None]) -> QTimer:
    """Call ``refresh`` now and every ``interval_ms`` while ``owner`` lives."""
    timer = QTimer(owner)
    timer.setInterval(interval_ms)
    timer.timeout.connect(refresh)
    timer.start()
    refresh()
    return timer
