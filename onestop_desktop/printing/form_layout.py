"""The shared parts of the A4 intake forms: page, styles, header, fields, tables, signatures.

Layout after Nghị định 30/2020/NĐ-CP (administrative documents): A4 portrait, margins top and
bottom 20 mm, left 30 mm, right 15 mm; Times-metric serif (Liberation Serif) 12-14 pt; the agency
on the left, the national motto on the right with a rule under it, the place and date in italics
under the motto, the title in bold capitals.

Everything is built with platypus (``Paragraph``, ``Table``) so that long names, addresses and
document lists wrap and flow onto further pages. Every string reaching the PDF goes through
``nfc``; values coming from people (names, addresses, reasons) are XML-escaped before they enter
paragraph markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from onestop_desktop import __version__
from onestop_desktop.domain.text import nfc
from onestop_desktop.printing import form_text as ft
from onestop_desktop.printing.fonts import (
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    font_file,
    register_fonts,
)
from onestop_desktop.printing.slips import DossierSlip, SlipPerson

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
MOTTO_1_EN = "SOCIALIST REPUBLIC OF VIET NAM"
MOTTO_2_EN = "Independence - Freedom - Happiness"
COUNTER_NAME = "BỘ PHẬN MỘT CỬA"
COUNTER_NAME_EN = "One-stop counter"
SIGN_HINT = ("(Ký và ghi rõ họ tên)", "(Signature and full name)")
SIGNATURE_SPACE = 24 * mm
EN_SIZE = 10.5  # English beside Vietnamese, in italics
NO_BREAK_UP_TO = 24  # English values this short are kept on one line


def text(value: str | None) -> str:
    """A value typed by a person, made safe for paragraph markup (``&``, ``<``, ``>``)."""
    return escape(nfc(value or ""))


# -- styles --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    justified: ParagraphStyle
    note: ParagraphStyle
    header: ParagraphStyle
    date: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    reason: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    signature: ParagraphStyle
    small_center: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=SERIF, fontSize=12, leading=16, spaceAfter=1.5, alignment=TA_LEFT
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=11.5, leading=14, spaceAfter=0)
    return Styles(
        body=body,
        justified=ParagraphStyle("justified", parent=body, alignment=TA_JUSTIFY),
        note=ParagraphStyle(
            "note", parent=body, fontName=SERIF_ITALIC, fontSize=11.5, leading=15, spaceBefore=4
        ),
        header=ParagraphStyle(
            "header", parent=body, fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=0
        ),
        date=ParagraphStyle(
            "date", parent=body, fontName=SERIF_ITALIC, fontSize=13, leading=16, alignment=TA_CENTER
        ),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=SERIF_BOLD,
            fontSize=14,
            leading=18,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=15.5, alignment=TA_CENTER, spaceAfter=0
        ),
        reason=ParagraphStyle(
            "reason",
            parent=body,
            alignment=TA_JUSTIFY,
            leftIndent=8 * mm,
            spaceBefore=2,
            spaceAfter=4,
        ),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_head=ParagraphStyle(
            "cell_head", parent=cell, fontName=SERIF_BOLD, fontSize=11, alignment=TA_CENTER
        ),
        signature=ParagraphStyle(
            "signature", parent=body, fontName=SERIF_BOLD, alignment=TA_CENTER, spaceAfter=0
        ),
        small_center=ParagraphStyle(
            "small_center", parent=body, fontSize=11, leading=13.5, alignment=TA_CENTER
        ),
    )


def para(markup: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(nfc(markup), style)


# -- languages -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Lang:
    """Vietnamese labels, with English beside or under them (in italics) for foreign applicants."""

    bilingual: bool

    def label(self, vi: str, en: str) -> str:
        """``"Mã hồ sơ"`` or ``"Mã hồ sơ / <i>Dossier code</i>"`` (the English a little smaller)."""
        return f"{vi} / {self.english(en)}" if self.bilingual and en != vi else vi

    def english(self, en: str) -> str:
        return f'<font size="{EN_SIZE}"><i>{en}</i></font>'

    def under(self, vi: str, en: str, size: float = 10.5) -> str:
        """``vi`` with the English on the next line, smaller (headings, table heads)."""
        if not self.bilingual:
            return vi
        return f'{vi}<br/><font size="{size}"><i>{en}</i></font>'

    def value(self, vi: str, en: str) -> str:
        """A fixed value (a duration, a place): ``"03 ngày làm việc (<i>3 working days</i>)"``."""
        if not self.bilingual or en == vi:
            return vi
        if len(en) <= NO_BREAK_UP_TO:  # "(10 working days)" stays on one line
            en = en.replace(" ", "\u00a0")
        return f"{vi} ({self.english(en)})"


# -- small flowables -----------------------------------------------------------------------------
class CentredRule(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A horizontal line of ``length`` points centred in the space it is given (the rule under
    the national motto and under the agency's name)."""

    def __init__(self, length: float, *, gap: float = 2.5, thickness: float = 0.7) -> None:
        super().__init__()
        self.length = length
        self.gap = gap
        self.thickness = thickness
        self._avail = length

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.gap * 2 + self.thickness

    def draw(self) -> None:
        x0 = (self._avail - self.length) / 2
        self.canv.setLineWidth(self.thickness)
        y = self.gap * 0.8  # a little nearer the next line than the text above (descenders)
        self.canv.line(x0, y, x0 + self.length, y)


def text_width(value: str, font: str, size: float) -> float:
    register_fonts()
    return float(stringWidth(nfc(value), font, size))


# -- page decoration: reprint marking, watermark, page numbers -------------------------------------
@dataclass(frozen=True)
class PageMarks:
    copy_number: int
    printed_on: date
    bilingual: bool
    footer: str  # e.g. "Mã hồ sơ 000.00.06.H56-261120-0001"

    @property
    def copy_label(self) -> str | None:
        """``"BẢN SAO (in lại lần 2) - ngày in 23/11/2026"`` on reprints, None on the original."""
        if self.copy_number < 1:
            return None
        when = ft.day_text(self.printed_on)
        label = f"BẢN SAO (in lại lần {self.copy_number}) - ngày in {when}"
        if self.bilingual:
            label += f" / COPY (reprint {self.copy_number}) - printed {when}"
        return nfc(label)


def _decorate_page(marks: PageMarks, canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Drawn under each page's content: the watermark and the reprint box of a copy."""
    label = marks.copy_label
    if label is None:
        return
    mark, side = _watermark()
    canvas.drawImage(
        mark,
        MARGIN_LEFT + (CONTENT_WIDTH - side) / 2,
        (PAGE_HEIGHT - side) / 2 - 25 * mm,
        width=side,
        height=side,
    )

    canvas.saveState()
    size = 11
    width = text_width(label, SERIF_BOLD, size) + 6 * mm
    x = PAGE_WIDTH - MARGIN_RIGHT - width
    y = PAGE_HEIGHT - 14 * mm
    canvas.setLineWidth(1.2)
    canvas.rect(x, y - 2 * mm, width, 7 * mm, stroke=1, fill=0)
    canvas.setFont(SERIF_BOLD, size)
    canvas.drawCentredString(x + width / 2, y, label)
    canvas.restoreState()


WATERMARK = "BẢN SAO"
_WATERMARK_PT = 96
_WATERMARK_DPI = 110


@cache
def _watermark() -> tuple[ImageReader, float]:
    """The diagonal "BẢN SAO" of a reprint, light grey, as a picture: as text it would break the
    reading order of the page (pdftotext, screen readers, search) where it crosses a line."""
    from PIL import Image, ImageDraw, ImageFont  # reportlab's own dependency

    scale = _WATERMARK_DPI / 72
    font = ImageFont.truetype(str(font_file(SERIF_BOLD)), round(_WATERMARK_PT * scale))
    word = nfc(WATERMARK)
    left, top, right, bottom = font.getbbox(word)
    image = Image.new("L", (int(right - left) + 8, int(bottom - top) + 8), 255)
    ImageDraw.Draw(image).text((4 - left, 4 - top), word, font=font, fill=round(255 * 0.88))
    rotated = image.rotate(45, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    side = max(rotated.size)
    square = Image.new("L", (side, side), 255)
    square.paste(rotated, ((side - rotated.width) // 2, (side - rotated.height) // 2))
    return ImageReader(square), side / scale


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds the pages back until the end so each can say "Trang i/n" when there are several."""

    def __init__(self, *args: Any, footer: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if total > 1:
                self.saveState()
                self.setFont(SERIF_ITALIC, 10)
                self.drawCentredString(
                    PAGE_WIDTH / 2,
                    MARGIN_BOTTOM / 2,
                    nfc(f"{self._footer} — Trang {number}/{total}"),
                )
                self.restoreState()
            super().showPage()
        super().save()


@dataclass(frozen=True)
class DocumentInfo:
    title: str  # the form's name: the PDF's title
    subject: str
    author: str


def build_pdf(story: list[Flowable], info: DocumentInfo, marks: PageMarks) -> bytes:
    """Lay ``story`` out on A4 pages and return the PDF (fonts embedded as subsets)."""
    register_fonts()
    out = BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=nfc(info.title),
        subject=nfc(info.subject),
        author=nfc(info.author),
        creator=f"onestop-desktop {__version__}",
        pageCompression=1,
        initialFontName=SERIF,  # else every page also lists an unused, unembedded Helvetica
        initialFontSize=12,
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
    doc.addPageTemplates(
        [PageTemplate(id="form", frames=[frame], onPage=partial(_decorate_page, marks))]
    )
    doc.build(story, canvasmaker=partial(_NumberedCanvas, footer=marks.footer))
    return out.getvalue()


# -- header, title -------------------------------------------------------------------------------
def national_header(
    ward_name: str, day: date, lang: Lang, *, number_line: str | None = None
) -> Table:
    """Agency on the left, motto on the right, the place and date under the motto."""
    st = styles()
    agency = f"UBND {ward_name}".upper()
    left: list[Flowable] = [
        para(text(agency), st.header),
        para(f"<b>{COUNTER_NAME}</b>", st.header),
        CentredRule(text_width(COUNTER_NAME, SERIF_BOLD, 12) * 0.5),
    ]
    if lang.bilingual:
        left.append(
            para(
                f"<i>{COUNTER_NAME_EN}, {text(ft.ward_name_en(ward_name))}</i>",
                ParagraphStyle("agency_en", parent=st.header, fontSize=10, leading=12),
            )
        )
    if number_line:
        left.append(para(number_line, st.header))

    motto_style = ParagraphStyle("motto", parent=st.header, fontSize=13, leading=16)
    en_style = ParagraphStyle("motto_en", parent=st.header, fontSize=10, leading=12)
    right: list[Flowable] = [para(f"<b>{MOTTO_1}</b>", st.header)]
    if lang.bilingual:
        right.append(para(f"<i>{MOTTO_1_EN}</i>", en_style))
    right += [
        para(f"<b>{MOTTO_2}</b>", motto_style),
        CentredRule(text_width(MOTTO_2, SERIF_BOLD, 13)),
    ]
    if lang.bilingual:
        right.append(para(f"<i>{MOTTO_2_EN}</i>", en_style))
    right.append(Spacer(1, 2 * mm))
    date_markup = ft.place_date(day)
    if lang.bilingual:
        date_markup += f'<br/><font size="10.5">{ft.place_date_en(day)}</font>'
    right.append(para(date_markup, st.date))

    table = Table([[left, right]], colWidths=[68 * mm, CONTENT_WIDTH - 68 * mm], hAlign="CENTER")
    table.setStyle(_PLAIN)
    return table


_PLAIN = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), SERIF, 12),  # Table's default would pull in Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


def title_block(vi: str, en: str, lang: Lang, *, extra: Sequence[str] = ()) -> list[Flowable]:
    """The form's title in bold capitals (English under it), then ``extra`` centred lines."""
    st = styles()
    out: list[Flowable] = [para(vi, st.title)]
    if lang.bilingual:
        out.append(para(f'<font size="11.5"><i>{en}</i></font>', st.subtitle))
    out += [para(line, st.subtitle) for line in extra]
    return out


def title_with_qr(title: list[Flowable], qr: Flowable, qr_width: float) -> Table:
    """The title centred on the page with the QR code at the right margin, level with it."""
    side = qr_width + 2 * mm
    table = Table(
        [["", title, qr]],
        colWidths=[side, CONTENT_WIDTH - 2 * side, side],
        hAlign="CENTER",
    )
    table.setStyle(
        TableStyle(
            [
                *_PLAIN.getCommands(),
                ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
                ("ALIGN", (2, 0), (2, 0), "RIGHT"),
            ]
        )
    )
    return table


# -- fields --------------------------------------------------------------------------------------
def field(label: str, value: str, *, style: ParagraphStyle | None = None) -> Paragraph:
    """``label: value`` (``label`` markup from ``Lang.label``, ``value`` markup already safe)."""
    return para(f"{label}: {value}", style or styles().body)


def person_details(person: SlipPerson, lang: Lang) -> tuple[list[str], str | None, list[str]]:
    """``person``'s identity parts, address and contact parts, as markup (what is known)."""
    ident: list[str] = []
    if person.id_number:
        vi, en = ft.ID_LABELS.get(person.id_type or "", ft.ID_FALLBACK)
        ident.append(f"{lang.label(vi, en)}: {text(person.id_number)}")
    if person.birth_date:
        ident.append(
            f"{lang.label('Ngày sinh', 'Date of birth')}: {ft.day_text(person.birth_date)}"
        )
    address = (
        f"{lang.label('Địa chỉ', 'Address')}: {text(person.address)}" if person.address else None
    )
    contact: list[str] = []
    if person.phone:
        contact.append(f"{lang.label('Số điện thoại', 'Phone')}: {text(person.phone)}")
    if person.email:
        contact.append(f"{lang.label('E-mail', 'E-mail')}: {text(person.email)}")
    return ident, address, contact


def applicant_block(slip: DossierSlip, lang: Lang, lead: tuple[str, str]) -> list[Flowable]:
    """Who handed the dossier in (and their representative), and what they ask for.

    The applicant gets a line each for identity, address and contact; a representative gets one
    paragraph, so that their details are not mistaken for the applicant's."""
    body = styles().body
    ident, address, contact = person_details(slip.applicant, lang)
    out: list[Flowable] = [field(lang.label(*lead), f"<b>{text(slip.applicant.full_name)}</b>")]
    out += [para(line, body) for line in ("; ".join(ident), address, "; ".join(contact)) if line]
    rep = slip.representative
    if rep is not None:
        ident, address, contact = person_details(rep, lang)
        parts = [f"<b>{text(rep.full_name)}</b>", *ident, *contact]
        if address:
            parts.append(address)
        out.append(
            field(lang.label("Người đại diện / nộp thay", "Representative"), "; ".join(parts))
        )
    procedure = f"<b>{text(slip.procedure_name)}</b>"
    if lang.bilingual and slip.procedure_name_en:
        procedure += f" ({lang.english(text(slip.procedure_name_en))})"
    if slip.field_name:
        procedure += f"; {lang.label('lĩnh vực', 'field')}: {text(slip.field_name)}"
    out.append(field(lang.label("Nội dung yêu cầu giải quyết", "Request"), procedure))
    if slip.channel and slip.channel != "direct":
        vi, en = ft.CHANNEL_LABELS.get(slip.channel, (slip.channel, slip.channel))
        out.append(field(lang.label("Hình thức nộp hồ sơ", "Submitted"), lang.value(vi, en)))
    return out


def numbered(number: int, label: str, value: str | None = None) -> Paragraph:
    """``"3. Thời gian giải quyết theo quy định: 03 ngày làm việc"`` (value optional)."""
    markup = f"<b>{number}.</b> {label}"
    if value is not None:
        markup += f": {value}"
    return para(markup, styles().body)


# -- tables --------------------------------------------------------------------------------------
GRID = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), SERIF, 11),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (1, 1), (1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
)


def grid_table(
    head: list[str],
    rows: list[list[str]],
    widths: list[float],
    *,
    centred: Sequence[int] = (),
    extra_style: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A bordered table of wrapping paragraphs whose head row repeats on every page."""
    st = styles()
    data: list[list[Any]] = [[para(h, st.cell_head) for h in head]]
    for row in rows:
        data.append(
            [para(cell, st.cell_center if i in centred else st.cell) for i, cell in enumerate(row)]
        )
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="CENTER")
    table.setStyle(TableStyle([*GRID.getCommands(), *extra_style]))
    return table


# -- signatures ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Signer:
    role_vi: str  # "NGƯỜI NỘP HỒ SƠ"
    role_en: str
    name: str | None  # printed under the space left for the signature


def submitter(slip: DossierSlip) -> str:
    """Who signs as NGƯỜI NỘP HỒ SƠ: the representative who came, else the applicant."""
    person = slip.representative or slip.applicant
    return person.full_name


def signatures(signers: Sequence[Signer], lang: Lang) -> Table:
    st = styles()
    hint = ParagraphStyle("hint", parent=st.small_center, fontName=SERIF_ITALIC)
    cells: list[list[Flowable]] = []
    for signer in signers:
        cell: list[Flowable] = [para(lang.under(signer.role_vi, signer.role_en, 10), st.signature)]
        cell.append(para(lang.under(*SIGN_HINT, 10) if lang.bilingual else SIGN_HINT[0], hint))
        cell.append(Spacer(1, SIGNATURE_SPACE))
        cell.append(para(f"<b>{text(signer.name)}</b>" if signer.name else "", st.signature))
        cells.append(cell)
    width = CONTENT_WIDTH / len(signers)
    table = Table([cells], colWidths=[width] * len(signers), hAlign="CENTER")
    table.setStyle(_PLAIN)
    return table


def closing(flowables: list[Flowable]) -> KeepTogether:
    """The last lines and the signatures, kept on one page."""
    return KeepTogether(flowables)
