"""The intake forms as A4 PDFs: Mẫu 01 (receipt), 02 (supplement request), 03 (refusal).

``render_form`` returns the PDF bytes; ``write_form`` stores them atomically (a temporary file
in the same folder, flushed to disk, then renamed over the target) so that a crash or a full disk
never leaves half a PDF where the printer or the clerk will look for it.

Every form is dated (the place and date line) the day the dossier was handed in, ``received_at``:
at the counter the receipt, the supplement request and the refusal are all given then. A reprint
(``slip.copy_number ≥ 1``) keeps that date and is marked "BẢN SAO (in lại lần n) - ngày in
dd/mm/yyyy" (the reprint's ``printed_at``) at the top of every page, with a light diagonal
watermark.
``bilingual=True`` adds English under or after every label for foreign applicants, Vietnamese
staying first.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable

from onestop_desktop.printing import form_layout as fl
from onestop_desktop.printing.receipt import TITLE as RECEIPT_TITLE
from onestop_desktop.printing.receipt import receipt_story
from onestop_desktop.printing.refusal import TITLE as REFUSAL_TITLE
from onestop_desktop.printing.refusal import refusal_story
from onestop_desktop.printing.slips import DossierSlip, FormKind
from onestop_desktop.printing.supplement_request import TITLE as SUPPLEMENT_TITLE
from onestop_desktop.printing.supplement_request import supplement_story

INTAKE_FORMS = (FormKind.RECEIPT, FormKind.SUPPLEMENT, FormKind.REFUSAL)  # 04-07: processing
FORM_TITLES: dict[FormKind, str] = {
    FormKind.RECEIPT: RECEIPT_TITLE,
    FormKind.SUPPLEMENT: SUPPLEMENT_TITLE,
    FormKind.REFUSAL: REFUSAL_TITLE,
}
_STORIES: dict[FormKind, Callable[[DossierSlip, fl.Lang], list[Flowable]]] = {
    FormKind.RECEIPT: receipt_story,
    FormKind.SUPPLEMENT: supplement_story,
    FormKind.REFUSAL: refusal_story,
}


def render_form(kind: FormKind, slip: DossierSlip, *, bilingual: bool = False) -> bytes:
    """The PDF of form ``kind`` for ``slip``. Mẫu 01 needs ``slip.qr_payload``."""
    kind = FormKind(kind)
    if kind not in _STORIES:
        raise ValueError(f"Mẫu {kind.value} is not an intake form: see printing.processing_forms")
    lang = fl.Lang(bilingual)
    story = _STORIES[kind](slip, lang)
    info = fl.DocumentInfo(
        title=FORM_TITLES[kind],
        subject=f"Mẫu số {kind.value}, mã hồ sơ {slip.code}",
        author=f"UBND {slip.ward_name} - Bộ phận Một cửa",
    )
    marks = fl.PageMarks(
        copy_number=slip.copy_number,
        printed_on=slip.printed_at.date(),
        bilingual=bilingual,
        footer=f"Mã hồ sơ {slip.code}",
    )
    return fl.build_pdf(story, info, marks)


def write_form(kind: FormKind, slip: DossierSlip, out: Path, *, bilingual: bool = False) -> Path:
    """Render form ``kind`` and store it at ``out`` atomically; returns ``out``."""
    return write_atomically(out, render_form(kind, slip, bilingual=bilingual))


def write_atomically(out: Path, data: bytes) -> Path:
    """Write ``data`` to ``out`` so that ``out`` is either the old file or the whole new one."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(out.parent)
    return out


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder, and needs not)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
