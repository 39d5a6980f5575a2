"""Mẫu 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ (the dossier's hand-over trail).

The slip travels with the dossier: the lines about the dossier, then a table with two rows per
hand-over, one when it leaves the counter for the processing officer or department and one when
it comes back, each with the time and the signatures of who gave and who took it (Tên cơ quan /
người nhận | Thời gian giao, nhận hồ sơ | Kết quả | Ghi chú), as on the 2018 form (Mẫu 05 of
Thông tư 01/2018/TT-VPCP). A step not back yet, or a slip without any step, leaves dotted spaces
to fill in by hand. Dated the day the dossier was received, like the intake forms; the moment
of printing is noted under the table.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from onestop_desktop.printing import form_layout as fl
from onestop_desktop.printing import form_text as ft
from onestop_desktop.printing import processing_layout as pl
from onestop_desktop.printing.fonts import SERIF_BOLD
from onestop_desktop.printing.processing_slips import ControlSlip, ControlStep

TITLE = "Phiếu kiểm soát quá trình giải quyết hồ sơ"
COUNTER = "Bộ phận Một cửa"
BLANK_TIME = "…… giờ …… phút, ngày …/…/……"
BLANK = "……………………"
_WIDTHS = [44 * mm, 64 * mm, 30 * mm, fl.CONTENT_WIDTH - 138 * mm]
_PAD = 3  # the grid's left and right cell padding (form_layout.GRID)


def control_story(slip: ControlSlip) -> list[Flowable]:
    st = fl.styles()
    h = slip.dossier
    lang = pl.PLAIN_LANG
    person = h.applicant
    owner = f"Chủ hồ sơ: <b>{fl.text(person.full_name)}</b>"
    if person.phone:
        owner += f"; Số điện thoại: {fl.text(person.phone)}"
    lines = [
        f"Cơ quan (bộ phận) tiếp nhận hồ sơ: {COUNTER} {pl.agency(h)}",
        owner,
        f"Địa chỉ: {fl.text(person.address)}" if person.address else "",
        pl.procedure_line(h),
        f"Thời gian tiếp nhận: {ft.clock_date(h.received_at)}",
        f"Thời gian hẹn trả kết quả: <b>{ft.clock_date(slip.due_at)}</b>" if slip.due_at else "",
    ]
    note = ParagraphStyle("printed", parent=st.note, fontSize=10.5, leading=13, spaceBefore=3)
    return [
        fl.national_header(h.ward_name, h.received_at.date(), lang),
        Spacer(1, 6 * mm),
        *fl.title_block(
            "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
            TITLE,
            lang,
            extra=[f"Mã hồ sơ: <b>{fl.text(h.code)}</b>"],
        ),
        Spacer(1, 5 * mm),
        *(fl.para(line, st.body) for line in lines if line),
        Spacer(1, 2 * mm),
        _trail(slip.steps),
        fl.para(f"Phiếu in lúc {ft.clock_date(slip.printed_at)}.", note),
    ]


def _trail(steps: tuple[ControlStep, ...]) -> Table:
    head = ["Tên cơ quan / người nhận", "Thời gian giao, nhận hồ sơ", "Kết quả", "Ghi chú"]
    st = fl.styles()
    data: list[list[object]] = [[fl.para(cell, st.cell_head) for cell in head]]
    for number, step in enumerate(steps or (None,), start=1):
        to_body = fl.text(step.to_body) if step else BLANK
        data.append(
            [
                fl.para(
                    f"<b>{number}. Chuyển giải quyết</b><br/>Giao: {COUNTER}<br/>"
                    f"Nhận: <b>{to_body}</b>",
                    st.cell,
                ),
                _moment(step.sent_at if step else None, step.sent_by if step else None, None),
                "",
                fl.para(fl.text(step.note) if step else "", st.cell),
            ]
        )
        data.append(
            [
                fl.para(
                    f"<b>{number}. Trả kết quả về</b><br/>Giao: {to_body}<br/>Nhận: {COUNTER}",
                    st.cell,
                ),
                _moment(step.back_at if step else None, None, step.back_by if step else None),
                fl.para(fl.text(step.result_note) if step else "", st.cell),
                "",
            ]
        )
    table = Table(data, colWidths=_WIDTHS, repeatRows=1, hAlign="CENTER")
    table.setStyle(fl.GRID)
    table.setStyle([("VALIGN", (0, 1), (-1, -1), "TOP")])
    return table


def _moment(at: datetime | None, giver: str | None, taker: str | None) -> list[Flowable]:
    """The time of a hand-over and the two signatures under it (names where known)."""
    st = fl.styles()
    role = ParagraphStyle("role", parent=st.cell_center, fontName=SERIF_BOLD, fontSize=10.5)
    name = ParagraphStyle("who", parent=st.cell_center, fontSize=10.5)
    when = ft.clock_date(at) if at else BLANK_TIME
    cells = [
        [fl.para("Người giao", role), Spacer(1, 11 * mm), fl.para(fl.text(giver), name)],
        [fl.para("Người nhận", role), Spacer(1, 11 * mm), fl.para(fl.text(taker), name)],
    ]
    half = (_WIDTHS[1] - 2 * _PAD) / 2
    signatures = Table([cells], colWidths=[half, half])
    signatures.setStyle(pl.PLAIN)
    return [fl.para(when, st.cell_center), Spacer(1, 1.5 * mm), signatures]
