"""One dossier as the return screen shows it: code, status, applicant, dates (the due date in force,
the original one when it moved, overdue in red), fees, and the documents, hand-overs, fees and
history in small tables. Read-only; the return tab fills it with ``set_detail``."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from onestop_desktop.domain.dossier import DossierStatus, ReturnMethod
from onestop_desktop.domain.lifecycle import Timing
from onestop_desktop.services.processing_dto import (
    DocumentLine,
    DossierDetail,
    FeeLine,
    HandoverLine,
    HistoryLine,
    ReceiverKind,
)
from onestop_desktop.ui.fee_dialog import fee_method_label
from onestop_desktop.ui.labels import channel_label, copy_kind_label, moment, money, status_label
from onestop_desktop.ui.table_model import Column, RowsModel

_Index = QModelIndex | QPersistentModelIndex
ORIGINAL = "original"
OVERDUE_COLOR = "#b3261e"
STATUS_COLORS = {
    DossierStatus.RECEIVED: ("#e3edfb", "#0b57d0"),
    DossierStatus.IN_PROCESSING: ("#e3edfb", "#0b57d0"),
    DossierStatus.RESULT_READY: ("#e3f4e8", "#1b6b3a"),
    DossierStatus.RETURNED: ("#eceff1", "#37474f"),
    DossierStatus.AWAITING_SUPPLEMENT: ("#fff3cd", "#7a4b00"),
    DossierStatus.REFUSED: ("#fde7e5", "#8c1d18"),
    DossierStatus.WITHDRAWN: ("#fde7e5", "#8c1d18"),
    DossierStatus.STOPPED: ("#fde7e5", "#8c1d18"),
}


def timing_label(value: str | None) -> str:
    labels: dict[str, str] = {
        Timing.EARLY: QCoreApplication.translate("DossierDetailView", "Trước hạn"),
        Timing.ON_TIME: QCoreApplication.translate("DossierDetailView", "Đúng hạn"),
        Timing.LATE: QCoreApplication.translate("DossierDetailView", "Quá hạn"),
    }
    return labels.get(value or "", value or "")


def _day(value: date | None) -> str:
    return "" if value is None else f"{value:%d/%m/%Y}"


class _DocumentsModel(RowsModel[DocumentLine]):
    """Originals handed in are what the citizen takes back: shown bold."""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            line = self.row_at(index.row())
            if line.copy_kind == ORIGINAL and line.handed_in:
                font = QApplication.font()
                font.setBold(True)
                return font
        return super().data(index, role)


def _table(model: RowsModel[object], stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class DossierDetailView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: DossierDetail | None = None
        self.code = QLabel()
        self.code.setObjectName("detailCode")
        self.code.setStyleSheet("font-size: 16pt; font-weight: 700;")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("detailStatus")
        self.overdue = QLabel(self.tr("QUÁ HẠN"))
        self.overdue.setObjectName("overdueBadge")
        self.overdue.setStyleSheet(
            f"background: {OVERDUE_COLOR}; color: white; font-weight: 700; "
            "border-radius: 4px; padding: 2px 8px;"
        )
        self.overdue.setVisible(False)
        title = QHBoxLayout()
        title.addWidget(self.code)
        title.addWidget(self.status)
        title.addWidget(self.overdue)
        title.addStretch(1)

        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(3)
        rows = [
            ("procedure", self.tr("Thủ tục:")),
            ("applicant", self.tr("Người nộp:")),
            ("received", self.tr("Tiếp nhận:")),
            ("due", self.tr("Hẹn trả:")),
            ("result", self.tr("Kết quả:")),
            ("fee", self.tr("Phí, lệ phí:")),
        ]
        for index, (key, caption) in enumerate(rows):
            name = QLabel(caption)
            name.setStyleSheet("color: #555;")
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, index, 1)
            self.values[key] = value
        grid.setColumnStretch(1, 1)

        self.documents: _DocumentsModel = _DocumentsModel(
            [
                Column(self.tr("Giấy tờ"), lambda d: d.name),
                Column(self.tr("Loại"), lambda d: copy_kind_label(d.copy_kind)),
                Column(self.tr("SL"), lambda d: d.count, align_right=True),
                Column(self.tr("Đã nộp"), lambda d: self.tr("Có") if d.handed_in else ""),
                Column(
                    self.tr("Trả lại"),
                    lambda d: (
                        self.tr("Trả bản chính") if d.copy_kind == ORIGINAL and d.handed_in else ""
                    ),
                ),
            ],
            self,
        )
        self.handovers: RowsModel[HandoverLine] = RowsModel(
            [
                Column(self.tr("Chuyển cho"), lambda h: h.to_body),
                Column(self.tr("Lúc chuyển"), lambda h: moment(h.sent_at)),
                Column(self.tr("Người chuyển"), lambda h: h.sent_by),
                Column(self.tr("Ghi chú"), lambda h: h.note or ""),
                Column(self.tr("Nhận lại"), lambda h: moment(h.back_at)),
                Column(self.tr("Kết quả"), lambda h: h.result_note or ""),
            ],
            self,
        )
        self.fees: RowsModel[FeeLine] = RowsModel(
            [
                Column(self.tr("Số tiền"), lambda f: money(f.amount_vnd), align_right=True),
                Column(self.tr("Hình thức"), lambda f: fee_method_label(f.method)),
                Column(self.tr("Số biên lai"), lambda f: f.receipt_number or ""),
                Column(self.tr("Người thu"), lambda f: f.collected_by),
                Column(self.tr("Lúc thu"), lambda f: moment(f.collected_at)),
            ],
            self,
        )
        self.history: RowsModel[HistoryLine] = RowsModel(
            [
                Column(self.tr("Thời điểm"), lambda h: moment(h.at)),
                Column(self.tr("Người thực hiện"), lambda h: h.by),
                Column(
                    self.tr("Từ"), lambda h: status_label(h.from_status) if h.from_status else ""
                ),
                Column(self.tr("Sang"), lambda h: status_label(h.to_status)),
                Column(self.tr("Lý do / ghi chú"), lambda h: h.reason or ""),
            ],
            self,
        )
        self.tables = QTabWidget()
        self.tables.setObjectName("detailTables")
        self.tables.setDocumentMode(True)
        self.tables.addTab(_table(self.documents, 0), "")  # type: ignore[arg-type]
        self.tables.addTab(_table(self.handovers, 3), "")  # type: ignore[arg-type]
        self.tables.addTab(_table(self.fees, 3), "")  # type: ignore[arg-type]
        self.tables.addTab(_table(self.history, 4), "")  # type: ignore[arg-type]

        self.placeholder = QLabel(
            self.tr(
                "Quét mã QR trên giấy tiếp nhận (ở bất kỳ ô nào trên màn hình này) "
                "hoặc gõ mã hồ sơ rồi nhấn Enter."
            )
        )
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #666; font-size: 12pt;")

        self.body = QFrame()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(title)
        body.addLayout(grid)
        body.addWidget(self.tables, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.body, 1)
        self.set_detail(None)

    # -- filling -------------------------------------------------------------------------------
    def set_detail(self, detail: DossierDetail | None) -> None:
        self.detail = detail
        self.placeholder.setVisible(detail is None)
        self.body.setVisible(detail is not None)
        if detail is None:
            for model in (self.documents, self.handovers, self.fees, self.history):
                model.set_rows([])
            return
        self.code.setText(detail.code)
        background, color = STATUS_COLORS.get(DossierStatus(detail.status), ("#eceff1", "#37474f"))
        self.status.setText(status_label(detail.status))
        self.status.setStyleSheet(
            f"background: {background}; color: {color}; font-weight: 700; "
            "border-radius: 4px; padding: 2px 8px;"
        )
        self.overdue.setVisible(detail.overdue)
        v = self.values
        procedure = escape(detail.procedure_name)
        v["procedure"].setText(f"<b>{procedure}</b> · {escape(detail.field_name)}")
        v["applicant"].setText(self._applicant(detail))
        v["received"].setText(
            self.tr("{0} · {1} · nhận kết quả {2}").format(
                moment(detail.received_at),
                channel_label(detail.channel),
                self._return_method(detail.return_method),
            )
        )
        v["due"].setText(self._due(detail))
        v["result"].setText(self._result(detail))
        v["fee"].setText(self._fee(detail))
        v["fee"].setToolTip(detail.fee_note or "")
        self.documents.set_rows(detail.documents)
        self.handovers.set_rows(detail.handovers)
        self.fees.set_rows(detail.fees)
        self.history.set_rows(detail.history)
        originals = sum(1 for d in detail.documents if d.copy_kind == ORIGINAL and d.handed_in)
        documents_title = self.tr("Giấy tờ đã nộp ({0})").format(len(detail.documents))
        if originals:
            documents_title += self.tr(" — {0} bản chính trả lại").format(originals)
        self.tables.setTabText(0, documents_title)
        self.tables.setTabText(1, self.tr("Chuyển xử lý ({0})").format(len(detail.handovers)))
        self.tables.setTabText(2, self.tr("Phí đã thu ({0})").format(len(detail.fees)))
        self.tables.setTabText(3, self.tr("Lịch sử ({0})").format(len(detail.history)))

    def _applicant(self, d: DossierDetail) -> str:
        parts = [f"<b>{escape(d.applicant_name)}</b>"]
        if d.applicant_id_number:
            parts.append(self.tr("số giấy tờ {0}").format(escape(d.applicant_id_number)))
        if d.applicant_phone:
            parts.append(self.tr("ĐT {0}").format(escape(d.applicant_phone)))
        text = " · ".join(parts)
        if d.representative_name:
            text += "<br>" + self.tr("Người được ủy quyền: {0}").format(
                escape(d.representative_name)
            )
        return text

    def _return_method(self, method: str) -> str:
        if method == ReturnMethod.POST:
            return self.tr("qua bưu chính")
        return self.tr("tại Bộ phận Một cửa")

    def _due(self, d: DossierDetail) -> str:
        if d.due_at is None:
            return self.tr("— (chưa có: hồ sơ chờ bổ sung trước khi tiếp nhận)")
        text = f"<b>{moment(d.due_at)}</b>"
        if d.overdue:
            late = self.tr("{0} — đã quá hạn").format(text)
            text = f'<span style="color:{OVERDUE_COLOR}">{late}</span>'
        if d.first_due_at is not None and d.first_due_at != d.due_at:
            text += " · " + self.tr("hẹn ban đầu {0}").format(moment(d.first_due_at))
        if d.paused_at is not None:
            text += "<br>" + self.tr("Tạm dừng tính thời gian từ {0} (chờ bổ sung)").format(
                moment(d.paused_at)
            )
        return text

    def _result(self, d: DossierDetail) -> str:
        lines: list[str] = []
        if d.result_ready_at is not None:
            line = self.tr("Có kết quả lúc {0}").format(moment(d.result_ready_at))
            if d.timing:
                colour = OVERDUE_COLOR if d.timing == Timing.LATE else "#1b6b3a"
                line += f' · <b style="color:{colour}">{timing_label(d.timing)}</b>'
            lines.append(line)
        if d.returned_at is not None:
            if d.returned_via == ReturnMethod.POST:
                lines.append(
                    self.tr("Đã gửi qua bưu chính lúc {0}: {1}, số hiệu {2}, ngày gửi {3}").format(
                        moment(d.returned_at),
                        escape(d.post_service or ""),
                        escape(d.post_tracking or ""),
                        _day(d.post_sent_on),
                    )
                )
            else:
                who = (
                    self.tr("người được ủy quyền {0}")
                    if d.receiver_kind == ReceiverKind.AUTHORISED
                    else self.tr("người nộp {0}")
                ).format(escape(d.receiver_name or ""))
                lines.append(
                    self.tr("Đã trả tại quầy lúc {0} cho {1} (số giấy tờ {2})").format(
                        moment(d.returned_at), who, escape(d.receiver_id_number or "")
                    )
                )
        return "<br>".join(lines) if lines else self.tr("Chưa có")

    def _fee(self, d: DossierDetail) -> str:
        catalogue = money(d.fee_vnd) if d.fee_vnd is not None else self.tr("không ghi mức cố định")
        text = self.tr("Theo danh mục: {0} · đã thu: {1}").format(
            catalogue, money(d.fees_paid_vnd) if d.fees_paid_vnd else "0 đ"
        )
        if d.fee_due_vnd > 0:
            owed = self.tr("còn phải thu {0}").format(money(d.fee_due_vnd))
            text += f' · <b style="color:{OVERDUE_COLOR}">{owed}</b>'
        return text

    def due_text(self) -> str:
        """The due line as shown (for tests and screenshots)."""
        return self.values["due"].text()
