"""QR codes drawn as vector modules in a PDF (crisp on thermal heads, no image round-trip)."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas


def qr_drawing(payload: str, size: float, level: str = "M") -> Drawing:
    """A ``size`` × ``size`` point drawing of ``payload`` (ASCII only: scanners type it back)."""
    if not payload.isascii():
        raise ValueError("QR payloads must be ASCII")
    widget = QrCodeWidget(payload, barLevel=level, barBorder=4)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    qr_drawing(payload, size).drawOn(canvas, x, y)
