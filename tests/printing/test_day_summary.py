"""The end-of-day summary read back as a user sees it: every figure of a hand-built day in its
row of the PDF (pdftotext -layout, row by row) and at its label in the workbook (openpyxl); the
status line of a closed, a live and a reopened day; forty fields and twenty-four hours flowing over
pages with the heads repeated and nothing cut off."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from onestop_desktop.domain.day_totals import (
    DayTotals,
    DossierFigures,
    FeeLine,
    FieldRow,
    Satisfaction,
    TicketFigures,
    TicketGroup,
)
from onestop_desktop.domain.statistics import Bucket as B
from onestop_desktop.printing.day_summary_pdf import render_day_summary
from onestop_desktop.printing.day_summary_xlsx import render_day_summary_xlsx
from onestop_desktop.printing.sample_reports import sample_summary
from onestop_desktop.services.day_report_dto import ClosingInfo, DaySummary

PRINTED = datetime(2026, 11, 21, 17, 6)
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">')


def figures(*values: int | None) -> TicketFigures:
    return TicketFigures(*values)  # type: ignore[arg-type]


def field(name: str, **counts: int) -> FieldRow:
    return FieldRow(name, {B(k): v for k, v in counts.items()})


# A day whose every figure is different, so a figure in the wrong column would show.
TOTALS = DayTotals(
    business_date=date(2026, 11, 20),
    unit_code="000.00.06.H56",
    ward_name="Phường Tây Hồ",
    as_of=datetime(2026, 11, 20, 16, 30),
    tickets=figures(1234, 1187, 31, 16, 754, 4020, 468),
    per_service=[
        TicketGroup("A", "A · Hộ tịch", figures(700, 680, 12, 8, 812, 4020, 505)),
        TicketGroup("B", "B · Chứng thực", figures(534, 507, 19, 8, 677, 2950, 419)),
    ],
    per_counter=[
        TicketGroup("1", "Quầy 1", figures(0, 611, 14, 3, 801, 3600, 490)),
        TicketGroup("2", "Quầy 2", figures(0, 576, 17, 5, 706, 2890, 444)),
    ],
    per_clerk=[
        TicketGroup("lan", "Nguyễn Thị Lan", figures(0, 611, 14, 3, 801, 3600, 490)),
        TicketGroup("minh", "Trần Văn Minh", figures(0, 576, 17, 5, 706, 2890, 444)),
    ],
    per_hour=[
        TicketGroup("08", "08:00–09:00", figures(301, 276, 7, 0, 599, 1801, 402)),
        TicketGroup("14", "14:00–15:00", figures(933, 911, 24, 16, None, None, None)),
    ],
    dossiers=DossierFigures(
        fields=[
            field(
                "Hộ tịch",
                received_online=9,
                received_direct=23,
                carried_over=14,
                resolved_early=11,
                resolved_on_time=15,
                resolved_late=2,
                closed=1,
                pending_within=16,
                pending_overdue=1,
            ),
            field(
                "Chứng thực",
                received_online=2,
                received_direct=1031,
                carried_over=5,
                resolved_early=3,
                resolved_on_time=1030,
                closed=2,
                pending_within=3,
            ),
            field(
                "Đất đai",
                received_direct=4,
                carried_over=12,
                resolved_late=6,
                closed=1,
                pending_within=7,
                pending_overdue=2,
            ),
        ],
        supplement_requests=5,
        refusals=3,
        withdrawals=2,
        stops=1,
        returned_counter=57,
        returned_post=6,
    ),
    fees=[
        FeeLine("cash", 23, 1_250_000),
        FeeLine("transfer", 9, 640_000),
        FeeLine("card", 2, 100_000),
    ],
    satisfaction=Satisfaction({4: 52, 3: 18, 2: 7, 1: 3}),
)
CLOSING = ClosingInfo(
    business_date=date(2026, 11, 20),
    revision=2,
    closed_at=datetime(2026, 11, 21, 17, 5),
    closed_by="Đỗ Thị Hạnh",
    reason="Thêm một hồ sơ bưu chính",
    idempotency_key="000.00.06.H56:2026-11-20:2",
    sent_at=None,
    reopened_at=None,
)
FIRST = ClosingInfo(
    business_date=date(2026, 11, 20),
    revision=1,
    closed_at=datetime(2026, 11, 20, 17, 10),
    closed_by="Đỗ Thị Hạnh",
    reason=None,
    idempotency_key="000.00.06.H56:2026-11-20:1",
    sent_at=None,
    reopened_at=datetime(2026, 11, 21, 16, 0),
)

# Each printed row, whitespace collapsed: STT, label, then the figures in column order.
TICKET_LINES = [
    "Số phiếu đã cấp 1.234",
    "Số lượt đã phục vụ xong 1.187",
    "Vắng mặt khi được gọi 31",
    "Còn chờ, chưa phục vụ xong 16",
    "Thời gian chờ trung bình 12:34",
    "Thời gian chờ lâu nhất 1 giờ 07 phút",
    "Thời gian phục vụ trung bình 07:48",
]
GROUP_LINES = [
    "1 A · Hộ tịch 700 680 12 8 13:32 1 giờ 07 phút 08:25",
    "2 B · Chứng thực 534 507 19 8 11:17 49:10 06:59",
    "1 Quầy 1 0 611 14 3 13:21 1 giờ 00 phút 08:10",
    "2 Quầy 2 0 576 17 5 11:46 48:10 07:24",
    "1 Nguyễn Thị Lan 0 611 14 3 13:21 1 giờ 00 phút 08:10",
    "2 Trần Văn Minh 0 576 17 5 11:46 48:10 07:24",
    "1 08:00–09:00 301 276 7 0 09:59 30:01 06:42",
    "2 14:00–15:00 933 911 24 16 — — —",
]
# STT Lĩnh vực | received: total online direct carried | resolved: total early on-time late |
# closed | pending: total within overdue
FIELD_LINES = [
    "1 Hộ tịch 46 9 23 14 28 11 15 2 1 17 16 1",
    "2 Chứng thực 1.038 2 1.031 5 1.033 3 1.030 0 2 3 3 0",
    "3 Đất đai 16 0 4 12 6 0 0 6 1 9 7 2",
    "Tổng cộng 1.100 11 1.058 31 1.067 14 1.045 8 4 29 26 3",
]
OTHER_LINES = [
    "Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) 5",
    "Từ chối tiếp nhận hồ sơ (Mẫu 03) 3",
    "Người nộp rút hồ sơ 2",
    "Dừng giải quyết hồ sơ (Mẫu 05) 1",
    "Trả kết quả tại Bộ phận Một cửa 57",
    "Trả kết quả qua dịch vụ bưu chính công ích 6",
]
FEE_LINES = [
    "Tiền mặt 23 1.250.000 đ",
    "Chuyển khoản 9 640.000 đ",
    "Thẻ 2 100.000 đ",
    "Tổng cộng 34 1.990.000 đ",
]
SATISFACTION_LINES = [
    "Rất hài lòng 52",
    "Hài lòng 18",
    "Bình thường 7",
    "Không hài lòng 3",
    "Tổng cộng 80",
    "Tỷ lệ hài lòng (Rất hài lòng và Hài lòng): 87,5 %",
]


def layout_pages(pdf: bytes, tmp_path: Path, name: str = "summary") -> list[list[str]]:
    """Each page's lines as ``pdftotext -layout`` places them, whitespace collapsed."""
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [
        [" ".join(line.split()) for line in page.splitlines() if line.strip()]
        for page in out.split("\f")[:-1]
    ]


def words_inside_page(pdf: bytes, tmp_path: Path, margin: float = 14.0) -> bool:
    """Every word lies inside the page, clear of its edges by ``margin`` points (5 mm, what
    a laser printer cannot print)."""
    path = tmp_path / "bbox.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    sizes = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">', out)
    width, height = (float(v) for v in sizes[0])
    boxes = [tuple(float(v) for v in m) for m in WORD.findall(out)]
    assert boxes
    return all(
        x0 >= margin and y0 >= margin and x1 <= width - margin and y1 <= height - margin
        for x0, y0, x1, y1 in boxes
    )


def render(summary: DaySummary, **options: object) -> bytes:
    return render_day_summary(summary, printed_at=PRINTED, **options)  # type: ignore[arg-type]


# -- the PDF -------------------------------------------------------------------------------------
def test_the_summary_is_an_a4_document_with_header_title_and_status(tmp_path: Path) -> None:
    pdf = render(DaySummary(TOTALS, CLOSING, [FIRST, CLOSING]), prepared_by="Đỗ Thị Hạnh")
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert reader.metadata is not None
    assert reader.metadata.title == "Báo cáo tổng hợp cuối ngày 20/11/2026"
    assert b"/FontFile2" in pdf
    assert b"Helvetica" not in pdf  # every string drawn in the embedded font
    lines = [line for page in layout_pages(pdf, tmp_path) for line in page]
    text = "\n".join(lines)
    for expected in (
        "UBND PHƯỜNG TÂY HỒ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BỘ PHẬN MỘT CỬA Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 21 tháng 11 năm 2026",
        "BÁO CÁO TỔNG HỢP CUỐI NGÀY",
        "Bộ phận Một cửa UBND Phường Tây Hồ",
        "Ngày 20/11/2026",
        "NGƯỜI LẬP BIỂU LÃNH ĐẠO",
        "Đỗ Thị Hạnh",
    ):
        assert expected in lines, expected
    assert (
        "Số liệu đã chốt lần 2 lúc 17:05 21/11/2026; người chốt: Đỗ Thị Hạnh. "
        "In lúc 17:06 ngày 21/11/2026."
    ) in text


def test_every_figure_of_the_day_is_in_its_row(tmp_path: Path) -> None:
    pdf = render(DaySummary(TOTALS, CLOSING, [FIRST, CLOSING]))
    lines = [line for page in layout_pages(pdf, tmp_path) for line in page]
    for expected in (
        TICKET_LINES + GROUP_LINES + FIELD_LINES + OTHER_LINES + FEE_LINES + SATISFACTION_LINES
    ):
        assert expected in lines, expected
    # the tables in the order of the document
    order = [
        "I. PHIẾU XẾP HÀNG (SỐ THỨ TỰ)",
        "2. Phiếu theo dịch vụ",
        "3. Phiếu theo quầy",
        "4. Phiếu theo cán bộ",
        "5. Phiếu theo khung giờ",
        "6. Biểu đồ số phiếu theo giờ",
        "II. HỒ SƠ THỦ TỤC HÀNH CHÍNH",
        "III. PHÍ, LỆ PHÍ ĐÃ THU",
        "IV. MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN",
    ]
    positions = [lines.index(heading) for heading in order]
    assert positions == sorted(positions)
    # the rows of each group table follow their own heading
    assert lines.index("1 Quầy 1 0 611 14 3 13:21 1 giờ 00 phút 08:10") > positions[2]
    assert lines.index("2 14:00–15:00 933 911 24 16 — — —") > positions[4]


def test_the_chart_shows_hours_and_the_legend(tmp_path: Path) -> None:
    pages = layout_pages(render(DaySummary(TOTALS, CLOSING, [FIRST, CLOSING])), tmp_path)
    text = " ".join(line for page in pages for line in page)
    chart = text[text.index("6. Biểu đồ số phiếu theo giờ") : text.index("II. HỒ SƠ")]
    for label in ("Phiếu đã cấp", "Đã phục vụ", "8h", "14h", "Giờ trong ngày", "Số phiếu"):
        assert label in chart
    assert "1.000" in chart  # the value axis, up to the busiest hour (933)


@pytest.mark.parametrize(
    ("summary", "line"),
    [
        (DaySummary(TOTALS, None, []), "Số liệu tạm tính đến 16:30 — ngày chưa chốt"),
        (
            DaySummary(TOTALS, None, [FIRST]),
            "Số liệu tạm tính đến 16:30 — ngày đã mở lại để điều chỉnh sau lần chốt 1, "
            "chưa chốt lại",
        ),
        (
            DaySummary(
                DayTotals(**{**TOTALS.__dict__, "as_of": datetime(2026, 11, 23, 8, 15)}), None, []
            ),
            "Số liệu tạm tính đến 08:15 23/11/2026 — ngày chưa chốt",
        ),
    ],
)
def test_live_figures_say_so(tmp_path: Path, summary: DaySummary, line: str) -> None:
    text = " ".join(" ".join(page) for page in layout_pages(render(summary), tmp_path))
    assert line in text
    assert "đã chốt lần" not in text


def test_a_day_without_tickets_says_so_in_each_table(tmp_path: Path) -> None:
    empty = DayTotals(
        **{
            **TOTALS.__dict__,
            "tickets": TicketFigures(),
            "per_service": [],
            "per_counter": [],
            "per_clerk": [],
            "per_hour": [],
            "dossiers": DossierFigures(fields=[]),
            "fees": [],
            "satisfaction": Satisfaction(),
        }
    )
    lines = [line for page in layout_pages(render(DaySummary(empty, None, [])), tmp_path)
             for line in page]  # fmt: skip
    assert lines.count("Không có số liệu") == 5  # four ticket tables and the chart
    assert "Thời gian chờ trung bình —" in lines
    assert "Tổng cộng 0 0 0 0 0 0 0 0 0 0 0 0" in lines
    assert "Tổng cộng 0 0đ" in [line.replace(" đ", "đ") for line in lines]  # poppler's spacing
    assert "Tỷ lệ hài lòng (Rất hài lòng và Hài lòng): —" in lines


def test_forty_fields_and_twenty_four_hours_flow_over_pages(tmp_path: Path) -> None:
    summary = sample_summary(fields=40, hours=24)
    pdf = render(summary)
    pages = layout_pages(pdf, tmp_path)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert page[-1].endswith(f"Trang {number}/{len(pages)}")
    hours = [f"{i} {g.label} " for i, g in enumerate(summary.totals.per_hour, start=1)]
    assert len(hours) == 24
    fields = [
        (f"{i} {' '.join(r.field.split()[:2])}", figures_text(r))
        for i, r in enumerate(summary.totals.dossiers.fields, start=1)
    ]
    assert len(fields) == 40
    seen_hours: list[str] = []
    seen_fields: list[str] = []
    for page in pages:
        on_page = [h for h in hours for line in page if line.startswith(h)]
        rows = [
            start
            for start, end in fields
            for line in page
            if line.startswith(f"{start} ") and line.endswith(f" {end}")
        ]
        if on_page:  # the head of the table on every page it runs over
            assert any(line.startswith("STT Khung giờ Đã cấp") for line in page)
        if rows:
            assert any("Số hồ sơ nhận giải quyết" in line for line in page)
            assert any(line.startswith("Tổng Trực") for line in page)
        seen_hours += on_page
        seen_fields += rows
    assert seen_hours == hours  # each hour once, in order, none cut off
    assert seen_fields == [start for start, _ in fields]
    everything = [line for page in pages for line in page]
    assert f"Tổng cộng {figures_text(summary.totals.dossiers.total)}" in everything
    assert "NGƯỜI LẬP BIỂU LÃNH ĐẠO" in everything
    assert words_inside_page(pdf, tmp_path)


def figures_text(row: FieldRow) -> str:
    """A Biểu 06 row's twelve figures as printed, worked out here from the buckets."""
    received = row[B.RECEIVED_ONLINE] + row[B.RECEIVED_DIRECT] + row[B.CARRIED_OVER]
    resolved = row[B.RESOLVED_EARLY] + row[B.RESOLVED_ON_TIME] + row[B.RESOLVED_LATE]
    pending = row[B.PENDING_WITHIN] + row[B.PENDING_OVERDUE]
    values = [
        received, row[B.RECEIVED_ONLINE], row[B.RECEIVED_DIRECT], row[B.CARRIED_OVER],
        resolved, row[B.RESOLVED_EARLY], row[B.RESOLVED_ON_TIME], row[B.RESOLVED_LATE],
        row[B.CLOSED], pending, row[B.PENDING_WITHIN], row[B.PENDING_OVERDUE],
    ]  # fmt: skip
    return " ".join(f"{v:,}".replace(",", ".") for v in values)


# -- the workbook --------------------------------------------------------------------------------
def test_the_workbook_holds_the_same_figures_at_the_same_labels() -> None:
    data = render_day_summary_xlsx(DaySummary(TOTALS, CLOSING, [FIRST, CLOSING]))
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == [
        "Tổng hợp",
        "Theo dịch vụ",
        "Theo quầy",
        "Theo cán bộ",
        "Theo giờ",
        "Hồ sơ theo lĩnh vực",
    ]
    main = book["Tổng hợp"]
    assert main["A1"].value == "BÁO CÁO TỔNG HỢP CUỐI NGÀY"
    assert main["A3"].value == "Ngày 20/11/2026"
    assert main["A4"].value.startswith("Số liệu đã chốt lần 2 lúc 17:05 21/11/2026")
    assert main.freeze_panes == "A7"
    values = {row[0]: row[1:] for row in main.iter_rows(min_row=7, values_only=True)}
    assert values["Số phiếu đã cấp"][0] == 1234
    assert values["Số lượt đã phục vụ xong"][0] == 1187
    assert values["Vắng mặt khi được gọi"][0] == 31
    assert values["Còn chờ, chưa phục vụ xong"][0] == 16
    assert values["Thời gian chờ trung bình"][0] == timedelta(seconds=754)
    assert values["Thời gian chờ lâu nhất"][0] == timedelta(seconds=4020)
    assert values["Thời gian phục vụ trung bình"][0] == timedelta(seconds=468)
    for line in OTHER_LINES:
        label, _, count = line.rpartition(" ")
        assert values[label][0] == int(count)
    assert values["Tiền mặt"] == (23, 1_250_000)
    assert values["Chuyển khoản"] == (9, 640_000)
    assert values["Thẻ"] == (2, 100_000)
    assert values["Rất hài lòng"][0] == 52
    assert values["Hài lòng"][0] == 18
    assert values["Bình thường"][0] == 7
    assert values["Không hài lòng"][0] == 3
    assert values["Tỷ lệ hài lòng (Rất hài lòng và Hài lòng)"][0] == pytest.approx(0.875)
    totals = [
        row[1:] for row in main.iter_rows(min_row=7, values_only=True) if row[0] == "Tổng cộng"
    ]
    assert totals == [(34, 1_990_000), (80, None)]
    assert main.column_dimensions["A"].width > 40

    services = book["Theo dịch vụ"]
    assert services.freeze_panes == "C4"
    assert [c.value for c in services[3]][:3] == ["STT", "Dịch vụ", "Đã cấp"]
    assert [c.value for c in services[4]] == [
        1, "A · Hộ tịch", 700, 680, 12, 8,
        timedelta(seconds=812), timedelta(seconds=4020), timedelta(seconds=505),
    ]  # fmt: skip
    hours = book["Theo giờ"]
    assert [c.value for c in hours[5]] == [2, "14:00–15:00", 933, 911, 24, 16, None, None, None]
    clerks = book["Theo cán bộ"]
    assert [c.value for c in clerks[5]][:4] == [2, "Trần Văn Minh", 0, 576]

    fields = book["Hồ sơ theo lĩnh vực"]
    assert fields.freeze_panes == "C5"
    rows = {row[1]: list(row[2:]) for row in fields.iter_rows(min_row=5, values_only=True)}
    for line in FIELD_LINES:
        words = line.split()
        label = " ".join(w for w in words[:-12] if not w.isdigit())
        assert rows[label] == [int(w.replace(".", "")) for w in words[-12:]], label
    merged = {str(r) for r in fields.merged_cells.ranges}
    assert {"C3:F3", "G3:J3", "K3:K4", "L3:N3", "A3:A4", "B3:B4"} <= merged
    book.close()


# -- the self-test -------------------------------------------------------------------------------
def test_the_self_test_renders_the_reports_as_the_ward(tmp_path: Path) -> None:
    from onestop_desktop.selftest import _check_document, _render_reports

    paths = _render_reports(
        tmp_path / "docs", "Phường Hoàn Kiếm", "000.00.07.H56", datetime(2026, 11, 21, 8, 0)
    )
    assert sorted(paths) == [
        "bieu-06.pdf",
        "bieu-06.xlsx",
        "tong-hop-cuoi-ngay.pdf",
        "tong-hop-cuoi-ngay.xlsx",
    ]
    assert all(_check_document(path) > 0 for path in paths.values())
    summary = " ".join(layout_pages(paths["tong-hop-cuoi-ngay.pdf"].read_bytes(), tmp_path)[0])
    assert "UBND PHƯỜNG HOÀN KIẾM" in summary
    assert "Bộ phận Một cửa UBND Phường Hoàn Kiếm" in summary
    period = " ".join(layout_pages(paths["bieu-06.pdf"].read_bytes(), tmp_path)[0])
    assert "Đơn vị báo cáo: UBND Phường Hoàn Kiếm" in period
    assert "Mã đơn vị: 000.00.07.H56" in period
