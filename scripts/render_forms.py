"""Render the forms from the sample slips to PNG pages under docs/forms/ for review.

    python scripts/render_forms.py [OUT_DIR]

Writes mau-01.png (receipt), mau-01-song-ngu.png (bilingual receipt), mau-01-ban-sao.png (a
reprint), mau-02.png (supplement request), mau-03.png (refusal), mau-04.png (apology and new
date), mau-04-ban-sao.png, mau-05.png (stop notice), mau-06.png (control slip), mau-07.png
(the register, A4 landscape), tong-hop-cuoi-ngay.png (the end-of-day summary of a day closed a
second time) and bieu-06.png (the periodic report, A4 landscape): the first page of each PDF,
rasterised by poppler's ``pdftoppm`` at 80 dpi in greyscale, like the sheet a laser printer
gives. The samples are Phường Tây Hồ (000.00.06.H56) and procedures and fields of the sample
catalogue.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from onestop_desktop.printing import sample_reports, sample_slips
from onestop_desktop.printing.day_summary_pdf import render_day_summary
from onestop_desktop.printing.forms import write_form
from onestop_desktop.printing.period_report_pdf import render_period_report
from onestop_desktop.printing.processing_forms import ProcessingForm, write_processing_form
from onestop_desktop.printing.register_pdf import render_register
from onestop_desktop.printing.slips import DossierSlip, FormKind
from onestop_desktop.resources_path import resource

DPI = 80
ROOT = Path(__file__).resolve().parents[1]
PAGES: list[tuple[str, FormKind, DossierSlip, bool]] = [
    ("mau-01", FormKind.RECEIPT, sample_slips.sample_receipt(), False),
    ("mau-01-song-ngu", FormKind.RECEIPT, sample_slips.sample_foreign_receipt(), True),
    ("mau-01-ban-sao", FormKind.RECEIPT, sample_slips.sample_receipt(copy_number=1), False),
    ("mau-02", FormKind.SUPPLEMENT, sample_slips.sample_supplement(), False),
    ("mau-03", FormKind.REFUSAL, sample_slips.sample_refusal(), False),
]
PROCESSING: list[tuple[str, FormKind, ProcessingForm]] = [
    ("mau-04", FormKind.EXTENSION, sample_slips.sample_extension_letter()),
    ("mau-04-ban-sao", FormKind.EXTENSION, sample_slips.sample_extension_letter(copy_number=1)),
    ("mau-05", FormKind.STOP, sample_slips.sample_stop_notice()),
    ("mau-06", FormKind.CONTROL, sample_slips.sample_control_slip()),
]


def check_against_catalogue() -> None:
    """The samples name procedures of the shipped catalogue, with its processing times."""
    with open(resource("catalogue", "procedures-sample.csv"), encoding="utf-8") as fh:
        rows = {row["name_vi"]: row for row in csv.DictReader(fh)}
    for name, _kind, slip, _bilingual in PAGES:
        row = rows.get(slip.procedure_name)
        if row is None:
            raise SystemExit(f"{name}: '{slip.procedure_name}' is not in the sample catalogue")
        if int(row["processing_days"]) != slip.processing_days:
            raise SystemExit(f"{name}: processing time differs from the catalogue")
    names = [(name, form.dossier.procedure_name) for name, _kind, form in PROCESSING]
    names += [("mau-07", r.procedure_name) for r in sample_slips.sample_register().rows]
    for name, procedure in names:
        if procedure not in rows:
            raise SystemExit(f"{name}: '{procedure}' is not in the sample catalogue")


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "forms"
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("render_forms: pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 2
    check_against_catalogue()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="onestop-forms-") as tmp:
        pdfs: list[tuple[str, Path]] = []
        for name, kind, slip, bilingual in PAGES:
            pdf = write_form(kind, slip, Path(tmp) / f"{name}.pdf", bilingual=bilingual)
            pdfs.append((name, pdf))
        for name, kind, form in PROCESSING:
            pdfs.append((name, write_processing_form(kind, form, Path(tmp) / f"{name}.pdf")))
        register = Path(tmp) / "mau-07.pdf"
        register.write_bytes(render_register(sample_slips.sample_register()))
        pdfs.append(("mau-07", register))
        summary = Path(tmp) / "tong-hop-cuoi-ngay.pdf"
        printed = datetime(2026, 11, 21, 17, 6)
        summary.write_bytes(
            render_day_summary(
                sample_reports.sample_summary(), printed_at=printed, prepared_by="Đỗ Thị Hạnh"
            )
        )
        pdfs.append(("tong-hop-cuoi-ngay", summary))
        period = Path(tmp) / "bieu-06.pdf"
        period.write_bytes(render_period_report(sample_reports.sample_period_report()))
        pdfs.append(("bieu-06", period))
        for name, pdf in pdfs:
            png = out_dir / f"{name}.png"
            options = ["-r", str(DPI), "-gray", "-png", "-singlefile", "-f", "1", "-l", "1"]
            subprocess.run([pdftoppm, *options, str(pdf), str(png.with_suffix(""))], check=True)
            print(f"{png} ({png.stat().st_size:,} B)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
