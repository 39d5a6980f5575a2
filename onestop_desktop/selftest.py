"""``onestop-desktop self-test``: prove on this machine that the app's parts work together.

Migrates a fresh database in a temporary folder, seeds the demo ward (catalogue import, password
hashing, sequences), logs in, and renders every printed document that exists, checking each PDF.
Raises on the first failure; the CLI turns that into a non-zero exit with the reason.
"""

from __future__ import annotations

from pathlib import Path

from onestop_desktop.domain.clock import SystemClock
from onestop_desktop.domain.errors import UserError
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
        sizes = {name: _check_pdf(path) for name, path in documents.items()}
    finally:
        db.dispose()
    return (
        f"schema {report.to_revision}, {demo.catalogue.created} procedures, "
        f"{demo.tickets} tickets, {len(sizes)} document(s) rendered "
        f"({', '.join(f'{n} {s:,} B' for n, s in sizes.items())})"
    )
