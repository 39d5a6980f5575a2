"""Backups for the administrator: the backups kept (automatic daily ones and the copies kept before
migrations and restores), "back up now", and restoring one. A restore happens at the next start
(the app must be closed and opened again), keeping a copy of the database it replaces."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.services.backups import (
    backup_now,
    cancel_scheduled_restore,
    list_backups,
    restore_at_next_start,
)
from onestop_desktop.store.auto_backup import BackupFile, DailyBackupResult
from onestop_desktop.ui.form_helpers import ERROR_STYLE
from onestop_desktop.ui.messages import error_text
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.table_model import Column, RowsModel

NOTICE_STYLE = "color: #1b5e20; font-weight: 600;"
WARNING_STYLE = "color: #8a4b00; font-weight: 600;"


class BackupPage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setWordWrap(True)
        self.pending = QLabel()
        self.pending.setObjectName("restorePending")
        self.pending.setWordWrap(True)
        self.pending.setStyleSheet(WARNING_STYLE)
        self.model: RowsModel[BackupFile] = RowsModel(
            [
                Column(self.tr("Tệp"), lambda f: f.path.name),
                Column(self.tr("Loại"), self._kind),
                Column(self.tr("Lúc ghi"), lambda f: f.modified.strftime("%d/%m/%Y %H:%M")),
                Column(self.tr("Dung lượng"), lambda f: f"{f.size / 1_048_576:.1f} MB", True),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.backup_button = QPushButton(self.tr("Sao lưu ngay"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("Khôi phục bản đã chọn…"))
        self.restore_button.setObjectName("restoreSelected")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Khôi phục từ tệp khác…"))
        self.restore_file_button.clicked.connect(self.restore_other_file)
        self.cancel_button = QPushButton(self.tr("Hủy khôi phục đang chờ"))
        self.cancel_button.setObjectName("cancelRestore")
        self.cancel_button.clicked.connect(self.cancel_restore)
        self.note = QLabel()
        self.note.setObjectName("backupNote")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (
            self.backup_button,
            self.restore_button,
            self.restore_file_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.pending)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.ask_confirmation = self._confirm
        self.refresh()

    def _kind(self, f: BackupFile) -> str:
        if f.day is not None:
            return self.tr("Hằng ngày")
        if f.path.name.startswith("before-restore."):
            return self.tr("Bản thay thế khi khôi phục")
        return self.tr("Trước khi nâng cấp")

    # -- list ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        runner, actor, location = self.session.runner, self.session.actor, self.session.location
        self.session.worker.submit(
            lambda: list_backups(runner, actor, location), self._listed, self._failed
        )

    def _listed(self, result: tuple[Path, list[BackupFile], Path | None]) -> None:
        folder, files, pending = result
        self.folder_label.setText(self.tr("Thư mục sao lưu: {0}").format(folder))
        self.model.set_rows(files)
        self.cancel_button.setVisible(pending is not None)
        if pending is None:
            self.pending.clear()
            self.pending.setVisible(False)
        else:
            self.pending.setText(
                self.tr(
                    "Đang chờ khôi phục {0}: hãy đóng tất cả cửa sổ phần mềm rồi mở lại để "
                    "khôi phục. Cơ sở dữ liệu hiện tại sẽ được giữ một bản sao."
                ).format(pending.name)
            )
            self.pending.setVisible(True)

    def _failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.note.setStyleSheet(ERROR_STYLE)
        self.note.setText(error_text(exc))

    def _notice(self, text: str) -> None:
        self.note.setStyleSheet(NOTICE_STYLE)
        self.note.setText(text)

    # -- actions -------------------------------------------------------------------------------
    def back_up(self) -> None:
        self.backup_button.setEnabled(False)
        self.note.clear()
        runner, actor, location = self.session.runner, self.session.actor, self.session.location
        today = runner.clock.now().date()

        def done(result: DailyBackupResult) -> None:
            self.backup_button.setEnabled(True)
            self._notice(self.tr("Đã sao lưu và kiểm tra toàn vẹn: {0}").format(result.path.name))
            self.refresh()

        self.session.worker.submit(
            lambda: backup_now(runner, actor, location, today), done, self._failed
        )

    def selected(self) -> BackupFile | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self._failed_text(self.tr("Chọn một bản sao lưu trong danh sách."))
            return
        self._restore(chosen.path)

    def restore_other_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn bản sao lưu"), "", self.tr("Cơ sở dữ liệu SQLite (*.sqlite *.bak)")
        )
        if name:
            self._restore(Path(name))

    def _failed_text(self, text: str) -> None:
        self.note.setStyleSheet(ERROR_STYLE)
        self.note.setText(text)

    def _confirm(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Khôi phục bản sao lưu"),
            self.tr(
                "Khôi phục {0}? Mọi thay đổi sau thời điểm sao lưu sẽ không còn trong cơ sở dữ "
                "liệu (cơ sở dữ liệu hiện tại được giữ một bản sao). Việc khôi phục diễn ra khi "
                "mở lại phần mềm."
            ).format(path.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _restore(self, path: Path) -> None:
        if not self.ask_confirmation(path):
            return
        runner, actor, location = self.session.runner, self.session.actor, self.session.location

        def done(_path: Path) -> None:
            self._notice(
                self.tr(
                    "Đã kiểm tra bản sao lưu. Đóng phần mềm và mở lại để khôi phục {0}."
                ).format(path.name)
            )
            self.refresh()

        self.session.worker.submit(
            lambda: restore_at_next_start(runner, actor, location, path), done, self._failed
        )

    def cancel_restore(self) -> None:
        runner, actor, location = self.session.runner, self.session.actor, self.session.location

        def done(_none: None) -> None:
            self._notice(self.tr("Đã hủy khôi phục đang chờ."))
            self.refresh()

        self.session.worker.submit(
            lambda: cancel_scheduled_restore(runner, actor, location), done, self._failed
        )
