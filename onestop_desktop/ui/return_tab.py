"""Trả kết quả: the clerk's return screen, keyboard first.

A receipt's QR code scanned anywhere on this screen opens its dossier (``ScanFilter`` is installed
on the application while the tab is shown; the keys of a scan never reach the focused field);
typing a code in the box and Enter works too. A forged or altered payload is refused in red under
the box and nothing is opened. The dossier shows what the clerk needs at the counter (status, the
due date in force, fees due, the originals to give back) and one button per action its status
allows; each action that changes it asks in a dialog (messages under the fields, nothing changes
until the service accepts). Forms an action produces (Mẫu 02, 04, 05, 06, a late Mẫu 01) are
saved under the documents folder on the worker, then printed on this PC's printer.

Keys (on this tab): Ctrl+F the code box; Ctrl+1 / Ctrl+2 the dossier / the due list; Ctrl+H hand
over; Ctrl+K result back; Ctrl+T return at the counter; Ctrl+U return by post; Ctrl+M fee;
Ctrl+B request a supplement; Ctrl+Shift+B supplement received; Ctrl+G extend (Mẫu 04); Ctrl+R
withdraw; Ctrl+Shift+X stop (Mẫu 05); Ctrl+P control slip (Mẫu 06); Ctrl+Shift+S register.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.dossier import DossierStatus, ReturnMethod
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.lifecycle import Action
from onestop_desktop.domain.roles import Permission
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.dossier_lists import register
from onestop_desktop.services.form_files import SavedForm
from onestop_desktop.services.processing import (
    collect_fee,
    control_slip,
    dossier_detail,
    extend,
    hand_over,
    open_for_return,
    request_supplement,
    result_back,
    return_at_counter,
    return_by_post,
    stop,
    supplement_received,
    withdraw,
)
from onestop_desktop.services.processing_dto import (
    CounterReturn,
    DossierDetail,
    FeePayment,
    PostalReturn,
    PrintedForm,
    TransitionResult,
)
from onestop_desktop.ui.counter_return_dialog import CounterReturnDialog
from onestop_desktop.ui.dossier_detail_view import DossierDetailView
from onestop_desktop.ui.due_list_view import DueListView
from onestop_desktop.ui.extension_dialog import ExtensionDialog, ExtensionInput
from onestop_desktop.ui.fee_dialog import FeeDialog
from onestop_desktop.ui.form_helpers import ERROR_STYLE, clear_inline_errors, error_label
from onestop_desktop.ui.handover_dialog import HandoverDialog, HandOverInput
from onestop_desktop.ui.messages import error_text
from onestop_desktop.ui.postal_return_dialog import PostalReturnDialog
from onestop_desktop.ui.reason_dialog import ReasonDialog
from onestop_desktop.ui.register_dialog import RegisterDialog, RegisterRequest
from onestop_desktop.ui.scan_filter import ScanFilter
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.this_pc import printer_name, scan_settings

DONE_STYLE = "color: #1b5e20; font-weight: 600;"
ACTION_STYLE = "QPushButton { text-align: left; padding: 5px 10px; }"
PREFERRED_STYLE = "QPushButton { text-align: left; padding: 5px 10px; font-weight: 700; }"


@dataclass(frozen=True)
class _ActionButton:
    key: str
    button: QPushButton
    keys: str


def _save_form(documents_dir: Path, form: PrintedForm) -> SavedForm:
    from onestop_desktop.services.processing_files import save_printed

    return save_printed(documents_dir, form)


class ReturnTab(QWidget):
    opened = Signal(object)  # DossierDetail, once shown
    refused = Signal(str)  # the message shown when a code or a scan is refused
    action_done = Signal(object)  # DossierDetail after an action (its form printed or not)
    register_saved = Signal(object)  # Path of the register written

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.detail: DossierDetail | None = None
        self.last_pdf: Path | None = None
        self.printer_name: str | None = printer_name(session.location)
        self.dialog: QDialog | None = None
        self._generation = 0
        self._busy_now = False

        settings = scan_settings(session.location)
        self.scanner = ScanFilter(
            settings.scan_gap_ms, settings.scan_prefix, accepts=self._accepts, parent=self
        )
        self.scanner.scanned.connect(self.scanned)

        self.code_box = QLineEdit()
        self.code_box.setObjectName("returnCode")
        self.code_box.setPlaceholderText(
            self.tr("Mã hồ sơ (000.00.06.H56-261120-0001) hoặc quét mã QR trên giấy tiếp nhận")
        )
        self.code_box.setToolTip(self.tr("Ctrl+F; Enter để mở"))
        self.code_box.setClearButtonEnabled(True)
        self.code_box.returnPressed.connect(lambda: self.open_text(self.code_box.text()))
        self.open_button = QPushButton(self.tr("Mở"))
        self.open_button.setToolTip(self.tr("Mở hồ sơ theo mã đã gõ (Enter)"))
        self.open_button.clicked.connect(lambda: self.open_text(self.code_box.text()))
        self.code_error = error_label(self)
        self.code_error.setObjectName("codeError")
        self.register_button = QPushButton(self.tr("Sổ theo dõi (Mẫu 07)…"))
        self.register_button.setObjectName("registerButton")
        self.register_button.setToolTip(
            self.tr("Xuất sổ theo dõi hồ sơ ra PDF hoặc Excel (Ctrl+Shift+S)")
        )
        self.register_button.clicked.connect(self.open_register)
        self.register_button.setVisible(session.can(Permission.VIEW_DAY))

        self.message = QLabel()
        self.message.setObjectName("returnMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_button = QPushButton(self.tr("Xem trước phiếu"))
        self.preview_button.setToolTip(self.tr("Xem và in lại phiếu vừa lập"))
        self.preview_button.clicked.connect(self.preview)
        self.message_bar = QFrame()
        self.message_bar.setObjectName("returnMessageBar")
        bar = QHBoxLayout(self.message_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.preview_button)
        self.message_bar.setVisible(False)

        self.view = DossierDetailView()
        self.action_buttons: dict[str, _ActionButton] = {}
        self.action_buttons_column = QVBoxLayout()
        self._build_actions()

        self.due = DueListView(session)
        self.due.open_requested.connect(self.open_dossier)
        self.due.extend_requested.connect(self.extend_from_list)
        self.due.loaded.connect(self._due_loaded)

        detail_page = QWidget()
        detail_row = QHBoxLayout(detail_page)
        detail_row.setContentsMargins(4, 4, 4, 4)
        detail_row.addWidget(self.view, 1)
        self.action_buttons_box = QWidget()
        self.action_buttons_box.setObjectName("returnActions")
        self.action_buttons_box.setLayout(self.action_buttons_column)
        self.action_buttons_box.setFixedWidth(230)
        detail_row.addWidget(self.action_buttons_box)
        self.pages = QTabWidget()
        self.pages.setObjectName("returnPages")
        self.pages.addTab(detail_page, self.tr("Hồ sơ"))
        self.pages.addTab(self.due, self.tr("Đến hạn / quá hạn"))
        self.pages.setTabToolTip(0, "Ctrl+1")
        self.pages.setTabToolTip(1, "Ctrl+2")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mã hồ sơ / quét mã:")))
        top.addWidget(self.code_box, 1)
        top.addWidget(self.open_button)
        top.addSpacing(16)
        top.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.code_error)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages, 1)
        self.setFocusProxy(self.code_box)
        self._shortcuts()
        self.show_detail(None)

    # -- building ------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        specs: list[tuple[str, str, str, str, Callable[[], None]]] = [
            (
                "hand_over",
                self.tr("Chuyển xử lý…"),
                "Ctrl+H",
                self.tr("Chuyển hồ sơ cho cán bộ, bộ phận giải quyết"),
                self.open_handover,
            ),
            (
                "result_ready",
                self.tr("Nhận kết quả…"),
                "Ctrl+K",
                self.tr("Kết quả đã về Bộ phận Một cửa: chốt trước hạn / đúng hạn / quá hạn"),
                self.open_result_back,
            ),
            (
                "return_counter",
                self.tr("Trả tại quầy…"),
                "Ctrl+T",
                self.tr("Trao kết quả cho người nộp hoặc người được ủy quyền"),
                self.open_counter_return,
            ),
            (
                "return_post",
                self.tr("Trả qua bưu chính…"),
                "Ctrl+U",
                self.tr("Gửi kết quả qua dịch vụ bưu chính công ích"),
                self.open_postal_return,
            ),
            (
                "fee",
                self.tr("Thu phí, lệ phí…"),
                "Ctrl+M",
                self.tr("Ghi nhận số tiền, hình thức nộp và số biên lai"),
                self.open_fee,
            ),
            (
                "request_supplement",
                self.tr("Yêu cầu bổ sung…"),
                "Ctrl+B",
                self.tr("Lập Mẫu 02; tạm dừng tính thời gian giải quyết"),
                self.open_request_supplement,
            ),
            (
                "supplement",
                self.tr("Đã bổ sung…"),
                "Ctrl+Shift+B",
                self.tr("Công dân đã nộp bổ sung; tiếp tục tính thời gian"),
                self.open_supplement_received,
            ),
            (
                "extend",
                self.tr("Gia hạn (Mẫu 04)…"),
                "Ctrl+G",
                self.tr("Văn bản xin lỗi và hẹn lại ngày trả kết quả"),
                self.open_extension,
            ),
            (
                "withdraw",
                self.tr("Rút hồ sơ…"),
                "Ctrl+R",
                self.tr("Công dân xin rút hồ sơ"),
                self.open_withdraw,
            ),
            (
                "stop",
                self.tr("Dừng giải quyết (Mẫu 05)…"),
                "Ctrl+Shift+X",
                self.tr("Thông báo dừng giải quyết hồ sơ, có lý do"),
                self.open_stop,
            ),
            (
                "control",
                self.tr("In phiếu kiểm soát (Mẫu 06)"),
                "Ctrl+P",
                self.tr("Phiếu kiểm soát quá trình giải quyết hồ sơ"),
                self.print_control_slip,
            ),
        ]
        title = QLabel(self.tr("Thao tác"))
        title.setStyleSheet("font-weight: 700;")
        self.action_buttons_column.setContentsMargins(0, 0, 0, 0)
        self.action_buttons_column.addWidget(title)
        for key, text, keys, tip, slot in specs:
            button = QPushButton(text)
            button.setObjectName(f"action_{key}")
            button.setToolTip(f"{tip} ({keys})")
            button.setStyleSheet(ACTION_STYLE)
            button.clicked.connect(slot)
            self.action_buttons_column.addWidget(button)
            self.action_buttons[key] = _ActionButton(key, button, keys)
        self.no_action = QLabel(self.tr("Không còn thao tác nào cho hồ sơ này."))
        self.no_action.setObjectName("noAction")
        self.no_action.setWordWrap(True)
        self.no_action.setStyleSheet("color: #666;")
        self.action_buttons_column.addWidget(self.no_action)
        self.action_buttons_column.addStretch(1)

    def _shortcuts(self) -> None:
        bindings: list[tuple[str, Callable[[], None]]] = [
            ("Ctrl+F", self.focus_code_box),
            ("Ctrl+1", lambda: self.pages.setCurrentIndex(0)),
            ("Ctrl+2", self._show_due_list),
            ("Ctrl+Shift+S", self.open_register),
        ]
        for action in self.action_buttons.values():
            bindings.append((action.keys, action.button.click))
        for keys, slot in bindings:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._guarded(slot))

    def _guarded(self, slot: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            if self.dialog is None and not self._busy_now:
                slot()

        return run

    def focus_code_box(self) -> None:
        self.code_box.setFocus()
        self.code_box.selectAll()

    def _show_due_list(self) -> None:
        self.pages.setCurrentIndex(1)
        self.due.table.setFocus()

    # -- the scanner ---------------------------------------------------------------------------
    def _accepts(self, widget: QWidget) -> bool:
        """A scan counts in this tab's window and in the dialogs this tab opened."""
        window = widget.window()
        if window is self.window():
            return True
        parent = window.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def scanned(self, text: str) -> None:
        """A receipt scanned anywhere on the screen: an open dialog closes unsaved, the dossier
        opens."""
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.code_box.setText(text)
        self.open_text(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        settings = scan_settings(self.session.location)
        self.scanner.gap_ms = settings.scan_gap_ms
        self.scanner.prefix = settings.scan_prefix
        self.scanner.install()
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.code_box.setFocus()
        if not self.due.isVisible():
            self.due.refresh()  # the count in the sub-tab's title

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.scanner.uninstall()

    # -- opening -------------------------------------------------------------------------------
    def open_text(self, text: str) -> None:
        """Open the dossier for a typed code or a scanned payload."""
        self._generation += 1
        generation = self._generation
        clear_inline_errors(self.code_error, [self.code_box])

        def shown(detail: DossierDetail) -> None:
            if generation == self._generation:
                self._opened(detail)

        def refused(exc: BaseException) -> None:
            if generation == self._generation:
                self._refused(exc)

        self.session.read(open_for_return, shown, refused, text)

    def open_dossier(self, dossier_id: int) -> None:
        """Open a dossier by id (from the due list or the search tab)."""
        self._generation += 1
        generation = self._generation
        clear_inline_errors(self.code_error, [self.code_box])

        def shown(detail: DossierDetail) -> None:
            if generation == self._generation:
                self.code_box.setText(detail.code)
                self._opened(detail)

        def refused(exc: BaseException) -> None:
            if generation == self._generation:
                self._refused(exc)

        self.session.read(dossier_detail, shown, refused, dossier_id)

    def _opened(self, detail: DossierDetail) -> None:
        self.code_box.selectAll()
        self.message_bar.setVisible(False)
        self.show_detail(detail)
        self.pages.setCurrentIndex(0)
        self.opened.emit(detail)

    def _refused(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.code_error.setText(text)
        self.code_error.setVisible(True)
        self.code_box.setStyleSheet("QLineEdit { border: 2px solid #b3261e; }")
        self.message_bar.setVisible(False)
        self.show_detail(None)
        self.pages.setCurrentIndex(0)
        self.refused.emit(text)

    def show_detail(self, detail: DossierDetail | None) -> None:
        self.detail = detail
        self.view.set_detail(detail)
        allowed = set(detail.allowed) if detail is not None else set()
        visible = {
            "hand_over": Action.HAND_OVER in allowed,
            "result_ready": Action.RESULT_READY in allowed,
            "return_counter": Action.RETURN in allowed,
            "return_post": Action.RETURN in allowed,
            "fee": detail is not None
            and detail.status != DossierStatus.REFUSED
            and (detail.fee_editable or detail.fee_due_vnd > 0),
            "request_supplement": Action.REQUEST_SUPPLEMENT in allowed,
            "supplement": Action.SUPPLEMENT in allowed,
            "extend": Action.EXTEND in allowed,
            "withdraw": Action.WITHDRAW in allowed,
            "stop": Action.STOP in allowed,
            "control": detail is not None and detail.due_at is not None,
        }
        for key, action in self.action_buttons.items():
            action.button.setVisible(visible[key])
            action.button.setEnabled(not self._busy_now)
        if detail is not None:
            by_post = detail.return_method == ReturnMethod.POST
            self.action_buttons["return_post"].button.setStyleSheet(
                PREFERRED_STYLE if by_post else ACTION_STYLE
            )
            self.action_buttons["return_counter"].button.setStyleSheet(
                ACTION_STYLE if by_post else PREFERRED_STYLE
            )
        self.no_action.setVisible(detail is not None and not any(visible.values()))
        self.action_buttons_box.setVisible(detail is not None)

    def visible_actions(self) -> list[str]:
        return [key for key, a in self.action_buttons.items() if not a.button.isHidden()]

    # -- dialogs -------------------------------------------------------------------------------
    def _heading(self) -> str:
        d = self.detail
        assert d is not None
        return f"<b>{escape(d.code)}</b> — {escape(d.applicant_name)}<br>{escape(d.procedure_name)}"

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if self.isVisible():  # back to this window, keys and shortcuts with it
            self.window().activateWindow()
            focused = QApplication.focusWidget()
            if focused is None or not self.isAncestorOf(focused):
                self.code_box.setFocus()

    def _reason_dialog(
        self,
        title: str,
        prompt: str,
        call: Callable[[ServiceRunner, Actor, int, str], Any],
        done_text: str,
    ) -> None:
        if self.detail is None:
            return
        dossier_id = self.detail.id
        dialog: ReasonDialog

        def submit(reason: str) -> None:
            self._run(
                lambda runner, actor: call(runner, actor, dossier_id, reason), done_text, dialog
            )

        dialog = ReasonDialog(title, f"{self._heading()}<br><br>{escape(prompt)}", submit, self)
        self._open(dialog)

    def open_handover(self) -> None:
        if self.detail is None:
            return
        dossier_id = self.detail.id
        dialog: HandoverDialog

        def submit(value: HandOverInput) -> None:
            self._run(
                lambda r, a: r.write(hand_over, a, dossier_id, value.to_body, value.note),
                self.tr("Đã chuyển hồ sơ cho {0}.").format(value.to_body),
                dialog,
            )

        suggestions = [h.to_body for h in reversed(self.detail.handovers)]
        dialog = HandoverDialog(self._heading(), suggestions, submit, self)
        self._open(dialog)

    def open_result_back(self) -> None:
        self._reason_dialog(
            self.tr("Nhận kết quả về Bộ phận Một cửa"),
            self.tr("Ghi chú về kết quả (không bắt buộc):"),
            lambda r, a, i, note: r.write(result_back, a, i, note or None),
            self.tr("Đã nhận kết quả; hồ sơ chờ trả cho công dân."),
        )

    def open_counter_return(self) -> None:
        if self.detail is None:
            return
        dossier_id = self.detail.id
        dialog: CounterReturnDialog

        def submit(value: CounterReturn) -> None:
            self._run(
                lambda r, a: r.write(return_at_counter, a, dossier_id, value),
                self.tr("Đã trả kết quả tại quầy."),
                dialog,
            )

        dialog = CounterReturnDialog(self._heading(), self.detail, submit, self)
        self._open(dialog)

    def open_postal_return(self) -> None:
        if self.detail is None:
            return
        dossier_id = self.detail.id
        dialog: PostalReturnDialog

        def submit(value: PostalReturn) -> None:
            self._run(
                lambda r, a: r.write(return_by_post, a, dossier_id, value),
                self.tr("Đã ghi nhận gửi kết quả qua bưu chính, số hiệu {0}.").format(
                    value.tracking_number
                ),
                dialog,
            )

        today = self.session.runner.clock.now().date()
        dialog = PostalReturnDialog(self._heading(), today, submit, self)
        self._open(dialog)

    def open_fee(self) -> None:
        if self.detail is None:
            return
        dossier_id = self.detail.id
        dialog: FeeDialog

        def submit(value: FeePayment) -> None:
            self._run(
                lambda r, a: r.write(collect_fee, a, dossier_id, value),
                self.tr("Đã ghi nhận khoản thu."),
                dialog,
            )

        dialog = FeeDialog(self._heading(), self.detail, submit, self)
        self._open(dialog)

    def open_request_supplement(self) -> None:
        self._reason_dialog(
            self.tr("Yêu cầu bổ sung hồ sơ — Mẫu 02"),
            self.tr("Giấy tờ cần bổ sung, hoàn thiện và lý do:"),
            lambda r, a, i, why: r.write(request_supplement, a, i, why),
            self.tr("Đã lập phiếu yêu cầu bổ sung; thời gian giải quyết tạm dừng."),
        )

    def open_supplement_received(self) -> None:
        self._reason_dialog(
            self.tr("Công dân đã bổ sung hồ sơ"),
            self.tr("Ghi chú (không bắt buộc):"),
            lambda r, a, i, note: r.write(supplement_received, a, i, note or None),
            self.tr("Đã nhận bổ sung; thời gian giải quyết tiếp tục."),
        )

    def open_extension(self) -> None:
        if self.detail is None:
            return
        dossier_id = self.detail.id
        dialog: ExtensionDialog

        def submit(value: ExtensionInput) -> None:
            self._run(
                lambda r, a: r.write(extend, a, dossier_id, value.new_due_at, value.reason),
                self.tr("Đã gia hạn; văn bản xin lỗi Mẫu 04 đã lập."),
                dialog,
            )

        now = self.session.runner.clock.now()
        dialog = ExtensionDialog(self._heading(), self.detail.due_at, now, submit, self)
        self._open(dialog)

    def extend_from_list(self, dossier_id: int) -> None:
        """Gia hạn from the due list: load the dossier, then ask for the new date."""

        def loaded(detail: DossierDetail) -> None:
            self.show_detail(detail)
            self.code_box.setText(detail.code)
            if Action.EXTEND in detail.allowed:
                self.open_extension()
            else:
                self._say(self.tr("Hồ sơ này không gia hạn được ở trạng thái hiện tại."), True)

        def failed(exc: BaseException) -> None:
            self._say(error_text(exc), True)

        self.session.read(dossier_detail, loaded, failed, dossier_id)

    def open_withdraw(self) -> None:
        self._reason_dialog(
            self.tr("Công dân rút hồ sơ"),
            self.tr("Lý do rút hồ sơ:"),
            lambda r, a, i, why: r.write(withdraw, a, i, why),
            self.tr("Đã ghi nhận công dân rút hồ sơ."),
        )

    def open_stop(self) -> None:
        self._reason_dialog(
            self.tr("Dừng giải quyết hồ sơ — Mẫu 05"),
            self.tr("Lý do dừng giải quyết (in trên thông báo):"),
            lambda r, a, i, why: r.write(stop, a, i, why),
            self.tr("Đã dừng giải quyết; thông báo Mẫu 05 đã lập."),
        )

    def print_control_slip(self) -> None:
        if self.detail is None:
            return
        dossier_id = self.detail.id
        self._run(
            lambda r, a: r.write(control_slip, a, dossier_id),
            self.tr("Đã lập phiếu kiểm soát Mẫu 06."),
            None,
        )

    # -- running an action ---------------------------------------------------------------------
    def _run(
        self,
        call: Callable[[ServiceRunner, Actor], Any],
        done_text: str,
        dialog: Any,
    ) -> None:
        """Run the use case on the worker, save the form it produced, then print it here."""
        runner, actor = self.session.runner, self.session.actor
        documents_dir = self.session.location.documents_dir

        def job() -> tuple[Any, SavedForm | None]:
            result = call(runner, actor)
            form = result.form if isinstance(result, TransitionResult) else result
            saved = _save_form(documents_dir, form) if isinstance(form, PrintedForm) else None
            return result, saved

        def done(outcome: tuple[Any, SavedForm | None]) -> None:
            result, saved = outcome
            self._busy(False)
            if dialog is not None:
                dialog.accept()
            if isinstance(result, TransitionResult):
                self.show_detail(result.detail)
            elif isinstance(result, DossierDetail):
                self.show_detail(result)
            lines = [done_text]
            if saved is not None:
                lines.append(self._print_outcome(saved))
            self._say("\n".join(lines), False, saved.path if saved is not None else None)
            self.due.refresh()
            if self.detail is not None:
                self.action_done.emit(self.detail)

        def failed(exc: BaseException) -> None:
            self._busy(False)
            if dialog is not None:
                dialog.failed(exc)
            else:
                self._say(error_text(exc), True)

        self._busy(True)
        self.session.worker.submit(job, done, failed)

    def _print_outcome(self, saved: SavedForm) -> str:
        if saved.path is None:
            return error_text(saved.problem) if saved.problem else ""
        from onestop_desktop.ui.pdf_printer import print_pdf  # pdfium loads on the first print

        outcome = print_pdf(saved.path, self.printer_name)
        if outcome.printed:
            return self.tr("Đã gửi phiếu tới máy in. Tệp: {0}").format(saved.path)
        return self.tr(
            "Chưa in được: {0} Phiếu đã lưu tại {1} — bấm “Xem trước phiếu” để in."
        ).format(outcome.message, saved.path)

    def _say(self, text: str, error: bool, pdf: Path | None = None) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.last_pdf = pdf
        self.preview_button.setVisible(pdf is not None)
        self.message_bar.setVisible(True)

    def preview(self) -> None:
        if self.last_pdf is not None:
            from onestop_desktop.ui.print_preview_dialog import PrintPreviewDialog

            PrintPreviewDialog(self.last_pdf, self.printer_name, self).exec()

    def _busy(self, busy: bool) -> None:
        self._busy_now = busy
        for action in self.action_buttons.values():
            action.button.setEnabled(not busy)

    def _due_loaded(self, count: int) -> None:
        title = self.tr("Đến hạn / quá hạn")
        self.pages.setTabText(1, f"{title} ({count})" if count else title)

    # -- the register --------------------------------------------------------------------------
    def open_register(self) -> None:
        if not self.session.can(Permission.VIEW_DAY):
            return
        dialog: RegisterDialog

        def submit(request: RegisterRequest) -> None:
            self._save_register(request, dialog)

        today = self.session.runner.clock.now().date()
        dialog = RegisterDialog(today, self.session.location.documents_dir, submit, self)
        self._open(dialog)

    def _save_register(self, request: RegisterRequest, dialog: RegisterDialog) -> None:
        runner, actor = self.session.runner, self.session.actor

        def job() -> tuple[Path, int]:
            from onestop_desktop.services.processing_files import save_register

            book = runner.read(register, actor, request.date_from, request.date_to)
            try:
                request.out_path.parent.mkdir(parents=True, exist_ok=True)
                save_register(book, request.out_path)
            except OSError as error:
                reason = error.strerror or str(error)
                raise ValidationError(
                    f"Không ghi được tệp ({reason}). Chọn thư mục khác.",
                    f"The file could not be written ({reason}). Choose another folder.",
                    field="out_path",
                ) from error
            return request.out_path, len(book.rows)

        def done(outcome: tuple[Path, int]) -> None:
            path, rows = outcome
            dialog.accept()
            self._say(
                self.tr("Đã lưu sổ theo dõi hồ sơ ({0} hồ sơ): {1}").format(rows, path), False
            )
            self.register_saved.emit(path)

        self.session.worker.submit(job, done, dialog.failed)
