"""Mẫu 04 — Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (apology and new date).

After the 2018 "Phiếu xin lỗi và hẹn lại ngày trả kết quả" it replaces: to the applicant, the
dossier (received on, procedure, Số biên nhận), the due date it was given, that the result will not
be ready by then and why, the apology, the new date (Thời gian hẹn trả kết quả lại), whom to ask,
Nơi nhận and the head of the agency's signature.

The place and date line is ``printed_at``'s day: the letter is dated when it is issued.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from onestop_desktop.printing import form_layout as fl
from onestop_desktop.printing import form_text as ft
from onestop_desktop.printing import processing_layout as pl
from onestop_desktop.printing.processing_slips import ExtensionLetter

TITLE = "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"


def extension_story(letter: ExtensionLetter) -> list[Flowable]:
    st = fl.styles()
    h = letter.dossier
    lang = pl.PLAIN_LANG
    who = pl.agency(h)
    return [
        fl.national_header(h.ward_name, letter.printed_at.date(), lang),
        Spacer(1, 6 * mm),
        *fl.title_block(
            "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN<br/>THỜI GIAN GIẢI QUYẾT HỒ SƠ", TITLE, lang
        ),
        Spacer(1, 4 * mm),
        *pl.addressee(h),
        Spacer(1, 1 * mm),
        fl.para(pl.received_line(h), st.justified),
        *pl.dossier_items(h),
        fl.para(
            "Thời hạn trả kết quả theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả: "
            f"<b>{ft.clock_date(letter.old_due_at)}</b>.",
            st.justified,
        ),
        fl.para(
            f"Tuy nhiên, {who} không giải quyết xong hồ sơ của Ông/Bà trong thời hạn nêu trên, "
            "việc trả kết quả bị chậm so với ngày hẹn.",
            st.justified,
        ),
        fl.field("<b>Lý do</b>", fl.text(letter.reason) or "…", style=st.justified),
        fl.para(
            f"Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {who} thành thật xin lỗi Ông/Bà và "
            "đề nghị gia hạn thời gian giải quyết hồ sơ như sau:",
            st.justified,
        ),
        fl.para(
            f"<b>Thời gian hẹn trả kết quả lại: {ft.clock_date(letter.new_due_at)}.</b>",
            st.reason,
        ),
        fl.para(pl.contact_line(h, letter.clerk_name), st.justified),
        fl.para(f"{who} trân trọng cảm ơn sự hợp tác của Ông/Bà./.", st.justified),
        pl.head_closing(
            ["Như trên;", "Bộ phận Một cửa (để theo dõi);", "Lưu: hồ sơ " + fl.text(h.code) + "."]
        ),
    ]
