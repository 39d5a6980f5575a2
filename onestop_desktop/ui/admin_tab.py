"""Administration: user accounts, the UI language, the latest audit entries; the working
calendar (holidays, days off and make-up days, shifts) on its own page; the upward sync on
another."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.services.dto import AuditRow, UserRow
from onestop_desktop.services.overview import recent_audit
from onestop_desktop.services.settings import set_language
from onestop_desktop.services.users import create_user, list_users
from onestop_desktop.ui.audit_page import AuditPageWidget
from onestop_desktop.ui.backup_page import BackupPage
from onestop_desktop.ui.calendar_page import CalendarPage
from onestop_desktop.ui.labels import role_label
from onestop_desktop.ui.messages import show_error
from onestop_desktop.ui.queue_settings_page import QueueSettingsPage
from onestop_desktop.ui.security_page import SecurityPage
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.sync_page import SyncPage
from onestop_desktop.ui.table_model import Column, RowsModel
from onestop_desktop.ui.this_pc import (
    SCAN_GAP_RANGE,
    ScanSettings,
    printer_name,
    scan_settings,
    set_printer_name,
    set_scan_settings,
)
from onestop_desktop.ui.user_actions import UserActions
from onestop_desktop.ui.user_dialog import UserDialog


def _table(model: RowsModel[object]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class AdminTab(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.users: RowsModel[UserRow] = RowsModel(
            [
                Column(self.tr("Tên đăng nhập"), lambda u: u.username),
                Column(self.tr("Họ và tên"), lambda u: u.full_name),
                Column(self.tr("Vai trò"), lambda u: role_label(u.role)),
                Column(
                    self.tr("Hoạt động"),
                    lambda u: self.tr("Có") if u.active else self.tr("Đã khóa"),
                ),
                Column(
                    self.tr("Đăng nhập gần nhất"),
                    lambda u: u.last_login_at.strftime("%d/%m/%Y %H:%M") if u.last_login_at else "",
                ),
            ],
            self,
        )
        self.audit: RowsModel[AuditRow] = RowsModel(
            [
                Column(self.tr("Thời điểm"), lambda a: a.at.strftime("%d/%m/%Y %H:%M:%S")),
                Column(self.tr("Người thực hiện"), lambda a: a.username or ""),
                Column(self.tr("Đối tượng"), lambda a: f"{a.entity} {a.entity_id or ''}"),
                Column(self.tr("Thao tác"), lambda a: a.action),
                Column(self.tr("Lý do"), lambda a: a.reason or ""),
            ],
            self,
        )
        add_user = QPushButton(self.tr("Thêm người dùng…"))
        add_user.setObjectName("addUser")
        add_user.clicked.connect(self.open_user_dialog)
        users_box = QGroupBox(self.tr("Người dùng"))
        users_layout = QVBoxLayout(users_box)
        self.users_view = _table(self.users)  # type: ignore[arg-type]
        users_layout.addWidget(self.users_view)
        self.user_actions = UserActions(session, self.users_view, self.users, self.refresh)
        actions_row = QHBoxLayout()
        actions_row.addWidget(add_user)
        actions_row.addWidget(self.user_actions, 1)
        users_layout.addLayout(actions_row)

        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if session.language == "vi" else 1)
        self.language.activated.connect(self._language_chosen)
        self.language_note = QLabel()
        lang_row = QHBoxLayout()
        lang_row.addWidget(QLabel(self.tr("Ngôn ngữ giao diện:")))
        lang_row.addWidget(self.language)
        lang_row.addWidget(self.language_note, 1)

        self.printer = QComboBox()
        self.printer.setObjectName("printerChoice")
        self.printer.addItem(self.tr("Máy in mặc định của máy tính"), "")
        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        current = printer_name(session.location)
        if current and self.printer.findData(current) < 0:
            self.printer.addItem(self.tr("{0} (không tìm thấy)").format(current), current)
        self.printer.setCurrentIndex(max(0, self.printer.findData(current or "")))
        self.printer.activated.connect(self._printer_chosen)
        self.printer_note = QLabel()
        lang_row.addSpacing(24)
        lang_row.addWidget(QLabel(self.tr("Máy in phiếu (máy này):")))
        lang_row.addWidget(self.printer)
        lang_row.addWidget(self.printer_note, 1)

        scan = scan_settings(session.location)
        self.scan_prefix = QLineEdit(scan.scan_prefix)
        self.scan_prefix.setObjectName("scanPrefix")
        self.scan_prefix.setMaxLength(8)
        self.scan_prefix.setMaximumWidth(90)
        self.scan_prefix.setToolTip(
            self.tr(
                "Các ký tự máy quét được cài để gửi trước mã (để trống nếu không cài). "
                "Mã QR giấy tiếp nhận được nhận ra cả khi không có tiền tố."
            )
        )
        self.scan_gap = QSpinBox()
        self.scan_gap.setObjectName("scanGap")
        self.scan_gap.setRange(*SCAN_GAP_RANGE)
        self.scan_gap.setSuffix(" ms")
        self.scan_gap.setValue(scan.scan_gap_ms)
        self.scan_gap.setToolTip(
            self.tr(
                "Máy quét gõ mỗi ký tự cách nhau vài mili giây; người gõ phím chậm hơn nhiều. "
                "Tăng giá trị nếu máy quét chậm không được nhận ra."
            )
        )
        self.scan_prefix.editingFinished.connect(self._scan_settings_changed)
        self.scan_gap.editingFinished.connect(self._scan_settings_changed)
        self.scan_note = QLabel()
        scan_row = QHBoxLayout()
        scan_row.addWidget(QLabel(self.tr("Máy quét mã (máy này) — tiền tố:")))
        scan_row.addWidget(self.scan_prefix)
        scan_row.addWidget(QLabel(self.tr("khoảng cách tối đa giữa hai ký tự:")))
        scan_row.addWidget(self.scan_gap)
        scan_row.addWidget(self.scan_note, 1)

        audit_box = QGroupBox(self.tr("Nhật ký thay đổi gần đây"))
        audit_layout = QVBoxLayout(audit_box)
        audit_layout.addWidget(_table(self.audit))  # type: ignore[arg-type]

        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(users_box, 1)
        people_layout.addLayout(lang_row)
        people_layout.addLayout(scan_row)
        people_layout.addWidget(audit_box, 1)
        self.calendar = CalendarPage(session)
        self.pages = QTabWidget()
        self.pages.setObjectName("adminPages")
        self.pages.addTab(people, self.tr("Người dùng và nhật ký"))
        self.pages.addTab(self.calendar, self.tr("Lịch làm việc"))
        self.pages.addTab(QueueSettingsPage(session), self.tr("Quầy và dịch vụ"))
        self.audit_page = AuditPageWidget(session)
        self.pages.addTab(self.audit_page, self.tr("Nhật ký kiểm tra"))
        self.security_page = SecurityPage(session)
        self.pages.addTab(self.security_page, self.tr("Bảo mật"))
        self.backup_page = BackupPage(session)
        self.pages.addTab(self.backup_page, self.tr("Sao lưu và khôi phục"))
        self.sync_page = SyncPage(session)
        self.pages.addTab(self.sync_page, self.tr("Đồng bộ"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.user_dialog: UserDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        self.session.read(list_users, self.users.set_rows, lambda e: show_error(self, e))
        self.session.read(recent_audit, self.audit.set_rows, lambda e: show_error(self, e))

    def open_user_dialog(self) -> None:
        dialog = UserDialog(self._create_user, self)
        self.user_dialog = dialog
        dialog.open()

    def _create_user(self, values: dict[str, str]) -> None:
        dialog = self.user_dialog
        assert dialog is not None

        def created(_row: UserRow) -> None:
            dialog.accept()
            self.refresh()

        self.session.write(create_user, created, dialog.failed, **values)

    def _printer_chosen(self) -> None:
        try:
            set_printer_name(self.session.location, str(self.printer.currentData()) or None)
        except OSError as error:
            show_error(self, error)
            return
        self.printer_note.setText(self.tr("Đã lưu cho máy này; áp dụng khi mở lại phần mềm."))

    def _scan_settings_changed(self) -> None:
        chosen = ScanSettings(self.scan_prefix.text().strip(), self.scan_gap.value())
        if chosen == scan_settings(self.session.location):
            return
        try:
            set_scan_settings(self.session.location, chosen)
        except OSError as error:
            show_error(self, error)
            return
        self.scan_note.setText(self.tr("Đã lưu cho máy này."))

    def _language_chosen(self) -> None:
        language = str(self.language.currentData())

        def saved(_value: str) -> None:
            self.language_note.setText(self.tr("Đã lưu; áp dụng khi mở lại phần mềm."))
            self.refresh()

        self.session.write(set_language, saved, lambda e: show_error(self, e), language)
