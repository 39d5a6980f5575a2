"""Render the return screen (Trả kết quả) and its dialogs with demo dossiers to PNG files.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_return.py [OUT_DIR]

The clerk's window at 1366×768 (the smallest screen the counters have) over a demo database in a
temporary folder; files are named ``return-*.png`` under docs/screenshots/ by default.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication, QDialog
from screenshots import save, settle

from onestop_desktop.domain.applicant import PersonInput
from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.dossier_code import sign_code
from onestop_desktop.domain.intake import DocumentCheck, IntakeForm
from onestop_desktop.resources_path import resource
from onestop_desktop.services import processing as p
from onestop_desktop.services.auth import login
from onestop_desktop.services.catalogue import browse_catalogue
from onestop_desktop.services.catalogue_files import read_catalogue_file
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.demo import seed_demo
from onestop_desktop.services.intake import procedure_checklist, receive_dossier
from onestop_desktop.services.processing_dto import FeeMethod, FeePayment
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import resolve_location
from onestop_desktop.store.models import Ward
from onestop_desktop.store.startup import open_database
from onestop_desktop.ui.app import _load_fonts
from onestop_desktop.ui.i18n import install_language
from onestop_desktop.ui.main_window import MainWindow
from onestop_desktop.ui.messages import set_message_language
from onestop_desktop.ui.return_tab import ReturnTab
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.this_pc import set_counter_number
from onestop_desktop.ui.worker import DbWorker

PEOPLE = (
    PersonInput(
        full_name="Nguyễn Thị Ngọc Ánh",
        id_type="cccd",
        id_number="001190012345",
        phone="0912 345 678",
        address="Số 12 ngõ 45 đường Âu Cơ, phường Tây Hồ, Hà Nội",
    ),
    PersonInput(
        full_name="Trần Quốc Hưng",
        id_type="cccd",
        id_number="001085004321",
        phone="0987 654 321",
        address="Số 3 ngách 12 ngõ 310 Nghi Tàm, phường Tây Hồ, Hà Nội",
    ),
    PersonInput(
        full_name="Phạm Thị Thu Hằng",
        id_type="cccd",
        id_number="001192007788",
        phone="0904 111 222",
        address="Tổ 5, phường Tây Hồ, Hà Nội",
    ),
)


def receive(
    runner: ServiceRunner,
    clerk: Actor,
    clock: FixedClock,
    code: str,
    person: PersonInput,
    at: datetime,
) -> int:
    clock.set(at)
    [entry] = [e for e in runner.read(browse_catalogue, clerk, code) if e.code == code]
    checklist = runner.read(procedure_checklist, clerk, entry.id)
    form = IntakeForm(
        procedure_id=entry.id,
        applicant=person,
        documents=tuple(DocumentCheck(d.id, True) for d in checklist.documents),
    )
    return runner.write(receive_dossier, clerk, form).dossier_id


def seed_dossiers(runner: ServiceRunner, clerk: Actor, clock: FixedClock) -> tuple[int, int, str]:
    """An overdue dossier at the processing officer's, a result ready with its fee paid, and the
    code of a third one (for a forged payload)."""
    late = receive(runner, clerk, clock, "1.000689", PEOPLE[1], datetime(2026, 11, 16, 9, 40))
    runner.write(p.hand_over, clerk, late, "Công chức Tư pháp - Hộ tịch", "Cần xác minh")
    ready = receive(runner, clerk, clock, "1.001193", PEOPLE[0], datetime(2026, 11, 20, 8, 5))
    clock.set(datetime(2026, 11, 20, 8, 20))
    runner.write(p.hand_over, clerk, ready, "Công chức Tư pháp - Hộ tịch")
    clock.set(datetime(2026, 11, 20, 10, 10))
    runner.write(p.result_back, clerk, ready, "Đã ký giấy khai sinh")
    runner.write(p.collect_fee, clerk, ready, FeePayment(8_000, FeeMethod.CASH, "0001234"))
    other = receive(runner, clerk, clock, "1.001193", PEOPLE[2], datetime(2026, 11, 20, 9, 15))
    clock.set(datetime(2026, 11, 20, 10, 30))
    return late, ready, runner.read(p.dossier_detail, clerk, other).code


def dialog_shot(tab: ReturnTab, worker: DbWorker, out: Path, name: str) -> QDialog:
    settle(worker)
    dialog = tab.dialog
    assert dialog is not None
    dialog.adjustSize()
    settle(worker)
    save(dialog, out, name)
    return dialog


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
        by_role = {a.role: a for a in demo.accounts}
        clerk_account = by_role["clerk"]
        clerk = runner.write(
            login, None, username=clerk_account.username, password=clerk_account.password
        ).actor
        supervisor_account = by_role["supervisor"]
        supervisor = runner.write(
            login, None, username=supervisor_account.username, password=supervisor_account.password
        ).actor
        assert clerk is not None
        assert supervisor is not None
        late, ready, other_code = seed_dossiers(runner, clerk, clock)
        set_counter_number(location, 2)  # the counter strip at its real height
        with runner.db.read() as s:
            from sqlalchemy import select

            key = bytes.fromhex(s.scalars(select(Ward.signing_key)).one())
        for language in ("vi", "en"):
            install_language(app, language)
            set_message_language(language)
            worker = DbWorker()
            actor = supervisor if language == "vi" else clerk
            window = MainWindow(UiSession(worker, runner, location, status, actor, language))
            window.resize(1366, 768)
            window.show()
            tab = window.returns
            assert tab is not None
            window.tabs.setCurrentWidget(tab)
            tab.open_dossier(ready)
            settle(worker)
            save(window, out, f"return-dossier-{language}.png")
            if language == "en":
                window.close()
                continue
            tab.open_dossier(late)
            settle(worker)
            save(window, out, f"return-overdue-{language}.png")
            tab.pages.setCurrentIndex(1)
            tab.due.refresh()
            settle(worker)
            save(window, out, f"return-due-list-{language}.png")
            forged = sign_code(other_code, key)
            forged = forged[:-1] + ("0" if forged[-1] != "0" else "1")
            tab.scanned(forged)
            settle(worker)
            save(window, out, f"return-refused-{language}.png")

            tab.open_dossier(late)
            settle(worker)
            tab.open_handover()
            dialog_shot(tab, worker, out, f"return-handover-{language}.png").reject()
            tab.open_extension()
            dialog_shot(tab, worker, out, f"return-extension-{language}.png").reject()
            tab.open_stop()
            dialog_shot(tab, worker, out, f"return-stop-{language}.png").reject()

            tab.open_dossier(ready)
            settle(worker)
            tab.open_counter_return()
            dialog = dialog_shot(tab, worker, out, f"return-counter-{language}.png")
            dialog.reject()
            tab.open_postal_return()
            dialog = tab.dialog
            assert dialog is not None
            dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
            dialog_shot(tab, worker, out, f"return-postal-error-{language}.png").reject()
            tab.open_fee()
            fee = tab.dialog
            assert fee is not None
            fee.amount.setText("-5.000")  # type: ignore[attr-defined]
            fee.buttons.accepted.emit()  # type: ignore[attr-defined]
            dialog_shot(tab, worker, out, f"return-fee-error-{language}.png").reject()
            tab.open_register()
            dialog_shot(tab, worker, out, f"return-register-{language}.png").reject()
            window.close()
            settle(worker)
        db.dispose()


if __name__ == "__main__":
    main()
