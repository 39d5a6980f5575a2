"""Starting the app, fast: the login dialog shows with only Qt loaded; the database is opened
(and SQLAlchemy, Alembic and the services imported) on the worker thread while the clerk types.
Then first run, demo seeding or login, then the main window. Errors at start are shown as a
message with what to do, never a traceback."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from onestop_desktop import __version__
from onestop_desktop.domain.errors import UserError
from onestop_desktop.domain.roles import Role
from onestop_desktop.resources_path import resource
from onestop_desktop.store.instance_lock import InstanceLock
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.first_run_dialog import FirstRunDialog
from onestop_desktop.ui.i18n import install_language
from onestop_desktop.ui.login_dialog import LoginDialog
from onestop_desktop.ui.messages import error_text, set_message_language
from onestop_desktop.ui.worker import DbWorker

if TYPE_CHECKING:  # heavy modules: imported on the worker thread or after login
    from onestop_desktop.domain.clock import Clock
    from onestop_desktop.services.auth import LoginResult
    from onestop_desktop.services.context import Actor, ServiceRunner
    from onestop_desktop.services.dto import WardStatus
    from onestop_desktop.ui.auto_backup import BackupScheduler
    from onestop_desktop.ui.idle_lock import IdleLock
    from onestop_desktop.ui.main_window import MainWindow
    from onestop_desktop.ui.sync_worker import SyncWorker

log = logging.getLogger(__name__)

# Start-up probe for benchmarks and smoke tests: "login" prints READY once the login dialog is
# shown; any other value logs in with ONESTOP_PROBE_USER/PASSWORD and prints READY once the
# main window is shown. Either way the app then exits 0.
PROBE_ENV = "ONESTOP_EXIT_WHEN_READY"


def read_ui_cache(location: DataLocation) -> dict[str, str]:
    try:
        data = json.loads(location.ui_cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def write_ui_cache(location: DataLocation, ward_name: str, language: str) -> None:
    try:
        location.ui_cache_file.write_text(
            json.dumps({"ward_name": ward_name, "language": language}, ensure_ascii=False),
            encoding="utf-8",
        )
    except OSError:
        log.warning("cannot write %s", location.ui_cache_file)


def open_runner(location: DataLocation, clock: Clock | None) -> tuple[ServiceRunner, WardStatus]:
    """Runs on the worker thread: imports the data layers, opens and migrates the database, and
    reads the ward. Every mode starts with this."""
    from onestop_desktop.domain.clock import SystemClock
    from onestop_desktop.services.context import ServiceRunner
    from onestop_desktop.services.setup import ward_status
    from onestop_desktop.store.startup import open_database

    clock = clock or SystemClock()
    db, _report = open_database(location, clock.now())
    runner = ServiceRunner(db, clock)
    try:
        status = runner.read(ward_status, None)
    except BaseException:
        db.dispose()
        raise
    return runner, status


def _open(location: DataLocation, clock: Clock | None) -> tuple[ServiceRunner, WardStatus]:
    """The counter app's opening: remembers the ward for the next login window, and warms what
    login and the main window need, still off the GUI thread."""
    runner, status = open_runner(location, clock)
    if status.initialised:
        write_ui_cache(location, status.name or "", status.language)
    import onestop_desktop.services.auth
    import onestop_desktop.ui.main_window  # noqa: F401

    return runner, status


class AppController(QObject):
    """Drives start-up as a chain of worker jobs and dialogs."""

    # "login", "login_ready", "first_run", "change_password", "main": what the person sees now.
    stage_changed = Signal(str)

    def __init__(
        self,
        location: DataLocation,
        *,
        demo: bool = False,
        language: str | None = None,
        clock: Clock | None = None,
        on_exit: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__()
        self.location = location
        self.demo = demo
        self.forced_language = language
        self.clock = clock
        self.worker = DbWorker(self)
        self.runner: ServiceRunner | None = None
        self.status: WardStatus | None = None
        self.language = language or "vi"
        self.dialog: QWidget | None = None
        self.window: MainWindow | None = None
        self.idle_lock: IdleLock | None = None
        self.backups: BackupScheduler | None = None
        self.sync: SyncWorker | None = None
        self.on_exit = on_exit or (lambda code: QApplication.exit(code))
        self.show_fatal: Callable[[str], object] = lambda text: QMessageBox.critical(
            None, "onestop-desktop", text
        )

    # -- start ---------------------------------------------------------------------------------
    def start(self) -> None:
        cache = read_ui_cache(self.location)
        self._apply_language(cache.get("language", "vi"))
        self._show_login(cache.get("ward_name", ""))
        assert isinstance(self.dialog, LoginDialog)
        self.dialog.set_connecting()
        location, clock = self.location, self.clock
        self.worker.submit(lambda: _open(location, clock), self._opened, self._fatal)
        if os.environ.get(PROBE_ENV) == "login":
            QTimer.singleShot(0, self._probe_ready)

    def _opened(self, result: tuple[ServiceRunner, WardStatus]) -> None:
        self.runner, self.status = result
        login = self.dialog if isinstance(self.dialog, LoginDialog) else None
        if not self.status.initialised:
            if login is not None:
                login.hide()
            self._apply_language(self.status.language)
            self._seed_demo() if self.demo else self._show_first_run()
            return
        if (self.forced_language or self.status.language) != self.language and login:
            # The ward's language changed since the last start: rebuild the dialog in it.
            typed = login.username.text()
            login.hide()
            self._apply_language(self.status.language)
            self._show_login(self.status.name or "")
            assert isinstance(self.dialog, LoginDialog)
            self.dialog.username.setText(typed)
        assert isinstance(self.dialog, LoginDialog)
        self.dialog.set_ready(self.status.name or "")
        self.stage_changed.emit("login_ready")
        if os.environ.get(PROBE_ENV) and os.environ.get(PROBE_ENV) != "login":
            self.dialog.username.setText(os.environ.get("ONESTOP_PROBE_USER", ""))
            self.dialog.password.setText(os.environ.get("ONESTOP_PROBE_PASSWORD", ""))
            self.dialog.login_button.click()

    def _apply_language(self, stored: str) -> None:
        self.language = self.forced_language or (stored if stored in ("vi", "en") else "vi")
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_language(app, self.language)
        set_message_language(self.language)

    def _fatal(self, exc: BaseException) -> None:
        if self.dialog is not None:
            self.dialog.hide()
        self.show_fatal(error_text(exc))
        self.on_exit(1)

    # -- demo and first run --------------------------------------------------------------------
    def _seed_demo(self) -> None:
        from onestop_desktop.services.demo import DemoReport

        runner = self.runner
        assert runner is not None

        def job() -> tuple[DemoReport, WardStatus]:
            from onestop_desktop.services.catalogue_files import read_catalogue_file
            from onestop_desktop.services.demo import seed_demo
            from onestop_desktop.services.setup import ward_status

            catalogue = read_catalogue_file(resource("catalogue", "procedures-sample.csv"))
            report = runner.write(seed_demo, None, catalogue)
            return report, runner.read(ward_status, None)

        def seeded(result: tuple[DemoReport, WardStatus]) -> None:
            report, self.status = result
            print("Demo accounts (shown once):", flush=True)
            for acc in report.accounts:
                print(f"  {acc.username:<10} {acc.role:<11} {acc.password}", flush=True)
            self._show_login(self.status.name or "")
            assert isinstance(self.dialog, LoginDialog)
            self.dialog.set_ready(self.status.name or "")
            self.stage_changed.emit("login_ready")

        self.worker.submit(job, seeded, self._fatal)

    def _show_first_run(self) -> None:
        dialog = FirstRunDialog(self._submit_setup)
        dialog.rejected.connect(lambda: self.on_exit(0))
        self.dialog = dialog
        dialog.show()
        self.stage_changed.emit("first_run")

    def _submit_setup(self, values: dict[str, str]) -> None:
        runner = self.runner
        dialog = self.dialog
        assert runner is not None
        assert isinstance(dialog, FirstRunDialog)

        def job() -> tuple[Actor, WardStatus]:
            from onestop_desktop.services.setup import create_ward, ward_status

            actor = runner.write(create_ward, None, **values)
            return actor, runner.read(ward_status, None)

        def done(result: tuple[Actor, WardStatus]) -> None:
            actor, self.status = result
            dialog.accept()
            self._open_main(actor)

        self.worker.submit(job, done, dialog.setup_failed)

    # -- login ---------------------------------------------------------------------------------
    def _show_login(self, ward_name: str) -> None:
        dialog = LoginDialog(ward_name, self._submit_login)
        dialog.rejected.connect(lambda: self.on_exit(0))
        self.dialog = dialog
        dialog.show()
        self.stage_changed.emit("login")

    def _submit_login(self, username: str, password: str) -> None:
        runner = self.runner
        dialog = self.dialog
        assert runner is not None
        assert isinstance(dialog, LoginDialog)

        def job() -> LoginResult:
            from onestop_desktop.services.auth import login

            return runner.write(login, None, username=username, password=password)

        def done(result: LoginResult) -> None:
            if result.actor is None:
                message = result.message_en if self.language == "en" else result.message_vi
                dialog.login_refused(message)
                if os.environ.get(PROBE_ENV):
                    print(f"LOGIN REFUSED: {result.message_en}", file=sys.stderr, flush=True)
                    self.on_exit(1)
                return
            dialog.accept()
            if result.must_change_password:
                self._ask_new_password(result.actor)
                return
            self._open_main(result.actor)

        self.worker.submit(job, done, lambda exc: dialog.login_refused(error_text(exc)))

    def _ask_new_password(self, actor: Actor) -> None:
        """After an administrator's reset: a new password before any work; Cancel logs out."""
        from onestop_desktop.ui.password_dialog import PasswordDialog

        runner = self.runner
        assert runner is not None

        def submit(current: str, new: str) -> None:
            from onestop_desktop.services.users import change_own_password

            self.worker.submit(
                lambda: runner.write(
                    change_own_password, actor, current_password=current, new_password=new
                ),
                changed,
                dialog.failed,
            )

        def changed(_ok: bool) -> None:
            dialog.accept()
            self._open_main(actor)

        def cancelled() -> None:
            assert self.status is not None
            self._show_login(self.status.name or "")
            assert isinstance(self.dialog, LoginDialog)
            self.dialog.set_ready(self.status.name or "")
            self.stage_changed.emit("login_ready")

        dialog = PasswordDialog(submit, own=True, who=actor.full_name)
        dialog.rejected.connect(cancelled)
        self.dialog = dialog
        dialog.show()
        self.stage_changed.emit("change_password")

    # -- main window ---------------------------------------------------------------------------
    def _open_main(self, actor: Actor) -> None:
        from onestop_desktop.ui.main_window import MainWindow
        from onestop_desktop.ui.session import UiSession

        assert self.runner is not None
        assert self.status is not None
        session = UiSession(
            worker=self.worker,
            runner=self.runner,
            location=self.location,
            ward=self.status,
            actor=actor,
            language=self.language,
        )
        self.window = MainWindow(session)
        from onestop_desktop.ui.idle_lock import IdleLock

        self.idle_lock = IdleLock(self.window, session)
        from onestop_desktop.ui.auto_backup import BackupScheduler

        self.backups = BackupScheduler(session, self)
        self.backups.start()
        self._start_sync()
        self.window.show()
        panel = self.window.counter_panel
        if panel is not None and actor.role in (Role.CLERK, Role.SUPERVISOR):
            panel.ask_if_unset()  # which counter is this PC, if it does not know yet
        self.stage_changed.emit("main")
        if os.environ.get(PROBE_ENV):
            QTimer.singleShot(0, self._probe_ready)

    def _start_sync(self) -> None:
        """The outbox sender, on its own thread from login to exit (ui/sync_worker.py)."""
        from onestop_desktop.ui.status_bar import AppStatusBar
        from onestop_desktop.ui.sync_worker import SyncWorker

        assert self.runner is not None
        assert self.window is not None
        if self.sync is not None:
            self.sync.stop()
        self.sync = SyncWorker(self.runner, self)
        status_bar = self.window.statusBar()
        if isinstance(status_bar, AppStatusBar):
            status_bar.attach_sync(self.sync)
        self.sync.start()

    def _probe_ready(self) -> None:
        print("READY", flush=True)
        self.on_exit(0)

    def shutdown(self) -> None:
        if self.sync is not None:
            self.sync.stop()
        if self.backups is not None:
            self.backups.stop()
        self.worker.wait_idle()
        if self.runner is not None:
            self.runner.db.dispose()


def _install_excepthook() -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("uncaught exception", exc_info=(kind, exc, tb))
        if isinstance(exc, UserError) or QApplication.instance() is not None:
            QMessageBox.warning(None, "onestop-desktop", error_text(exc))

    sys.excepthook = hook


def _load_fonts(app: QApplication) -> None:
    """The bundled fonts (Vietnamese on every PC) and the application's window icon."""
    for name in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource("fonts", name)))
    app.setFont(QFont("Liberation Sans", 11))
    app.setWindowIcon(QIcon(str(resource("icons", "onestop.png"))))


def run_app(location: DataLocation, *, demo: bool = False, language: str | None = None) -> int:
    app: Any = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("onestop-desktop")
    app.setApplicationVersion(__version__)
    _load_fonts(app)
    _install_excepthook()
    lock = InstanceLock(location.data_dir)
    try:
        lock.acquire()
    except OSError as exc:
        QMessageBox.critical(None, "onestop-desktop", str(exc))
        return 1
    controller = AppController(location, demo=demo, language=language)
    controller.start()
    try:
        return int(app.exec())
    finally:
        controller.shutdown()
        lock.release()
