"""The administrator's audit viewer over a real database: filters, the before/after of an entry,
and the chain check, which names the row someone edited directly in the database."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from sqlalchemy import text

from onestop_desktop.services.auth import login
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.settings import set_language
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.admin_tab import AdminTab
from onestop_desktop.ui.audit_page import AuditPageWidget
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import DbWorker
from tests.conftest import PASSWORD

SHOTS = os.environ.get("ONESTOP_SCREENSHOTS")


def _page(qtbot, runner: ServiceRunner, location: DataLocation, admin: Actor) -> AuditPageWidget:  # type: ignore[no-untyped-def]
    session = UiSession(DbWorker(), runner, location, runner.read(ward_status, None), admin, "vi")
    tab = AdminTab(session)
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    tab.pages.setCurrentWidget(tab.audit_page)
    return tab.audit_page


def test_filters_detail_and_chain_check(qtbot, runner, location, ward, make_user, clock) -> None:  # type: ignore[no-untyped-def]
    make_user("thu", "clerk")
    clock.advance(days=1)
    runner.write(login, None, username="thu", password="sai mật khẩu")
    runner.write(login, None, username="thu", password=PASSWORD)
    runner.write(set_language, ward, "en")
    page = _page(qtbot, runner, location, ward)
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=30_000)
    assert page.summary.text() == "6 dòng."
    assert page.user.findData("thu") > 0  # the users who appear in the log can be chosen

    # Only the clerk's entries.
    page.user.setCurrentIndex(page.user.findData("thu"))
    with qtbot.waitSignal(page.model.modelReset, timeout=30_000):
        page.search_button.click()
    actions = [page.model.row_at(i).action for i in range(page.model.rowCount())]
    assert actions == ["login"]  # a failed attempt has no acting user yet

    # Only today's settings changes, with what changed shown beside the table.
    page.user.setCurrentIndex(0)
    page.entity.setCurrentIndex(page.entity.findData("setting"))
    today = clock.now().date()
    page.date_from.setDate(QDate(today.year, today.month, today.day))
    with qtbot.waitSignal(page.model.modelReset, timeout=30_000):
        page.search_button.click()
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    assert '"en"' in page.detail.toPlainText()
    assert page.detail.toPlainText().startswith("Trước: ")

    # Yesterday only: the ward's creation and the clerk's account, not today's entries.
    yesterday = today - timedelta(days=1)
    page.entity.setCurrentIndex(0)
    page.date_from.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    page.date_to.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    with qtbot.waitSignal(page.model.modelReset, timeout=30_000):
        page.search_button.click()
    assert {page.model.row_at(i).entity for i in range(page.model.rowCount())} == {"ward", "user"}

    page.verify_button.click()
    qtbot.waitUntil(lambda: "nguyên vẹn" in page.chain_state.text(), timeout=30_000)
    assert page.chain_state.text() == "Nhật ký nguyên vẹn: đã kiểm tra 6 dòng."
    if SHOTS:
        page.window().grab().save(str(Path(SHOTS) / "audit-viewer.png"))

    with runner.db.engine.begin() as conn:
        target = conn.execute(
            text("SELECT id FROM audit_log WHERE action = 'login_failed'")
        ).scalar_one()
        conn.execute(text("UPDATE audit_log SET action = 'login' WHERE id = :i"), {"i": target})
    page.verify_button.click()
    qtbot.waitUntil(lambda: "bị sửa" in page.chain_state.text(), timeout=30_000)
    assert f"dòng {target} " in page.chain_state.text()
    if SHOTS:
        page.window().grab().save(str(Path(SHOTS) / "audit-viewer-broken.png"))


def test_a_start_date_after_the_end_date_is_refused_clearly(qtbot, runner, location, ward) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    page = _page(qtbot, runner, location, ward)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=30_000)
    shown: list[str] = []
    original = QMessageBox.warning
    QMessageBox.warning = lambda _p, _t, message: shown.append(message)  # type: ignore[assignment,method-assign]
    try:
        page.date_from.setDate(page.date_to.date().addDays(1))
        page.search_button.click()
        qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    finally:
        QMessageBox.warning = original  # type: ignore[method-assign]
    assert shown == ["Ngày bắt đầu phải trước hoặc bằng ngày kết thúc."]
    assert page.search_button.isEnabled()
