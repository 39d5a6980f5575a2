"""Render the app's screens with demo data to PNG files under docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR]

Uses the real windows over a real demo database in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.resources_path import resource
from onestop_desktop.services.auth import login
from onestop_desktop.services.calendar_days import add_calendar_day
from onestop_desktop.services.catalogue import browse_catalogue, get_procedure
from onestop_desktop.services.catalogue_files import read_catalogue_file
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.demo import DemoReport, seed_demo
from onestop_desktop.services.dto import WardStatus
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import DataLocation, resolve_location
from onestop_desktop.store.startup import open_database
from onestop_desktop.ui.admin_tab import AdminTab
from onestop_desktop.ui.app import _load_fonts
from onestop_desktop.ui.catalogue_tab import CatalogueTab
from onestop_desktop.ui.first_run_dialog import FirstRunDialog
from onestop_desktop.ui.i18n import install_language
from onestop_desktop.ui.login_dialog import LoginDialog
from onestop_desktop.ui.main_window import MainWindow
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import DbWorker


def settle(worker: DbWorker) -> None:
    """Let queued jobs finish and their results paint."""
    app = QApplication.instance()
    assert app is not None
    while worker.busy:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    loop = QEventLoop()
    QTimer.singleShot(100, loop.quit)
    loop.exec()


def save(widget: QWidget, out: Path, name: str) -> None:
    widget.grab().save(str(out / name))
    print(out / name)


def save_catalogue_screens(
    runner: ServiceRunner, window: MainWindow, worker: DbWorker, out: Path, language: str
) -> None:
    """The procedure dialog (editing "Đăng ký khai sinh") and the working-calendar page."""
    tabs = [window.tabs.widget(i) for i in range(window.tabs.count())]
    actor = window.session.actor
    for tab in tabs:
        if isinstance(tab, CatalogueTab):
            window.tabs.setCurrentWidget(tab)
            entry = runner.read(browse_catalogue, actor, "1.001193")[0]
            tab._open_dialog(runner.read(get_procedure, actor, entry.id))
            assert tab.dialog is not None
            settle(worker)
            save(tab.dialog, out, f"procedure-dialog-{language}.png")
            tab.dialog.reject()
        if isinstance(tab, AdminTab):
            window.tabs.setCurrentWidget(tab)
            tab.pages.setCurrentWidget(tab.calendar)
            tab.calendar.refresh()
            settle(worker)
            save(window, out, f"main-admin-calendar-{language}.png")
            for page, name in (
                (tab.audit_page, "audit"),
                (tab.security_page, "security"),
                (tab.backup_page, "backup"),
                (tab.sync_page, "sync"),
            ):
                tab.pages.setCurrentWidget(page)
                page.refresh()
                settle(worker)
                save(window, out, f"main-admin-{name}-{language}.png")


def save_dashboard_screens(window: MainWindow, worker: DbWorker, out: Path) -> None:
    """The supervisor's dashboard in the demo morning (longest wait past the target) and the
    close-day dialog with what is still open (cancelled: the demo day stays open)."""
    from onestop_desktop.ui.dashboard_tab import DashboardTab

    tab = next(
        w
        for i in range(window.tabs.count())
        if isinstance(w := window.tabs.widget(i), DashboardTab)
    )
    window.tabs.setCurrentWidget(tab)
    tab.refresh()
    settle(worker)
    window.tabs.tabBar().setFocus()  # no field selected in the picture
    save(window, out, "dashboard.png")
    tab.open_close_day()
    settle(worker)
    assert tab.close_dialog is not None
    save(tab.close_dialog, out, "close-day.png")
    tab.close_dialog.reject()


def save_intake_screens(window: MainWindow, worker: DbWorker, out: Path, language: str) -> None:
    """The intake tab: a procedure search, messages beside bad fields, a dossier received."""
    tab = window.intake
    assert tab is not None
    window.tabs.setCurrentWidget(tab)
    tab.new_dossier()
    tab.picker.search.setText("khai sinh")
    tab.picker.refresh()
    settle(worker)
    save(window, out, f"intake-search-{language}.png")
    tab.picker._pick_current()
    settle(worker)
    a = tab.applicant
    a.full_name.setText("Nguyễn Thị Ngọc Ánh")
    a.id_number.setText("00119001234")
    a.phone.setText("0912 345 678")
    a.address.setText("Số 12 ngõ 45 đường Âu Cơ, phường Tây Hồ, Hà Nội")
    tab.accept_dossier()
    settle(worker)
    save(window, out, f"intake-errors-{language}.png")
    a.id_number.setText("001190012345")
    tab.documents.tick_all()
    tab.accept_dossier()
    settle(worker)
    save(window, out, f"intake-received-{language}.png")


def save_display_screens(
    runner: ServiceRunner, location: DataLocation, status: WardStatus, demo: DemoReport, out: Path
) -> None:
    """The display board at 1920×1080 after a few calls on the demo counters, then with a new
    call blinking (its "on" phase)."""
    from onestop_desktop.services.queue import (
        DISPLAY_ACTOR,
        KIOSK_ACTOR,
        call_next,
        issue_ticket,
        list_counters,
        list_services,
    )
    from onestop_desktop.ui.announcer import Announcer
    from onestop_desktop.ui.display_window import DisplayWindow

    app = QApplication.instance()
    assert app is not None
    install_language(app, "vi")
    account = next(a for a in demo.accounts if a.role == "clerk")
    clerk = runner.write(login, None, username=account.username, password=account.password).actor
    assert clerk is not None
    for lane in runner.read(list_services, clerk):
        for _ in range(3):
            runner.write(issue_ticket, KIOSK_ACTOR, lane.id)
    counters = {c.number: c.id for c in runner.read(list_counters, clerk)}
    for number in (1, 3, 4, 2, 1):
        runner.write(call_next, clerk, counters[number])
    worker = DbWorker()
    session = UiSession(worker, runner, location, status, DISPLAY_ACTOR, "vi")
    window = DisplayWindow(session, Announcer(engine="mock"))
    window.resize(1920, 1080)
    window.show()

    def next_board() -> None:
        loop = QEventLoop()
        window.board_updated.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        window.board_updated.disconnect(loop.quit)

    next_board()
    settle(worker)
    save(window, out, "display-board-vi.png")
    runner.write(call_next, clerk, counters[2])
    next_board()
    assert window.blinking
    save(window, out, "display-board-new-call-vi.png")
    window.close()
    worker.wait_idle()


def save_counter_screens(
    runner: ServiceRunner,
    location: DataLocation,
    status: WardStatus,
    demo: DemoReport,
    admin_window: MainWindow,
    out: Path,
    language: str,
) -> None:
    """A clerk's window at counter 2 (1920×1080) after a few demo tickets were called, its
    transfer dialog, and the administrator's "Quầy và dịch vụ" page."""
    from onestop_desktop.services.queue import (
        KIOSK_ACTOR,
        call_next,
        finish_service,
        issue_ticket,
        list_services,
        pause_counter,
        resume_counter,
    )
    from onestop_desktop.ui.queue_settings_page import QueueSettingsPage
    from onestop_desktop.ui.this_pc import set_counter_number

    account = next(a for a in demo.accounts if a.role == "clerk")
    clerk = runner.write(login, None, username=account.username, password=account.password).actor
    assert clerk is not None
    clock = runner.clock
    if language == "vi" and isinstance(clock, FixedClock):
        # A morning queue: tickets taken over the last quarter hour, one of them priority.
        now = clock.now()
        lanes = {s.prefix: s.id for s in runner.read(list_services, clerk)}
        for minutes, prefix, category in (
            (14, "A", None),
            (11, "B", None),
            (9, "A", "elderly"),
            (6, "B", None),
            (4, "A", None),
            (2, "B", None),
        ):
            clock.set(now - timedelta(minutes=minutes))
            runner.write(issue_ticket, KIOSK_ACTOR, lanes[prefix], category)
        clock.set(now)
    set_counter_number(location, 2)
    worker = DbWorker()
    window = MainWindow(UiSession(worker, runner, location, status, clerk, language))
    window.resize(1920, 1080)
    window.show()
    settle(worker)
    panel = window.counter_panel
    assert panel is not None
    if language == "vi":
        panel.call_next()
        settle(worker)
        panel.start_service()
        settle(worker)
    if language == "vi" and isinstance(clock, FixedClock):
        clock.advance(minutes=4)  # four minutes into serving the ticket
        panel.refresh_now()
        settle(worker)
    save(window, out, f"counter-panel-{language}.png")
    if language == "vi":  # paused for lunch: F5 is refused in words, nothing changes
        assert panel.counter is not None
        runner.write(finish_service, clerk, panel.counter.id)
        runner.write(pause_counter, clerk, panel.counter.id, "Nghỉ trưa")
        panel.refresh_now()
        settle(worker)
        panel.call_next()
        settle(worker)
        save(window, out, "counter-paused-vi.png")
        runner.write(resume_counter, clerk, panel.counter.id)
        runner.write(call_next, clerk, panel.counter.id)
        panel.refresh_now()
        settle(worker)
    panel.transfer()
    settle(worker)
    assert panel.transfer_dialog is not None
    save(panel.transfer_dialog, out, f"counter-transfer-{language}.png")
    panel.transfer_dialog.reject()
    window.close()
    worker.wait_idle()
    set_counter_number(location, None)  # the administrator's windows have no counter

    size = admin_window.size()
    admin_window.resize(1920, 1080)
    for i in range(admin_window.tabs.count()):
        tab = admin_window.tabs.widget(i)
        if isinstance(tab, AdminTab):
            admin_window.tabs.setCurrentWidget(tab)
            for j in range(tab.pages.count()):
                if isinstance(tab.pages.widget(j), QueueSettingsPage):
                    tab.pages.setCurrentIndex(j)
            settle(admin_window.session.worker)
            save(admin_window, out, f"queue-settings-{language}.png")
    admin_window.resize(size)


def save_kiosk_screens(
    runner: ServiceRunner, location: DataLocation, status: WardStatus, out: Path
) -> None:
    """The kiosk at 1920×1080: the start screen (vi and en), the priority step, the number after
    a ticket is printed and when it could not be; the ticket's PDF as docs/forms/ve-so-thu-tu.png
    (150 dpi)."""
    import shutil
    import subprocess

    from PySide6.QtPrintSupport import QPrinter

    from onestop_desktop.services.queue import KIOSK_ACTOR
    from onestop_desktop.ui.kiosk_window import KioskTicket, KioskWindow
    from onestop_desktop.ui.pdf_printer import PrintOutcome, print_pdf_on
    from onestop_desktop.ui.this_pc import set_printer_name

    app = QApplication.instance()
    assert app is not None
    install_language(app, "vi")

    def to_pdf_file(pdf: Path) -> PrintOutcome:  # the receipt printer: a PDF file here
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(location.data_dir / "printed-ticket.pdf"))
        return print_pdf_on(printer, pdf)

    def wait_for(signal: object) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]

    worker = DbWorker()
    session = UiSession(worker, runner, location, status, KIOSK_ACTOR, "vi")
    window = KioskWindow(session, print_action=to_pdf_file, confirm_ms=600_000)
    window.resize(1920, 1080)
    window.show()
    wait_for(window.services_loaded)
    settle(worker)
    save(window, out, "kiosk-start-vi.png")
    window.lane_button("A").click()
    settle(worker)
    save(window, out, "kiosk-priority-vi.png")
    issued: list[KioskTicket] = []
    window.ticket_issued.connect(issued.append)
    window.choose_priority("elderly")  # as the "Người cao tuổi" button does
    wait_for(window.ticket_issued)
    settle(worker)
    save(window, out, "kiosk-ticket-vi.png")
    pdf = issued[-1].pdf
    if pdf is not None and shutil.which("pdftoppm"):
        forms = out.parent / "forms"
        forms.mkdir(parents=True, exist_ok=True)
        target = forms / "ve-so-thu-tu"
        subprocess.run(
            ["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(target)], check=True
        )
        print(f"{target}.png")
    window.return_to_start()
    wait_for(window.services_loaded)
    window.set_language("en")
    settle(worker)
    save(window, out, "kiosk-start-en.png")
    window.return_to_start()
    wait_for(window.services_loaded)
    # this PC's printer is missing: the number stays on the screen, nothing is lost
    set_printer_name(location, "Máy in vé")
    window._print_action = window._print_on_this_pc
    window.lane_button("C").click()
    window.choose_priority(None)
    wait_for(window.ticket_issued)
    settle(worker)
    save(window, out, "kiosk-not-printed-vi.png")
    set_printer_name(location, None)
    window.unlocked = True  # the administrator's password, in the real kiosk
    window.close()
    worker.wait_idle()


def add_calendar_examples(runner: ServiceRunner, actor: Actor) -> None:
    from datetime import date

    runner.write(
        add_calendar_day, actor, date(2026, 11, 23), "day_off", "Nghỉ bù theo thông báo của TP"
    )
    runner.write(
        add_calendar_day, actor, date(2026, 11, 28), "working_day", "Làm bù cho ngày 23/11"
    )


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    _load_fonts(app)
    clock = FixedClock(datetime(2026, 11, 20, 10, 30))
    with tempfile.TemporaryDirectory() as tmp:
        location = resolve_location(tmp, None)
        db, _ = open_database(location, clock.now())
        runner = ServiceRunner(db, clock)
        demo = runner.write(
            seed_demo, None, read_catalogue_file(resource("catalogue", "procedures-sample.csv"))
        )
        status = runner.read(ward_status, None)
        for language in ("vi", "en"):
            install_language(app, language)
            first = FirstRunDialog(lambda _v: None)
            first.show()
            save(first, out, f"first-run-{language}.png")
            dialog = LoginDialog(status.name or "", lambda _u, _p: None)
            dialog.username.setText("canbo1")
            dialog.show()
            save(dialog, out, f"login-{language}.png")
            admin = demo.accounts[0]
            actor = runner.write(
                login, None, username=admin.username, password=admin.password
            ).actor
            assert actor is not None
            if language == "vi":
                add_calendar_examples(runner, actor)
            worker = DbWorker()
            window = MainWindow(UiSession(worker, runner, location, status, actor, language))
            window.resize(1280, 800)
            window.show()
            shots = {"Thủ tục": "catalogue", "Giám sát": "dashboard", "Quản trị": "admin"}
            shots |= {"Procedures": "catalogue", "Supervision": "dashboard"}
            shots |= {"Administration": "admin", "Tra cứu": "search", "Search": "search"}
            for index, title in enumerate(window.tab_titles()):
                if title in shots:
                    window.tabs.setCurrentIndex(index)
                    settle(worker)
                    save(window, out, f"main-{shots[title]}-{language}.png")
            if language == "vi":
                save_dashboard_screens(window, worker, out)
            save_intake_screens(window, worker, out, language)
            save_catalogue_screens(runner, window, worker, out, language)
            save_counter_screens(runner, location, status, demo, window, out, language)
            window.close()
        save_display_screens(runner, location, status, demo, out)
        save_kiosk_screens(runner, location, status, out)
        db.dispose()


if __name__ == "__main__":
    main()
