"""``onestop-desktop self-test``: prove on this machine that the app's parts work together.

Migrates a fresh database in a temporary folder, seeds the demo ward (catalogue import, password
hashing, sequences), logs in, and renders every printed document that exists, checking each PDF:
the printer test page, the intake forms Mẫu 01 (with its QR code), 02 and 03, the processing forms
04, 05 and 06, the register (Mẫu 07), the end-of-day summary and the periodic report (Biểu 06) as
PDF and XLSX (the reports from hand-made figures, as the ward). Where poppler's
``pdftoppm`` and zbar's ``zbarimg`` are installed (Linux), the receipt's QR code is rasterised,
decoded and its signature verified; elsewhere (Windows) that step is skipped, and the summary
says so.
Raises on the first failure; the CLI turns that into a non-zero exit with the reason.
"""

from __future__ import annotations

import secrets
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from onestop_desktop.domain.clock import SystemClock
from onestop_desktop.domain.dossier_code import format_code, sign_code, verify_payload
from onestop_desktop.domain.errors import UserError
from onestop_desktop.printing.processing_slips import (
    ControlSlip,
    DossierHeader,
    ExtensionLetter,
    StopNotice,
)
from onestop_desktop.resources_path import resource
from onestop_desktop.services.auth import login
from onestop_desktop.services.catalogue_files import read_catalogue_file
from onestop_desktop.services.context import ServiceRunner
from onestop_desktop.services.demo import seed_demo
from onestop_desktop.services.setup import ward_status
from onestop_desktop.store.location import resolve_location
from onestop_desktop.store.startup import open_database


def _check_pdf(path: Path) -> int:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise UserError(
            f"Tài liệu in {path.name} hỏng.", f"Rendered document {path.name} is broken."
        )
    if b"/FontFile2" not in data:
        raise UserError(f"{path.name} thiếu phông nhúng.", f"{path.name} has no embedded font.")
    return len(data)


XLSX_TITLES = (
    "SỔ THEO DÕI HỒ SƠ",
    "BÁO CÁO TỔNG HỢP CUỐI NGÀY",
    "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
)


def _check_xlsx(path: Path) -> int:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True)
        title = book.worksheets[0]["A1"].value
        book.close()
    except Exception as error:  # a broken workbook raises anything from zipfile to KeyError
        raise UserError(
            f"Tài liệu {path.name} hỏng.", f"Spreadsheet {path.name} is broken ({error})."
        ) from error
    if not str(title or "").startswith(XLSX_TITLES):
        raise UserError(f"Tài liệu {path.name} sai nội dung.", f"{path.name} has no title.")
    return path.stat().st_size


def _check_document(path: Path) -> int:
    return _check_xlsx(path) if path.suffix == ".xlsx" else _check_pdf(path)


def run_self_test(folder: Path) -> str:
    from onestop_desktop.printing.test_page import render_test_page

    clock = SystemClock()
    location = resolve_location(folder, None)
    db, report = open_database(location, clock.now())
    try:
        runner = ServiceRunner(db, clock)
        demo = runner.write(
            seed_demo, None, read_catalogue_file(resource("catalogue", "procedures-sample.csv"))
        )
        admin = demo.accounts[0]
        result = runner.write(login, None, username=admin.username, password=admin.password)
        if result.actor is None:
            raise UserError("Không đăng nhập được tài khoản vừa tạo.", "Login check failed.")
        status = runner.read(ward_status, None)
        documents = {
            "test-page.pdf": render_test_page(
                location.documents_dir / "test-page.pdf",
                ward_name=status.name or "",
                unit_code=status.unit_code or "",
                printed_at=clock.now(),
                qr_payload=f"{status.unit_code}-SELFTEST",
            ),
        }
        key = secrets.token_bytes(32)
        forms = _render_forms(
            location.documents_dir, status.name or "", status.unit_code or "", clock.now(), key
        )
        documents.update({path.name: path for path in forms.values()})
        processing = _render_processing_forms(
            location.documents_dir, status.name or "", status.unit_code or "", clock.now()
        )
        documents.update({path.name: path for path in processing.values()})
        reports = _render_reports(
            location.documents_dir, status.name or "", status.unit_code or "", clock.now()
        )
        documents.update({path.name: path for path in reports.values()})
        sizes = {name: _check_document(path) for name, path in documents.items()}
        qr_note = _check_receipt_qr(forms["01"], key, folder)
    finally:
        db.dispose()
    return (
        f"schema {report.to_revision}, {demo.catalogue.created} procedures, "
        f"{demo.tickets} tickets, {len(sizes)} document(s) rendered "
        f"({', '.join(f'{n} {s:,} B' for n, s in sizes.items())}); {qr_note}"
    )


def _render_forms(
    out_dir: Path, ward_name: str, unit_code: str, now: datetime, key: bytes
) -> dict[str, Path]:
    """Mẫu 01, 02 and 03 from the sample slips, as the demo ward, dated now."""
    from onestop_desktop.printing import sample_slips
    from onestop_desktop.printing.forms import write_form
    from onestop_desktop.printing.slips import FormKind

    code = format_code(unit_code, now.date(), 1)
    slips = {
        FormKind.RECEIPT: sample_slips.sample_receipt(),
        FormKind.SUPPLEMENT: sample_slips.sample_supplement(),
        FormKind.REFUSAL: sample_slips.sample_refusal(),
    }
    paths: dict[str, Path] = {}
    for kind, sample in slips.items():
        slip = replace(
            sample,
            ward_name=ward_name,
            unit_code=unit_code,
            code=code,
            seq=1,
            received_at=now,
            printed_at=now,
            due_at=now if sample.due_at else None,
            qr_payload=sign_code(code, key) if kind is FormKind.RECEIPT else None,
        )
        paths[kind.value] = write_form(kind, slip, out_dir / f"mau-{kind.value}.pdf")
    return paths


def _render_processing_forms(
    out_dir: Path, ward_name: str, unit_code: str, now: datetime
) -> dict[str, Path]:
    """Mẫu 04, 05, 06 and the register (07, as PDF and XLSX) from the samples, as the ward."""
    from onestop_desktop.printing import sample_slips
    from onestop_desktop.printing.processing_forms import write_processing_form
    from onestop_desktop.printing.slips import FormKind
    from onestop_desktop.services.processing_files import save_register

    code = format_code(unit_code, now.date(), 1)

    def as_ward(header: DossierHeader) -> DossierHeader:
        return replace(header, ward_name=ward_name, unit_code=unit_code, code=code)

    letter = sample_slips.sample_extension_letter()
    notice = sample_slips.sample_stop_notice()
    control = sample_slips.sample_control_slip()
    data: dict[FormKind, ExtensionLetter | StopNotice | ControlSlip] = {
        FormKind.EXTENSION: replace(letter, dossier=as_ward(letter.dossier)),
        FormKind.STOP: replace(notice, dossier=as_ward(notice.dossier)),
        FormKind.CONTROL: replace(control, dossier=as_ward(control.dossier)),
    }
    paths = {
        kind.value: write_processing_form(kind, form, out_dir / f"mau-{kind.value}.pdf")
        for kind, form in data.items()
    }
    register = sample_slips.sample_register(24)
    register = replace(register, ward_name=ward_name, unit_code=unit_code, printed_at=now)
    for suffix in ("pdf", "xlsx"):
        paths[f"07.{suffix}"] = save_register(register, out_dir / f"mau-07.{suffix}")
    return paths


def _render_reports(
    out_dir: Path, ward_name: str, unit_code: str, now: datetime
) -> dict[str, Path]:
    """The end-of-day summary and Biểu 06 from the hand-made sample figures, as the ward, as PDF
    and XLSX (written the way ``services.day_report_files`` writes them)."""
    from onestop_desktop.printing import sample_reports
    from onestop_desktop.printing.day_summary_pdf import render_day_summary
    from onestop_desktop.printing.day_summary_xlsx import render_day_summary_xlsx
    from onestop_desktop.printing.forms import write_atomically
    from onestop_desktop.printing.period_report_pdf import render_period_report
    from onestop_desktop.printing.period_report_xlsx import render_period_report_xlsx

    summary = sample_reports.sample_summary()
    totals = replace(summary.totals, ward_name=ward_name, unit_code=unit_code)
    summary = replace(summary, totals=totals)
    report = replace(
        sample_reports.sample_period_report(), ward_name=ward_name, unit_code=unit_code
    )
    rendered = {
        "tong-hop-cuoi-ngay.pdf": render_day_summary(summary, printed_at=now),
        "tong-hop-cuoi-ngay.xlsx": render_day_summary_xlsx(summary),
        "bieu-06.pdf": render_period_report(report, printed_at=now),
        "bieu-06.xlsx": render_period_report_xlsx(report),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    return {name: write_atomically(out_dir / name, data) for name, data in rendered.items()}


def _check_receipt_qr(receipt: Path, key: bytes, folder: Path) -> str:
    """Decode the receipt's QR code from a 200 dpi rendering and verify its signature."""
    pdftoppm, zbarimg = shutil.which("pdftoppm"), shutil.which("zbarimg")
    if pdftoppm is None or zbarimg is None:
        return "receipt QR decode skipped (pdftoppm/zbarimg not installed)"
    prefix = folder / "receipt-qr"
    subprocess.run(
        [pdftoppm, "-r", "200", "-png", "-f", "1", "-l", "1", str(receipt), str(prefix)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    [png] = folder.glob("receipt-qr*.png")
    decoded = subprocess.run(
        [zbarimg, "--raw", "-q", str(png)], capture_output=True, text=True, timeout=60
    ).stdout.strip()
    try:
        code = verify_payload(decoded, key)
    except UserError:
        raise UserError(
            f"Mã QR trên giấy tiếp nhận không đọc lại được (đọc được: “{decoded[:60]}”).",
            f"The receipt's QR code does not read back (decoded: '{decoded[:60]}').",
        ) from None
    return f"receipt QR decoded and verified ({code})"
