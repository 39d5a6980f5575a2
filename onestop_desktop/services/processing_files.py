"""Where the processing forms and the register go on disk.

``save_printed`` writes a form a transition produced (``PrintedForm``: Mẫu 04, 05, 06, or an
intake form 01-03 reprinted by a transition) under ``<documents>/<yyyy>/<mm>/`` like the intake
forms, and never raises for a disk problem: the transition is committed already, so the clerk gets
a ``SavedForm`` with the reason and can print again. ``save_register`` writes Mẫu 07 as PDF or
XLSX, chosen by the file's suffix.

reportlab and openpyxl are imported on first use, on the DB worker: not on the way to a window.
"""

from __future__ import annotations

import logging
from pathlib import Path

from onestop_desktop.domain.errors import UserError, ValidationError
from onestop_desktop.printing.processing_slips import Register
from onestop_desktop.printing.slips import DossierSlip, FormKind
from onestop_desktop.services.form_files import SavedForm, form_path
from onestop_desktop.services.processing_dto import PrintedForm

log = logging.getLogger(__name__)

REGISTER_SUFFIXES = (".pdf", ".xlsx")


def printed_path(documents_dir: Path, printed: PrintedForm) -> Path:
    """``<documents>/<yyyy>/<mm>/<code>-mau04[-ban-sao-n].pdf`` (the month the dossier was
    received, so that all of a dossier's forms sit together)."""
    data = printed.data
    if isinstance(data, DossierSlip):
        return form_path(documents_dir, FormKind(printed.kind), data, False)
    received = data.dossier.received_at
    name = f"{printed.code}-mau{FormKind(printed.kind).value}"
    if data.copy_number:
        name += f"-ban-sao-{data.copy_number}"
    return documents_dir / f"{received:%Y}" / f"{received:%m}" / f"{name}.pdf"


def save_printed(documents_dir: Path, printed: PrintedForm) -> SavedForm:
    """Write ``printed``'s PDF atomically; a full disk or an unwritable folder gives a
    ``SavedForm`` without a path and with the reason, never an exception."""
    out = printed_path(documents_dir, printed)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(printed.data, DossierSlip):
            from onestop_desktop.printing.forms import write_form

            return SavedForm(write_form(FormKind(printed.kind), printed.data, out))
        from onestop_desktop.printing.processing_forms import write_processing_form

        return SavedForm(write_processing_form(FormKind(printed.kind), printed.data, out))
    except OSError as error:
        log.error("could not write form %s for dossier %s: %s", printed.kind, printed.code, error)
        reason = error.strerror or str(error)
        return SavedForm(
            None,
            UserError(
                f"Thao tác đã được lưu, nhưng không ghi được tệp phiếu in Mẫu {printed.kind} "
                f"({reason}). Giải phóng ổ đĩa hoặc báo bộ phận CNTT, rồi in lại phiếu.",
                f"The action is saved, but the PDF of form {printed.kind} could not be written "
                f"({reason}). Free disk space or call IT, then print the form again.",
            ),
        )


def save_register(register: Register, out: Path) -> Path:
    """The register (Mẫu 07) as ``out``: a PDF for ``.pdf``, a workbook for ``.xlsx``.
    Any other suffix is refused with ``ValidationError``; a disk problem raises ``UserError``
    with the reason, and leaves any earlier file at ``out`` as it was."""
    suffix = out.suffix.lower()
    try:
        if suffix == ".pdf":
            from onestop_desktop.printing.forms import write_atomically
            from onestop_desktop.printing.register_pdf import render_register

            return write_atomically(out, render_register(register))
        if suffix == ".xlsx":
            from onestop_desktop.printing.register_xlsx import write_register_xlsx

            return write_register_xlsx(register, out)
    except OSError as error:
        log.error("could not write the register to %s: %s", out, error)
        reason = error.strerror or str(error)
        raise UserError(
            f"Không ghi được sổ theo dõi vào “{out}” ({reason}). Chọn thư mục khác hoặc giải "
            "phóng ổ đĩa.",
            f"The register could not be written to '{out}' ({reason}). Choose another folder "
            "or free disk space.",
        ) from error
    raise ValidationError(
        f"Không lưu được sổ theo dõi dạng “{out.suffix or out.name}”: chọn tệp .pdf hoặc .xlsx.",
        f"The register cannot be saved as '{out.suffix or out.name}': choose a .pdf or .xlsx file.",
        field="path",
    )
