"""The printer test page: Vietnamese text read back exactly, the QR decoded by zbar."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from onestop_desktop.printing.test_page import SAMPLE_SENTENCE, VIETNAMESE_LETTERS, render_test_page


def test_test_page_text_and_qr_read_back(tmp_path: Path) -> None:
    pdf = render_test_page(
        tmp_path / "page.pdf",
        ward_name="Phường Tây Hồ",
        unit_code="000.00.06.H56",
        printed_at=datetime(2026, 11, 20, 10, 30),
        qr_payload="000.00.06.H56-SELFTEST",
    )
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Đơn vị: Phường Tây Hồ" in text
    assert "In lúc: 10:30 ngày 20/11/2026" in text
    assert SAMPLE_SENTENCE in text
    for line in VIETNAMESE_LETTERS:
        assert line in text
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    decoded = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(tmp_path / "page-1.png")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert decoded == "000.00.06.H56-SELFTEST"
