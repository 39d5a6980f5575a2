"""The parts the end-of-day summary and the periodic report (Biểu 06) share in their PDFs: small
table styles, the Biểu 06 table with its two-level head, plain figure tables and the signatures.

Tables are platypus ``Table`` objects whose head rows repeat on every page (``repeatRows``), so a
ward with forty fields or a day of twenty-four hours flows over pages with the heads on each.
Labels are paragraphs (they wrap); figures are plain strings, right-aligned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from onestop_desktop.domain.day_totals import FieldRow, total_row
from onestop_desktop.printing import form_layout as fl
from onestop_desktop.printing import report_text as rx
from onestop_desktop.printing.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts

CELL_SIZE = 9.5
HEAD_SIZE = 8.5
LEADING = 11.5
HEAD_LEADING = 10
PAD = 2.5
SHADE = colors.Color(0.9, 0.9, 0.9)


@dataclass(frozen=True)
class ReportStyles:
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    head: ParagraphStyle
    section: ParagraphStyle
    note: ParagraphStyle


@cache
def styles() -> ReportStyles:
    register_fonts()
    cell = ParagraphStyle(
        "rep_cell", fontName=SERIF, fontSize=CELL_SIZE, leading=LEADING, alignment=TA_LEFT
    )
    return ReportStyles(
        cell=cell,
        cell_bold=ParagraphStyle("rep_cell_bold", parent=cell, fontName=SERIF_BOLD),
        head=ParagraphStyle(
            "rep_head",
            parent=cell,
            fontName=SERIF_BOLD,
            fontSize=HEAD_SIZE,
            leading=HEAD_LEADING,
            alignment=TA_CENTER,
        ),
        section=ParagraphStyle(
            "rep_section",
            parent=cell,
            fontName=SERIF_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=1,
        ),
        note=ParagraphStyle(
            "rep_note", parent=cell, fontName=SERIF_ITALIC, fontSize=9.5, leading=12, spaceBefore=3
        ),
    )


def section(title: str) -> Paragraph:
    """A numbered section heading, kept on the page of the table under it."""
    return fl.para(fl.text(title), styles().section)


def _grid(head_rows: int) -> list[tuple[Any, ...]]:
    return [
        ("FONT", (0, 0), (-1, -1), SERIF, CELL_SIZE, LEADING),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, head_rows - 1), "MIDDLE"),
        ("VALIGN", (0, head_rows), (-1, -1), "TOP"),
        ("ALIGN", (0, head_rows), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, head_rows - 1), SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]


def head_cell(value: str) -> Paragraph:
    return fl.para(fl.text(value), styles().head)


def label_cell(value: str, *, bold: bool = False) -> Paragraph:
    st = styles()
    return fl.para(fl.text(value), st.cell_bold if bold else st.cell)


# -- Biểu 06 -------------------------------------------------------------------------------------
def bucket_table(
    rows: Sequence[FieldRow],
    widths: Sequence[float],
    *,
    numbering: bool = False,
    closed_mark: str = "",
) -> Table:
    """STT, Lĩnh vực and the twelve figures of ``rx.BUCKET_COLUMNS`` under their group heads,
    one row per field and the total row; with ``numbering`` a row of column numbers (1)…(14)
    under the heads, as official statistics forms have."""
    assert len(widths) == 2 + len(rx.BUCKET_COLUMNS)
    top: list[Any] = [head_cell("STT"), head_cell("Lĩnh vực")]
    sub: list[Any] = ["", ""]
    spans: list[tuple[Any, ...]] = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1))]
    for group, first, last in rx.bucket_groups():
        col0, col1 = first + 2, last + 2
        if group is None:
            top.append(head_cell(rx.BUCKET_COLUMNS[first].heading + closed_mark))
            sub.append("")
            spans.append(("SPAN", (col0, 0), (col0, 1)))
            continue
        top += [head_cell(group)] + [""] * (last - first)
        sub += [head_cell(rx.BUCKET_COLUMNS[i].heading) for i in range(first, last + 1)]
        spans.append(("SPAN", (col0, 0), (col1, 0)))
    data: list[list[Any]] = [top, sub]
    if numbering:
        data.append([f"({i})" for i in range(1, len(widths) + 1)])
    head_rows = len(data)
    for number, row in enumerate(rows, start=1):
        data.append([str(number), label_cell(rx.field_label(row)), *_figures(row)])
    total = total_row(list(rows))
    data.append(["", label_cell(rx.TOTAL_LABEL, bold=True), *_figures(total)])
    style = _grid(head_rows) + spans
    style += [
        ("ALIGN", (0, head_rows), (0, -1), "CENTER"),
        ("FONT", (0, -1), (-1, -1), SERIF_BOLD, CELL_SIZE, LEADING),
        ("BACKGROUND", (0, -1), (-1, -1), SHADE),
    ]
    if numbering:
        at = head_rows - 1
        style += [
            ("FONT", (0, at), (-1, at), SERIF_ITALIC, 8, 9),
            ("ALIGN", (0, at), (-1, at), "CENTER"),
            ("BACKGROUND", (0, at), (-1, at), colors.white),
        ]
    for i, column in enumerate(rx.BUCKET_COLUMNS):
        if column.total:
            style.append(("FONT", (i + 2, head_rows), (i + 2, -1), SERIF_BOLD, CELL_SIZE, LEADING))
    table = Table(data, colWidths=list(widths), repeatRows=head_rows, hAlign="CENTER")
    table.setStyle(TableStyle(style))
    return table


def _figures(row: FieldRow) -> list[Any]:
    return [rx.number(v) for v in rx.bucket_values(row)]


# -- plain tables --------------------------------------------------------------------------------
def figure_table(
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    numbered: bool = False,
    total: Sequence[str] | None = None,
) -> Table:
    """A head row (repeated on each page), rows of a label (wrapping) and figures
    (right-aligned), and an optional bold total row; ``numbered`` puts a centred STT column
    before the label. No rows at all gives one row saying so."""
    label = 1 if numbered else 0

    def cells(row: Sequence[str], bold: bool = False) -> list[Any]:
        return [label_cell(c, bold=bold) if i == label else c for i, c in enumerate(row)]

    data: list[list[Any]] = [[head_cell(h) for h in head]]
    data += [cells(row) for row in rows]
    style = _grid(1)
    if numbered:
        style.append(("ALIGN", (0, 1), (0, -1), "CENTER"))
    if not rows:
        data.append([rx.NO_DATA] + [""] * (len(head) - 1))
        style += [
            ("SPAN", (0, 1), (-1, 1)),
            ("ALIGN", (0, 1), (-1, 1), "CENTER"),
            ("FONT", (0, 1), (-1, 1), SERIF_ITALIC, CELL_SIZE, LEADING),
        ]
    if total is not None:
        data.append(cells(total, bold=True))
        style += [
            ("FONT", (0, -1), (-1, -1), SERIF_BOLD, CELL_SIZE, LEADING),
            ("BACKGROUND", (0, -1), (-1, -1), SHADE),
        ]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="CENTER")
    table.setStyle(TableStyle(style))
    return table


# -- signatures ----------------------------------------------------------------------------------
def signature_block(
    left: tuple[str, str, str | None],
    right: tuple[str, str, str | None],
    width: float,
    *,
    place_date: str | None = None,
) -> Table:
    """Two signatures side by side: ``(role, hint, name)`` each; ``place_date`` (italic) over
    the right one, as official forms have it."""
    st = fl.styles()
    hint = ParagraphStyle("rep_sign_hint", parent=st.small_center, fontName=SERIF_ITALIC)
    cells: list[list[Flowable]] = []
    for index, (role, sign_hint, name) in enumerate((left, right)):
        cell: list[Flowable] = []
        if place_date is not None:
            cell.append(fl.para(place_date if index == 1 else "&nbsp;", st.date))
        cell += [
            fl.para(fl.text(role), st.signature),
            fl.para(fl.text(sign_hint), hint),
            Spacer(1, 20 * mm),
            fl.para(f"<b>{fl.text(name)}</b>" if name else "", st.signature),
        ]
        cells.append(cell)
    table = Table([cells], colWidths=[width / 2, width / 2], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SERIF, 12),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *((p, (0, 0), (-1, -1), 0) for p in _PADDINGS),
            ]
        )
    )
    return table


_PADDINGS = ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
