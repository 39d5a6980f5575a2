"""The register (Mẫu 07, Sổ theo dõi hồ sơ) as PDF and XLSX: read back cell by cell, the two hold
the same rows and values; landscape pages with the head row and page numbers on each; an empty
register; a busy ward's month of 3,000 dossiers."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from onestop_desktop.domain.errors import UserError, ValidationError
from onestop_desktop.printing import register_text as rt
from onestop_desktop.printing.fonts import SERIF
from onestop_desktop.printing.processing_slips import Register, RegisterRow
from onestop_desktop.printing.register_pdf import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    WIDTHS,
    render_register,
    wrap_lines,
)
from onestop_desktop.printing.register_xlsx import DATE_FORMAT, HEADER_ROW, write_register_xlsx
from onestop_desktop.printing.sample_slips import sample_register
from onestop_desktop.services.processing_files import save_register
from tests.printing.test_forms import pdftotext
from tests.register_helpers import expected_rows, pdf_pages, pdf_rows, xlsx_rows

RECEIVED = datetime(2026, 11, 18, 8, 5)
COUNTER = RegisterRow(
    seq=1,
    code="000.00.06.H56-261118-0001",
    procedure_name="Cấp Giấy xác nhận tình trạng hôn nhân",
    sets=1,
    applicant_name="Nguyễn Thị Ngọc Ánh",
    applicant_address="Số 8 ngách 12/3 đường Âu Cơ, tổ dân phố số 7, Phường Tây Hồ, Hà Nội",
    applicant_phone="0912345678",
    received_at=RECEIVED,
    due_at=datetime(2026, 11, 21, 8, 5),
    returned_at=datetime(2026, 11, 20, 15, 40),
    receiver="Người được ủy quyền: Lê Hoàng Phương (CCCD 001088054321)",
    status="returned",
    timing="early",
    notes=None,
)
POSTAL = replace(
    COUNTER,
    seq=2,
    code="000.00.06.H56-261118-0002",
    procedure_name="Đăng ký khai tử",
    applicant_name="Phạm Đức Thưởng",
    applicant_phone=None,
    due_at=datetime(2026, 11, 18, 16, 30),
    returned_at=datetime(2026, 11, 19, 9, 0),
    receiver="Bưu chính: Bưu điện Việt Nam (VNPost), số vận đơn EB123456789VN",
    timing="late",
    notes="Gia hạn (Mẫu 04) không kịp lập",
)
STOPPED = replace(
    COUNTER,
    seq=1,
    code="000.00.06.H56-261119-0001",
    received_at=datetime(2026, 11, 19, 10, 0),
    applicant_address=None,
    returned_at=None,
    receiver=None,
    status="stopped",
    timing=None,
    notes="Hồ sơ cùng nội dung đang giải quyết tại UBND Phường Ba Đình",
)


def register(*rows: RegisterRow, **changes: object) -> Register:
    base = Register(
        ward_name="Phường Tây Hồ",
        unit_code="000.00.06.H56",
        date_from=date(2026, 11, 18),
        date_to=date(2026, 11, 20),
        rows=rows,
        printed_at=datetime(2026, 11, 21, 8, 5),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


# -- the PDF -------------------------------------------------------------------------------------
def test_register_pdf_is_a4_landscape_with_title_ward_period_and_count(tmp_path: Path) -> None:
    pdf = render_register(register(COUNTER, POSTAL, STOPPED))
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    assert reader.metadata is not None
    assert reader.metadata.title == "Sổ theo dõi hồ sơ - Từ ngày 18/11/2026 đến ngày 20/11/2026"
    assert "Nguyễn" not in str(dict(reader.metadata))
    [page] = pdftotext(pdf, tmp_path)
    for line in (
        "UBND PHƯỜNG TÂY HỒ",
        "BỘ PHẬN MỘT CỬA",
        "Mẫu số 07",
        "SỔ THEO DÕI HỒ SƠ",
        "Từ ngày 18/11/2026 đến ngày 20/11/2026",
        "Tổng số: 3 hồ sơ; In lúc 08:05, ngày 21/11/2026",
        "Trang 1/1",
    ):
        assert line in page


def test_each_row_prints_every_value_in_its_column(tmp_path: Path) -> None:
    rows = pdf_rows(render_register(register(COUNTER, POSTAL, STOPPED)), tmp_path)
    assert rows == [
        [
            "1",
            "000.00.06.H56-261118-0001",
            "Cấp Giấy xác nhận tình trạng hôn nhân",
            "1",
            "Nguyễn Thị Ngọc Ánh",
            "Số 8 ngách 12/3 đường Âu Cơ, tổ dân phố số 7, Phường Tây Hồ, Hà Nội",
            "0912345678",
            "18/11/2026 08:05",
            "21/11/2026 08:05",
            "20/11/2026 15:40",
            "Người được ủy quyền: Lê Hoàng Phương (CCCD 001088054321)",
            "Đã trả kết quả (Trước hạn)",
        ],
        [
            "2",
            "000.00.06.H56-261118-0002",
            "Đăng ký khai tử",
            "1",
            "Phạm Đức Thưởng",
            "Số 8 ngách 12/3 đường Âu Cơ, tổ dân phố số 7, Phường Tây Hồ, Hà Nội",
            "",
            "18/11/2026 08:05",
            "18/11/2026 16:30",
            "19/11/2026 09:00",
            "Bưu chính: Bưu điện Việt Nam (VNPost), số vận đơn EB123456789VN",
            "Đã trả kết quả (Quá hạn). Gia hạn (Mẫu 04) không kịp lập",
        ],
        [
            "1",
            "000.00.06.H56-261119-0001",
            "Cấp Giấy xác nhận tình trạng hôn nhân",
            "1",
            "Nguyễn Thị Ngọc Ánh",
            "",
            "0912345678",
            "19/11/2026 10:00",
            "21/11/2026 08:05",
            "",
            "",
            "Dừng giải quyết. Hồ sơ cùng nội dung đang giải quyết tại UBND Phường Ba Đình",
        ],
    ]


def test_pdf_and_xlsx_hold_the_same_rows_and_values(tmp_path: Path) -> None:
    data = sample_register(80, days=3)
    statuses = {row.status for row in data.rows}
    assert {"returned", "stopped", "refused", "awaiting_supplement"} <= statuses
    assert any(r.receiver and r.receiver.startswith("Bưu chính") for r in data.rows)
    expected = expected_rows(data)
    assert pdf_rows(render_register(data), tmp_path) == expected
    assert xlsx_rows(write_register_xlsx(data, tmp_path / "so.xlsx")) == expected


def test_head_row_and_page_number_on_every_page(tmp_path: Path) -> None:
    data = sample_register(60, days=3)
    pages = pdftotext(render_register(data), tmp_path)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        for head in ("STT", "Mã hồ sơ", "Thủ tục (trích yếu)", "Chủ hồ sơ", "Ghi chú"):
            assert head in page
        assert f"Trang {number}/{len(pages)}" in page
        assert "Sổ theo dõi hồ sơ - UBND Phường Tây Hồ - Từ ngày 18/11/2026" in page
    assert "SỔ THEO DÕI HỒ SƠ" not in pages[1]  # the title only once


def test_nothing_is_drawn_outside_the_page_body(tmp_path: Path) -> None:
    long_note = "Ghi chú rất dài về quá trình xác minh hồ sơ tại nhiều nơi khác nhau. " * 80
    rows = [replace(COUNTER, seq=i, notes=long_note if i == 5 else None) for i in range(1, 30)]
    pdf = render_register(register(*rows))
    right = MARGIN_LEFT + sum(WIDTHS)
    for width, height, words in pdf_pages(pdf, tmp_path):
        for x, y, _text in words:
            assert MARGIN_LEFT - 1 <= x <= right
            assert 0 < y < height
        assert width > height


def test_a_row_taller_than_a_page_continues_on_the_next(tmp_path: Path) -> None:
    long_note = " ".join(f"đoạn{i:03d}" for i in range(900))
    pdf = render_register(register(COUNTER, replace(POSTAL, notes=long_note), STOPPED))
    pages = pdf_pages(pdf, tmp_path)
    assert len(pages) >= 2
    left = MARGIN_LEFT + sum(WIDTHS[:-1])
    words = [
        text
        for _w, height, page in pages
        for x, y, text in sorted(page, key=lambda w: (w[1], w[0]))
        if x >= left and y < height - MARGIN_BOTTOM and text.startswith("đoạn")
    ]
    assert words == long_note.split()  # every word once, in order


def test_an_empty_register_says_so(tmp_path: Path) -> None:
    pdf = render_register(register())
    [page] = pdftotext(pdf, tmp_path)
    assert "Không có hồ sơ" in page
    assert "Mã hồ sơ" in page
    assert "Trang 1/1" in page
    assert pdf_rows(pdf, tmp_path) == []
    out = write_register_xlsx(register(), tmp_path / "trong.xlsx")
    assert xlsx_rows(out) == []
    sheet = load_workbook(out).active
    assert sheet is not None
    assert "Không có hồ sơ" in str(sheet["A3"].value)
    assert sheet.cell(HEADER_ROW, 2).value == "Mã hồ sơ"


def test_one_day_is_named_as_such() -> None:
    day = register(date_from=date(2026, 11, 20), date_to=date(2026, 11, 20))
    assert rt.period_text(day) == "Ngày 20/11/2026"
    assert rt.count_text(register(*[COUNTER] * 1234)) == "Tổng số: 1.234 hồ sơ"


def test_text_prints_as_typed(tmp_path: Path) -> None:
    odd = 'Công ty <Hưng & Thịnh> "ĐỨC"'
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Ngọc Ánh")
    data = register(replace(COUNTER, applicant_name=nfd, applicant_address=odd))
    [row] = pdf_rows(render_register(data), tmp_path)
    assert row[4] == "Nguyễn Thị Ngọc Ánh"
    assert row[5] == odd
    [xrow] = xlsx_rows(write_register_xlsx(data, tmp_path / "so.xlsx"))
    assert xrow[4] == "Nguyễn Thị Ngọc Ánh"
    assert xrow[5] == odd


# -- the XLSX ------------------------------------------------------------------------------------
def test_xlsx_has_title_frozen_head_real_dates_and_widths(tmp_path: Path) -> None:
    out = write_register_xlsx(register(COUNTER, POSTAL, STOPPED), tmp_path / "so.xlsx")
    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet["A1"].value == "SỔ THEO DÕI HỒ SƠ (Mẫu số 07)"
    assert sheet["A2"].value == "UBND Phường Tây Hồ - Bộ phận Một cửa"
    assert str(sheet["A3"].value).startswith("Từ ngày 18/11/2026 đến ngày 20/11/2026")
    assert [c.value for c in sheet[HEADER_ROW]] == [c.heading for c in rt.COLUMNS]
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:L{HEADER_ROW + 3}"
    assert sheet.page_setup.orientation == "landscape"
    first = HEADER_ROW + 1
    received = sheet.cell(first, 8)
    assert received.value == RECEIVED
    assert received.is_date
    assert received.number_format == DATE_FORMAT
    assert sheet.cell(first, 10).value == datetime(2026, 11, 20, 15, 40)
    assert sheet.cell(first, 1).value == 1
    assert sheet.cell(first, 4).value == 1
    assert sheet.cell(first + 2, 10).value is None  # not returned
    assert sheet.column_dimensions["C"].width == 45


def test_xlsx_text_stays_text(tmp_path: Path) -> None:
    formula = '=HYPERLINK("http://example.invalid","bấm")'
    data = register(replace(COUNTER, applicant_name=formula, notes="dòng 1\x0bdòng 2\x00"))
    out = write_register_xlsx(data, tmp_path / "so.xlsx")
    sheet = load_workbook(out).active
    assert sheet is not None
    cell = sheet.cell(HEADER_ROW + 1, 5)
    assert cell.value == formula
    assert cell.data_type == "s"
    assert sheet.cell(HEADER_ROW + 1, 12).value == "Đã trả kết quả (Trước hạn). dòng 1dòng 2"


# -- a busy month --------------------------------------------------------------------------------
@pytest.mark.slow
def test_a_month_of_three_thousand_dossiers(tmp_path: Path) -> None:
    data = sample_register(3000, date_from=date(2026, 11, 1), days=30)
    pdf = render_register(data)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert 3000 / 20 <= pages <= 3000 / 6  # 6 to 20 dossiers a page, nothing lost or blank
    expected = expected_rows(data)
    assert pdf_rows(pdf, tmp_path) == expected
    assert xlsx_rows(write_register_xlsx(data, tmp_path / "thang.xlsx")) == expected


# -- saving --------------------------------------------------------------------------------------
def test_saved_as_pdf_or_xlsx_by_suffix(tmp_path: Path) -> None:
    data = register(COUNTER, POSTAL)
    pdf = save_register(data, tmp_path / "so-theo-doi.PDF")
    assert pdf.read_bytes().startswith(b"%PDF-")
    xlsx = save_register(data, tmp_path / "so-theo-doi.xlsx")
    assert xlsx_rows(xlsx) == expected_rows(data)
    for bad in ("so.csv", "so.xls", "so"):
        with pytest.raises(ValidationError) as refused:
            save_register(data, tmp_path / bad)
        assert "chọn tệp .pdf hoặc .xlsx" in refused.value.message_vi
    assert sorted(p.name for p in tmp_path.iterdir()) == ["so-theo-doi.PDF", "so-theo-doi.xlsx"]


@pytest.mark.parametrize("suffix", ["pdf", "xlsx"])
def test_an_unwritable_folder_is_a_clear_error(suffix: str, read_only_folder: Path) -> None:
    with pytest.raises(UserError) as error:
        save_register(register(COUNTER), read_only_folder / f"so.{suffix}")
    assert "Không ghi được sổ theo dõi" in error.value.message_vi
    assert list(read_only_folder.iterdir()) == []


# -- line breaking -------------------------------------------------------------------------------
def test_lines_break_at_spaces_and_inside_a_word_only_when_it_is_too_long() -> None:
    assert wrap_lines("", SERIF, 8.5, 50) == []
    assert wrap_lines("Phường Tây Hồ, Hà Nội", SERIF, 8.5, 1000) == ["Phường Tây Hồ, Hà Nội"]
    lines = wrap_lines("Số 8 ngách 12/3 đường Âu Cơ, tổ dân phố số 7", SERIF, 8.5, 60)
    assert len(lines) > 1
    assert " ".join(lines) == "Số 8 ngách 12/3 đường Âu Cơ, tổ dân phố số 7"
    long = "EB" + "1234567890" * 5 + "VN"
    pieces = wrap_lines(long, SERIF, 8.5, 60)
    assert "".join(pieces) == long
    assert len(pieces) > 1
