"""``onestop-desktop sync --once`` and ``onestop-desktop export-day``: the upward sync for ward IT.

``sync --once`` makes one pass over the outbox (what the app's sync worker does at login and
after each closing) and exits 0 when nothing is left to send, 1 when a document was refused by
the receiver (it stays in the outbox, shown with the receiver's message), 3 when some documents
still wait (the receiver did not answer; the next run or the app tries again).

``export-day`` writes the stored signed document of a closed day to a file, for transfer by other
means when the ward has no network to the city; the reference receiver imports it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from onestop_desktop.domain.errors import UserError
from onestop_desktop.store.location import DataLocation


def add_parsers(subparsers: Any) -> None:
    """Add ``sync`` and ``export-day`` to the ``onestop-desktop`` command's subparsers."""
    p = subparsers.add_parser(
        "sync",
        help="send the closed days waiting in the outbox to the city's receiver; "
        "exit 0 when nothing is left to send, 1 if one was refused, 3 if some still wait",
    )
    p.add_argument(
        "--once", action="store_true", required=True, help="one pass over the outbox, then exit"
    )
    p = subparsers.add_parser(
        "export-day",
        help="write a closed day's signed daily-totals document to a file (offline transfer)",
    )
    p.add_argument("--date", required=True, help="the business date, YYYY-MM-DD or DD/MM/YYYY")
    p.add_argument("--out", required=True, type=Path, help="the file to write (.json)")
    p.add_argument("--revision", type=int, help="which closing of the day (default: the latest)")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")


def cmd_sync(args: argparse.Namespace, location: DataLocation) -> int:
    from onestop_desktop.cli import EXIT_OK, EXIT_PARTIAL, EXIT_REFUSED, _open
    from onestop_desktop.sync.sender import describe, send_pending

    runner, _report = _open(location)
    try:
        report = send_pending(runner, clock=runner.clock)
    finally:
        runner.db.dispose()
    if not report.configured:
        if report.remaining == 0 and report.refused_waiting == 0:
            print("Nothing to send: the outbox is empty.", flush=True)
            return EXIT_OK
        raise UserError(
            f"Đồng bộ chưa bật hoặc chưa cấu hình (Quản trị → Đồng bộ); "
            f"{report.remaining + report.refused_waiting} ngày chờ gửi.",
            f"Sync is disabled or not configured (Administration → Sync); "
            f"{report.remaining + report.refused_waiting} day(s) waiting.",
        )
    print(describe(report), flush=True)
    if report.refused_waiting:
        print(
            f"onestop-desktop: {report.refused_waiting} document(s) refused by the receiver; "
            "fix the settings, then 'Gửi ngay' on the sync page.",
            file=sys.stderr,
            flush=True,
        )
        return EXIT_REFUSED
    return EXIT_PARTIAL if report.remaining else EXIT_OK


def parse_day(text: str) -> date:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise UserError(
        f"Ngày không hợp lệ: {text!r} (dạng YYYY-MM-DD hoặc DD/MM/YYYY).",
        f"Invalid date: {text!r} (use YYYY-MM-DD or DD/MM/YYYY).",
    )


def cmd_export_day(args: argparse.Namespace, location: DataLocation) -> int:
    from onestop_desktop.cli import EXIT_OK, _cli_actor, _open
    from onestop_desktop.services.sync_settings import sync_settings
    from onestop_desktop.sync.document import sign
    from onestop_desktop.sync.export_file import write_export
    from onestop_desktop.sync.outbox import day_document

    business_date = parse_day(args.date)
    out: Path = args.out
    if out.exists() and not args.force:
        raise UserError(
            f"Tệp {out} đã tồn tại; chọn tên khác hoặc thêm --force.",
            f"{out} already exists; choose another name or add --force.",
        )
    if not out.parent.is_dir():
        raise UserError(
            f"Không có thư mục {out.parent}.", f"The folder {out.parent} does not exist."
        )
    runner, _report = _open(location)
    try:
        actor = _cli_actor()
        document = runner.read(day_document, actor, business_date, args.revision)
        settings = runner.read(sync_settings, actor)
    finally:
        runner.db.dispose()
    if not settings.secret:
        raise UserError(
            "Chưa có khóa bí mật đồng bộ (Quản trị → Đồng bộ); không ký được tài liệu.",
            "No sync secret is configured (Administration → Sync); the document cannot be signed.",
        )
    try:
        write_export(
            out, document.idempotency_key, sign(document.body, settings.secret), document.body
        )
    except OSError as exc:
        raise UserError(
            f"Không ghi được tệp {out}: {exc.strerror or exc}.",
            f"Cannot write {out}: {exc.strerror or exc}.",
        ) from exc
    print(
        f"Exported {document.idempotency_key} (revision {document.revision}, "
        f"{len(document.body):,} bytes) to {out}.",
        flush=True,
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, DataLocation], int]] = {
    "sync": cmd_sync,
    "export-day": cmd_export_day,
}
