"""The reference receiver's read-only city overview: JSON rows and an HTML table.

One row per ward and day, from the latest revision received: tickets served, dossiers resolved
and the on-time rate ((early + on time) / resolved, from ``totals.dossiers.total``).
"""

from __future__ import annotations

from html import escape
from typing import Any

from onestop_desktop.sync.receiver_store import StoredDocument

HTML_DAYS = 31  # the HTML table shows the most recent days that have a document


def overview_row(doc: StoredDocument) -> dict[str, Any]:
    data = doc.document()
    totals = data["totals"]
    total = totals["dossiers"]["total"]
    on_time = int(total["resolved_early"]) + int(total["resolved_on_time"])
    resolved = on_time + int(total["resolved_late"])
    return {
        "unit_code": doc.unit_code,
        "ward_name": str(data["ward_name"]),
        "business_date": doc.business_date.isoformat(),
        "revision": doc.revision,
        "received_at": doc.received_at.isoformat(),
        "tickets_served": int(totals["tickets"]["served"]),
        "dossiers_received": sum(
            int(total[b]) for b in ("received_online", "received_direct", "carried_over")
        ),
        "dossiers_resolved": resolved,
        "on_time_rate": None if resolved == 0 else round(on_time / resolved, 4),
    }


def overview(latest: list[StoredDocument]) -> list[dict[str, Any]]:
    """Rows for ``GET /overview``, by unit code and date."""
    return [overview_row(d) for d in latest]


def _percent(rate: float | None) -> str:
    if rate is None:
        return "—"
    return f"{rate * 100:.1f}".replace(".", ",") + " %"


def overview_html(rows: list[dict[str, Any]]) -> str:
    """``GET /``: wards × days with on-time rates; every stored text is escaped."""
    days = sorted({r["business_date"] for r in rows}, reverse=True)[:HTML_DAYS]
    wards: dict[str, str] = {}
    cells: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        wards[r["unit_code"]] = r["ward_name"]  # the latest day's name wins (rows are by date)
        cells[(r["unit_code"], r["business_date"])] = r
    head = "".join(f"<th>{escape(_vn_date(d))}</th>" for d in days)
    body = []
    for unit in sorted(wards):
        tds = []
        for d in days:
            cell = cells.get((unit, d))
            if cell is None:
                tds.append('<td class="none"></td>')
                continue
            title = (
                f"Lần gửi {cell['revision']} · đã phục vụ {cell['tickets_served']} lượt · "
                f"đã giải quyết {cell['dossiers_resolved']} hồ sơ"
            )
            tds.append(f'<td title="{escape(title)}">{escape(_percent(cell["on_time_rate"]))}</td>')
        body.append(
            f'<tr><th scope="row">{escape(wards[unit])}<br><small>{escape(unit)}</small></th>'
            f"{''.join(tds)}</tr>"
        )
    table = (
        f"<table><thead><tr><th>Phường, xã</th>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
        if rows
        else "<p>Chưa nhận được số liệu nào.</p>"
    )
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Số liệu một cửa theo ngày</title>
<style>
body {{ font-family: sans-serif; margin: 1.5em; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #bbb; padding: 0.3em 0.6em; text-align: right; }}
th[scope=row] {{ text-align: left; }}
td.none {{ background: #f3f3f3; }}
</style>
</head>
<body>
<h1>Tỷ lệ hồ sơ giải quyết đúng hạn theo phường và ngày</h1>
<p>Tỷ lệ = (trước hạn + đúng hạn) / số hồ sơ đã giải quyết, theo lần gửi mới nhất của mỗi ngày.
Ô trống: chưa nhận số liệu; “—”: không có hồ sơ giải quyết trong ngày.</p>
{table}
</body>
</html>
"""


def _vn_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"
