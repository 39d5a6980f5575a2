"""The clerk's/supervisor's/admin's window: tabs follow the role, the status bar tells state."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from onestop_desktop.domain.roles import Permission
from onestop_desktop.ui.admin_tab import AdminTab
from onestop_desktop.ui.catalogue_tab import CatalogueTab
from onestop_desktop.ui.counter_panel import CounterPanel
from onestop_desktop.ui.dashboard_tab import DashboardTab
from onestop_desktop.ui.intake_tab import IntakeTab
from onestop_desktop.ui.return_tab import ReturnTab
from onestop_desktop.ui.search_tab import SearchTab
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.status_bar import AppStatusBar


class MainWindow(QMainWindow):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Bộ phận Một cửa — {0}").format(session.ward.name or ""))
        self.resize(1280, 800)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.intake: IntakeTab | None = None
        self.returns: ReturnTab | None = None
        if session.can(Permission.SERVE_COUNTER):
            self.intake = IntakeTab(session)
            self.tabs.addTab(self.intake, self.tr("Tiếp nhận hồ sơ"))
            self.returns = ReturnTab(session)
            self.tabs.addTab(self.returns, self.tr("Trả kết quả"))
            search = SearchTab(session)
            search.dossier_activated.connect(self.open_for_return)
            self.tabs.addTab(search, self.tr("Tra cứu"))
        self.tabs.addTab(CatalogueTab(session), self.tr("Thủ tục"))
        if session.can(Permission.VIEW_DAY):
            self.tabs.addTab(DashboardTab(session), self.tr("Giám sát"))
        if session.can(Permission.MANAGE_USERS):
            self.tabs.addTab(AdminTab(session), self.tr("Quản trị"))
        self.counter_panel: CounterPanel | None = None
        if session.can(Permission.SERVE_COUNTER):
            self.counter_panel = CounterPanel(session)
            if self.intake is not None:
                self.counter_panel.current_ticket_changed.connect(self.intake.set_ticket)
            central = QWidget()
            column = QVBoxLayout(central)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(4)
            column.addWidget(self.counter_panel)
            column.addWidget(self.tabs, 1)
            self.setCentralWidget(central)
        else:
            self.setCentralWidget(self.tabs)
        status_bar = AppStatusBar(session)
        self.setStatusBar(status_bar)
        if self.counter_panel is not None:
            self.counter_panel.counter_changed.connect(status_bar.set_counter)

    def open_for_return(self, dossier_id: int) -> None:
        """A dossier chosen elsewhere (the search results) opens on the return screen."""
        if self.returns is not None:
            self.tabs.setCurrentWidget(self.returns)
            self.returns.open_dossier(dossier_id)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.worker.wait_idle()
        super().closeEvent(event)
