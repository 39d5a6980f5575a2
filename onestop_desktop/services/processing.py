"""Processing and return of results: the lifecycle after intake, one use case per action.

Each action checks the role, asks ``domain.lifecycle.next_status`` (an illegal action raises
``IllegalTransition`` and nothing changes), writes the dossier, one history row
(``DossierEvent``: who, when, from, to, reason) and one audit row (the code, never the person),
and returns the dossier as the return screen shows it, with the form to print if the action
produces one (Mẫu 01 after a supplement completes intake, 02, 04, 05, 06).
"""

from __future__ import annotations

from datetime import date, datetime

from onestop_desktop.printing.processing_slips import Register
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.processing_dto import (
    CounterReturn,
    DossierDetail,
    DueRow,
    FeePayment,
    PostalReturn,
    PrintedForm,
    TransitionResult,
)


def dossier_detail(ctx: ServiceContext, dossier_id: int) -> DossierDetail:
    """The dossier as the return screen shows it."""
    raise NotImplementedError


def open_for_return(ctx: ServiceContext, text: str) -> DossierDetail:
    """The dossier for a scanned receipt payload (``<code>-<12 digits>``) or a typed code.

    An altered or forged payload, text that is no code, and an unknown code raise
    ``ValidationError`` with a message for the clerk.
    """
    raise NotImplementedError


def hand_over(
    ctx: ServiceContext, dossier_id: int, to_body: str, note: str | None = None
) -> TransitionResult:
    """The dossier goes to the processing officer or department ``to_body`` (the control trail)."""
    raise NotImplementedError


def result_back(
    ctx: ServiceContext, dossier_id: int, result_note: str | None = None
) -> TransitionResult:
    """The result came back to the counter: fixes early / on time / late against the due date
    in force, and closes the open hand-over."""
    raise NotImplementedError


def return_at_counter(
    ctx: ServiceContext, dossier_id: int, handed: CounterReturn
) -> TransitionResult:
    """The result is handed to the applicant or an authorised person (with their ID number)."""
    raise NotImplementedError


def return_by_post(ctx: ServiceContext, dossier_id: int, sent: PostalReturn) -> TransitionResult:
    """The result is sent by the public postal service (tracking number, date sent)."""
    raise NotImplementedError


def request_supplement(ctx: ServiceContext, dossier_id: int, reason: str) -> TransitionResult:
    """The processing body asks for more: the clock pauses; Mẫu 02 to print."""
    raise NotImplementedError


def supplement_received(
    ctx: ServiceContext, dossier_id: int, note: str | None = None
) -> TransitionResult:
    """The citizen brought what was asked. The clock resumes: a paused due date moves on by the
    working time of the pause; a dossier that never had one (Mẫu 02 at intake) is now received
    with a due date and its receipt Mẫu 01 to print."""
    raise NotImplementedError


def extend(
    ctx: ServiceContext, dossier_id: int, new_due_at: datetime, reason: str
) -> TransitionResult:
    """Mẫu 04: apologise and set a new due date (later than the one in force and than now)."""
    raise NotImplementedError


def withdraw(ctx: ServiceContext, dossier_id: int, reason: str) -> TransitionResult:
    """The applicant withdraws the dossier."""
    raise NotImplementedError


def stop(ctx: ServiceContext, dossier_id: int, reason: str) -> TransitionResult:
    """Mẫu 05: processing is stopped, with the reason."""
    raise NotImplementedError


def collect_fee(ctx: ServiceContext, dossier_id: int, payment: FeePayment) -> DossierDetail:
    """Record a fee collected for the dossier (amount, method, receipt number, by whom)."""
    raise NotImplementedError


def due_list(ctx: ServiceContext) -> list[DueRow]:
    """Pending dossiers due today or already overdue, most overdue first."""
    raise NotImplementedError


def control_slip(ctx: ServiceContext, dossier_id: int) -> PrintedForm:
    """Mẫu 06 for the dossier's hand-over trail; each print is recorded (later ones are copies)."""
    raise NotImplementedError


def register(ctx: ServiceContext, date_from: date, date_to: date) -> Register:
    """Mẫu 07: the dossiers received in the range (inclusive), in register order."""
    raise NotImplementedError
