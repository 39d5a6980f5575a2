"""The supervisor's view of today: tickets issued, waiting, served, no-show. Refreshes itself."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from onestop_desktop.services.dto import DayOverview
from onestop_desktop.services.overview import day_overview
from onestop_desktop.ui.messages import error_text
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.worker import start_refresh_timer

REFRESH_MS = 15_000


class OverviewTab(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = False
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        captions = [
            ("tickets_issued", self.tr("Số phiếu đã cấp hôm nay")),
            ("tickets_waiting", self.tr("Đang chờ")),
            ("tickets_served", self.tr("Đã phục vụ")),
            ("tickets_no_show", self.tr("Vắng mặt")),
            ("procedures", self.tr("Thủ tục trong danh mục")),
            ("users", self.tr("Tài khoản đang hoạt động")),
        ]
        for i, (key, caption) in enumerate(captions):
            figure = QLabel("…")
            figure.setObjectName(key)
            figure.setStyleSheet("font-size: 28pt; font-weight: 700;")
            grid.addWidget(figure, (i // 3) * 2, i % 3)
            grid.addWidget(QLabel(caption), (i // 3) * 2 + 1, i % 3)
            self.figures[key] = figure
        self.status = QLabel()
        refresh = QPushButton(self.tr("Làm mới"))
        refresh.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addWidget(refresh)
        layout.addStretch(1)
        self.timer = start_refresh_timer(self, REFRESH_MS, self.refresh)

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.session.read(day_overview, self._show, self._failed)

    def _show(self, overview: DayOverview) -> None:
        self._loading = False
        for key, label in self.figures.items():
            label.setText(f"{getattr(overview, key):,}".replace(",", "."))
        self.status.setText("")

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.status.setText(error_text(exc))
