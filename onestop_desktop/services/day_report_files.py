"""The supervisor's reports as files: the end-of-day summary and the periodic report (Biểu 06),
each as a PDF or a workbook chosen by the file's suffix (.pdf or .xlsx).

The figures come from ``services.day_totals.day_summary`` (a closed day's snapshot, or live) and
``services.period_report.period_report``. A file is written whole or not at all (a temporary
file in the same folder, then renamed over the target): a path that is a folder, a folder that
does not exist or cannot be written, or a full disk gives a ``ValidationError`` saying so and
leaves nothing behind, and any earlier file at the path as it was.

reportlab and openpyxl are imported on first use, on the DB worker: not on the way to a window.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.roles import Permission
from onestop_desktop.services.context import ServiceContext

log = logging.getLogger(__name__)

REPORT_SUFFIXES = (".pdf", ".xlsx")
SUMMARY_NAME = ("báo cáo tổng hợp cuối ngày", "end-of-day summary")
PERIOD_NAME = ("báo cáo thống kê (Biểu 06)", "statistics report (Biểu 06)")


def save_day_summary(ctx: ServiceContext, business_date: date, path: Path) -> Path:
    """The end-of-day summary of ``business_date`` as ``path`` (.pdf or .xlsx) (VIEW_DAY)."""
    actor = ctx.require(Permission.VIEW_DAY)
    suffix = _check_target(path, SUMMARY_NAME)
    from onestop_desktop.services.day_totals import day_summary

    summary = day_summary(ctx, business_date)
    if suffix == ".pdf":
        from onestop_desktop.printing.day_summary_pdf import render_day_summary

        data = render_day_summary(
            summary, printed_at=ctx.clock.now(), prepared_by=actor.full_name or None
        )
    else:
        from onestop_desktop.printing.day_summary_xlsx import render_day_summary_xlsx

        data = render_day_summary_xlsx(summary)
    return _write(path, data)


def save_period_report(
    ctx: ServiceContext, kind: str, year: int, number: int | None, path: Path
) -> Path:
    """Biểu 06 for a month, quarter or year (see ``period_report``) as ``path`` (.pdf or .xlsx)
    (VIEW_DAY)."""
    ctx.require(Permission.VIEW_DAY)
    suffix = _check_target(path, PERIOD_NAME)
    from onestop_desktop.services.period_report import period_report

    report = period_report(ctx, kind, year, number)
    if suffix == ".pdf":
        from onestop_desktop.printing.period_report_pdf import render_period_report

        data = render_period_report(report, printed_at=ctx.clock.now())
    else:
        from onestop_desktop.printing.period_report_xlsx import render_period_report_xlsx

        data = render_period_report_xlsx(report)
    return _write(path, data)


def _check_target(path: Path, name: tuple[str, str]) -> str:
    """The suffix of a path a report may be written to; refused before any figure is computed."""
    if not isinstance(path, Path):
        raise ValidationError(
            "Chưa chọn tệp để lưu báo cáo.", "No file was chosen for the report.", field="path"
        )
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        shown = path.suffix or path.name
        raise ValidationError(
            f"Không lưu được {name[0]} dạng “{shown}”: chọn tệp .pdf hoặc .xlsx.",
            f"The {name[1]} cannot be saved as '{shown}': choose a .pdf or .xlsx file.",
            field="path",
        )
    if path.is_dir():
        raise _unwritable(path, "đó là một thư mục, không phải tệp", "it is a folder, not a file")
    if not path.parent.is_dir():
        raise _unwritable(
            path,
            f"thư mục “{path.parent}” không tồn tại",
            f"the folder '{path.parent}' does not exist",
        )
    return suffix


def _write(path: Path, data: bytes) -> Path:
    from onestop_desktop.printing.forms import write_atomically

    try:
        return write_atomically(path, data)
    except OSError as error:
        log.error("could not write the report to %s: %s", path, error)
        reason = error.strerror or str(error)
        raise _unwritable(path, reason, reason) from error


def _unwritable(path: Path, reason_vi: str, reason_en: str) -> ValidationError:
    return ValidationError(
        f"Không ghi được tệp “{path}” ({reason_vi}). Chọn thư mục khác hoặc giải phóng ổ đĩa.",
        f"Could not write the file '{path}' ({reason_en}). Choose another folder or free disk "
        "space.",
        field="path",
    )
