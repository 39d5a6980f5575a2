"""The ``onestop-desktop`` command: the app (no subcommand) and the commands for ward IT.

Every command prints one clear line and exits non-zero on a refusal; tracebacks go to the log.
Exit codes: 0 done, 1 refused (message printed), 2 bad arguments, 3 import with rejected rows,
70 unexpected error (details in the log file).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from onestop_desktop import __version__
from onestop_desktop.domain.clock import SystemClock
from onestop_desktop.domain.errors import UserError
from onestop_desktop.domain.roles import Role
from onestop_desktop.logs import setup_logging
from onestop_desktop.store.location import DataLocation, resolve_location

log = logging.getLogger("onestop_desktop.cli")

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_PARTIAL, EXIT_BUG = 0, 1, 2, 3, 70


def _language() -> str:
    chosen = os.environ.get("ONESTOP_LANG") or os.environ.get("LANG", "")
    return "vi" if chosen.lower().startswith("vi") else "en"


def _say(text: str) -> None:
    print(text, flush=True)


def _cli_actor() -> object:
    from onestop_desktop.services.context import Actor

    return Actor(None, "cli", "Command line", Role.ADMIN)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onestop-desktop",
        description="Counter software for a ward's one-stop office. "
        "Without a command, starts the counter app.",
    )
    parser.add_argument("--version", action="version", version=f"onestop-desktop {__version__}")
    parser.add_argument("--data-dir", help="data folder (database, backups, kept PDFs, logs)")
    parser.add_argument(
        "--database-url",
        help="database instead of the embedded SQLite file, "
        "e.g. postgresql+psycopg://user:pass@host/onestop",
    )
    parser.add_argument("--demo", action="store_true", help="seed a demo ward on first start")
    parser.add_argument("--lang", choices=("vi", "en"), help="UI language for this run")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--kiosk", action="store_true", help="ticket kiosk: full-screen touch buttons per service"
    )
    mode.add_argument(
        "--display", action="store_true", help="display board for the waiting room, with voice"
    )
    mode.add_argument(
        "--rating",
        action="store_true",
        help="rating panel facing the citizen at this PC's counter: four satisfaction buttons",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create or migrate the database")
    p.add_argument(
        "--demo",
        action="store_true",
        dest="init_demo",
        help="seed a demo ward with simulated activity",
    )
    p.add_argument("--ward-name", help="ward name, e.g. 'Phường Tây Hồ'")
    p.add_argument("--unit-code", help="the ward's unit code, e.g. 000.00.06.H56")
    p.add_argument("--admin", help="user name of the first administrator")
    p.add_argument("--admin-full-name", help="full name of the first administrator")
    p.add_argument(
        "--admin-password-stdin",
        action="store_true",
        help="read the administrator's password from standard input",
    )

    sub.add_parser("self-test", help="migrate a temporary database, render every document")

    p = sub.add_parser("backup", help="write a consistent copy of the SQLite database")
    p.add_argument("--out", required=True, type=Path, help="backup file to write")

    p = sub.add_parser("restore", help="replace the SQLite database by a backup")
    p.add_argument("file", type=Path, help="backup file")

    sub.add_parser(
        "verify-audit",
        help="walk the audit log's hash chain; exit 1 naming the first broken row",
    )

    p = sub.add_parser("import-catalogue", help="import the procedure catalogue (CSV or XLSX)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check the file, change nothing")

    p = sub.add_parser(
        "export-catalogue",
        help="export the procedures in use to CSV (UTF-8, opens in Excel) or XLSX; "
        "import-catalogue reads the file back",
    )
    p.add_argument("file", type=Path, help="the .csv or .xlsx file to write")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")

    p = sub.add_parser(
        "report",
        help="write the end-of-day summary of a day, or the Biểu 06 statistics report of a "
        "month, quarter or year, as PDF or XLSX (by the file's suffix)",
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--date", type=_iso_date, help="the day, YYYY-MM-DD: end-of-day summary")
    which.add_argument("--month", type=_month, help="YYYY-MM: Biểu 06 for a month")
    which.add_argument("--quarter", type=_quarter, help="YYYY-Q (1-4): Biểu 06 for a quarter")
    which.add_argument("--year", type=_year, help="YYYY: Biểu 06 for a year")
    p.add_argument("--out", required=True, type=Path, help="the .pdf or .xlsx file to write")

    from onestop_desktop.sync import cli_commands

    cli_commands.add_parsers(sub)
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _numbered(text: str, top: int, shape: str) -> tuple[int, int]:
    year, sep, number = text.partition("-")
    if not (sep and year.isdigit() and len(year) == 4 and number.isdigit()):
        raise argparse.ArgumentTypeError(f"expected {shape}: {text!r}")
    if not 1 <= int(number) <= top:
        raise argparse.ArgumentTypeError(f"expected {shape} with 1-{top} after the dash: {text!r}")
    return int(year), int(number)


def _month(text: str) -> tuple[int, int]:
    return _numbered(text, 12, "YYYY-MM")


def _quarter(text: str) -> tuple[int, int]:
    return _numbered(text, 4, "YYYY-Q")


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"expected a year YYYY: {text!r}")
    return int(text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        location = resolve_location(args.data_dir, args.database_url)
    except UserError as exc:
        return _refuse(exc)
    setup_logging(location.log_dir if _writable_dir(location.data_dir) else None)
    commands: dict[str | None, Callable[[argparse.Namespace, DataLocation], int]] = {
        None: _cmd_gui,
        "init": _cmd_init,
        "self-test": _cmd_self_test,
        "backup": _cmd_backup,
        "restore": _cmd_restore,
        "verify-audit": _cmd_verify_audit,
        "import-catalogue": _cmd_import_catalogue,
        "export-catalogue": _cmd_export_catalogue,
        "report": _cmd_report,
    }
    from onestop_desktop.sync import cli_commands

    commands.update(cli_commands.COMMANDS)
    try:
        return commands[args.command](args, location)
    except UserError as exc:
        return _refuse(exc)
    except KeyboardInterrupt:
        return EXIT_REFUSED
    except Exception as exc:
        log.exception("unexpected error in %s", args.command or "app")
        print(
            f"onestop-desktop: unexpected error ({type(exc).__name__}); "
            f"details in {location.log_dir}",
            file=sys.stderr,
        )
        return EXIT_BUG


def _writable_dir(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _refuse(exc: UserError) -> int:
    print(f"onestop-desktop: {exc.message(_language())}", file=sys.stderr)
    return EXIT_REFUSED


def _open(location: DataLocation):  # type: ignore[no-untyped-def]
    from onestop_desktop.services.context import ServiceRunner
    from onestop_desktop.store.startup import open_database

    clock = SystemClock()
    db, report = open_database(location, clock.now())
    if report.upgraded and report.from_revision is not None:
        log.info("schema upgraded %s -> %s", report.from_revision, report.to_revision)
    return ServiceRunner(db, clock), report


def _cmd_gui(args: argparse.Namespace, location: DataLocation) -> int:
    if args.kiosk:
        from onestop_desktop.ui.kiosk_app import run_kiosk

        return int(run_kiosk(location, args.lang))
    if args.display:
        from onestop_desktop.ui.display_app import run_display

        return int(run_display(location, args.lang))
    if args.rating:
        from onestop_desktop.ui.rating_app import run_rating

        return int(run_rating(location, args.lang))
    from onestop_desktop.ui.app import run_app

    return int(run_app(location, demo=args.demo, language=args.lang))


def _cmd_init(args: argparse.Namespace, location: DataLocation) -> int:
    from onestop_desktop.services.setup import create_ward, ward_status

    wants_ward = any([args.ward_name, args.unit_code, args.admin])
    if wants_ward and args.init_demo:
        raise UserError(
            "--demo và --ward-name không dùng cùng nhau.",
            "--demo cannot be combined with --ward-name/--unit-code/--admin.",
        )
    if wants_ward and not all([args.ward_name, args.unit_code, args.admin]):
        raise UserError(
            "Cần đủ --ward-name, --unit-code và --admin.",
            "--ward-name, --unit-code and --admin go together.",
        )
    runner, report = _open(location)
    try:
        status = runner.read(ward_status, None)
        if args.init_demo:
            if status.initialised:
                raise UserError(
                    "Cơ sở dữ liệu đã có phường; không nạp dữ liệu mẫu.",
                    "The database already has a ward; demo data not seeded.",
                )
            _seed_demo(runner)
        elif wants_ward:
            password = _read_new_password(args.admin_password_stdin)
            runner.write(
                create_ward,
                None,
                ward_name=args.ward_name,
                unit_code=args.unit_code,
                admin_username=args.admin,
                admin_full_name=args.admin_full_name or args.admin,
                admin_password=password,
            )
            _say(f"Ward {args.unit_code} created with administrator '{args.admin}'.")
        _say(f"Database ready at schema {report.to_revision}: {runner.db.describe()}")
        if report.backup is not None:
            _say(f"Backup of the previous schema: {report.backup}")
    finally:
        runner.db.dispose()
    return EXIT_OK


def _read_new_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UserError(
            "Dùng --admin-password-stdin để nhập mật khẩu từ tệp/ống.",
            "Use --admin-password-stdin to pass the password without a terminal.",
        )
    first = getpass.getpass("Administrator password: ")
    if getpass.getpass("Repeat the password: ") != first:
        raise UserError("Hai lần nhập mật khẩu không khớp.", "The passwords do not match.")
    return first


def _seed_demo(runner) -> None:  # type: ignore[no-untyped-def]
    from onestop_desktop.resources_path import resource
    from onestop_desktop.services.catalogue_files import read_catalogue_file
    from onestop_desktop.services.demo import seed_demo

    catalogue = read_catalogue_file(resource("catalogue", "procedures-sample.csv"))
    report = runner.write(seed_demo, None, catalogue)
    _say(
        f"Demo ward: {report.ward_name} ({report.unit_code}); "
        f"{report.catalogue.created} procedures, {report.tickets} simulated tickets, "
        f"{report.dossiers} dossiers."
    )
    _say("Demo accounts (shown once, write them down):")
    for acc in report.accounts:
        _say(f"  {acc.username:<10} {acc.role:<11} password: {acc.password}")


def _cmd_self_test(args: argparse.Namespace, location: DataLocation) -> int:
    from onestop_desktop.selftest import run_self_test

    with tempfile.TemporaryDirectory(prefix="onestop-selftest-") as tmp:
        summary = run_self_test(Path(tmp))
    _say(f"self-test OK: {summary}")
    return EXIT_OK


def _sqlite_only(location: DataLocation, what: str) -> Path:
    from onestop_desktop.store.engine import Database

    db = Database(location.database_url)
    path = db.sqlite_path
    db.dispose()
    if path is None:
        raise UserError(
            f"Lệnh {what} chỉ dùng cho SQLite; với PostgreSQL dùng pg_dump/pg_restore.",
            f"'{what}' works on the embedded SQLite database; for PostgreSQL use "
            "pg_dump / pg_restore.",
        )
    return path


def _cmd_backup(args: argparse.Namespace, location: DataLocation) -> int:
    from onestop_desktop.store.backup import backup_sqlite
    from onestop_desktop.store.startup import check_sqlite_file

    source = _sqlite_only(location, "backup")
    if not source.exists():
        raise UserError(f"Chưa có cơ sở dữ liệu tại {source}.", f"No database at {source}.")
    check_sqlite_file(source)
    out: Path = args.out
    if out.exists():
        raise UserError(
            f"Tệp {out} đã tồn tại; chọn tên khác.", f"{out} already exists; choose another name."
        )
    backup_sqlite(source, out)
    _say(f"Backup written: {out} ({out.stat().st_size:,} bytes, integrity ok)")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace, location: DataLocation) -> int:
    from datetime import datetime

    from onestop_desktop.store.backup import restore_sqlite
    from onestop_desktop.store.instance_lock import running_instances

    target = _sqlite_only(location, "restore")
    running = running_instances(location.data_dir)
    if running:
        raise UserError(
            f"Phần mềm đang chạy trên dữ liệu này (tiến trình {running}); đóng lại rồi khôi phục.",
            f"The app is running on this data folder (process {running}); close it first.",
        )
    source: Path = args.file
    if not source.is_file():
        raise UserError(f"Không tìm thấy tệp {source}.", f"File not found: {source}.")
    keep = location.backup_dir / f"before-restore.{datetime.now():%Y%m%d-%H%M%S}.sqlite"
    restore_sqlite(source, target, keep if target.exists() else None)
    _say(
        f"Restored {source} to {target}."
        + (f" Previous database kept as {keep}." if keep.exists() else "")
    )
    return EXIT_OK


def _cmd_verify_audit(args: argparse.Namespace, location: DataLocation) -> int:
    from onestop_desktop.services.audit_log import verify_audit

    runner, _ = _open(location)
    try:
        result = runner.read(verify_audit, _cli_actor())
    finally:
        runner.db.dispose()
    message = result.message_vi if _language() == "vi" else result.message_en
    if result.ok:
        _say(message)
        return EXIT_OK
    print(f"onestop-desktop: {message}", file=sys.stderr)
    return EXIT_REFUSED


def _cmd_import_catalogue(args: argparse.Namespace, location: DataLocation) -> int:
    from onestop_desktop.services.catalogue import import_catalogue
    from onestop_desktop.services.catalogue_files import read_catalogue_file

    catalogue = read_catalogue_file(args.file)
    runner, _ = _open(location)
    try:
        report = runner.write(import_catalogue, _cli_actor(), catalogue, dry_run=args.dry_run)
    finally:
        runner.db.dispose()
    lang = _language()
    for rej in report.rejected:
        msg = rej.message_vi if lang == "vi" else rej.message_en
        _say(f"  row {rej.row}: {msg}")
    good = len(catalogue.rows) - len(report.rejected)
    if args.dry_run:
        _say(f"Dry run: {good} rows valid, {len(report.rejected)} rejected; nothing changed.")
    elif good == 0:
        raise UserError("Không dòng nào hợp lệ; không nhập gì.", "No valid row; nothing imported.")
    else:
        _say(
            f"Imported {catalogue.name}: {report.created} new, {report.updated} updated, "
            f"{len(report.rejected)} rejected."
        )
    return EXIT_PARTIAL if report.rejected else EXIT_OK


def _cmd_export_catalogue(args: argparse.Namespace, location: DataLocation) -> int:
    from onestop_desktop.services.catalogue_export import export_catalogue

    runner, _ = _open(location)
    try:
        report = runner.read(export_catalogue, _cli_actor(), args.file, overwrite=args.force)
    finally:
        runner.db.dispose()
    _say(f"Exported {report.procedures} procedures to {report.path}.")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace, location: DataLocation) -> int:
    from onestop_desktop.services.day_report_files import save_day_summary, save_period_report

    runner, _ = _open(location)
    try:
        if args.date is not None:
            path = runner.read(save_day_summary, _cli_actor(), args.date, args.out)
        elif args.month is not None:
            year, month = args.month
            path = runner.read(save_period_report, _cli_actor(), "month", year, month, args.out)
        elif args.quarter is not None:
            year, quarter = args.quarter
            path = runner.read(save_period_report, _cli_actor(), "quarter", year, quarter, args.out)
        else:
            path = runner.read(save_period_report, _cli_actor(), "year", args.year, None, args.out)
    finally:
        runner.db.dispose()
    _say(f"Wrote {path}.")
    return EXIT_OK
