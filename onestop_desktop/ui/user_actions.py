"""The administrator's actions on the selected account: reset its password (the user must change it
at next login) and disable or enable it again (with a reason; accounts are never deleted)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QWidget

from onestop_desktop.services.dto import UserRow
from onestop_desktop.services.users import reset_password, set_user_active
from onestop_desktop.ui.password_dialog import PasswordDialog
from onestop_desktop.ui.reason_dialog import ReasonDialog
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.table_model import RowsModel


class UserActions(QWidget):
    def __init__(
        self,
        session: UiSession,
        view: QTableView,
        model: RowsModel[UserRow],
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.model = model
        self._changed = changed
        self.reset_button = QPushButton(self.tr("Đặt lại mật khẩu…"))
        self.reset_button.setObjectName("resetPassword")
        self.reset_button.clicked.connect(self.open_reset)
        self.toggle_button = QPushButton(self.tr("Vô hiệu hóa tài khoản…"))
        self.toggle_button.setObjectName("toggleActive")
        self.toggle_button.clicked.connect(self.open_toggle)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reset_button)
        row.addWidget(self.toggle_button)
        row.addStretch(1)
        self.dialog: PasswordDialog | ReasonDialog | None = None
        view.selectionModel().currentRowChanged.connect(self._selection_changed)
        model.modelReset.connect(self._selection_changed)
        self._selection_changed()

    def selected(self) -> UserRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        user = self.selected()
        self.reset_button.setEnabled(user is not None)
        self.toggle_button.setEnabled(user is not None)
        if user is not None and not user.active:
            self.toggle_button.setText(self.tr("Kích hoạt lại tài khoản…"))
        else:
            self.toggle_button.setText(self.tr("Vô hiệu hóa tài khoản…"))

    def open_reset(self) -> None:
        user = self.selected()
        if user is None:
            return

        def submit(_current: str, new: str) -> None:
            self.session.write(
                reset_password, done, dialog.failed, user_id=user.id, new_password=new
            )

        def done(_row: UserRow) -> None:
            dialog.accept()
            self._changed()

        dialog = PasswordDialog(submit, own=False, who=user.full_name, parent=self)
        self.dialog = dialog
        dialog.open()

    def open_toggle(self) -> None:
        user = self.selected()
        if user is None:
            return
        enable = not user.active
        if enable:
            title = self.tr("Kích hoạt lại tài khoản")
            prompt = self.tr("Lý do kích hoạt lại tài khoản {0}:").format(user.username)
        else:
            title = self.tr("Vô hiệu hóa tài khoản")
            prompt = self.tr(
                "Tài khoản {0} sẽ không đăng nhập được nữa; lịch sử công việc vẫn được giữ. Lý do:"
            ).format(user.username)

        def submit(reason: str) -> None:
            self.session.write(
                set_user_active,
                done,
                dialog.failed,
                user_id=user.id,
                active=enable,
                reason=reason,
            )

        def done(_row: UserRow) -> None:
            dialog.accept()
            self._changed()

        dialog = ReasonDialog(title, prompt, submit, self)
        self.dialog = dialog
        dialog.open()
