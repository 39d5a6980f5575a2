"""The daily housekeeping while the counter app runs: at start and then every hour it makes
today's backup if there is none yet (services/backups.py; SQLite only) and applies the personal
data retention if the ward set one (services/retention.py), on a thread of its own so neither the
window nor the clerk's database work waits for it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from onestop_desktop.domain.roles import Role
from onestop_desktop.services.backups import run_daily_backup
from onestop_desktop.services.context import Actor
from onestop_desktop.services.retention import RetentionReport, apply_retention
from onestop_desktop.store.auto_backup import DailyBackupResult
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import DbWorker

log = logging.getLogger(__name__)
CHECK_INTERVAL_MS = 60 * 60 * 1000
# Who the audit log names for the automatic retention run.
RETENTION_ACTOR = Actor(None, "system", "Tự động", Role.ADMIN)


class BackupScheduler(QObject):
    finished = Signal(object)  # DailyBackupResult | None
    failed = Signal(str)

    def __init__(
        self,
        session: UiSession,
        parent: QObject | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = DbWorker(self)  # its own thread: a long copy never delays the counter
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run)
        self.last_error = ""
        self.retention: RetentionReport | None = None

    def start(self) -> None:
        self.timer.start()
        self.run()

    def run(self) -> None:
        if self.worker.busy:
            return
        runner, location = self.session.runner, self.session.location
        today = runner.clock.now().date()

        def job() -> DailyBackupResult | None:
            result = run_daily_backup(runner, location, today)  # None on PostgreSQL (pg_dump)
            self.retention = runner.write(apply_retention, RETENTION_ACTOR, location.documents_dir)
            return result

        self.worker.submit(job, self._done, self._failed)

    def _done(self, result: DailyBackupResult | None) -> None:
        self.last_error = ""
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        # Not shown as a dialog to the clerk: logged; the administrator sees it on the backup
        # page, and the next hourly check tries again.
        log.error("automatic backup failed: %s", exc)
        self.last_error = str(exc)
        self.failed.emit(self.last_error)

    def stop(self) -> None:
        self.timer.stop()
        self.worker.wait_idle()
