"""Print a PDF on a printer through Qt, silently, and rasterise PDF pages for a preview.

The PySide6 wheels ship no QtPdf, so pages are rasterised with pypdfium2 (PDFium) at the
printer's resolution (at most 300 dpi: plenty for text and the receipt's QR code) and painted
onto a ``QPrinter`` with ``QPainter``, each page scaled to fit the sheet.

Printing never raises for an environment problem: ``print_pdf`` returns a ``PrintOutcome`` saying
whether the document went to the printer and, if not, why, in the UI language. The PDF itself is
never touched, so the caller can tell the clerk where it is and nothing is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

log = logging.getLogger(__name__)

PRINT_DPI = 300
PREVIEW_DPI = 96
POINTS_PER_INCH = 72


@dataclass(frozen=True)
class PrintOutcome:
    printed: bool
    pdf: Path  # the document, still on disk whatever happened
    message: str = ""  # why it was not printed (empty when it was)
    pages: int = 0  # pages sent to the printer


def _failed(pdf: Path, message: str, pages: int = 0) -> PrintOutcome:
    log.warning("not printed: %s (%s)", pdf, message)
    return PrintOutcome(printed=False, pdf=pdf, message=message, pages=pages)


# -- rasterising ---------------------------------------------------------------------------------
class UnreadablePdf(Exception):
    """The file is missing or is not a PDF PDFium can read."""


def _open(pdf: Path) -> pdfium.PdfDocument:
    if not pdf.is_file():
        raise UnreadablePdf(
            QCoreApplication.translate("PdfPrinter", "Không tìm thấy tệp PDF cần in.")
        )
    try:
        return pdfium.PdfDocument(str(pdf))
    except (pdfium.PdfiumError, OSError) as exc:
        log.warning("cannot read %s: %s", pdf, exc)
        raise UnreadablePdf(
            QCoreApplication.translate("PdfPrinter", "Tệp PDF bị hỏng hoặc không đọc được.")
        ) from exc


def _to_qimage(bitmap: pdfium.PdfBitmap) -> QImage:
    fmt = QImage.Format.Format_Grayscale8 if bitmap.mode == "L" else QImage.Format.Format_RGB888
    # PDFium pads each row to 4 bytes (QImage's requirement); copy() makes the image own its data.
    return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()


def _render(page: pdfium.PdfPage, dpi: float, *, grayscale: bool) -> QImage:
    bitmap = page.render(
        scale=dpi / POINTS_PER_INCH,
        grayscale=grayscale,
        rev_byteorder=not grayscale,  # RGB, the byte order QImage's RGB888 expects
        optimize_mode="print" if grayscale else None,
        bitmap_maker=pdfium.PdfBitmap.new_foreign,
    )
    try:
        return _to_qimage(bitmap)
    finally:
        bitmap.warn_on_close = False  # the QImage owns a copy: closing is safe
        bitmap.close()


def page_count(pdf: Path) -> int:
    doc = _open(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def page_images(
    pdf: Path, dpi: float = PREVIEW_DPI, *, grayscale: bool = False
) -> Iterator[QImage]:
    """Each page of ``pdf`` as an image at ``dpi``; raises ``UnreadablePdf``."""
    doc = _open(pdf)
    try:
        for index in range(len(doc)):
            page = doc[index]
            try:
                yield _render(page, dpi, grayscale=grayscale)
            finally:
                page.close()
    finally:
        doc.close()


# -- printing ------------------------------------------------------------------------------------
def print_pdf(pdf: Path, printer_name: str | None) -> PrintOutcome:
    """Print ``pdf`` on ``printer_name`` (None: the system's default printer), with no dialog."""
    if printer_name:
        info = QPrinterInfo.printerInfo(printer_name)
        if info.isNull():
            return _failed(
                pdf,
                QCoreApplication.translate(
                    "PdfPrinter", "Không tìm thấy máy in “{0}” trên máy tính này."
                ).format(printer_name),
            )
    else:
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            return _failed(
                pdf,
                QCoreApplication.translate("PdfPrinter", "Máy tính này chưa có máy in mặc định."),
            )
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    return print_pdf_on(printer, pdf)


def print_pdf_on(printer: QPrinter, pdf: Path) -> PrintOutcome:
    """Print ``pdf`` on an already chosen ``printer`` (a device, or a PDF file for tests)."""
    try:
        doc = _open(pdf)
    except UnreadablePdf as exc:
        return _failed(pdf, str(exc))
    try:
        return _paint(printer, doc, pdf)
    finally:
        doc.close()


def _paint(printer: QPrinter, doc: pdfium.PdfDocument, pdf: Path) -> PrintOutcome:
    total = len(doc)
    if total == 0:
        return _failed(pdf, QCoreApplication.translate("PdfPrinter", "Tệp PDF không có trang nào."))
    width_pt, height_pt = doc[0].get_size()
    printer.setDocName(pdf.name)
    printer.setFullPage(True)  # our PDFs carry their own margins: map sheet to sheet
    printer.setPageSize(
        QPageSize(
            QSizeF(width_pt, height_pt),
            QPageSize.Unit.Point,
            "",
            QPageSize.SizeMatchPolicy.FuzzyMatch,
        )
    )
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape
        if width_pt > height_pt
        else QPageLayout.Orientation.Portrait
    )
    painter = QPainter()
    if not painter.begin(printer):
        return _failed(
            pdf,
            QCoreApplication.translate(
                "PdfPrinter",
                "Máy in không sẵn sàng: không bắt đầu in được (máy in tắt, hết giấy hoặc lỗi).",
            ),
        )
    printed = 0
    try:
        dpi = min(PRINT_DPI, printer.resolution())
        sheet = printer.pageLayout().fullRectPixels(printer.resolution())
        for index in range(total):
            if index and not printer.newPage():
                return _failed(
                    pdf,
                    QCoreApplication.translate(
                        "PdfPrinter", "Máy in dừng giữa chừng, khi sang trang mới."
                    ),
                    printed,
                )
            page = doc[index]
            try:
                image = _render(page, dpi, grayscale=True)
            finally:
                page.close()
            painter.drawImage(_fit(image, QRectF(sheet)), image)
            printed += 1
    except (pdfium.PdfiumError, MemoryError) as exc:
        log.warning("rendering %s for printing failed: %s", pdf, exc)
        printer.abort()
        return _failed(
            pdf,
            QCoreApplication.translate(
                "PdfPrinter", "Không dựng được trang để in (tệp PDF lỗi hoặc thiếu bộ nhớ)."
            ),
        )
    finally:
        if painter.isActive() and not painter.end():
            printed = -1
    if printed < 0 or printer.printerState() == QPrinter.PrinterState.Error:
        return _failed(
            pdf, QCoreApplication.translate("PdfPrinter", "Máy in báo lỗi khi nhận tài liệu.")
        )
    log.info("printed %s: %d page(s) on %s", pdf, printed, printer.printerName() or "PDF file")
    return PrintOutcome(printed=True, pdf=pdf, pages=printed)


def _fit(image: QImage, target: QRectF) -> QRectF:
    """The largest rectangle with ``image``'s proportions centred in ``target``."""
    scale = min(target.width() / image.width(), target.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(
        target.x() + (target.width() - width) / 2,
        target.y() + (target.height() - height) / 2,
        width,
        height,
    )
