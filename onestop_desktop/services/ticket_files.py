"""The kiosk's 80 mm tickets on disk: every ticket is written as a PDF before it is printed."""

from __future__ import annotations

import logging
from pathlib import Path

from onestop_desktop.printing.ticket import TicketSlip, priority_names, write_ticket
from onestop_desktop.services.queue_dto import IssuedTicket

log = logging.getLogger(__name__)


def ticket_slip(issued: IssuedTicket) -> TicketSlip:
    t = issued.ticket
    vi, en = priority_names(t.priority_category) if t.priority_category else (None, None)
    return TicketSlip(
        ward_name=issued.ward_name,
        label=t.label,
        service_name_vi=t.service_name_vi,
        service_name_en=t.service_name_en,
        issued_at=t.issued_at,
        people_ahead=issued.people_ahead,
        priority_label=vi,
        priority_label_en=en,
    )


def ticket_path(documents_dir: Path, issued: IssuedTicket) -> Path:
    """``<documents>/tickets/<yyyy-mm-dd>/<label>.pdf`` (a label is unique within its day)."""
    t = issued.ticket
    return documents_dir / "tickets" / f"{t.issued_at:%Y-%m-%d}" / f"{t.label}.pdf"


def save_ticket(documents_dir: Path, issued: IssuedTicket, english: bool) -> Path | None:
    try:
        return write_ticket(
            ticket_slip(issued), ticket_path(documents_dir, issued), english=english
        )
    except OSError as error:
        log.error("could not write the PDF of ticket %s: %s", issued.ticket.label, error)
        return None
