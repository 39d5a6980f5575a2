"""The ward's security and data-safety settings for the administrator: lockout after failed
passwords, idle lock, where and how many automatic backups are kept, personal-data retention."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.errors import FormInvalid
from onestop_desktop.services.security_settings import (
    LIMITS,
    SecuritySettings,
    read_security_settings,
    save_security_settings,
)
from onestop_desktop.ui.form_helpers import ERROR_STYLE
from onestop_desktop.ui.messages import error_text, show_error
from onestop_desktop.ui.session import UiSession

NOTICE_STYLE = "color: #1b5e20;"


class SecurityPage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.spins: dict[str, QSpinBox] = {}
        for name, low, high, _vi, _en in LIMITS:
            spin = QSpinBox()
            spin.setObjectName(name)
            spin.setRange(low, high)
            spin.setMinimumWidth(90)
            self.spins[name] = spin
        self.spins["idle_lock_minutes"].setSpecialValueText(self.tr("không khóa"))
        self.spins["retention_years"].setSpecialValueText(self.tr("không xóa"))
        self.spins["backup_keep_monthly"].setSpecialValueText(self.tr("không giữ"))

        accounts = QGroupBox(self.tr("Đăng nhập"))
        form = QFormLayout(accounts)
        form.addRow(self.tr("Khóa tài khoản sau số lần nhập sai:"), self.spins["lockout_attempts"])
        form.addRow(self.tr("Thời gian khóa (phút):"), self.spins["lockout_minutes"])
        form.addRow(
            self.tr("Khóa màn hình khi không dùng (phút, 0 = không khóa):"),
            self.spins["idle_lock_minutes"],
        )

        self.backup_dir = QLineEdit()
        self.backup_dir.setObjectName("backup_dir")
        self.backup_dir.setPlaceholderText(str(session.location.backup_dir))
        choose = QPushButton(self.tr("Chọn…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_dir, 1)
        folder_row.addWidget(choose)
        backups = QGroupBox(self.tr("Sao lưu tự động (mỗi ngày một bản)"))
        form = QFormLayout(backups)
        form.addRow(self.tr("Thư mục sao lưu (để trống = mặc định):"), folder_row)
        form.addRow(self.tr("Số bản hằng ngày giữ lại:"), self.spins["backup_keep_daily"])
        form.addRow(self.tr("Số bản hằng tháng giữ lại:"), self.spins["backup_keep_monthly"])

        retention = QGroupBox(self.tr("Dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP)"))
        form = QFormLayout(retention)
        form.addRow(
            self.tr("Ẩn danh hồ sơ đã trả kết quả sau (năm, 0 = không):"),
            self.spins["retention_years"],
        )

        self.save_button = QPushButton(self.tr("Lưu thiết lập"))
        self.save_button.setObjectName("saveSecurity")
        self.save_button.clicked.connect(self.save)
        self.note = QLabel()
        self.note.setObjectName("securityNote")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.note, 1)
        self.column = QVBoxLayout(self)
        for box in (accounts, backups, retention):
            self.column.addWidget(box)
        self.column.addLayout(buttons)
        self.column.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.session.read(read_security_settings, self._show, lambda e: show_error(self, e))

    def _show(self, settings: SecuritySettings) -> None:
        for name, spin in self.spins.items():
            spin.setValue(getattr(settings, name))
        self.backup_dir.setText(settings.backup_dir)

    def current(self) -> SecuritySettings:
        values: dict[str, int] = {name: spin.value() for name, spin in self.spins.items()}
        return SecuritySettings(backup_dir=self.backup_dir.text(), **values)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Thư mục sao lưu"))
        if folder:
            self.backup_dir.setText(folder)

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.note.clear()

        def saved(settings: SecuritySettings) -> None:
            self.save_button.setEnabled(True)
            self._show(settings)
            self.note.setStyleSheet(NOTICE_STYLE)
            self.note.setText(
                self.tr("Đã lưu. Thời gian khóa màn hình áp dụng từ lần đăng nhập sau.")
            )

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.note.setStyleSheet(ERROR_STYLE)
            problems = exc.problems if isinstance(exc, FormInvalid) else [exc]
            self.note.setText(" ".join(error_text(p) for p in problems))

        self.session.write(save_security_settings, saved, failed, self.current())
