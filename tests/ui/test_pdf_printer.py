"""Printing PDFs through Qt: a real QPrinter writing a PDF file (no printer exists here), the
failure paths, and the preview dialog."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from onestop_desktop.printing import sample_slips
from onestop_desktop.printing.forms import write_form
from onestop_desktop.printing.slips import FormKind
from onestop_desktop.ui.i18n import install_language
from onestop_desktop.ui.pdf_printer import PrintOutcome, page_count, print_pdf, print_pdf_on
from onestop_desktop.ui.print_preview_dialog import PrintPreviewDialog

A4_POINTS = (595.3, 841.9)


@pytest.fixture
def one_page(tmp_path: Path) -> Path:
    return write_form(FormKind.RECEIPT, sample_slips.sample_receipt(), tmp_path / "mau-01.pdf")


@pytest.fixture
def two_pages(tmp_path: Path) -> Path:
    pdf = write_form(
        FormKind.RECEIPT,
        sample_slips.sample_foreign_receipt(),
        tmp_path / "mau-01-song-ngu.pdf",
        bilingual=True,
    )
    assert page_count(pdf) == 2
    return pdf


def pdf_file_printer(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def printing_to(out: Path) -> Callable[[Path], PrintOutcome]:
    return lambda pdf: print_pdf_on(pdf_file_printer(out), pdf)


def test_printing_to_a_pdf_file_printer_sends_every_page(
    qapp: QApplication, two_pages: Path, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    before = digest(two_pages)
    outcome = print_pdf_on(pdf_file_printer(out), two_pages)
    assert outcome == PrintOutcome(printed=True, pdf=two_pages, message="", pages=2)
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (width, height) == pytest.approx(A4_POINTS, abs=1)
        assert page.images  # the rasterised page
    assert out.stat().st_size > 50_000
    assert digest(two_pages) == before


def test_an_unknown_printer_is_reported_and_the_pdf_kept(
    qapp: QApplication, one_page: Path
) -> None:
    before = digest(one_page)
    outcome = print_pdf(one_page, "Máy in tầng 3 (không có)")
    assert not outcome.printed
    assert outcome.message == "Không tìm thấy máy in “Máy in tầng 3 (không có)” trên máy tính này."
    assert outcome.pdf == one_page
    assert digest(one_page) == before


def test_no_default_printer_is_reported(qapp: QApplication, one_page: Path) -> None:
    if not QPrinterInfo.defaultPrinter().isNull():
        pytest.skip("this machine has a default printer; not printing on it from a test")
    outcome = print_pdf(one_page, None)
    assert not outcome.printed
    assert outcome.message == "Máy tính này chưa có máy in mặc định."
    assert one_page.is_file()


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_cannot_start_is_reported(
    qapp: QApplication, one_page: Path, tmp_path: Path
) -> None:
    before = digest(one_page)
    out = tmp_path / "no such folder" / "printed.pdf"
    outcome = print_pdf_on(pdf_file_printer(out), one_page)
    assert not outcome.printed
    assert outcome.message.startswith("Máy in không sẵn sàng")
    assert not out.exists()
    assert digest(one_page) == before


def test_a_missing_or_broken_pdf_is_reported(qapp: QApplication, tmp_path: Path) -> None:
    missing = print_pdf_on(pdf_file_printer(tmp_path / "a.pdf"), tmp_path / "missing.pdf")
    assert (missing.printed, missing.message) == (False, "Không tìm thấy tệp PDF cần in.")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot really a PDF")
    outcome = print_pdf_on(pdf_file_printer(tmp_path / "b.pdf"), broken)
    assert (outcome.printed, outcome.message) == (False, "Tệp PDF bị hỏng hoặc không đọc được.")
    assert broken.read_bytes() == b"%PDF-1.4\nnot really a PDF"


def test_messages_follow_the_ui_language(qapp: QApplication, one_page: Path) -> None:
    install_language(qapp, "en")
    try:
        outcome = print_pdf(one_page, "Nowhere")
    finally:
        install_language(qapp, "vi")
    assert outcome.message == "Printer “Nowhere” was not found on this computer."


# -- preview -------------------------------------------------------------------------------------
def test_preview_shows_every_page_and_prints(qtbot: QtBot, two_pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    dialog = PrintPreviewDialog(two_pages, print_action=printing_to(out))
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.pages) == 2
    pixmap = dialog.pages[0].pixmap()
    assert pixmap.width() == pytest.approx(210 / 25.4 * 96, abs=2)
    assert pixmap.height() == pytest.approx(297 / 25.4 * 96, abs=2)
    assert dialog.summary.text().startswith("2 trang")
    assert dialog.print_button.isEnabled()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.outcome is not None
    assert dialog.outcome.printed
    assert len(PdfReader(out).pages) == 2


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_preview_tells_where_the_pdf_is_when_printing_fails(
    qtbot: QtBot, one_page: Path, tmp_path: Path
) -> None:
    dialog = PrintPreviewDialog(one_page, print_action=printing_to(tmp_path / "no" / "x.pdf"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.pages) == 1
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "Chưa in được: Máy in không sẵn sàng" in dialog.error.text()
    assert str(one_page) in dialog.error.text()
    assert dialog.print_button.isEnabled()  # the clerk may try again
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_preview_of_an_unknown_printer_uses_print_pdf(qtbot: QtBot, one_page: Path) -> None:
    dialog = PrintPreviewDialog(one_page, printer_name="Máy in không có")
    qtbot.addWidget(dialog)
    dialog.print_now()
    assert dialog.outcome is not None
    assert not dialog.outcome.printed
    assert "Không tìm thấy máy in “Máy in không có”" in dialog.error.text()


def test_preview_of_a_broken_pdf_says_so_and_cannot_print(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"garbage")
    dialog = PrintPreviewDialog(broken, printer_name=None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pages == []
    assert dialog.error.text() == "Tệp PDF bị hỏng hoặc không đọc được."
    assert not dialog.print_button.isEnabled()
