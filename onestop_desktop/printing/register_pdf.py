"""Mẫu 07 — Sổ theo dõi hồ sơ (the register) as an A4 landscape PDF.

The agency and the form number on top, the title, the period and the count, then one table row
per dossier with the head row repeated on every page, every page numbered "Trang x/y" in the
footer with the ward and the period. A register with no dossier says "Không có hồ sơ".

A busy ward's month is thousands of rows, so the table is laid out here in one pass rather than by
platypus splitting one long table (which measures every remaining row again at each page): each
cell's text is broken into lines once (``wrap_lines``), rows are packed into pages by their
height, and every page gets its own table with fixed row heights. A row taller than a whole page
(a very long note) continues on the next page. Cells are plain text in one font per cell, so
nothing in them is read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from onestop_desktop import __version__
from onestop_desktop.domain.text import nfc
from onestop_desktop.printing import form_layout as fl
from onestop_desktop.printing import register_text as rt
from onestop_desktop.printing.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from onestop_desktop.printing.paged_canvas import paged_canvas
from onestop_desktop.printing.processing_slips import Register

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN_LEFT = 15 * mm
MARGIN_RIGHT = 10 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 15 * mm  # the footer sits in it
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
BODY_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

CELL_SIZE = 8.5
HEAD_SIZE = 8.5
LEADING = 10.4
PAD_X = 2.2
PAD_TOP = 2.0
PAD_BOTTOM = 3.0
_FIT = 0.5  # points kept free on each page against rounding

WIDTHS = [c.pdf_mm * mm for c in rt.COLUMNS]
if abs(sum(WIDTHS) - CONTENT_WIDTH) > 0.01:  # pragma: no cover - a layout mistake
    raise AssertionError("the register's columns must fill the landscape page")


def render_register(register: Register) -> bytes:
    """The register's PDF (A4 landscape, fonts embedded as subsets)."""
    register_fonts()
    out = BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=nfc(f"Sổ theo dõi hồ sơ - {rt.period_text(register)}"),
        subject=nfc(f"{rt.FORM_NUMBER}, {register.unit_code}"),
        author=nfc(f"UBND {register.ward_name} - Bộ phận Một cửa"),
        creator=f"onestop-desktop {__version__}",
        pageCompression=1,
        initialFontName=SERIF,
        initialFontSize=10,
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        BODY_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="register", frames=[frame])])
    footer = nfc(f"Sổ theo dõi hồ sơ - UBND {register.ward_name} - {rt.period_text(register)}")
    doc.build(
        _story(register),
        canvasmaker=paged_canvas(
            footer,
            page_width=PAGE_WIDTH,
            margin_left=MARGIN_LEFT,
            margin_right=MARGIN_RIGHT,
            margin_bottom=MARGIN_BOTTOM,
        ),
    )
    return out.getvalue()


# -- the story -----------------------------------------------------------------------------------
def _story(register: Register) -> list[Flowable]:
    heading = _heading(register)
    used = sum(f.wrap(CONTENT_WIDTH, BODY_HEIGHT)[1] for f in heading)
    head = _Row([wrap_lines(c.heading, SERIF_BOLD, HEAD_SIZE, w) for c, w in _columns()])
    rows = [
        _Row(
            [
                wrap_lines(rt.cell_text(value), SERIF, CELL_SIZE, w)
                for value, (_, w) in zip(rt.row_values(row), _columns(), strict=True)
            ]
        )
        for row in register.rows
    ]
    story: list[Flowable] = list(heading)
    if not rows:
        story.append(_page_table(head, [], empty=True))
        return story
    for number, page in enumerate(paginate(rows, head.height, BODY_HEIGHT - used, BODY_HEIGHT)):
        if number:
            story.append(PageBreak())
        story.append(_page_table(head, page))
    return story


def _heading(register: Register) -> list[Flowable]:
    st = fl.styles()
    left = ParagraphStyle("reg_left", parent=st.header, fontSize=11, leading=14)
    right = ParagraphStyle(
        "reg_form", parent=st.header, fontName=SERIF_ITALIC, fontSize=10.5, leading=14
    )
    agency = fl.text(f"UBND {register.ward_name}".upper())
    top = Table(
        [
            [
                [
                    fl.para(agency, left),
                    fl.para(f"<b>{fl.COUNTER_NAME}</b>", left),
                    fl.CentredRule(fl.text_width(fl.COUNTER_NAME, SERIF_BOLD, 11) * 0.5),
                ],
                "",
                fl.para(rt.FORM_NUMBER, right),
            ]
        ],
        colWidths=[80 * mm, CONTENT_WIDTH - 120 * mm, 40 * mm],
    )
    top.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SERIF, 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *((p, (0, 0), (-1, -1), 0) for p in _PADDINGS),
            ]
        )
    )
    title = ParagraphStyle("reg_title", parent=st.title, fontSize=15, leading=19)
    sub = ParagraphStyle("reg_sub", parent=st.subtitle, fontSize=11.5, leading=14.5)
    return [
        top,
        Spacer(1, 1 * mm),
        fl.para(rt.TITLE, title),
        fl.para(fl.text(rt.period_text(register)), sub),
        fl.para(
            f"<i>{fl.text(rt.count_text(register))}; {fl.text(rt.printed_text(register))}</i>",
            sub,
        ),
        Spacer(1, 3 * mm),
    ]


_PADDINGS = ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")


def _columns() -> list[tuple[rt.Column, float]]:
    """Each column with the width its text may take (the cell less its padding)."""
    return [(c, w - 2 * PAD_X) for c, w in zip(rt.COLUMNS, WIDTHS, strict=True)]


# -- rows and pages ------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Row:
    cells: list[list[str]]  # each cell's lines

    @property
    def lines(self) -> int:
        return max(1, *(len(c) for c in self.cells))

    @property
    def height(self) -> float:
        return row_height(self.lines)


def row_height(lines: int) -> float:
    return lines * LEADING + PAD_TOP + PAD_BOTTOM


def paginate(
    rows: Sequence[_Row], head_height: float, first_page: float, other_pages: float
) -> list[list[_Row]]:
    """Rows packed into pages below the repeated head row: ``first_page`` and ``other_pages``
    are the heights the table may take. A row that fits on no page is split by lines."""
    pages: list[list[_Row]] = [[]]
    free = first_page - head_height - _FIT
    empty_page = other_pages - head_height - _FIT
    queue = list(reversed(rows))
    while queue:
        row = queue.pop()
        if row.height <= free:
            pages[-1].append(row)
            free -= row.height
            continue
        if row.height > empty_page:  # taller than a page: what fits here, the rest after
            fits = int((free - PAD_TOP - PAD_BOTTOM) // LEADING)
            if fits >= 1:
                pages[-1].append(_Row([c[:fits] for c in row.cells]))
                row = _Row([c[fits:] for c in row.cells])
            queue.append(row)
        else:
            queue.append(row)
        if pages[-1]:
            pages.append([])
        free = empty_page
    return pages


def _page_table(head: _Row, rows: list[_Row], *, empty: bool = False) -> Table:
    data: list[list[str]] = [["\n".join(c) for c in head.cells]]
    heights = [head.height]
    for row in rows:
        data.append(["\n".join(c) for c in row.cells])
        heights.append(row.height)
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), SERIF, CELL_SIZE, LEADING),
        ("FONT", (0, 0), (-1, 0), SERIF_BOLD, HEAD_SIZE, LEADING),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
    ]
    style += [("ALIGN", (i, 1), (i, -1), "CENTER") for i, c in enumerate(rt.COLUMNS) if c.centred]
    if empty:
        data.append([rt.NO_ROWS] + [""] * (len(WIDTHS) - 1))
        heights.append(row_height(2))
        style += [
            ("SPAN", (0, 1), (-1, 1)),
            ("ALIGN", (0, 1), (-1, 1), "CENTER"),
            ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
            ("FONT", (0, 1), (-1, 1), SERIF_ITALIC, 11, 13),
        ]
    table = Table(data, colWidths=WIDTHS, rowHeights=heights, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


# -- line breaking -------------------------------------------------------------------------------
def wrap_lines(value: str, font: str, size: float, width: float) -> list[str]:
    """``value`` broken into lines no wider than ``width`` points: at spaces, and inside a word
    only when the word alone is wider than the line. Empty text is no line."""
    lines: list[str] = []
    for paragraph in nfc(value).split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if _width(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = ""
            while _width(word, font, size) > width:
                cut = _longest_prefix(word, font, size, width)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        if line:
            lines.append(line)
    return lines


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    cut = 1
    while cut < len(word) and _width(word[: cut + 1], font, size) <= width:
        cut += 1
    return cut
