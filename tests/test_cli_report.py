"""``onestop-desktop report``: the end-of-day summary and Biểu 06 from the command line, real
processes, PDFs read back with pdftotext, XLSX with openpyxl; bad input refused in one line."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.test_cli import assert_clean_refusal, cli, init_ward


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report") / "data"
    assert init_ward(folder).returncode == 0
    return folder


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout


def test_the_day_s_summary_as_pdf_and_xlsx(data: Path, tmp_path: Path) -> None:
    today = date.today().isoformat()
    pdf = tmp_path / "tong-hop.pdf"
    result = cli("--data-dir", str(data), "report", "--date", today, "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    assert str(pdf) in result.stdout
    text = _text(pdf)
    assert "BÁO CÁO TỔNG HỢP CUỐI NGÀY" in text
    assert "Phường Tây Hồ" in text
    assert date.today().strftime("%d/%m/%Y") in text
    xlsx = tmp_path / "tong-hop.xlsx"
    result = cli("--data-dir", str(data), "report", "--date", today, "--out", str(xlsx))
    assert result.returncode == 0, result.stderr
    book = load_workbook(xlsx, read_only=True)
    try:
        cells = [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
                 for v in row if v is not None]  # fmt: skip
    finally:
        book.close()
    assert any("Phường Tây Hồ" in c for c in cells)


@pytest.mark.parametrize(
    ("which", "title"),
    [
        (("--month", f"{date.today():%Y-%m}"), f"Tháng {date.today():%m} năm {date.today():%Y}"),
        (("--year", f"{date.today():%Y}"), f"Năm {date.today():%Y}"),
    ],
)
def test_the_periodic_report(
    data: Path, tmp_path: Path, which: tuple[str, str], title: str
) -> None:
    pdf = tmp_path / "bieu-06.pdf"
    result = cli("--data-dir", str(data), "report", *which, "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    text = _text(pdf)
    assert "Biểu số 06" in text
    assert title in text


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--date", (date.today() + timedelta(days=1)).isoformat()), "future"),
        (("--date", "2020-01-06"), "before the ward"),
        (("--month", "2099-01"), "future"),
    ],
)
def test_bad_days_are_refused(
    data: Path, tmp_path: Path, args: tuple[str, str], needle: str
) -> None:
    out = tmp_path / "x.pdf"
    assert_clean_refusal(cli("--data-dir", str(data), "report", *args, "--out", str(out)), needle)
    assert not out.exists()


@pytest.mark.parametrize("name", ["no-such-folder/x.pdf", "x.txt", "."])
def test_bad_output_paths_are_refused(data: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    result = cli("--data-dir", str(data), "report", "--date", date.today().isoformat(),
                 "--out", str(out))  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args",
    [("--date", "2026-13-01"), ("--month", "2026-13"), ("--quarter", "2026-5"), ("--year", "26")],
)
def test_malformed_arguments_are_usage_errors(data: Path, args: tuple[str, str]) -> None:
    result = cli("--data-dir", str(data), "report", *args, "--out", "x.pdf")
    assert result.returncode == 2
    assert "expected" in result.stderr or "not a date" in result.stderr
