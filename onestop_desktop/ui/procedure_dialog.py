"""Add or edit one procedure of the catalogue, with its list of required documents.

The values are checked by the same rules as the import (``domain.catalogue.check_procedure``)
before anything is sent; a refusal is shown under the form with the field marked. Enter saves,
Esc cancels. ``submit(spec)`` must call back ``failed(exc)`` or ``accept()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.catalogue import (
    MAX_COPIES,
    MAX_NAME,
    MAX_PROCESSING_DAYS,
    CopyKind,
    DocumentSpec,
    ProcedureSpec,
    ProcessingUnit,
    check_document,
    check_procedure,
    parse_fee,
)
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.text import fold
from onestop_desktop.services.catalogue import ProcedureDetail
from onestop_desktop.ui.form_helpers import error_label
from onestop_desktop.ui.messages import error_text

SAME_DAY = "same_day"
INVALID_STYLE = "border: 2px solid #b3261e;"
NAME, KIND, COUNT, MANDATORY = range(4)


class DocumentsEditor(QWidget):
    """A table of required documents: name, copy kind, number of copies, mandatory; reorderable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("documentsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tên giấy tờ"), self.tr("Loại bản"), self.tr("Số bản"), self.tr("Bắt buộc")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, COUNT, MANDATORY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = self._button(self.tr("Thêm giấy tờ"), "addDocument")
        self.remove_button = self._button(self.tr("Bỏ giấy tờ"), "removeDocument")
        self.up_button = self._button(self.tr("Lên"), "moveDocumentUp")
        self.down_button = self._button(self.tr("Xuống"), "moveDocumentDown")
        self.add_button.clicked.connect(lambda: self.add_document())
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter saves the procedure, wherever the focus is
        return button

    # -- rows ----------------------------------------------------------------------------
    def _kind_combo(self, kind: CopyKind) -> QComboBox:
        combo = QComboBox()
        labels = {
            CopyKind.ORIGINAL: self.tr("Bản chính"),
            CopyKind.CERTIFIED_COPY: self.tr("Bản sao có chứng thực"),
            CopyKind.PHOTOCOPY: self.tr("Bản chụp"),
            CopyKind.PRESENT: self.tr("Xuất trình"),
        }
        for value, label in labels.items():
            combo.addItem(label, value.value)
        combo.setCurrentIndex(combo.findData(kind.value))
        return combo

    def _set_row(self, row: int, doc: DocumentSpec) -> None:
        name = QLineEdit(doc.name)
        name.setMaxLength(MAX_NAME)
        name.setPlaceholderText(self.tr("Tên giấy tờ"))
        name.setCursorPosition(0)  # a long name shows its beginning
        name.setToolTip(doc.name)
        name.textChanged.connect(name.setToolTip)
        count = QSpinBox()
        count.setRange(1, MAX_COPIES)
        count.setValue(max(1, min(MAX_COPIES, doc.count)))
        mandatory = QCheckBox()
        mandatory.setChecked(doc.mandatory)
        holder = QWidget()
        box = QHBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(mandatory, 0, Qt.AlignmentFlag.AlignCenter)
        widgets: list[QWidget] = [name, self._kind_combo(doc.copy_kind), count, holder]
        for column, widget in enumerate(widgets):
            self.table.setCellWidget(row, column, widget)
        for widget in (name, widgets[KIND], count, mandatory):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Typing in a row makes it the current one, so "Bỏ", "Lên", "Xuống" act on it.
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            row = self._row_of(watched)
            if row is not None and row != self.table.currentRow():
                self.table.setCurrentCell(row, NAME)
        return super().eventFilter(watched, event)

    def _row_of(self, widget: QWidget) -> int | None:
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                cell = self.table.cellWidget(row, column)
                if cell is not None and (cell is widget or cell.isAncestorOf(widget)):
                    return row
        return None

    def name_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, NAME)
        assert isinstance(widget, QLineEdit)
        return widget

    def kind_combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, KIND)
        assert isinstance(widget, QComboBox)
        return widget

    def count_spin(self, row: int) -> QSpinBox:
        widget = self.table.cellWidget(row, COUNT)
        assert isinstance(widget, QSpinBox)
        return widget

    def mandatory_check(self, row: int) -> QCheckBox:
        holder = self.table.cellWidget(row, MANDATORY)
        check = holder.findChild(QCheckBox) if holder is not None else None
        assert isinstance(check, QCheckBox)
        return check

    def documents(self) -> list[DocumentSpec]:
        """What the table says, unchecked (names as typed)."""
        return [
            DocumentSpec(
                name=self.name_edit(row).text(),
                copy_kind=CopyKind(str(self.kind_combo(row).currentData())),
                count=self.count_spin(row).value(),
                mandatory=self.mandatory_check(row).isChecked(),
            )
            for row in range(self.table.rowCount())
        ]

    def set_documents(self, documents: Sequence[DocumentSpec], current: int | None = None) -> None:
        self.table.setRowCount(0)
        self.table.setRowCount(len(documents))
        for row, doc in enumerate(documents):
            self._set_row(row, doc)
        if current is not None and 0 <= current < len(documents):
            self.table.setCurrentCell(current, NAME)
        self._update_buttons()

    def add_document(self, doc: DocumentSpec | None = None) -> QLineEdit:
        """A new row at the end, the cursor in its name."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._set_row(row, doc or DocumentSpec("", CopyKind.ORIGINAL, 1, True))
        self.table.setCurrentCell(row, NAME)
        edit = self.name_edit(row)
        edit.setFocus()
        self._update_buttons()
        return edit

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), NAME)
        self._update_buttons()

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        documents = self.documents()
        documents[row], documents[target] = documents[target], documents[row]
        self.set_documents(documents, current=target)
        self.name_edit(target).setFocus()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, NAME)
            self.name_edit(row).setFocus()

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.table.rowCount() - 1)


class ProcedureDialog(QDialog):
    def __init__(
        self,
        submit: Callable[[ProcedureSpec], None],
        detail: ProcedureDetail | None = None,
        fields: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.detail = detail
        self._known_fields = {fold(f): f for f in fields}
        self.setWindowTitle(self.tr("Sửa thủ tục") if detail else self.tr("Thêm thủ tục"))
        self.setMinimumWidth(860)

        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("VD: 1.001193 (để trống nếu chưa có)"))
        self.code.setMaxLength(20)
        self.name_vi = QLineEdit()
        self.name_vi.setMaxLength(MAX_NAME)
        self.name_en = QLineEdit()
        self.name_en.setMaxLength(MAX_NAME)
        self.name_en.setPlaceholderText(self.tr("Không bắt buộc"))
        self.field_vi = QLineEdit()
        self.field_vi.setMaxLength(MAX_NAME)
        completer = QCompleter(list(fields), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.field_vi.setCompleter(completer)
        self.field_en = QLineEdit()
        self.field_en.setMaxLength(MAX_NAME)
        self.field_en.setPlaceholderText(self.tr("Không bắt buộc"))
        self.days = QSpinBox()
        self.days.setRange(0, MAX_PROCESSING_DAYS)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Trong ngày"), SAME_DAY)
        self.unit.addItem(self.tr("ngày làm việc"), ProcessingUnit.WORKING_DAYS.value)
        self.unit.addItem(self.tr("giờ làm việc"), ProcessingUnit.WORKING_HOURS.value)
        self.unit.addItem(self.tr("ngày (kể cả ngày nghỉ)"), ProcessingUnit.CALENDAR_DAYS.value)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.cutoff = QLineEdit()
        self.cutoff.setPlaceholderText(self.tr("VD: 15:00"))
        self.cutoff.setMaxLength(5)
        self.cutoff.setMaximumWidth(90)
        self.fee = QLineEdit()
        self.fee.setPlaceholderText(self.tr("Để trống nếu chưa quy định; 0 là miễn phí"))
        self.fee_note = QLineEdit()
        self.legal_basis = QLineEdit()
        self.at_counter = QCheckBox(self.tr("Tại Bộ phận Một cửa"))
        self.by_post = QCheckBox(self.tr("Qua dịch vụ bưu chính công ích"))
        self.documents = DocumentsEditor()

        time_row = QHBoxLayout()
        time_row.addWidget(self.days)
        time_row.addWidget(self.unit)
        time_row.addSpacing(16)
        time_row.addWidget(QLabel(self.tr("Nhận hồ sơ sau")))
        time_row.addWidget(self.cutoff)
        time_row.addWidget(QLabel(self.tr("thì tính từ ngày làm việc tiếp theo")))
        time_row.addStretch(1)
        field_row = QHBoxLayout()
        field_row.addWidget(self.field_vi, 1)
        field_row.addWidget(QLabel(self.tr("Tiếng Anh:")))
        field_row.addWidget(self.field_en, 1)
        return_row = QHBoxLayout()
        return_row.addWidget(self.at_counter)
        return_row.addWidget(self.by_post)
        return_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Mã thủ tục (quốc gia):"), self.code)
        form.addRow(self.tr("Tên thủ tục:"), self.name_vi)
        form.addRow(self.tr("Tên tiếng Anh:"), self.name_en)
        form.addRow(self.tr("Lĩnh vực:"), field_row)
        form.addRow(self.tr("Thời hạn giải quyết:"), time_row)
        form.addRow(self.tr("Lệ phí (đồng):"), self.fee)
        form.addRow(self.tr("Ghi chú lệ phí:"), self.fee_note)
        form.addRow(self.tr("Căn cứ pháp lý:"), self.legal_basis)
        form.addRow(self.tr("Trả kết quả:"), return_row)
        documents_box = QGroupBox(self.tr("Giấy tờ phải nộp / xuất trình"))
        QVBoxLayout(documents_box).addWidget(self.documents)

        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Lưu"))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(documents_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.fields: dict[str, QWidget] = {
            "code": self.code,
            "name_vi": self.name_vi,
            "name_en": self.name_en,
            "field_vi": self.field_vi,
            "field_en": self.field_en,
            "processing_days": self.days,
            "processing_unit": self.unit,
            "same_day_cutoff": self.cutoff,
            "fee_vnd": self.fee,
            "fee_note": self.fee_note,
            "legal_basis": self.legal_basis,
            "return_options": self.at_counter,
            "documents_vi": self.documents.table,
        }
        self._marked: list[QWidget] = []
        self._fill(detail.spec if detail else None)
        self.resize(920, 720)
        (self.name_vi if detail else self.code).setFocus()

    def _fill(self, spec: ProcedureSpec | None) -> None:
        if spec is None:
            self.unit.setCurrentIndex(self.unit.findData(ProcessingUnit.WORKING_DAYS.value))
            self.days.setValue(1)
            self.at_counter.setChecked(True)
            self.by_post.setChecked(True)
            return
        self.code.setText(spec.code or "")
        self.name_vi.setText(spec.name_vi)
        self.name_en.setText(spec.name_en or "")
        self.field_vi.setText(spec.field_vi)
        self.field_en.setText(spec.field_en or "")
        unit = SAME_DAY if spec.processing_days == 0 else spec.processing_unit.value
        self.unit.setCurrentIndex(self.unit.findData(unit))
        self.days.setValue(spec.processing_days)
        self.cutoff.setText(spec.same_day_cutoff or "")
        self.fee.setText("" if spec.fee_vnd is None else str(spec.fee_vnd))
        self.fee_note.setText(spec.fee_note or "")
        self.legal_basis.setText(spec.legal_basis or "")
        self.at_counter.setChecked(spec.return_at_counter)
        self.by_post.setChecked(spec.return_by_post)
        self.documents.set_documents(spec.documents)
        self._unit_changed()
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # long texts show their beginning

    def _unit_changed(self) -> None:
        same_day = self.unit.currentData() == SAME_DAY
        self.days.setEnabled(not same_day)
        if same_day:
            self.days.setMinimum(0)
            self.days.setValue(0)
        else:
            self.days.setMinimum(1)

    # -- checking and saving -----------------------------------------------------------------
    def spec(self) -> ProcedureSpec:
        """The procedure as filled in, checked by the catalogue's rules (``ValidationError``)."""
        same_day = self.unit.currentData() == SAME_DAY
        for number, doc in enumerate(self.documents.documents(), start=1):
            try:
                check_document(doc, number)
            except ValidationError:
                self.documents.select_row(number - 1)
                raise
        return check_procedure(
            ProcedureSpec(
                code=self.code.text(),
                name_vi=self.name_vi.text(),
                name_en=self.name_en.text(),
                field_vi=self._field_spelling(self.field_vi.text()),
                field_en=self.field_en.text(),
                processing_days=0 if same_day else self.days.value(),
                processing_unit=ProcessingUnit.WORKING_DAYS
                if same_day
                else ProcessingUnit(str(self.unit.currentData())),
                same_day_cutoff=self.cutoff.text(),
                fee_vnd=parse_fee(self.fee.text()),
                fee_note=self.fee_note.text(),
                legal_basis=self.legal_basis.text(),
                documents=tuple(self.documents.documents()),
                return_at_counter=self.at_counter.isChecked(),
                return_by_post=self.by_post.isChecked(),
            )
        )

    def _field_spelling(self, text: str) -> str:
        """A field typed without diacritics ("ho tich") is saved as the catalogue spells it."""
        return self._known_fields.get(fold(text), text)

    def _on_save(self) -> None:
        self._clear_marks()
        try:
            spec = self.spec()
        except ValidationError as exc:
            self.failed(exc)
            return
        self.buttons.setEnabled(False)
        self._submit(spec)

    def failed(self, exc: BaseException) -> None:
        """Show a refusal under the form and mark the field it names."""
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.setVisible(True)
        field = exc.field if isinstance(exc, ValidationError) else None
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setStyleSheet(f"{type(widget).__name__} {{ {INVALID_STYLE} }}")
            self._marked.append(widget)
            if widget is not self.documents.table:
                widget.setFocus()

    def _clear_marks(self) -> None:
        self.error.clear()
        self.error.setVisible(False)
        for widget in self._marked:
            widget.setStyleSheet("")
        self._marked.clear()
