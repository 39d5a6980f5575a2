"""Biểu số 06/VPCP/KSTT for a month, quarter or year as an A4 landscape PDF.

The header of a statistics form (Thông tư 01/2020/TT-VPCP): the form's number on the left, the
title and the reporting period in the middle, the reporting unit, the unit reported to and the
unit of count on the right. Then one row per field (lĩnh vực) under the two-level head (received:
total, online, direct and postal, carried over; resolved: total, early, on time, late; pending:
total, within time, overdue) with the column numbers (1)…(14) under it, the total row, the note on
the extra "Rút/dừng giải quyết" column, and the signatures. The heads repeat on every page and
every page says "Trang i/n".
"""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from onestop_desktop import __version__
from onestop_desktop.domain.text import nfc
from onestop_desktop.printing import form_layout as fl
from onestop_desktop.printing import form_text as ft
from onestop_desktop.printing import report_layout as rl
from onestop_desktop.printing import report_text as rx
from onestop_desktop.printing.fonts import SERIF, register_fonts
from onestop_desktop.printing.paged_canvas import paged_canvas
from onestop_desktop.services.day_report_dto import PeriodReport

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 15 * mm  # the footer sits in it
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
# STT, Lĩnh vực, then the twelve figures (Rút/dừng a little wider)
WIDTHS = [10 * mm, 64 * mm] + [15.5 * mm] * 8 + [CONTENT_WIDTH - 74 * mm - 170.5 * mm]
WIDTHS += [15.5 * mm] * 3
CLOSED_MARK = " (*)"


def render_period_report(report: PeriodReport, *, printed_at: datetime | None = None) -> bytes:
    """Biểu 06's PDF (A4 landscape, fonts embedded as subsets). The signature's date is
    ``printed_at`` (the report's ``as_of`` when not given)."""
    register_fonts()
    printed_at = printed_at or report.as_of
    out = BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=nfc(f"{rx.PERIOD_FORM} - {report.title}"),
        subject=nfc(f"UBND {report.ward_name}, {report.unit_code}"),
        author=nfc(f"UBND {report.ward_name} - Bộ phận Một cửa"),
        creator=f"onestop-desktop {__version__}",
        pageCompression=1,
        initialFontName=SERIF,
        initialFontSize=10,
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="bieu06", frames=[frame])])
    footer = nfc(f"{rx.PERIOD_FORM} - UBND {report.ward_name} - {report.title}")
    doc.build(
        _story(report, printed_at),
        canvasmaker=paged_canvas(
            footer,
            page_width=PAGE_WIDTH,
            margin_left=MARGIN_LEFT,
            margin_right=MARGIN_RIGHT,
            margin_bottom=MARGIN_BOTTOM,
        ),
    )
    return out.getvalue()


def _story(report: PeriodReport, printed_at: datetime) -> list[Flowable]:
    story: list[Flowable] = [
        _heading(report),
        Spacer(1, 4 * mm),
        rl.bucket_table(report.fields, WIDTHS, numbering=True, closed_mark=CLOSED_MARK),
    ]
    story.append(
        fl.closing(
            [
                fl.para(fl.text(rx.CLOSED_NOTE), rl.styles().note),
                Spacer(1, 4 * mm),
                rl.signature_block(
                    (rx.PREPARER, rx.SIGN_HINT, None),
                    (rx.PERIOD_SIGNER, rx.HEAD_SIGN_HINT, None),
                    CONTENT_WIDTH,
                    place_date=ft.place_date(printed_at.date()),
                ),
            ]
        )
    )
    return story


def _heading(report: PeriodReport) -> Table:
    st = fl.styles()
    left = ParagraphStyle("b06_left", parent=st.body, fontSize=11, leading=14, alignment=TA_LEFT)
    right = ParagraphStyle("b06_right", parent=left, leftIndent=8 * mm)
    title = ParagraphStyle("b06_title", parent=st.title, fontSize=13, leading=17)
    sub = ParagraphStyle("b06_sub", parent=st.subtitle, fontSize=11.5, leading=15)
    as_of = rx.period_as_of_line(report)
    middle = [
        fl.para(rx.PERIOD_TITLE, title),
        Spacer(1, 1.5 * mm),
        fl.para(f"<b>{fl.text(rx.period_line(report))}</b>", sub),
    ]
    span = rx.period_span_line(report)
    if span:
        middle.append(fl.para(span, sub))
    if as_of:
        middle.append(fl.para(f"<i>{as_of}</i>", sub))
    table = Table(
        [
            [
                [
                    fl.para(f"<b>{rx.PERIOD_FORM}</b>", left),
                    fl.para(f"<i>{rx.PERIOD_BASIS}</i>", left),
                ],
                middle,
                [
                    fl.para(fl.text(rx.reporting_unit_line(report)), right),
                    fl.para(fl.text(rx.unit_code_line(report)), right),
                    fl.para(f"Đơn vị nhận báo cáo: {rx.PERIOD_RECEIVER}", right),
                    fl.para(f"<i>{rx.PERIOD_UNIT}</i>", right),
                ],
            ]
        ],
        colWidths=[58 * mm, CONTENT_WIDTH - 148 * mm, 90 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SERIF, 11),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
                ("RIGHTPADDING", (1, 0), (1, 0), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
