"""The end-of-day summary (Báo cáo tổng hợp cuối ngày) as an A4 portrait PDF a ward can file.

The national header like the other forms, the title with the counter, ward and day, then a line
saying where the figures come from (a closing's snapshot, or live figures of a day not closed),
then:

I.   tickets: the day's figures, per service, counter, clerk and hour, and a bar chart of tickets
     issued and served per hour (reportlab.graphics, no plotting library);
II.  dossiers in the Biểu 06 buckets per field with the total row, and the day's other dossier
     events (supplement requests, refusals, withdrawals, stops, results returned);
III. fees by method and their total;
IV.  satisfaction counts and rate;

and the signatures (Người lập biểu, Lãnh đạo). Long tables flow over pages with their heads
repeated; every page says "Trang i/n" when there are several.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from onestop_desktop.domain.day_totals import DayTotals, TicketGroup
from onestop_desktop.printing import form_layout as fl
from onestop_desktop.printing import report_layout as rl
from onestop_desktop.printing import report_text as rx
from onestop_desktop.printing.fonts import SERIF, SERIF_ITALIC
from onestop_desktop.services.day_report_dto import DaySummary

W = fl.CONTENT_WIDTH
PLAIN = fl.Lang(bilingual=False)
# STT, label, four counts, three times
GROUP_WIDTHS = [9 * mm, 44 * mm] + [13 * mm] * 4 + [(W - 105 * mm) / 3] * 3
BUCKET_WIDTHS = [8 * mm, 27 * mm] + [10.5 * mm] * 8 + [W - 150.5 * mm] + [10.5 * mm] * 3
LINE_WIDTHS = [W - 45 * mm, 45 * mm]
CHART_HEIGHT = 62 * mm
ISSUED_COLOUR = colors.Color(0.35, 0.35, 0.35)
SERVED_COLOUR = colors.Color(0.75, 0.75, 0.75)


def render_day_summary(
    summary: DaySummary,
    *,
    printed_at: datetime,
    signer_title: str = rx.SUMMARY_SIGNER,
    prepared_by: str | None = None,
) -> bytes:
    """The summary's PDF (A4 portrait, fonts embedded as subsets). ``prepared_by`` is printed
    under NGƯỜI LẬP BIỂU; ``signer_title`` names the leader who signs on the right."""
    totals = summary.totals
    day = rx.day_text(totals.business_date)
    info = fl.DocumentInfo(
        title=f"Báo cáo tổng hợp cuối ngày {day}",
        subject=f"{rx.agency_line(totals.ward_name)}, {totals.unit_code}",
        author=rx.agency_line(totals.ward_name),
    )
    marks = fl.PageMarks(
        copy_number=0,
        printed_on=printed_at.date(),
        bilingual=False,
        footer=f"Báo cáo tổng hợp cuối ngày {day} - UBND {totals.ward_name}",
    )
    return fl.build_pdf(_story(summary, printed_at, signer_title, prepared_by), info, marks)


def _story(
    summary: DaySummary, printed_at: datetime, signer_title: str, prepared_by: str | None
) -> list[Flowable]:
    totals = summary.totals
    st = fl.styles()
    status = ParagraphStyle("sum_status", parent=st.subtitle, fontName=SERIF_ITALIC, fontSize=11)
    story: list[Flowable] = [
        fl.national_header(totals.ward_name, printed_at.date(), PLAIN),
        Spacer(1, 5 * mm),
        *fl.title_block(
            rx.SUMMARY_TITLE,
            "",
            PLAIN,
            extra=[fl.text(rx.agency_line(totals.ward_name)), rx.summary_day_line(summary)],
        ),
        fl.para(
            f"{fl.text(rx.status_line(summary))}. {rx.printed_line(printed_at)}.",
            status,
        ),
        Spacer(1, 2 * mm),
    ]
    story += _tickets(totals)
    story += _dossiers(totals)
    story += _fees(totals)
    # the last section goes with the signatures: never a page of signatures alone
    story.append(
        fl.closing(
            [
                *_satisfaction(totals),
                Spacer(1, 6 * mm),
                rl.signature_block(
                    (rx.PREPARER, rx.SIGN_HINT, prepared_by),
                    (signer_title, rx.SIGN_HINT, None),
                    W,
                ),
            ]
        )
    )
    return story


# -- I. tickets ----------------------------------------------------------------------------------
def _tickets(totals: DayTotals) -> list[Flowable]:
    out: list[Flowable] = [
        rl.section("I. PHIẾU XẾP HÀNG (SỐ THỨ TỰ)"),
        fl.para(rx.TIME_NOTE, rl.styles().note),
        rl.section("1. Cả ngày"),
        rl.figure_table(
            ["Chỉ tiêu", "Số liệu"],
            [[line.label, line.text] for line in rx.ticket_lines(totals)],
            LINE_WIDTHS,
        ),
    ]
    for number, table in enumerate(rx.GROUP_TABLES, start=2):
        groups: list[TicketGroup] = getattr(totals, table.key)
        out.append(rl.section(f"{number}. {table.title}"))
        out.append(
            rl.figure_table(
                ["STT", table.label_head, *rx.GROUP_HEADS],
                [_group_row(i, g) for i, g in enumerate(groups, start=1)],
                GROUP_WIDTHS,
                numbered=True,
            )
        )
    out.append(
        KeepTogether(
            [rl.section(f"{len(rx.GROUP_TABLES) + 2}. Biểu đồ số phiếu theo giờ"), _chart(totals)]
        )
    )
    return out


def _group_row(number: int, group: TicketGroup) -> list[str]:
    f = group.figures
    return [
        str(number),
        group.label,
        rx.number(f.issued),
        rx.number(f.served),
        rx.number(f.no_show),
        rx.number(f.waiting),
        rx.duration(f.avg_wait_s),
        rx.duration(f.max_wait_s),
        rx.duration(f.avg_service_s),
    ]


def _chart(totals: DayTotals) -> Drawing:
    """Bars of tickets issued and served per hour, side by side, with a legend."""
    drawing = Drawing(W, CHART_HEIGHT, initialFontName=SERIF)  # else Helvetica is pulled in
    hours = totals.per_hour
    if not hours:
        drawing.add(
            String(W / 2, CHART_HEIGHT / 2, rx.NO_DATA, fontName=SERIF_ITALIC, fontSize=11,
                   textAnchor="middle")
        )  # fmt: skip
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 12 * mm
    chart.width, chart.height = W - 18 * mm, CHART_HEIGHT - 22 * mm
    chart.data = [
        [g.figures.issued for g in hours],
        [g.figures.served for g in hours],
    ]
    chart.bars[0].fillColor = ISSUED_COLOUR
    chart.bars[1].fillColor = SERVED_COLOUR
    chart.bars.strokeColor = colors.black
    chart.bars.strokeWidth = 0.3
    chart.groupSpacing = 4
    chart.barSpacing = 0.5
    chart.categoryAxis.categoryNames = [rx.hour_label(g.key, g.label) for g in hours]
    chart.categoryAxis.labels.fontName = SERIF
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.dy = -2
    top = max(1, *chart.data[0], *chart.data[1])
    step = _nice_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * (-(-top // step))
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = SERIF
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = lambda v: rx.number(int(v))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.8, 0.8, 0.8)
    chart.valueAxis.gridStrokeWidth = 0.3
    drawing.add(chart)

    legend = Legend()
    legend.x, legend.y = W - 62 * mm, CHART_HEIGHT - 2 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = SERIF
    legend.fontSize = 9
    legend.boxAnchor = "nw"
    legend.dx = legend.dy = 7
    legend.deltax = 28 * mm
    legend.colorNamePairs = [(ISSUED_COLOUR, "Phiếu đã cấp"), (SERVED_COLOUR, "Đã phục vụ")]
    legend.strokeColor = colors.black
    legend.strokeWidth = 0.3
    drawing.add(legend)
    drawing.add(String(0, CHART_HEIGHT - 6, "Số phiếu", fontName=SERIF_ITALIC, fontSize=8.5))
    drawing.add(
        String(W, 0, "Giờ trong ngày", fontName=SERIF_ITALIC, fontSize=8.5, textAnchor="end")
    )
    return drawing


def _nice_step(top: int) -> int:
    """An axis step giving about five to ten gridlines: 1, 2, 5, 10, 20, 50…"""
    scale = 1
    while True:
        for step in (scale, 2 * scale, 5 * scale):
            if top <= 8 * step:
                return step
        scale *= 10


# -- II. dossiers --------------------------------------------------------------------------------
def _dossiers(totals: DayTotals) -> list[Flowable]:
    return [
        rl.section("II. HỒ SƠ THỦ TỤC HÀNH CHÍNH"),
        rl.section("1. Tình hình, kết quả giải quyết theo lĩnh vực (theo Biểu 06)"),
        rl.bucket_table(totals.dossiers.fields, BUCKET_WIDTHS),
        rl.section("2. Các việc khác trong ngày"),
        rl.figure_table(
            ["Nội dung", "Số hồ sơ"],
            [[label, rx.number(n)] for label, n in rx.other_dossier_lines(totals)],
            LINE_WIDTHS,
        ),
    ]


# -- III. fees, IV. satisfaction -----------------------------------------------------------------
def _fees(totals: DayTotals) -> list[Flowable]:
    lines = rx.fee_lines(totals)
    return [
        rl.section("III. PHÍ, LỆ PHÍ ĐÃ THU"),
        rl.figure_table(
            ["Hình thức thu", "Số lượt", "Số tiền"],
            [[label, rx.number(count), rx.money(amount)] for label, count, amount in lines],
            [W - 80 * mm, 30 * mm, 50 * mm],
            total=[
                rx.TOTAL_LABEL,
                rx.number(sum(c for _, c, _ in lines)),
                rx.money(totals.fees_total_vnd),
            ],
        ),
    ]


def _satisfaction(totals: DayTotals) -> list[Flowable]:
    s = totals.satisfaction
    return [
        rl.section("IV. MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN"),
        rl.figure_table(
            ["Mức đánh giá", "Số lượt"],
            [[label, rx.number(n)] for label, n in rx.satisfaction_lines(totals)],
            LINE_WIDTHS,
            total=[rx.TOTAL_LABEL, rx.number(s.total)],
        ),
        fl.para(
            f"{rx.SATISFIED_LABEL}: <b>{rx.percent(s.rate)}</b>",
            ParagraphStyle("sum_rate", parent=fl.styles().body, fontSize=11.5, spaceBefore=3),
        ),
    ]
