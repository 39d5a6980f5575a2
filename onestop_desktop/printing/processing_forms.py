"""The processing forms as A4 PDFs: Mẫu 04 (apology and new date), 05 (stop notice) and 06
(control slip). Same page, header and marks as the intake forms (``printing.forms``): a reprint
(``copy_number ≥ 1``) is marked "BẢN SAO (in lại lần n) - ngày in dd/mm/yyyy" on every page with
the light watermark, and the footer names the dossier code next to the page numbers.
The register, Mẫu 07, is ``printing.register_pdf`` / ``printing.register_xlsx``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable

from onestop_desktop.printing import form_layout as fl
from onestop_desktop.printing.control_slip import TITLE as CONTROL_TITLE
from onestop_desktop.printing.control_slip import control_story
from onestop_desktop.printing.extension_letter import TITLE as EXTENSION_TITLE
from onestop_desktop.printing.extension_letter import extension_story
from onestop_desktop.printing.forms import write_atomically
from onestop_desktop.printing.processing_slips import ControlSlip, ExtensionLetter, StopNotice
from onestop_desktop.printing.slips import FormKind
from onestop_desktop.printing.stop_notice import TITLE as STOP_TITLE
from onestop_desktop.printing.stop_notice import stop_story

ProcessingForm = ExtensionLetter | StopNotice | ControlSlip
PROCESSING_FORMS = (FormKind.EXTENSION, FormKind.STOP, FormKind.CONTROL)
PROCESSING_TITLES: dict[FormKind, str] = {
    FormKind.EXTENSION: EXTENSION_TITLE,
    FormKind.STOP: STOP_TITLE,
    FormKind.CONTROL: CONTROL_TITLE,
}
_KINDS: dict[FormKind, tuple[type[Any], Callable[[Any], list[Flowable]]]] = {
    FormKind.EXTENSION: (ExtensionLetter, extension_story),
    FormKind.STOP: (StopNotice, stop_story),
    FormKind.CONTROL: (ControlSlip, control_story),
}


def render_processing_form(kind: FormKind, data: ProcessingForm) -> bytes:
    """The PDF of Mẫu 04, 05 or 06 for ``data`` (an ExtensionLetter, StopNotice, ControlSlip)."""
    kind = FormKind(kind)
    if kind not in _KINDS:
        raise ValueError(f"Mẫu {kind.value} is not a processing form (04, 05, 06)")
    expected, story = _KINDS[kind]
    if not isinstance(data, expected):
        raise TypeError(f"Mẫu {kind.value} prints a {expected.__name__}, not {type(data).__name__}")
    code = data.dossier.code
    info = fl.DocumentInfo(
        title=PROCESSING_TITLES[kind],
        subject=f"Mẫu số {kind.value}, mã hồ sơ {code}",
        author=f"UBND {data.dossier.ward_name} - Bộ phận Một cửa",
    )
    marks = fl.PageMarks(
        copy_number=data.copy_number,
        printed_on=data.printed_at.date(),
        bilingual=False,
        footer=f"Mã hồ sơ {code}",
    )
    return fl.build_pdf(story(data), info, marks)


def write_processing_form(kind: FormKind, data: ProcessingForm, out: Path) -> Path:
    """Render Mẫu 04/05/06 and store it at ``out`` atomically; returns ``out``."""
    return write_atomically(out, render_processing_form(kind, data))
