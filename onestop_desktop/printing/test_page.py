"""Trang in thử: a printer test page for ward IT, and what ``self-test`` renders.

It shows every Vietnamese letter with every tone in the document font, the ward's name and code,
and a QR code, so one sheet tells whether fonts, diacritics and QR printing work on a printer.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from onestop_desktop import __version__
from onestop_desktop.domain.text import nfc
from onestop_desktop.printing.fonts import SANS, SERIF, SERIF_BOLD, register_fonts
from onestop_desktop.printing.qr import draw_qr

VIETNAMESE_LETTERS = (
    "a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ",
    "i ì í ỉ ĩ ị o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ",
    "u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ đ Đ",
    "A À Á Ả Ã Ạ Ă Ằ Ắ Ẳ Ẵ Ặ Â Ầ Ấ Ẩ Ẫ Ậ Ê Ề Ế Ể Ễ Ệ Ô Ồ Ố Ổ Ỗ Ộ Ơ Ờ Ớ Ở Ỡ Ợ Ư Ừ Ứ Ử Ữ Ự",
)
SAMPLE_SENTENCE = "Mời khách hàng số A023 đến quầy số 2 — Bộ phận Một cửa phường."


def render_test_page(
    out: Path, *, ward_name: str, unit_code: str, printed_at: datetime, qr_payload: str
) -> Path:
    register_fonts()
    out.parent.mkdir(parents=True, exist_ok=True)
    c = Canvas(str(out), pagesize=A4, pageCompression=1)
    c.setTitle("Trang in thử")
    c.setAuthor(f"onestop-desktop {__version__}")
    width, height = A4
    y = height - 25 * mm
    c.setFont(SERIF_BOLD, 13)
    c.drawCentredString(width / 2, y, nfc("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    y -= 6 * mm
    c.drawCentredString(width / 2, y, nfc("Độc lập - Tự do - Hạnh phúc"))
    y -= 16 * mm
    c.setFont(SERIF_BOLD, 18)
    c.drawCentredString(width / 2, y, nfc("TRANG IN THỬ"))
    y -= 10 * mm
    c.setFont(SERIF, 12)
    c.drawString(25 * mm, y, nfc(f"Đơn vị: {ward_name}"))
    y -= 6 * mm
    c.drawString(25 * mm, y, nfc(f"Mã đơn vị: {unit_code}"))
    y -= 6 * mm
    c.drawString(25 * mm, y, nfc(f"In lúc: {printed_at:%H:%M} ngày {printed_at:%d/%m/%Y}"))
    y -= 12 * mm
    c.setFont(SERIF_BOLD, 12)
    c.drawString(25 * mm, y, nfc("Chữ Việt (phông Liberation Serif):"))
    c.setFont(SERIF, 12)
    for line in VIETNAMESE_LETTERS:
        y -= 7 * mm
        c.drawString(25 * mm, y, nfc(line))
    y -= 10 * mm
    c.setFont(SERIF_BOLD, 12)
    c.drawString(25 * mm, y, nfc("Phông Liberation Sans:"))
    y -= 7 * mm
    c.setFont(SANS, 12)
    c.drawString(25 * mm, y, nfc(SAMPLE_SENTENCE))
    y -= 12 * mm
    c.setFont(SERIF, 11)
    c.drawString(25 * mm, y, nfc("Mã QR thử (máy quét phải đọc ra đúng chuỗi bên dưới):"))
    draw_qr(c, qr_payload, 25 * mm, y - 45 * mm, 40 * mm)
    c.drawString(70 * mm, y - 25 * mm, qr_payload)
    c.showPage()
    c.save()
    return out
