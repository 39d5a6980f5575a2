"""Mẫu 05 — Thông báo dừng giải quyết hồ sơ (processing is stopped, with the reason).

New in Thông tư 03/2025/TT-VPCP; no implementation was seen, so the letter follows Mẫu 04's
frame: to the applicant, the dossier, from when processing stops and why, what the applicant can
do now (take back the originals, hand in a new dossier, complain), whom to ask, Nơi nhận and the
head of the agency's signature. Dated the day processing stopped (``stopped_at``).
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from onestop_desktop.printing import form_layout as fl
from onestop_desktop.printing import form_text as ft
from onestop_desktop.printing import processing_layout as pl
from onestop_desktop.printing.processing_slips import StopNotice

TITLE = "Thông báo dừng giải quyết hồ sơ"


def stop_story(notice: StopNotice) -> list[Flowable]:
    st = fl.styles()
    h = notice.dossier
    lang = pl.PLAIN_LANG
    who = pl.agency(h)
    item = ParagraphStyle("can_do", parent=st.justified, leftIndent=8 * mm)
    options = [
        f"Nhận lại các giấy tờ đã nộp (bản chính) tại Bộ phận Một cửa {who}; khi đến, mang theo "
        "Giấy tiếp nhận hồ sơ và giấy tờ tùy thân;",
        "Nộp hồ sơ mới khi đã khắc phục được lý do nêu trên; thời gian giải quyết được tính lại "
        "từ ngày tiếp nhận hồ sơ mới;",
        "Nếu không đồng ý với việc dừng giải quyết, Ông/Bà có quyền phản ánh, kiến nghị hoặc "
        "khiếu nại theo quy định của pháp luật.",
    ]
    return [
        fl.national_header(h.ward_name, notice.stopped_at.date(), lang),
        Spacer(1, 6 * mm),
        *fl.title_block("THÔNG BÁO<br/>DỪNG GIẢI QUYẾT HỒ SƠ", TITLE, lang),
        Spacer(1, 4 * mm),
        *pl.addressee(h),
        Spacer(1, 1 * mm),
        fl.para(pl.received_line(h), st.justified),
        *pl.dossier_items(h),
        fl.para(
            f"{who} thông báo <b>dừng giải quyết hồ sơ</b> nêu trên kể từ "
            f"<b>{ft.clock_date(notice.stopped_at)}</b>.",
            st.justified,
        ),
        fl.field("<b>Lý do</b>", fl.text(notice.reason) or "…", style=st.justified),
        fl.para("Ông/Bà có thể:", st.justified),
        *(fl.para(f"- {line}", item) for line in options),
        fl.para(pl.contact_line(h, notice.clerk_name), st.justified),
        fl.para(f"{who} thông báo để Ông/Bà được biết./.", st.justified),
        pl.head_closing(
            ["Như trên;", "Bộ phận Một cửa (để theo dõi);", "Lưu: hồ sơ " + fl.text(h.code) + "."]
        ),
    ]
