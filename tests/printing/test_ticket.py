"""The 80 mm queue ticket: rendered for real and read back with pdftotext and pypdf."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from onestop_desktop.printing.ticket import (
    NOTICE_EN,
    NOTICE_VI,
    TicketSlip,
    priority_names,
    render_ticket,
    write_ticket,
)

MM = 72 / 25.4
LONG_SERVICE = "Đất đai – Xây dựng – Kinh doanh"


def make_slip(**changes: object) -> TicketSlip:
    slip = TicketSlip(
        ward_name="Phường Tây Hồ",
        label="A023",
        service_name_vi="Hộ tịch",
        service_name_en="Civil status",
        issued_at=datetime(2026, 11, 20, 9, 5),
        people_ahead=4,
    )
    return replace(slip, **changes)  # type: ignore[arg-type]


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "ticket.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return " ".join(out.split())


def page_size_mm(pdf: bytes) -> tuple[float, float]:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    return float(box.width) / MM, float(box.height) / MM


def sizes_by_text(pdf: bytes) -> dict[str, float]:
    """Each drawn string with the font size it was drawn in."""
    found: dict[str, float] = {}

    def visit(text: str, _cm: object, _tm: object, _font: object, size: float) -> None:
        if text.strip():
            found[text.strip()] = max(size, found.get(text.strip(), 0))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found


def word_boxes(pdf: bytes, tmp_path: Path) -> list[tuple[float, float, str]]:
    """(xMin, xMax, word) of every word, in points, from pdftotext -bbox."""
    path = tmp_path / "bbox.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return [
        (float(x0), float(x1), word)
        for x0, x1, word in re.findall(
            r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<', html
        )
    ]


def assert_inside_margins(x0: float, x1: float, word: str) -> None:
    assert x0 >= 4 * MM - 0.5, word
    assert x1 <= 76 * MM + 0.5, word


def test_the_ticket_holds_the_number_ward_service_people_ahead_time_and_notice(
    tmp_path: Path,
) -> None:
    text = text_of(render_ticket(make_slip()), tmp_path)
    assert "PHƯỜNG TÂY HỒ" in text
    assert "BỘ PHẬN MỘT CỬA" in text
    assert "SỐ THỨ TỰ CỦA BẠN A023" in text
    assert "Hộ tịch" in text
    assert "Số người đang chờ trước bạn: 4" in text
    assert "Lấy số lúc 09:05 ngày 20/11/2026" in text
    assert NOTICE_VI in text
    assert "ƯU TIÊN" not in text
    assert "Civil status" not in text  # English only when the citizen chose it


def test_the_page_is_80_mm_wide_and_as_tall_as_its_content() -> None:
    width, height = page_size_mm(render_ticket(make_slip()))
    assert round(width, 1) == 80.0
    assert 70 < height < 120
    _, taller = page_size_mm(
        render_ticket(make_slip(service_name_vi=LONG_SERVICE, priority_label="Người cao tuổi"))
    )
    assert taller > height  # a second line of service name and the priority band add height
    _, english = page_size_mm(render_ticket(make_slip(), english=True))
    assert english > height


def test_the_number_is_by_far_the_largest_text(tmp_path: Path) -> None:
    sizes = sizes_by_text(render_ticket(make_slip()))
    assert sizes["A023"] >= 60
    others = [size for text, size in sizes.items() if text != "A023"]
    assert sizes["A023"] >= 4 * max(others)


def test_a_wider_label_is_made_smaller_to_fit_the_paper(tmp_path: Path) -> None:
    pdf = render_ticket(make_slip(label="AB1023"))
    assert 40 <= sizes_by_text(pdf)["AB1023"] < sizes_by_text(render_ticket(make_slip()))["A023"]
    for x0, x1, word in word_boxes(pdf, tmp_path):
        assert_inside_margins(x0, x1, word)


def test_long_names_wrap_inside_the_margins(tmp_path: Path) -> None:
    slip = make_slip(
        ward_name="Phường Tây Hồ (dữ liệu mẫu của thành phố Hà Nội)",
        service_name_vi=LONG_SERVICE,
        priority_label="Người có công với cách mạng",
        priority_label_en="Person with meritorious service",
    )
    pdf = render_ticket(slip, english=True)
    text = text_of(pdf, tmp_path)
    assert LONG_SERVICE in text
    assert "ƯU TIÊN: Người có công với cách mạng" in text
    words = word_boxes(pdf, tmp_path)
    assert words
    for x0, x1, word in words:
        assert_inside_margins(x0, x1, word)


def test_english_adds_english_under_the_vietnamese(tmp_path: Path) -> None:
    vi, en = priority_names("elderly")
    slip = make_slip(priority_label=vi, priority_label_en=en, people_ahead=0)
    text = text_of(render_ticket(slip, english=True), tmp_path)
    assert "SỐ THỨ TỰ CỦA BẠN YOUR NUMBER A023" in text
    assert "ƯU TIÊN: Người cao tuổi Priority: Elderly person" in text
    assert "Hộ tịch Civil status" in text
    assert "Số người đang chờ trước bạn: 0 People waiting ahead of you: 0" in text
    assert "Issued at 09:05 on 20/11/2026" in text
    assert text.index(NOTICE_VI) < text.index(NOTICE_EN)


def test_decomposed_input_is_printed_composed(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", LONG_SERVICE)
    assert nfd != LONG_SERVICE
    text = text_of(render_ticket(make_slip(service_name_vi=nfd)), tmp_path)
    assert LONG_SERVICE in text


def test_fonts_are_embedded(tmp_path: Path) -> None:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(render_ticket(make_slip()))
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True
    ).stdout
    rows = [line for line in listing.splitlines()[2:] if line.strip()]
    assert rows
    assert all("LiberationSans" in row and " yes " in row for row in rows)


def test_unknown_priority_codes_print_as_the_code() -> None:
    assert priority_names("veteran_family") == ("veteran_family", "veteran_family")
    assert priority_names("pregnant") == ("Phụ nữ mang thai", "Pregnant woman")


def test_write_ticket_replaces_the_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "tickets" / "2026-11-20" / "A023.pdf"
    assert write_ticket(make_slip(), out) == out
    first = out.read_bytes()
    assert first.startswith(b"%PDF")
    write_ticket(make_slip(people_ahead=9), out)
    assert out.read_bytes() != first
    assert sorted(p.name for p in out.parent.iterdir()) == ["A023.pdf"]
    assert "Số người đang chờ trước bạn: 9" in text_of(out.read_bytes(), tmp_path)
