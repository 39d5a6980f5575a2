"""The working calendar, for the administrator: the year's public holidays and make-up days, the
extra days off and make-up working days the ward enters (and withdraws), and the shifts of a day.
Due dates are computed from exactly this."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.calendar import Shift
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.services.calendar_days import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_NOTE,
    MAX_SHIFTS,
    CalendarDay,
    DayKind,
    DaySource,
    add_calendar_day,
    check_shifts,
    get_shifts,
    list_calendar_days,
    set_shifts,
    withdraw_calendar_day,
)
from onestop_desktop.ui.form_helpers import ERROR_STYLE
from onestop_desktop.ui.messages import error_text, show_error
from onestop_desktop.ui.reason_dialog import ReasonDialog
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.table_model import Column, RowsModel

INVALID_STYLE = "border: 2px solid #b3261e;"
NOTICE_STYLE = "color: #1b5e20;"


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class CalendarPage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._generation = 0
        self.reason_dialog: ReasonDialog | None = None
        today = session.runner.clock.now().date()

        self.year = QSpinBox()
        self.year.setObjectName("calendarYear")
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(today.year)
        self.year.valueChanged.connect(self.refresh)
        self.model: RowsModel[CalendarDay] = RowsModel(
            [
                Column(self.tr("Ngày"), self._day_text),
                Column(self.tr("Loại"), self._kind_text),
                Column(self.tr("Nguồn"), self._source_text),
                Column(self.tr("Ghi chú"), self._note_text),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("calendarDays")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.withdraw_button = QPushButton(self.tr("Rút ngày đã chọn…"))
        self.withdraw_button.setObjectName("withdrawDay")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.count_label = QLabel()

        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("Năm:")))
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        year_row.addWidget(self.count_label)
        withdraw_row = QHBoxLayout()
        withdraw_row.addWidget(self.withdraw_button)
        withdraw_row.addStretch(1)

        # Add a day.
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setObjectName("newDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setMinimumDate(QDate(FIRST_YEAR, 1, 1))
        self.day.setMaximumDate(QDate(LAST_YEAR, 12, 31))
        self.kind = QComboBox()
        self.kind.setObjectName("newDayKind")
        self.kind.addItem(self.tr("Nghỉ (ngày nghỉ thêm)"), DayKind.DAY_OFF.value)
        self.kind.addItem(self.tr("Làm bù (ngày làm việc thêm)"), DayKind.WORKING_DAY.value)
        self.note = QLineEdit()
        self.note.setObjectName("newDayNote")
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("VD: Nghỉ bù Quốc khánh"))
        self.note.returnPressed.connect(self.add_day)
        self.add_button = QPushButton(self.tr("Thêm ngày"))
        self.add_button.setObjectName("addDay")
        self.add_button.clicked.connect(self.add_day)
        self.add_message = _message_label()
        add_box = QGroupBox(self.tr("Thêm ngày nghỉ hoặc ngày làm bù"))
        add_grid = QGridLayout(add_box)
        add_grid.addWidget(QLabel(self.tr("Ngày:")), 0, 0)
        add_grid.addWidget(self.day, 0, 1)
        add_grid.addWidget(QLabel(self.tr("Loại:")), 0, 2)
        add_grid.addWidget(self.kind, 0, 3)
        add_grid.addWidget(QLabel(self.tr("Ghi chú:")), 1, 0)
        add_grid.addWidget(self.note, 1, 1, 1, 3)
        add_grid.addWidget(self.add_button, 1, 4)
        add_grid.addWidget(self.add_message, 2, 0, 1, 5)
        add_grid.setColumnStretch(3, 1)

        # The shifts of a working day.
        self.shift_rows: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        shifts_box = QGroupBox(self.tr("Ca làm việc trong ngày"))
        shifts_layout = QVBoxLayout(shifts_box)
        for number in range(MAX_SHIFTS):
            used = QCheckBox(self.tr("Ca {0}").format(number + 1))
            start, end = QTimeEdit(), QTimeEdit()
            for edit in (start, end):
                edit.setDisplayFormat("HH:mm")
            used.toggled.connect(start.setEnabled)
            used.toggled.connect(end.setEnabled)
            line = QHBoxLayout()
            line.addWidget(used)
            line.addSpacing(8)
            line.addWidget(QLabel(self.tr("từ")))
            line.addWidget(start)
            line.addWidget(QLabel(self.tr("đến")))
            line.addWidget(end)
            line.addStretch(1)
            shifts_layout.addLayout(line)
            self.shift_rows.append((used, start, end))
        self.save_shifts_button = QPushButton(self.tr("Lưu ca làm việc"))
        self.save_shifts_button.setObjectName("saveShifts")
        self.save_shifts_button.clicked.connect(self.save_shifts)
        self.shifts_message = _message_label()
        hint = QLabel(
            self.tr(
                "Thời hạn tính theo giờ làm việc trong các ca này; hồ sơ nhận ngoài giờ "
                "được tính từ đầu ca làm việc tiếp theo."
            )
        )
        hint.setWordWrap(True)
        save_line = QHBoxLayout()
        save_line.addWidget(self.save_shifts_button)
        save_line.addStretch(1)
        shifts_layout.addLayout(save_line)
        shifts_layout.addWidget(self.shifts_message)
        shifts_layout.addWidget(hint)

        right = QVBoxLayout()
        right.addWidget(add_box)
        right.addWidget(shifts_box)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(year_row)
        left.addWidget(self.table, 1)
        left.addLayout(withdraw_row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self._selection_changed()
        self.refresh()
        self.load_shifts()

    # -- the table ---------------------------------------------------------------------------
    def _day_text(self, row: CalendarDay) -> str:
        weekdays = (
            self.tr("Thứ Hai"),
            self.tr("Thứ Ba"),
            self.tr("Thứ Tư"),
            self.tr("Thứ Năm"),
            self.tr("Thứ Sáu"),
            self.tr("Thứ Bảy"),
            self.tr("Chủ nhật"),
        )
        return f"{weekdays[row.day.weekday()]}, {row.day:%d/%m/%Y}"

    def _kind_text(self, row: CalendarDay) -> str:
        return self.tr("Nghỉ") if row.kind is DayKind.DAY_OFF else self.tr("Làm bù")

    def _source_text(self, row: CalendarDay) -> str:
        if row.source is DaySource.HOLIDAY:
            return self.tr("Lễ, Tết")
        return self.tr("Quản trị nhập")

    def _note_text(self, row: CalendarDay) -> str:
        note = (row.note_en if self.session.language == "en" else row.note) or ""
        if row.overridden:
            note = self.tr("{0} (thay bằng ngày quản trị nhập)").format(note)
        return note

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation

        def show(rows: list[CalendarDay]) -> None:
            if generation != self._generation:
                return
            self.model.set_rows(rows)
            entered = sum(1 for r in rows if r.source is DaySource.ADMIN)
            self.count_label.setText(
                self.tr("{0} ngày lễ, Tết; {1} ngày quản trị nhập").format(
                    len(rows) - entered, entered
                )
            )
            self._selection_changed()

        self.session.read(
            list_calendar_days, show, lambda e: show_error(self, e), self.year.value()
        )

    def selected(self) -> CalendarDay | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected()
        self.withdraw_button.setEnabled(row is not None and row.source is DaySource.ADMIN)

    # -- adding and withdrawing ------------------------------------------------------------------
    def add_day(self) -> None:
        self._show(self.add_message, "")
        for widget in (self.day, self.kind, self.note):
            widget.setStyleSheet("")
        picked = self.day.date()
        day = date(picked.year(), picked.month(), picked.day())

        def added(row: CalendarDay) -> None:
            self.note.clear()
            self._show(
                self.add_message,
                self.tr("Đã thêm {0}: {1}.").format(
                    f"{row.day:%d/%m/%Y}", self._kind_text(row).lower()
                ),
                error=False,
            )
            if self.year.value() != row.day.year:
                self.year.setValue(row.day.year)  # refreshes
            else:
                self.refresh()

        self.session.write(
            add_calendar_day,
            added,
            self._add_failed,
            day,
            str(self.kind.currentData()),
            self.note.text(),
        )

    def _add_failed(self, exc: BaseException) -> None:
        self._show(self.add_message, error_text(exc))
        field = exc.field if isinstance(exc, ValidationError) else None
        widget = {"day": self.day, "year": self.day, "kind": self.kind, "note": self.note}.get(
            field or ""
        )
        if widget is not None:
            widget.setStyleSheet(f"{type(widget).__name__} {{ {INVALID_STYLE} }}")
            widget.setFocus()

    def withdraw_selected(self) -> None:
        row = self.selected()
        if row is None or row.source is not DaySource.ADMIN:
            return
        dialog = ReasonDialog(
            self.tr("Rút ngày khỏi lịch làm việc"),
            self.tr(
                "Ngày {0} ({1}) sẽ không còn được tính khi hẹn ngày trả kết quả. Lý do:"
            ).format(f"{row.day:%d/%m/%Y}", self._kind_text(row).lower()),
            lambda reason: self._withdraw(row.day, reason),
            self,
        )
        self.reason_dialog = dialog
        dialog.open()

    def _withdraw(self, day: date, reason: str) -> None:
        dialog = self.reason_dialog
        assert dialog is not None

        def done(_row: CalendarDay) -> None:
            dialog.accept()
            self._show(
                self.add_message, self.tr("Đã rút ngày {0}.").format(f"{day:%d/%m/%Y}"), error=False
            )
            self.refresh()

        self.session.write(withdraw_calendar_day, done, dialog.failed, day, reason)

    # -- shifts ------------------------------------------------------------------------------
    def load_shifts(self) -> None:
        self.session.read(get_shifts, self._show_shifts, lambda e: show_error(self, e))

    def _show_shifts(self, shifts: tuple[Shift, ...]) -> None:
        for number, (used, start, end) in enumerate(self.shift_rows):
            shift = shifts[number] if number < len(shifts) else None
            used.setChecked(shift is not None)
            start.setEnabled(shift is not None)
            end.setEnabled(shift is not None)
            if shift is not None:
                start.setTime(QTime(shift.start.hour, shift.start.minute))
                end.setTime(QTime(shift.end.hour, shift.end.minute))

    def shifts(self) -> list[Shift]:
        """The shifts as filled in (the ticked rows)."""
        return [
            Shift(
                time(start.time().hour(), start.time().minute()),
                time(end.time().hour(), end.time().minute()),
            )
            for used, start, end in self.shift_rows
            if used.isChecked()
        ]

    def save_shifts(self) -> None:
        self._show(self.shifts_message, "")
        try:
            shifts = check_shifts(self.shifts())
        except ValidationError as exc:
            self._show(self.shifts_message, error_text(exc))
            return

        def saved(stored: tuple[Shift, ...]) -> None:
            self._show_shifts(stored)
            text = ", ".join(f"{s.start:%H:%M}–{s.end:%H:%M}" for s in stored)
            self._show(
                self.shifts_message, self.tr("Đã lưu ca làm việc: {0}.").format(text), error=False
            )

        self.session.write(
            set_shifts, saved, lambda e: self._show(self.shifts_message, error_text(e)), shifts
        )

    def _show(self, label: QLabel, text: str, *, error: bool = True) -> None:
        label.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        label.setText(text)
        label.setVisible(bool(text))
