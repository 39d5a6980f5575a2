"""The self-test's form step: Mẫu 01-03 rendered as the ward, the receipt's QR read back."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from onestop_desktop.selftest import _check_receipt_qr, _render_forms

KEY = b"self-test key"


def test_forms_render_as_the_ward_and_the_receipt_qr_verifies(tmp_path: Path) -> None:
    forms = _render_forms(
        tmp_path / "docs", "Phường Hoàn Kiếm", "000.00.07.H56", datetime(2026, 11, 20, 9, 0), KEY
    )
    assert sorted(forms) == ["01", "02", "03"]
    for path in forms.values():
        text = PdfReader(path).pages[0].extract_text()
        assert "UBND PHƯỜNG HOÀN KIẾM" in text
        assert "000.00.07.H56-261120-0001" in text
    note = _check_receipt_qr(forms["01"], KEY, tmp_path)
    assert note == "receipt QR decoded and verified (000.00.07.H56-261120-0001)"


def test_without_zbar_the_qr_step_is_skipped_with_a_note(tmp_path: Path) -> None:
    forms = _render_forms(
        tmp_path, "Phường Tây Hồ", "000.00.06.H56", datetime(2026, 11, 20, 9, 0), KEY
    )
    empty = tmp_path / "no-tools"
    empty.mkdir()
    code = (
        "import sys; from pathlib import Path; from onestop_desktop.selftest import "
        "_check_receipt_qr; print(_check_receipt_qr(Path(sys.argv[1]), b'k', Path(sys.argv[2])))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(forms["01"]), str(tmp_path)],
        env={**os.environ, "PATH": str(empty)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert out == "receipt QR decode skipped (pdftoppm/zbarimg not installed)"
