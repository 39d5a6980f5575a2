"""The parts Mẫu 04, 05 and 06 share beyond ``form_layout``: the addressee, the dossier's lines,
and the closing of a letter signed by the head of the agency (Nơi nhận on the left).

Letters from the agency (04, 05) follow Nghị định 30/2020/NĐ-CP: "Kính gửi" under the title, the
body, then "Nơi nhận" on the left and the signature of the head of the agency on the right,
name left blank for the head to write and stamp.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from onestop_desktop.printing import form_layout as fl
from onestop_desktop.printing import form_text as ft
from onestop_desktop.printing.fonts import SERIF, SERIF_BOLD_ITALIC, SERIF_ITALIC
from onestop_desktop.printing.processing_slips import DossierHeader

PLAIN_LANG = fl.Lang(bilingual=False)  # the processing forms are Vietnamese only
HEAD_ROLE = "THỦ TRƯỞNG CƠ QUAN"
HEAD_HINT = "(Ký, ghi rõ họ tên và đóng dấu)"
PLAIN = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), SERIF, 12),  # Table's default would pull in Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


def agency(header: DossierHeader) -> str:
    """``"UBND Phường Tây Hồ"`` as markup."""
    return f"UBND {fl.text(header.ward_name)}"


def code_line(header: DossierHeader) -> str:
    return f"Số biên nhận (mã hồ sơ): <b>{fl.text(header.code)}</b>"


def addressee(header: DossierHeader) -> list[Flowable]:
    """ "Kính gửi: Ông/Bà …" centred under the title, then the address and phone if known."""
    st = fl.styles()
    to = ParagraphStyle("to", parent=st.subtitle, fontSize=13, leading=17)
    person = header.applicant
    out: list[Flowable] = [
        fl.para(f"Kính gửi: Ông/Bà <b>{fl.text(person.full_name)}</b>", to),
        Spacer(1, 2 * mm),
    ]
    contact: list[str] = []
    if person.address:
        contact.append(f"Địa chỉ: {fl.text(person.address)}")
    if person.phone:
        contact.append(f"Số điện thoại: {fl.text(person.phone)}")
    if contact:
        out.append(fl.para("; ".join(contact), st.body))
    return out


def procedure_line(header: DossierHeader) -> str:
    """``"Thủ tục: <b>Đăng ký khai sinh</b>; lĩnh vực: Hộ tịch"``."""
    line = f"Thủ tục: <b>{fl.text(header.procedure_name)}</b>"
    if header.field_name:
        line += f"; lĩnh vực: {fl.text(header.field_name)}"
    return line


def received_line(header: DossierHeader) -> str:
    """``"Ngày 20/11/2026, Bộ phận Một cửa UBND Phường Tây Hồ tiếp nhận hồ sơ của Ông/Bà:"``."""
    return (
        f"Ngày {ft.day_text(header.received_at.date())}, Bộ phận Một cửa {agency(header)} "
        "tiếp nhận hồ sơ của Ông/Bà:"
    )


def dossier_items(header: DossierHeader) -> list[Flowable]:
    """The indented lines naming the dossier: procedure, receipt number, reception time."""
    item = ParagraphStyle("item", parent=fl.styles().body, leftIndent=8 * mm)
    return [
        fl.para(f"- {procedure_line(header)}", item),
        fl.para(f"- {code_line(header)}", item),
        fl.para(f"- Thời gian tiếp nhận: {ft.clock_date(header.received_at)}", item),
    ]


def contact_line(header: DossierHeader, clerk_name: str) -> str:
    return (
        f"Mọi vướng mắc, Ông/Bà liên hệ cán bộ <b>{fl.text(clerk_name)}</b>, Bộ phận Một cửa "
        f"{agency(header)} để được hướng dẫn."
    )


def head_closing(recipients: list[str]) -> Flowable:
    """ "Nơi nhận" on the left, the head of the agency's signature on the right (name blank),
    kept on one page with nothing else."""
    st = fl.styles()
    to_head = ParagraphStyle(
        "recipients_head", parent=st.body, fontName=SERIF_BOLD_ITALIC, fontSize=12, leading=15
    )
    to_line = ParagraphStyle("recipients", parent=st.body, fontSize=11, leading=13.5)
    hint = ParagraphStyle("head_hint", parent=st.small_center, fontName=SERIF_ITALIC)
    left: list[Flowable] = [fl.para("Nơi nhận:", to_head)]
    left += [fl.para(f"- {line}", to_line) for line in recipients]
    right: list[Flowable] = [
        fl.para(HEAD_ROLE, st.signature),
        fl.para(HEAD_HINT, hint),
        Spacer(1, fl.SIGNATURE_SPACE),
    ]
    table = Table(
        [[left, right]],
        colWidths=[fl.CONTENT_WIDTH * 0.45, fl.CONTENT_WIDTH * 0.55],
        hAlign="CENTER",
    )
    table.setStyle(PLAIN)
    return fl.closing([Spacer(1, 4 * mm), table])
