"""Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (the receipt with the due date and QR code).

Items as on the official form (Thông tư 01/2018/TT-VPCP, kept by Thông tư 03/2025/TT-VPCP):
the applicant, the procedure, 1. the documents handed in, 2. the number of sets, 3. the legal
processing time, 4. when it was received, 5. when the result is due, 6. where it is collected,
7. fees; the register number, a reminder of what to bring, and the two signatures. The QR code
carries only the dossier code and its signature (``slip.qr_payload``), never personal data.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from onestop_desktop.domain.catalogue import CopyKind
from onestop_desktop.domain.dossier import ReturnMethod
from onestop_desktop.printing import form_layout as fl
from onestop_desktop.printing import form_text as ft
from onestop_desktop.printing.qr import QrFlowable
from onestop_desktop.printing.slips import DossierSlip, SlipDocument

TITLE = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
TITLE_EN = "Receipt of dossier and appointment for results"
QR_SYMBOL = 26 * mm  # the symbol without its quiet zone: ≥ 25 mm for cheap scanners
_COUNT_COLUMNS = (CopyKind.ORIGINAL, CopyKind.CERTIFIED_COPY, CopyKind.PHOTOCOPY)


def receipt_story(slip: DossierSlip, lang: fl.Lang) -> list[Flowable]:
    if not slip.qr_payload:
        raise ValueError("Mẫu 01 needs slip.qr_payload (domain.dossier_code.sign_code)")
    st = fl.styles()
    code_line = f"{lang.label('Mã hồ sơ', 'Dossier code')}: <b>{fl.text(slip.code)}</b>"
    title = fl.title_block(
        "GIẤY TIẾP NHẬN HỒ SƠ<br/>VÀ HẸN TRẢ KẾT QUẢ", TITLE_EN, lang, extra=[code_line]
    )
    qr = QrFlowable(slip.qr_payload, QR_SYMBOL)
    story: list[Flowable] = [
        fl.national_header(slip.ward_name, slip.received_at.date(), lang),
        Spacer(1, 3 * mm),
        fl.title_with_qr(title, qr, qr.size),
        Spacer(1, 3 * mm),
        *fl.applicant_block(slip, lang, ("Tiếp nhận hồ sơ của Ông/Bà", "Received from")),
        fl.numbered(1, lang.label("Thành phần hồ sơ nộp gồm", "Documents handed in") + ":"),
        _documents_table(slip.documents, lang),
        Spacer(1, 1.5 * mm),
        fl.numbered(
            2,
            lang.label("Số lượng hồ sơ", "Number of sets"),
            lang.value(
                f"{ft.two_digits(slip.sets)} bộ", f"{slip.sets} set{'s' if slip.sets > 1 else ''}"
            ),
        ),
        fl.numbered(
            3,
            lang.label("Thời gian giải quyết hồ sơ theo quy định", "Processing time by law"),
            lang.value(
                ft.duration(slip.processing_days, slip.processing_unit),
                ft.duration_en(slip.processing_days, slip.processing_unit),
            ),
        ),
        fl.numbered(
            4,
            lang.label("Thời gian nhận hồ sơ", "Received at"),
            ft.clock_date(slip.received_at),
        ),
        fl.numbered(
            5,
            lang.label("Thời gian trả kết quả giải quyết hồ sơ", "Results due at"),
            f"<b>{ft.clock_date(slip.due_at)}</b>" if slip.due_at else "…",
        ),
        fl.numbered(
            6,
            lang.label("Đăng ký nhận kết quả tại", "Results collected"),
            lang.value(*ft.return_place(slip.return_method, slip.ward_name)),
        ),
        fl.numbered(7, lang.label("Phí, lệ phí", "Fees and charges"), _fee(slip, lang)),
    ]
    register = (
        f"{lang.label('Vào Sổ theo dõi hồ sơ, Số thứ tự', 'Entered in the register, No.')}: "
        f"<b>{slip.seq}</b>"
    )
    story += [
        Spacer(1, 1 * mm),
        fl.para(register, st.body),
        fl.closing(
            [
                fl.para(_reminder(slip, lang), st.note),
                Spacer(1, 3 * mm),
                fl.signatures(
                    [
                        fl.Signer("NGƯỜI NỘP HỒ SƠ", "Submitted by", fl.submitter(slip)),
                        fl.Signer("NGƯỜI TIẾP NHẬN HỒ SƠ", "Receiving officer", slip.clerk_name),
                    ],
                    lang,
                ),
            ]
        ),
    ]
    return story


def _documents_table(documents: tuple[SlipDocument, ...], lang: fl.Lang) -> Flowable:
    handed_in = [d for d in documents if d.handed_in]
    head = [
        lang.under("STT", "No.", 9),
        lang.under("Tên giấy tờ", "Document", 9),
        *(lang.under(*ft.COPY_KIND_LABELS[k], 9) for k in _COUNT_COLUMNS),
    ]
    widths = [12 * mm, fl.CONTENT_WIDTH - 12 * mm - 3 * 21 * mm, 21 * mm, 21 * mm, 21 * mm]
    rows: list[list[str]] = []
    spans: list[tuple[object, ...]] = []
    for i, doc in enumerate(handed_in, start=1):
        counts = ["", "", ""]
        if doc.copy_kind == CopyKind.PRESENT:
            counts[0] = f"<i>{lang.label(*ft.COPY_KIND_LABELS[CopyKind.PRESENT])}</i>"
            spans.append(("SPAN", (2, i), (4, i)))
        elif doc.copy_kind in _COUNT_COLUMNS:
            counts[_COUNT_COLUMNS.index(CopyKind(doc.copy_kind))] = ft.two_digits(doc.count)
        rows.append([str(i), fl.text(doc.name), *counts])
    if not rows:
        rows.append(["", lang.label("Không có giấy tờ nộp kèm", "No documents"), "", "", ""])
        spans.append(("SPAN", (1, 1), (4, 1)))
    return fl.grid_table(head, rows, widths, centred=(0, 2, 3, 4), extra_style=spans)


def _fee(slip: DossierSlip, lang: fl.Lang) -> str:
    amount = lang.value(ft.money(slip.fee_vnd), ft.money_en(slip.fee_vnd))
    if slip.fee_note:
        amount += f". {fl.text(slip.fee_note)}"
    return amount


def _reminder(slip: DossierSlip, lang: fl.Lang) -> str:
    if slip.return_method == ReturnMethod.POST:
        vi = (
            "Lưu ý: Kết quả được gửi qua dịch vụ bưu chính công ích đến địa chỉ đã đăng ký; "
            "Ông/Bà giữ Giấy tiếp nhận này để tra cứu và đối chiếu khi nhận."
        )
        en = (
            "Note: the result is sent by public postal service to the registered address; keep "
            "this receipt to follow the dossier and to check the delivery."
        )
    else:
        vi = (
            "Lưu ý: Khi đến nhận kết quả, Ông/Bà mang theo Giấy tiếp nhận này và giấy tờ tùy "
            "thân (CCCD hoặc hộ chiếu); trường hợp nhờ người khác nhận thay, người nhận thay mang "
            "theo văn bản ủy quyền và giấy tờ tùy thân của mình."
        )
        en = (
            "Note: when collecting the result, bring this receipt and your identity document "
            "(citizen ID or passport); a person collecting on your behalf brings a written "
            "authorisation and their own identity document."
        )
    return f'{vi}<br/><font size="10">{en}</font>' if lang.bilingual else vi
