"""The queue ticket (vé số thứ tự) the kiosk prints on an 80 mm receipt printer.

One page 80 mm wide, as tall as its content, 4 mm margins: the ward's name, the number very large
(it is what the citizen watches the display board for), the priority when there is one, the
service, how many people wait ahead, the date and time, and a short notice. ``english=True``
(a foreign resident chose English at the kiosk) adds English under each Vietnamese line; the
Vietnamese stays first so the clerk at the counter reads it too.

Built with the canvas rather than platypus: the page height is computed from the content first,
then everything is drawn top down. Every string goes through ``nfc``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from onestop_desktop import __version__
from onestop_desktop.domain.queue import PRIORITY_VI
from onestop_desktop.domain.text import nfc
from onestop_desktop.printing.fonts import SANS, SANS_BOLD, register_fonts
from onestop_desktop.printing.forms import write_atomically

PAGE_WIDTH = 80 * mm
MARGIN = 4 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
NUMBER_MAX_SIZE = 80.0  # points: about 20 mm tall digits
NUMBER_MIN_SIZE = 40.0

COUNTER_NAME = "BỘ PHẬN MỘT CỬA"
COUNTER_NAME_EN = "One-stop counter"
NOTICE_VI = "Vui lòng chờ gọi số trên màn hình. Số thứ tự chỉ có giá trị trong ngày."
NOTICE_EN = "Please wait for your number on the screen. The number is valid today only."

# Priority categories (setting ``queue.priority_categories``) in English; Vietnamese: PRIORITY_VI.
PRIORITY_EN: dict[str, str] = {
    "elderly": "Elderly person",
    "disabled": "Person with a disability",
    "pregnant": "Pregnant woman",
    "meritorious": "Person with meritorious service",
    "small_child": "Person with a small child",
}


def priority_names(code: str) -> tuple[str, str]:
    """The Vietnamese and English names of priority category ``code`` (the code if unknown)."""
    return PRIORITY_VI.get(code, code), PRIORITY_EN.get(code, code)


@dataclass(frozen=True)
class TicketSlip:
    """What one printed ticket shows; plain data filled by the kiosk from the issued ticket."""

    ward_name: str
    label: str  # "A023"
    service_name_vi: str
    service_name_en: str | None
    issued_at: datetime
    people_ahead: int
    priority_label: str | None = None  # Vietnamese name of the priority category, or None
    priority_label_en: str | None = None
    notice: str = NOTICE_VI
    notice_en: str = NOTICE_EN


# -- layout --------------------------------------------------------------------------------------
Draw = Callable[[Canvas, float], None]  # draws a block whose top is at y


@dataclass(frozen=True)
class _Block:
    height: float
    draw: Draw


def _text_block(
    text: str, font: str, size: float, *, leading: float | None = None, space_before: float = 0
) -> _Block:
    """Centred text wrapped to the content width."""
    lines = simpleSplit(nfc(text), font, size, CONTENT_WIDTH) or [""]
    step = leading or size * 1.22

    def draw(c: Canvas, top: float) -> None:
        c.setFont(font, size)
        y = top - space_before - size
        for line in lines:
            c.drawCentredString(PAGE_WIDTH / 2, y, line)
            y -= step

    # the last line's descenders need about a quarter of the size below its baseline
    return _Block(space_before + size + step * (len(lines) - 1) + size * 0.25, draw)


def _number_block(label: str) -> _Block:
    """The number, as large as fits the paper's width (capped), in bold."""
    label = nfc(label)
    fitted = CONTENT_WIDTH * 0.92 / max(stringWidth(label, SANS_BOLD, 1), 0.01)
    size = max(NUMBER_MIN_SIZE, min(NUMBER_MAX_SIZE, fitted))
    cap_height = size * 0.73  # Liberation Sans capitals and digits
    pad = 3 * mm

    def draw(c: Canvas, top: float) -> None:
        c.setFont(SANS_BOLD, size)
        c.drawCentredString(PAGE_WIDTH / 2, top - pad - cap_height, label)

    return _Block(pad + cap_height + pad, draw)


def _inverted_block(texts: list[str], size: float, *, space_before: float) -> _Block:
    """White bold text on a black band: the priority, seen at a glance."""
    lines = [
        line
        for text in texts
        for line in simpleSplit(nfc(text), SANS_BOLD, size, CONTENT_WIDTH - 3 * mm)
    ]
    step = size * 1.25
    band = step * len(lines) + size * 0.5

    def draw(c: Canvas, top: float) -> None:
        band_top = top - space_before
        c.setFillGray(0)
        c.rect(MARGIN, band_top - band, CONTENT_WIDTH, band, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont(SANS_BOLD, size)
        y = band_top - size * 0.25 - size
        for line in lines:
            c.drawCentredString(PAGE_WIDTH / 2, y, line)
            y -= step
        c.setFillGray(0)

    return _Block(space_before + band, draw)


def _rule(space: float = 2.5 * mm) -> _Block:
    def draw(c: Canvas, top: float) -> None:
        c.setLineWidth(0.8)
        c.setDash(2, 2)
        c.line(MARGIN, top - space, PAGE_WIDTH - MARGIN, top - space)
        c.setDash()

    return _Block(2 * space, draw)


def _blocks(slip: TicketSlip, english: bool) -> list[_Block]:
    en = english
    when = slip.issued_at
    blocks = [_text_block(slip.ward_name.upper(), SANS_BOLD, 12)]
    blocks.append(_text_block(COUNTER_NAME, SANS, 9, space_before=1))
    if en:
        blocks.append(_text_block(COUNTER_NAME_EN, SANS, 8))
    blocks.append(_rule())
    blocks.append(_text_block("SỐ THỨ TỰ CỦA BẠN", SANS, 10))
    if en:
        blocks.append(_text_block("YOUR NUMBER", SANS, 8.5))
    blocks.append(_number_block(slip.label))
    if slip.priority_label:
        texts = [f"ƯU TIÊN: {slip.priority_label}"]
        if en and slip.priority_label_en:
            texts.append(f"Priority: {slip.priority_label_en}")
        blocks.append(_inverted_block(texts, 10.5, space_before=0))
    blocks.append(_text_block(slip.service_name_vi, SANS_BOLD, 15, space_before=2 * mm))
    if en and slip.service_name_en:
        blocks.append(_text_block(slip.service_name_en, SANS, 11, space_before=0.5 * mm))
    ahead = max(slip.people_ahead, 0)
    blocks.append(
        _text_block(f"Số người đang chờ trước bạn: {ahead}", SANS_BOLD, 11, space_before=2.5 * mm)
    )
    if en:
        blocks.append(_text_block(f"People waiting ahead of you: {ahead}", SANS, 9))
    blocks.append(
        _text_block(
            f"Lấy số lúc {when:%H:%M} ngày {when:%d/%m/%Y}", SANS, 10, space_before=1.5 * mm
        )
    )
    if en:
        blocks.append(_text_block(f"Issued at {when:%H:%M} on {when:%d/%m/%Y}", SANS, 9))
    blocks.append(_rule())
    blocks.append(_text_block(slip.notice, SANS, 9, leading=11))
    if en and slip.notice_en:
        blocks.append(_text_block(slip.notice_en, SANS, 8, leading=9.8, space_before=1))
    return blocks


def render_ticket(slip: TicketSlip, *, english: bool = False) -> bytes:
    """The ticket's PDF: one 80 mm wide page, as tall as its content."""
    register_fonts()
    blocks = _blocks(slip, english)
    height = MARGIN + sum(b.height for b in blocks) + MARGIN
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=(PAGE_WIDTH, height), pageCompression=1, initialFontName=SANS)
    c.setTitle(nfc(f"Số thứ tự {slip.label}"))
    c.setSubject(nfc(f"{slip.service_name_vi}, {slip.issued_at:%d/%m/%Y %H:%M}"))
    c.setAuthor(nfc(f"{slip.ward_name} - Bộ phận Một cửa"))
    c.setCreator(f"onestop-desktop {__version__}")
    top = height - MARGIN
    for block in blocks:
        block.draw(c, top)
        top -= block.height
    c.showPage()
    c.save()
    return buffer.getvalue()


def write_ticket(slip: TicketSlip, out: Path, *, english: bool = False) -> Path:
    """Render the ticket and store it at ``out`` atomically; returns ``out``."""
    return write_atomically(out, render_ticket(slip, english=english))
