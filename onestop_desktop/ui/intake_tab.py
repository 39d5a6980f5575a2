"""Tiếp nhận hồ sơ: the clerk's intake screen, keyboard first.

Order of work (and of Tab): procedure → applicant → (representative) → channel → documents →
notes → outcome. Enter in a field accepts; Ctrl+Enter accepts, Ctrl+B asks for a supplement,
Ctrl+Shift+X refuses, Ctrl+D ticks every document, Ctrl+N starts a new dossier, Ctrl+L refills the
last applicant.
Every field is checked here before saving, with the message under the field; the service checks
again. The save and the PDF run on the DB worker; printing follows on the GUI thread.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.applicant import PersonInput
from onestop_desktop.domain.dossier import Channel, ReturnMethod
from onestop_desktop.domain.errors import FormInvalid, ValidationError
from onestop_desktop.domain.intake import IntakeForm, Outcome, validate_intake
from onestop_desktop.printing.slips import FormKind
from onestop_desktop.services.form_files import SavedForm, receive_and_save, reprint_and_save
from onestop_desktop.services.intake import IntakeResult, ProcedureChecklist, procedure_checklist
from onestop_desktop.ui.document_checklist import DocumentChecklist
from onestop_desktop.ui.form_helpers import ERROR_STYLE, INVALID_FIELD_STYLE, error_label
from onestop_desktop.ui.labels import channel_label, moment, money, processing_time
from onestop_desktop.ui.messages import error_text
from onestop_desktop.ui.person_form import PersonForm
from onestop_desktop.ui.procedure_picker import ProcedurePicker
from onestop_desktop.ui.session import UiSession
from onestop_desktop.ui.this_pc import printer_name

RESULT_STYLE = "QFrame#intakeResult { background: #e8f3ec; border: 1px solid #2e7d4f; }"


class IntakeTab(QWidget):
    finished = Signal(object)  # IntakeResult, after the PDF was written and printing was tried

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.checklist: ProcedureChecklist | None = None
        self.ticket_id: int | None = None
        self.last_applicant: PersonInput | None = None
        self.last_result: IntakeResult | None = None
        self.last_pdf: Path | None = None
        self.printer_name: str | None = printer_name(session.location)

        self.picker = ProcedurePicker(session)
        self.picker.picked.connect(self.load_procedure)
        self.procedure_info = QLabel()
        self.procedure_info.setObjectName("procedureInfo")
        self.procedure_info.setWordWrap(True)
        self.procedure_error = self._error("procedure")

        self.applicant = PersonForm()
        self.applicant.submitted.connect(self.accept_dossier)
        self.rep_box = QGroupBox(self.tr("Người được ủy quyền / người đại diện (nếu có)"))
        self.rep_box.setCheckable(True)
        self.rep_box.setChecked(False)
        self.representative = PersonForm(representative=True)
        self.representative.submitted.connect(self.accept_dossier)
        rep_layout = QVBoxLayout(self.rep_box)
        rep_layout.addWidget(self.representative)
        self.representative.setVisible(False)
        self.rep_box.toggled.connect(self.representative.setVisible)

        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.return_method = QComboBox()
        self.return_method.setObjectName("returnMethod")
        self.return_method.addItem(self.tr("Tại Bộ phận Một cửa"), ReturnMethod.COUNTER.value)
        self.return_method.addItem(
            self.tr("Qua dịch vụ bưu chính công ích"), ReturnMethod.POST.value
        )

        self.documents = DocumentChecklist()
        self.documents_error = self._error("documents")
        self.tick_all = QPushButton(self.tr("Đã nộp đủ (Ctrl+D)"))
        self.tick_all.clicked.connect(self.documents.tick_all)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(60)
        self.notes_error = self._error("notes")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(1200)
        self.reason.setPlaceholderText(
            self.tr("Bắt buộc khi từ chối; khi yêu cầu bổ sung có thể để trống")
        )
        self.reason_error = self._error("reason")
        self.bilingual = QCheckBox(self.tr("In song ngữ Việt – Anh (người nước ngoài)"))
        self.bilingual.setObjectName("bilingual")
        self.general_error = error_label(self)

        self.accept_button = QPushButton(self.tr("Tiếp nhận — in Mẫu 01 (Ctrl+Enter)"))
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(self.accept_dossier)
        self.supplement_button = QPushButton(self.tr("Yêu cầu bổ sung — Mẫu 02 (Ctrl+B)"))
        self.supplement_button.clicked.connect(lambda: self.submit(Outcome.SUPPLEMENT))
        self.refuse_button = QPushButton(self.tr("Từ chối — Mẫu 03 (Ctrl+Shift+X)"))
        self.refuse_button.clicked.connect(lambda: self.submit(Outcome.REFUSE))
        self.new_button = QPushButton(self.tr("Hồ sơ mới (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_dossier)
        self.outcome_buttons = (self.accept_button, self.supplement_button, self.refuse_button)

        self.result_frame = QFrame()
        self.result_frame.setObjectName("intakeResult")
        self.result_frame.setStyleSheet(RESULT_STYLE)
        self.result_title = QLabel()
        self.result_title.setObjectName("resultTitle")
        self.result_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_title.setStyleSheet("font-size: 15pt; font-weight: 700;")
        self.result_detail = QLabel()
        self.result_detail.setObjectName("resultDetail")
        self.result_detail.setWordWrap(True)
        self.reprint_button = QPushButton(self.tr("In lại (bản sao)"))
        self.reprint_button.clicked.connect(self.reprint)
        self.preview_button = QPushButton(self.tr("Xem trước"))
        self.preview_button.clicked.connect(self.preview)
        self.same_applicant_button = QPushButton(self.tr("Hồ sơ khác, cùng người nộp (Ctrl+L)"))
        self.same_applicant_button.clicked.connect(self.refill_last_applicant)
        result_buttons = QHBoxLayout()
        for button in (self.reprint_button, self.preview_button, self.same_applicant_button):
            result_buttons.addWidget(button)
        result_buttons.addStretch(1)
        result_layout = QVBoxLayout(self.result_frame)
        result_layout.addWidget(self.result_title)
        result_layout.addWidget(self.result_detail)
        result_layout.addLayout(result_buttons)
        self.result_frame.setVisible(False)

        self._layout()
        self._shortcuts()
        self._tab_order()

    # -- building ------------------------------------------------------------------------------
    def _error(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{field}_error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def _layout(self) -> None:
        procedure_box = QGroupBox(self.tr("1. Thủ tục hành chính"))
        p_layout = QVBoxLayout(procedure_box)
        p_layout.addWidget(self.picker)
        p_layout.addWidget(self.procedure_error)
        p_layout.addWidget(self.procedure_info)
        applicant_box = QGroupBox(self.tr("2. Người nộp hồ sơ"))
        a_layout = QVBoxLayout(applicant_box)
        a_layout.addWidget(self.applicant)
        way_box = QGroupBox(self.tr("3. Hình thức nộp và nhận kết quả"))
        way = QFormLayout(way_box)
        way.addRow(self.tr("Hình thức nộp:"), self.channel)
        way.addRow(self.tr("Nhận kết quả:"), self.return_method)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        for widget in (procedure_box, applicant_box, self.rep_box, way_box):
            left_layout.addWidget(widget)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(500)

        docs_box = QGroupBox(self.tr("4. Thành phần hồ sơ (Space: đánh dấu đã nộp)"))
        d_layout = QVBoxLayout(docs_box)
        d_layout.addWidget(self.documents, 1)
        d_layout.addWidget(self.documents_error)
        d_layout.addWidget(self.tick_all, 0, Qt.AlignmentFlag.AlignLeft)
        extra = QFormLayout()
        extra.addRow(self.tr("Ghi chú:"), self._stack(self.notes, self.notes_error))
        extra.addRow(self.tr("Lý do:"), self._stack(self.reason, self.reason_error))
        extra.addRow("", self.bilingual)
        d_layout.addLayout(extra)
        buttons = QGridLayout()
        for index, button in enumerate((*self.outcome_buttons, self.new_button)):
            buttons.addWidget(button, index // 2, index % 2)
        right = QVBoxLayout()
        right.addWidget(docs_box, 1)
        right.addWidget(self.general_error)
        right.addLayout(buttons)
        right.addWidget(self.result_frame)
        root = QHBoxLayout(self)
        root.addWidget(scroll, 1)
        root.addLayout(right, 1)

    @staticmethod
    def _stack(widget: QWidget, error: QLabel) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        return box

    def _shortcuts(self) -> None:
        bindings = [
            ("Ctrl+Return", self.accept_dossier),
            ("Ctrl+Enter", self.accept_dossier),
            ("Ctrl+B", lambda: self.submit(Outcome.SUPPLEMENT)),
            ("Ctrl+Shift+X", lambda: self.submit(Outcome.REFUSE)),
            ("Ctrl+D", self.documents.tick_all),
            ("Ctrl+N", self.new_dossier),
            ("Ctrl+L", self.refill_last_applicant),
            ("Ctrl+F", self.picker.search.setFocus),
        ]
        for keys, slot in bindings:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _tab_order(self) -> None:
        a, r = self.applicant, self.representative
        chain: list[QWidget] = [
            self.picker.search,
            a.full_name,
            a.id_type,
            a.id_number,
            a.birth_date,
            a.phone,
            a.address,
            a.email,
            self.rep_box,
            r.full_name,
            r.id_type,
            r.id_number,
            self.channel,
            self.return_method,
            self.documents,
            self.notes,
            self.reason,
            self.bilingual,
            self.accept_button,
            self.supplement_button,
            self.refuse_button,
            self.new_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- the procedure -------------------------------------------------------------------------
    def load_procedure(self, procedure_id: int) -> None:
        def show(checklist: ProcedureChecklist) -> None:
            self.checklist = checklist
            self.documents.set_documents(checklist.documents)
            fee = money(checklist.fee_vnd)
            self.procedure_info.setText(
                self.tr(
                    "<b>{0}</b> · {1}<br>Thời hạn: {2} · Lệ phí: {3}<br>"
                    "Hẹn trả nếu nhận ngay bây giờ: <b>{4}</b>"
                ).format(
                    checklist.name_vi,
                    checklist.field_vi,
                    processing_time(
                        checklist.processing_days, checklist.processing_unit, checklist.cutoff
                    ),
                    fee,
                    moment(checklist.due_if_received_now),
                )
            )
            self._hide(self.procedure_error)
            if not checklist.return_by_post:
                self.return_method.setCurrentIndex(0)
            self.applicant.full_name.setFocus()

        self.session.read(procedure_checklist, show, self._failed, procedure_id)

    # -- outcomes ------------------------------------------------------------------------------
    def accept_dossier(self) -> None:
        self.submit(Outcome.ACCEPT)

    def current_form(self, outcome: Outcome) -> IntakeForm | None:
        if self.checklist is None:
            return None
        return IntakeForm(
            procedure_id=self.checklist.procedure_id,
            applicant=self.applicant.value(),
            outcome=outcome,
            representative=self.representative.value() if self.rep_box.isChecked() else None,
            channel=str(self.channel.currentData()),
            return_method=str(self.return_method.currentData()),
            documents=self.documents.checks(),
            notes=self.notes.toPlainText(),
            reason=self.reason.text(),
            ticket_id=self.ticket_id,
            bilingual_receipt=self.bilingual.isChecked(),
        )

    def submit(self, outcome: Outcome) -> None:
        if not self.accept_button.isEnabled():
            return  # a save is on its way
        self.clear_errors()
        form = self.current_form(outcome)
        if form is None or self.checklist is None:
            self._show(self.procedure_error, self.tr("Chưa chọn thủ tục."))
            self.picker.search.setFocus()
            return
        try:
            validate_intake(
                form, list(self.checklist.documents), self.session.runner.clock.now().date()
            )
        except FormInvalid as invalid:
            self.show_problems(invalid.problems)
            return
        self._busy(True)
        runner, actor = self.session.runner, self.session.actor
        documents_dir = self.session.location.documents_dir
        self.session.worker.submit(
            lambda: receive_and_save(runner, actor, form, documents_dir),
            lambda done: self._received(form, *done),
            self._failed,
        )

    def _received(self, form: IntakeForm, result: IntakeResult, saved: SavedForm) -> None:
        self._busy(False)
        self.last_result = result
        self.last_applicant = form.applicant
        self.last_pdf = saved.path
        titles = {
            FormKind.RECEIPT: self.tr("Đã tiếp nhận hồ sơ {0}"),
            FormKind.SUPPLEMENT: self.tr("Đã lập phiếu yêu cầu bổ sung cho hồ sơ {0}"),
            FormKind.REFUSAL: self.tr("Đã lập phiếu từ chối cho hồ sơ {0}"),
        }
        self.result_title.setText(titles[result.form].format(result.code))
        lines = []
        if result.due_at is not None:
            lines.append(self.tr("Hẹn trả kết quả: {0}").format(moment(result.due_at)))
        lines.append(self._print_outcome(saved))
        self.result_detail.setText("\n".join(lines))
        self.result_frame.setVisible(True)
        self.reprint_button.setEnabled(True)
        self.preview_button.setEnabled(saved.path is not None)
        self.new_dossier(keep_result=True)
        self.finished.emit(result)

    def _print_outcome(self, saved: SavedForm) -> str:
        if saved.path is None:
            return error_text(saved.problem) if saved.problem else ""
        from onestop_desktop.ui.pdf_printer import print_pdf  # pdfium loads on the first print

        outcome = print_pdf(saved.path, self.printer_name)
        if outcome.printed:
            return self.tr("Đã gửi phiếu tới máy in. Tệp: {0}").format(saved.path)
        return self.tr("Chưa in được: {0} Phiếu đã lưu tại {1} — bấm “Xem trước” để in.").format(
            outcome.message, saved.path
        )

    def reprint(self) -> None:
        if self.last_result is None:
            return
        runner, actor = self.session.runner, self.session.actor
        documents_dir = self.session.location.documents_dir
        dossier_id, bilingual = self.last_result.dossier_id, self.bilingual.isChecked()
        self.reprint_button.setEnabled(False)

        def done(saved: SavedForm) -> None:
            self.reprint_button.setEnabled(True)
            self.last_pdf = saved.path or self.last_pdf
            self.result_detail.setText(self._print_outcome(saved))

        def failed(exc: BaseException) -> None:
            self.reprint_button.setEnabled(True)
            self._failed(exc)

        self.session.worker.submit(
            lambda: reprint_and_save(runner, actor, dossier_id, documents_dir, bilingual),
            done,
            failed,
        )

    def preview(self) -> None:
        if self.last_pdf is not None:
            from onestop_desktop.ui.print_preview_dialog import PrintPreviewDialog

            PrintPreviewDialog(self.last_pdf, self.printer_name, self).exec()

    # -- form state ----------------------------------------------------------------------------
    def new_dossier(self, keep_result: bool = False) -> None:
        self.checklist = None
        self.picker.reset()
        self.procedure_info.clear()
        self.applicant.clear()
        self.representative.clear()
        self.rep_box.setChecked(False)
        self.channel.setCurrentIndex(0)
        self.return_method.setCurrentIndex(0)
        self.documents.clear_documents()
        self.notes.clear()
        self.reason.clear()
        self.bilingual.setChecked(False)
        self.clear_errors()
        if not keep_result:
            self.result_frame.setVisible(False)
        self.picker.search.setFocus()

    def refill_last_applicant(self) -> None:
        person = self.last_applicant
        if person is None:
            return
        a = self.applicant
        a.full_name.setText(person.full_name)
        a.id_type.setCurrentIndex(max(0, a.id_type.findData(person.id_type)))
        a.id_number.setText(person.id_number)
        a.birth_date.setText(f"{person.birth_date:%d/%m/%Y}" if person.birth_date else "")
        a.phone.setText(person.phone)
        a.address.setText(person.address)
        a.email.setText(person.email)
        self.picker.search.setFocus()

    def set_ticket(self, ticket_id: int | None) -> None:
        """The queue ticket being served: dossiers taken in now are linked to it."""
        self.ticket_id = ticket_id

    # -- messages ------------------------------------------------------------------------------
    def show_problems(self, problems: list[ValidationError]) -> None:
        english = self.session.language == "en"
        own = {
            "procedure": self.procedure_error,
            "documents": self.documents_error,
            "notes": self.notes_error,
            "reason": self.reason_error,
        }
        for problem in problems:
            text = problem.message_en if english else problem.message_vi
            field = problem.field or ""
            if field in own:
                self._show(own[field], text)
                if field == "reason":
                    self.reason.setStyleSheet(INVALID_FIELD_STYLE)
            elif not (
                self.applicant.show_error(field, text)
                or self.representative.show_error(field, text)
            ):
                self._show(self.general_error, text)
        target = self.applicant.first_invalid() or self.representative.first_invalid()
        if target is not None:
            target.setFocus()
        elif self.documents_error.isVisible():
            self.documents.setFocus()
        elif self.reason_error.isVisible():
            self.reason.setFocus()

    def clear_errors(self) -> None:
        for label in (
            self.procedure_error,
            self.documents_error,
            self.notes_error,
            self.reason_error,
            self.general_error,
        ):
            self._hide(label)
        self.reason.setStyleSheet("")
        self.applicant.clear_errors()
        self.representative.clear_errors()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, FormInvalid):
            self.show_problems(exc.problems)
        elif isinstance(exc, ValidationError) and exc.field:
            self.show_problems([exc])
        else:
            self._show(self.general_error, error_text(exc))

    def _busy(self, busy: bool) -> None:
        for button in self.outcome_buttons:
            button.setEnabled(not busy)

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(True)

    @staticmethod
    def _hide(label: QLabel) -> None:
        label.clear()
        label.setVisible(False)
