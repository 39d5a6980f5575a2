"""Reading the register (Mẫu 07) back as a user would see it: the PDF's table cell by cell (words
placed by poppler's ``pdftotext -bbox``, put in their column by position), and the XLSX with
openpyxl. Both give rows of cell texts, comparable with ``expected_rows``."""

from __future__ import annotations

import html
import re
import subprocess
from datetime import datetime
from itertools import accumulate
from pathlib import Path

from openpyxl import load_workbook

from onestop_desktop.printing import register_text as rt
from onestop_desktop.printing.processing_slips import Register
from onestop_desktop.printing.register_pdf import MARGIN_BOTTOM, MARGIN_LEFT, WIDTHS
from onestop_desktop.printing.register_xlsx import HEADER_ROW

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>'
)


Word = tuple[float, float, str]  # x, y from the top of the page, text


def pdf_pages(pdf: bytes, tmp_path: Path) -> list[tuple[float, float, list[Word]]]:
    """Each page's width, height and words."""
    path = tmp_path / "register.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [
        (
            float(width),
            float(height),
            [(float(x), float(y), html.unescape(t)) for x, y, t in _WORD.findall(body)],
        )
        for width, height, body in _PAGE.findall(out)
    ]


def pdf_rows(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    """The register's data rows as printed, every page's head row left out."""
    edges = [MARGIN_LEFT + x for x in accumulate(WIDTHS, initial=0.0)]
    rows: list[list[list[Word]]] = []
    for _width, height, words in pdf_pages(pdf, tmp_path):
        body = [w for w in words if w[1] < height - MARGIN_BOTTOM]  # not the footer
        starts = sorted(y for x, y, t in body if x < edges[1] and t.isdigit())
        if not starts:
            continue
        page_rows: list[list[list[Word]]] = [[[] for _ in WIDTHS] for _ in starts]
        for x, y, text in body:
            if y < starts[0] - 1:
                continue  # title and head row
            column = next(i for i in range(len(WIDTHS)) if x < edges[i + 1])
            row = max(i for i, top in enumerate(starts) if y >= top - 1)
            page_rows[row][column].append((y, x, text))
        rows += page_rows
    return [[" ".join(t for _y, _x, t in sorted(cell)) for cell in row] for row in rows]


def xlsx_rows(path: Path) -> list[list[str]]:
    """The data rows of the register's workbook, each cell as the PDF prints it."""
    book = load_workbook(path, read_only=True)
    try:
        sheet = book.worksheets[0]
        return [
            [_text(value) for value in row]
            for row in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True)
        ]
    finally:
        book.close()


def expected_rows(register: Register) -> list[list[str]]:
    return [[_text(value) for value in rt.row_values(row)] for row in register.rows]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    return " ".join(str(value).split())
