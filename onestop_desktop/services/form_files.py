"""Where printed forms are kept: every PDF handed to a printer is first written to the data folder,
so a form survives a printer that does not answer and can be found again."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from onestop_desktop.domain.errors import UserError
from onestop_desktop.domain.intake import IntakeForm
from onestop_desktop.printing.slips import DossierSlip, FormKind
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.services.intake import IntakeResult, receive_dossier, reprint_form

log = logging.getLogger(__name__)


def form_path(documents_dir: Path, kind: FormKind, slip: DossierSlip, bilingual: bool) -> Path:
    """``<documents>/<yyyy>/<mm>/<code>-mau01[-song-ngu][-ban-sao-n].pdf``"""
    name = f"{slip.code}-mau{kind.value}"
    if bilingual:
        name += "-song-ngu"
    if slip.copy_number:
        name += f"-ban-sao-{slip.copy_number}"
    return documents_dir / f"{slip.received_at:%Y}" / f"{slip.received_at:%m}" / f"{name}.pdf"


def save_form(documents_dir: Path, kind: FormKind, slip: DossierSlip, bilingual: bool) -> Path:
    # reportlab is imported on first use, on the DB worker: not on the way to the counter window.
    from onestop_desktop.printing.forms import write_form

    out = form_path(documents_dir, kind, slip, bilingual)
    out.parent.mkdir(parents=True, exist_ok=True)
    return write_form(kind, slip, out, bilingual=bilingual)


@dataclass(frozen=True)
class SavedForm:
    """A form's PDF on disk, or why it could not be written (the dossier is saved either way)."""

    path: Path | None
    problem: UserError | None = None


def save_form_safely(
    documents_dir: Path, kind: FormKind, slip: DossierSlip, bilingual: bool
) -> SavedForm:
    try:
        return SavedForm(save_form(documents_dir, kind, slip, bilingual))
    except OSError as error:
        log.error("could not write form %s for dossier %s: %s", kind.value, slip.code, error)
        return SavedForm(
            None,
            UserError(
                f"Hồ sơ đã được lưu, nhưng không ghi được tệp phiếu in ({error.strerror}). "
                "Giải phóng ổ đĩa hoặc báo bộ phận CNTT, rồi bấm “In lại”.",
                f"The dossier is saved, but the form's PDF could not be written "
                f"({error.strerror}). Free disk space or call IT, then press “Reprint”.",
            ),
        )


def receive_and_save(
    runner: ServiceRunner, actor: Actor, form: IntakeForm, documents_dir: Path
) -> tuple[IntakeResult, SavedForm]:
    """Receive the dossier (committed first), then write its form's PDF."""
    result = runner.write(receive_dossier, actor, form)
    saved = save_form_safely(documents_dir, result.form, result.slip, form.bilingual_receipt)
    return result, saved


def reprint_and_save(
    runner: ServiceRunner, actor: Actor, dossier_id: int, documents_dir: Path, bilingual: bool
) -> SavedForm:
    reprint = runner.write(reprint_form, actor, dossier_id, bilingual)
    return save_form_safely(documents_dir, reprint.form, reprint.slip, bilingual)
