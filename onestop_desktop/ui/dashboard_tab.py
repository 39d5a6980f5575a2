"""The supervisor's dashboard ("Giám sát"): today live, or a past day from its summary.

Tiles (waiting now, longest wait — red past the ward's target —, served, no-show, received,
due today, overdue), who waits in each lane, served per counter and per clerk, and two charts
per hour. Today refreshes itself every 10 s while the tab is visible, through the DB worker and
never two refreshes at once; the GUI thread never waits on the database.

Supervisors and admins (CLOSE_DAY) also get the day's paperwork: the end-of-day summary printed in
one click (saved under the documents folder, sent to this PC's printer), its XLSX, closing the day
(``CloseDayDialog``) and the periodic report (``PeriodReportDialog``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.day_totals import TicketGroup
from onestop_desktop.domain.roles import Permission
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.dashboard import day_dashboard, live_dashboard, set_wait_target
from onestop_desktop.services.dashboard_dto import WAIT_TARGET_RANGE, Dashboard, LaneWaiting
from onestop_desktop.ui.bar_chart import BarChart, Series
from onestop_desktop.ui.dashboard_tile import Tile
from onestop_desktop.ui.form_helpers import ERROR_STYLE
from onestop_desktop.ui.labels import channel_label
from onestop_desktop.ui.messages import error_text
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.table_model import Column, RowsModel
from onestop_desktop.ui.this_pc import printer_name

REFRESH_MS = 10_000
DONE_STYLE = "color: #1b5e20; font-weight: 600;"
CLOSED_STYLE = "color: #0b4f8a; font-weight: 600;"
ISSUED_COLOR = "#9bb8d3"
SERVED_COLOR = "#1f6fb2"
WAIT_COLOR = "#c77c02"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def number(value: int | None) -> str:
    return "—" if value is None else f"{value:,}".replace(",", ".")


def clock_time(seconds: int | None) -> str:
    """``7:05`` (minutes:seconds), ``1:02:05`` past an hour, ``—`` for nothing."""
    if seconds is None:
        return "—"
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def summary_path(documents_dir: Path, day: date, suffix: str) -> Path:
    """``<documents>/<yyyy>/<mm>/tong-hop-ngay-<yyyymmdd>.pdf``: where the one-click print goes."""
    return documents_dir / f"{day:%Y}" / f"{day:%m}" / f"tong-hop-ngay-{day:%Y%m%d}{suffix}"


def make_folder(documents_dir: Path, path: Path) -> None:
    """The documents folder and its year/month folders are ours to create (on the worker); a
    folder the user chose elsewhere must exist already."""
    if path.parent == documents_dir or documents_dir in path.parent.parents:
        with contextlib.suppress(OSError):  # the save then says why it cannot write there
            path.parent.mkdir(parents=True, exist_ok=True)


def _table(model: RowsModel[Any], name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setSelectionMode(QTableView.SelectionMode.NoSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    column.setContentsMargins(6, 4, 6, 6)
    column.addWidget(widget)
    return box


class DashboardTab(QWidget):
    refreshed = Signal(object)  # the Dashboard just shown
    file_saved = Signal(object)  # Path of a summary or report written

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dashboard: Dashboard | None = None
        self.chosen_day: date | None = None  # None: today, live
        self._loading = False
        self._loading_day: date | None = None  # the day on its way (None: today)
        self._again = False
        self.last_pdf: Path | None = None
        self.printer_name: str | None = printer_name(session.location)
        self.close_dialog: Any = None
        self.period_dialog: Any = None
        self.reopen_dialog: Any = None

        # -- the bar on top: which day, when, the paperwork ----------------------------------
        today = self._today()
        self.date_edit = QDateEdit(_qdate(today))
        self.date_edit.setObjectName("dashboardDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMaximumDate(_qdate(today))
        self.date_edit.dateChanged.connect(self._date_changed)
        self.today_button = QPushButton(self.tr("Hôm nay"))
        self.today_button.clicked.connect(self.show_today)
        self.state_label = QLabel()
        self.state_label.setObjectName("dashboardState")
        self.print_button = QPushButton(self.tr("In tổng hợp cuối ngày"))
        self.print_button.setObjectName("printSummary")
        self.print_button.clicked.connect(self.print_summary)
        self.xlsx_button = QPushButton(self.tr("Xuất XLSX…"))
        self.xlsx_button.setObjectName("exportXlsx")
        self.xlsx_button.clicked.connect(self.choose_xlsx)
        self.close_button = QPushButton(self.tr("Chốt ngày…"))
        self.close_button.setObjectName("closeDay")
        self.close_button.clicked.connect(self.open_close_day)
        self.period_button = QPushButton(self.tr("Báo cáo định kỳ (Biểu 06)…"))
        self.period_button.setObjectName("periodReport")
        self.period_button.clicked.connect(self.open_period_report)
        self.paper_buttons = [
            self.print_button,
            self.xlsx_button,
            self.close_button,
            self.period_button,
        ]
        for button in self.paper_buttons:
            button.setVisible(session.can(Permission.CLOSE_DAY))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ngày:")))
        top.addWidget(self.date_edit)
        top.addWidget(self.today_button)
        top.addStretch(1)
        for button in self.paper_buttons:
            top.addWidget(button)

        # -- the message bar (what a button did) ----------------------------------------------
        self.message = QLabel()
        self.message.setObjectName("dashboardMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_button = QPushButton(self.tr("Xem trước bản in"))
        self.preview_button.clicked.connect(self.preview)
        self.preview_button.setVisible(False)
        self.message_bar = QWidget()
        message_row = QHBoxLayout(self.message_bar)
        message_row.setContentsMargins(0, 0, 0, 0)
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.preview_button)
        self.message_bar.setVisible(False)

        # -- tiles ---------------------------------------------------------------------------
        self.tiles = {
            "waiting": Tile("waiting", self.tr("Đang chờ")),
            "longest": Tile("longest", self.tr("Chờ lâu nhất hiện tại")),
            "served": Tile("served", self.tr("Đã phục vụ")),
            "no_show": Tile("no_show", self.tr("Vắng mặt")),
            "received": Tile("received", self.tr("Hồ sơ tiếp nhận")),
            "due": Tile("due", self.tr("Đến hạn hôm nay")),
            "overdue": Tile("overdue", self.tr("Quá hạn")),
        }
        tiles = QGridLayout()
        tiles.setSpacing(8)
        for i, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, i)
            tiles.setColumnStretch(i, 3 if tile.property("key") == "received" else 2)

        # -- the wait target (admins set it) ------------------------------------------------
        self.target_spin = QSpinBox()
        self.target_spin.setObjectName("waitTarget")
        self.target_spin.setRange(*WAIT_TARGET_RANGE)
        self.target_spin.setSuffix(self.tr(" phút"))
        self.target_save = QPushButton(self.tr("Lưu mục tiêu"))
        self.target_save.clicked.connect(self.save_target)
        self.target_error = QLabel()
        self.target_error.setObjectName("waitTargetError")
        self.target_error.setStyleSheet(ERROR_STYLE)
        self.target_box = QWidget()
        target_row = QHBoxLayout(self.target_box)
        target_row.setContentsMargins(0, 0, 0, 0)
        target_row.addWidget(self.target_error)
        target_row.addWidget(QLabel(self.tr("Mục tiêu thời gian chờ:")))
        target_row.addWidget(self.target_spin)
        target_row.addWidget(self.target_save)
        self.target_box.setVisible(session.can(Permission.EDIT_SETTINGS))
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_label, 1)
        state_row.addWidget(self.target_box)

        # -- tables --------------------------------------------------------------------------
        self.lanes: RowsModel[LaneWaiting] = RowsModel(
            [
                Column(self.tr("Dịch vụ"), lambda r: r.label),
                Column(self.tr("Đang chờ"), lambda r: number(r.waiting), True),
                Column(self.tr("Chờ lâu nhất"), lambda r: clock_time(r.longest_wait_s), True),
            ]
        )
        self.counters: RowsModel[TicketGroup] = RowsModel(
            [
                Column(self.tr("Quầy"), lambda g: g.label),
                Column(self.tr("Đã phục vụ"), lambda g: number(g.figures.served), True),
                Column(self.tr("Vắng mặt"), lambda g: number(g.figures.no_show), True),
                Column(self.tr("Chờ TB"), lambda g: clock_time(g.figures.avg_wait_s), True),
                Column(self.tr("Phục vụ TB"), lambda g: clock_time(g.figures.avg_service_s), True),
            ]
        )
        self.clerks: RowsModel[TicketGroup] = RowsModel(
            [
                Column(self.tr("Cán bộ"), lambda g: g.label),
                Column(self.tr("Đã phục vụ"), lambda g: number(g.figures.served), True),
                Column(self.tr("Vắng mặt"), lambda g: number(g.figures.no_show), True),
                Column(self.tr("Phục vụ TB"), lambda g: clock_time(g.figures.avg_service_s), True),
            ]
        )
        self.lanes_box = _boxed(self.tr("Đang chờ theo dịch vụ"), _table(self.lanes, "lanesTable"))
        tables = QHBoxLayout()
        tables.addWidget(self.lanes_box, 1)
        tables.addWidget(
            _boxed(self.tr("Theo quầy (phút:giây)"), _table(self.counters, "countersTable")), 1
        )
        tables.addWidget(
            _boxed(self.tr("Theo cán bộ (phút:giây)"), _table(self.clerks, "clerksTable")), 1
        )

        # -- charts --------------------------------------------------------------------------
        self.tickets_chart = BarChart(self.tr("Số phiếu theo giờ"))
        self.tickets_chart.setObjectName("ticketsChart")
        self.wait_chart = BarChart(
            self.tr("Thời gian chờ trung bình theo giờ (phút)"),
            value_format=lambda v: f"{v:g}",
        )
        self.wait_chart.setObjectName("waitChart")
        for chart in (self.tickets_chart, self.wait_chart):
            chart.set_empty_text(self.tr("Chưa có số thứ tự nào trong ngày."))
        charts = QHBoxLayout()
        charts.addWidget(self.tickets_chart, 1)
        charts.addWidget(self.wait_chart, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(state_row)
        layout.addWidget(self.message_bar)
        layout.addLayout(tiles)
        layout.addLayout(tables, 3)
        layout.addLayout(charts, 2)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.refresh()

    # -- loading -------------------------------------------------------------------------------
    def _today(self) -> date:
        return self.session.runner.clock.now().date()

    def _tick(self) -> None:
        """Today refreshes itself while someone can see it; a past day does not change."""
        if self.chosen_day is None and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.chosen_day is None and self.dashboard is not None:
            self.refresh()

    def refresh(self) -> None:
        """Load the chosen day on the worker; one load at a time (a request made meanwhile runs
        once the current one is back)."""
        day = self.chosen_day
        if self._loading:
            # The same day is on its way already; another day is loaded once this one is back.
            self._again = self._again or self._loading_day != day
            return
        self._loading = True
        self._loading_day = day
        self._again = False
        if day is None:
            self.session.read(live_dashboard, self._loaded, self._failed)
        else:
            self.session.read(day_dashboard, self._loaded, self._failed, day)

    def _loaded(self, dashboard: Dashboard) -> None:
        self._loading = False
        if self._again:
            self.refresh()
            return
        self.show_dashboard(dashboard)

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        if self._again:
            self.refresh()
            return
        self.state_label.setText(error_text(exc))
        self.state_label.setStyleSheet(ERROR_STYLE)

    def show_today(self) -> None:
        self.date_edit.setMaximumDate(_qdate(self._today()))
        self.date_edit.setDate(_qdate(self._today()))
        self._date_changed(self.date_edit.date())

    def _date_changed(self, value: QDate) -> None:
        day = _pydate(value)
        today = self._today()
        self.date_edit.setMaximumDate(_qdate(today))
        self.chosen_day = None if day >= today else day
        self.refresh()

    @property
    def shown_day(self) -> date:
        return self.chosen_day or self._today()

    # -- showing -------------------------------------------------------------------------------
    def show_dashboard(self, d: Dashboard) -> None:
        self.dashboard = d
        if d.live and _pydate(self.date_edit.date()) != d.business_date:
            # Past midnight the live view moves on to the new day; the picker follows.
            self.date_edit.blockSignals(True)
            self.date_edit.setMaximumDate(_qdate(d.business_date))
            self.date_edit.setDate(_qdate(d.business_date))
            self.date_edit.blockSignals(False)
        t = self.tiles
        if d.live:
            t["waiting"].caption.setText(self.tr("Đang chờ"))
            t["longest"].caption.setText(self.tr("Chờ lâu nhất hiện tại"))
            t["due"].caption.setText(self.tr("Đến hạn hôm nay"))
            t["overdue"].caption.setText(self.tr("Quá hạn hiện tại"))
            self.lanes_box.setTitle(self.tr("Đang chờ theo dịch vụ"))
        else:
            t["waiting"].caption.setText(self.tr("Còn chờ cuối ngày"))
            t["longest"].caption.setText(self.tr("Chờ lâu nhất trong ngày"))
            t["due"].caption.setText(self.tr("Đến hạn trong ngày"))
            t["overdue"].caption.setText(self.tr("Quá hạn"))
            self.lanes_box.setTitle(self.tr("Theo dịch vụ (còn chờ, chờ lâu nhất)"))
        t["waiting"].show_value(
            number(d.waiting),
            self.tr("Đã cấp {0} số").format(number(d.tickets.issued)),
        )
        target = d.wait_target_min
        if d.over_target:
            longest_detail = self.tr("Quá mục tiêu {0} phút!").format(target)
        else:
            longest_detail = self.tr("Mục tiêu: {0} phút").format(target)
        t["longest"].show_value(clock_time(d.longest_wait_s), longest_detail, alert=d.over_target)
        t["served"].show_value(
            number(d.tickets.served),
            self.tr("Chờ TB {0} · phục vụ TB {1}").format(
                clock_time(d.tickets.avg_wait_s), clock_time(d.tickets.avg_service_s)
            ),
        )
        t["no_show"].show_value(number(d.tickets.no_show))
        t["received"].show_value(
            number(d.received_total),
            " · ".join(f"{self._channel(c.channel)} {c.count}" for c in d.received)
            + "\n"
            + self.tr("Đã trả kết quả: {0}").format(number(d.returned)),
        )
        t["due"].show_value(number(d.due_today))
        t["overdue"].show_value(number(d.overdue), alert=bool(d.overdue))
        if not self.target_spin.hasFocus():
            self.target_spin.setValue(target)

        self.lanes.set_rows(d.lanes)
        self.counters.set_rows(d.per_counter)
        self.clerks.set_rows(d.per_clerk)
        hours = [f"{int(g.key)}h" for g in d.per_hour]
        self.tickets_chart.set_data(
            hours,
            [
                Series(self.tr("Đã cấp"), ISSUED_COLOR, [g.figures.issued for g in d.per_hour]),
                Series(self.tr("Đã phục vụ"), SERVED_COLOR, [g.figures.served for g in d.per_hour]),
            ],
        )
        self.wait_chart.set_data(
            hours,
            [
                Series(
                    self.tr("Chờ TB"),
                    WAIT_COLOR,
                    [round((g.figures.avg_wait_s or 0) / 60, 1) for g in d.per_hour],
                )
            ],
        )
        self.state_label.setStyleSheet(CLOSED_STYLE if d.closed is not None else "")
        self.state_label.setText(self._state_text(d))
        self.close_button.setText(
            self.tr("Chốt ngày…") if d.closed is None else self.tr("Đã chốt — mở lại…")
        )
        self.refreshed.emit(d)

    def _channel(self, key: str) -> str:
        if key == "direct_postal":
            return self.tr("Trực tiếp và bưu chính")
        return channel_label(key)

    def _state_text(self, d: Dashboard) -> str:
        parts = []
        if d.live:
            parts.append(self.tr("Trực tiếp, cập nhật lúc {0}").format(f"{d.as_of:%H:%M:%S}"))
        if d.closed is not None:
            parts.append(
                self.tr("Đã chốt lần {0} lúc {1}").format(
                    d.closed.revision, f"{d.closed.closed_at:%H:%M %d/%m/%Y}"
                )
            )
        elif not d.live:
            parts.append(self.tr("Chưa chốt: số liệu tính lúc {0}").format(f"{d.as_of:%H:%M}"))
        return " · ".join(parts)

    # -- the wait target -----------------------------------------------------------------------
    def save_target(self) -> None:
        self.target_error.clear()
        minutes = self.target_spin.value()

        def done(_value: int) -> None:
            self._say(self.tr("Đã lưu mục tiêu thời gian chờ: {0} phút.").format(minutes), False)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.target_error.setText(error_text(exc))

        self.session.write(set_wait_target, done, failed, minutes)

    # -- the paperwork -------------------------------------------------------------------------
    def _say(self, text: str, error: bool, pdf: Path | None = None) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.last_pdf = pdf
        self.preview_button.setVisible(pdf is not None)
        self.message_bar.setVisible(True)

    def _save_summary_job(self, day: date, path: Path) -> Callable[[], Path]:
        runner: ServiceRunner = self.session.runner
        actor: Actor = self.session.actor
        documents = self.session.location.documents_dir

        def job() -> Path:
            from onestop_desktop.services.day_report_files import save_day_summary

            make_folder(documents, path)
            return runner.read(save_day_summary, actor, day, path)

        return job

    def print_summary(self) -> None:
        """One click: the day's summary saved as PDF under the documents folder, then printed."""
        day = self.shown_day
        path = summary_path(self.session.location.documents_dir, day, ".pdf")
        self.print_button.setEnabled(False)

        def done(saved: Path) -> None:
            self.print_button.setEnabled(True)
            from onestop_desktop.ui.pdf_printer import print_pdf  # pdfium loads on first print

            outcome = print_pdf(saved, self.printer_name)
            if outcome.printed:
                text = self.tr("Đã gửi tổng hợp cuối ngày tới máy in. Tệp: {0}").format(saved)
            else:
                text = self.tr(
                    "Chưa in được: {0} Tổng hợp đã lưu tại {1} — bấm “Xem trước bản in” để in."
                ).format(outcome.message, saved)
            self._say(text, not outcome.printed, saved)
            self.file_saved.emit(saved)

        def failed(exc: BaseException) -> None:
            self.print_button.setEnabled(True)
            self._say(error_text(exc), True)

        self.session.worker.submit(self._save_summary_job(day, path), done, failed)

    def preview(self) -> None:
        if self.last_pdf is not None:
            from onestop_desktop.ui.print_preview_dialog import PrintPreviewDialog

            PrintPreviewDialog(self.last_pdf, self.printer_name, self).exec()

    def choose_xlsx(self) -> None:
        day = self.shown_day
        suggested = summary_path(self.session.location.documents_dir, day, ".xlsx")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Xuất tổng hợp cuối ngày"), str(suggested), self.tr("Tệp Excel (*.xlsx)")
        )
        if chosen:
            self.export_xlsx(Path(chosen))

    def export_xlsx(self, path: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        self.xlsx_button.setEnabled(False)

        def done(saved: Path) -> None:
            self.xlsx_button.setEnabled(True)
            self._say(self.tr("Đã lưu tổng hợp cuối ngày (XLSX): {0}").format(saved), False)
            self.file_saved.emit(saved)

        def failed(exc: BaseException) -> None:
            self.xlsx_button.setEnabled(True)
            self._say(error_text(exc), True)

        self.session.worker.submit(self._save_summary_job(self.shown_day, path), done, failed)

    def open_close_day(self) -> None:
        from onestop_desktop.services.day_closing import open_items
        from onestop_desktop.ui.close_day_dialog import CloseDayDialog

        day = self.shown_day
        self.close_button.setEnabled(False)

        def loaded(items: Any) -> None:
            self.close_button.setEnabled(True)
            dialog = CloseDayDialog(self.session, items, self)
            dialog.finished.connect(lambda _r: self.refresh())
            self.close_dialog = dialog
            dialog.open()

        def failed(exc: BaseException) -> None:
            self.close_button.setEnabled(True)
            self._say(error_text(exc), True)

        self.session.read(open_items, loaded, failed, day)

    def open_period_report(self) -> None:
        from onestop_desktop.ui.period_report_dialog import PeriodReportDialog, PeriodRequest

        dialog: PeriodReportDialog

        def submit(request: PeriodRequest) -> None:
            self._save_period(request, dialog)

        dialog = PeriodReportDialog(
            self._today(), self.session.location.documents_dir, submit, self
        )
        self.period_dialog = dialog
        dialog.open()

    def _save_period(self, request: Any, dialog: Any) -> None:
        runner, actor = self.session.runner, self.session.actor
        documents = self.session.location.documents_dir

        def job() -> Path:
            from onestop_desktop.services.day_report_files import save_period_report

            make_folder(documents, request.path)
            return runner.read(
                save_period_report, actor, request.kind, request.year, request.number, request.path
            )

        def done(saved: Path) -> None:
            dialog.accept()
            self._say(self.tr("Đã lưu báo cáo định kỳ (Biểu 06): {0}").format(saved), False)
            self.file_saved.emit(saved)

        self.session.worker.submit(job, done, dialog.failed)
