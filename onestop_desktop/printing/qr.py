"""QR codes drawn as vector modules in a PDF (crisp on thermal heads, no image round-trip)."""

from __future__ import annotations

import itertools

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable


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


class QrFlowable(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A QR code for platypus stories whose *symbol* (quiet zone excluded) is at least
    ``min_symbol`` points wide, surrounded by the 4-module quiet zone scanners need.

    The symbol is computed once (``QrCodeWidget`` recomputes it on every draw) and each run of
    dark modules in a row is drawn as one rectangle.
    """

    QUIET_MODULES = 4

    def __init__(self, payload: str, min_symbol: float, level: str = "M") -> None:
        super().__init__()
        if not payload.isascii():
            raise ValueError("QR payloads must be ASCII")
        code = QRCode(None, getattr(QRErrorCorrectLevel, level))
        code.addData(payload)
        code.make()
        self.payload = payload
        self.modules: list[list[bool]] = [[bool(m) for m in row] for row in code.modules]
        count = len(self.modules)
        self.module_size = min_symbol / count
        self.size = self.module_size * (count + 2 * self.QUIET_MODULES)
        self.width = self.height = self.size

    @property
    def symbol_size(self) -> float:
        return self.module_size * len(self.modules)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(0, 0, self.size, self.size, stroke=0, fill=1)  # the quiet zone stays white
        canvas.setFillColorRGB(0, 0, 0)
        m = self.module_size
        path = canvas.beginPath()
        for r, row in enumerate(self.modules):
            y = self.size - (r + self.QUIET_MODULES + 1) * m
            for dark, run in itertools.groupby(enumerate(row), key=lambda item: item[1]):
                cells = list(run)
                if dark:
                    x = (cells[0][0] + self.QUIET_MODULES) * m
                    path.rect(x, y, len(cells) * m, m)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
