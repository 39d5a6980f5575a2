"""Rating requests for tests: a dossier received at a counter, and the request the intake or
return use case leaves for the counter's rating panel."""

from __future__ import annotations

from dataclasses import dataclass, replace

from onestop_desktop.services.context import Actor, ServiceContext, ServiceRunner
from onestop_desktop.services.intake import receive_dossier
from onestop_desktop.services.queue import KIOSK_ACTOR, call_next, issue_ticket
from onestop_desktop.services.ratings import ask_rating
from tests.intake_helpers import intake_form, load_sample_catalogue
from tests.queue_helpers import Lanes

BIRTH = "1.001193"  # Đăng ký khai sinh


@dataclass(frozen=True)
class Served:
    dossier_id: int
    code: str
    ticket_id: int


def _ask(ctx: ServiceContext, dossier_id: int | None, ticket_id: int | None) -> None:
    ask_rating(ctx, dossier_id, ticket_id)
    ctx.audit("test", None, "ask rating")  # the intake or return use case audits in real life


def ask(runner: ServiceRunner, clerk: Actor, dossier_id: int | None, ticket_id: int | None) -> None:
    """What the end of an intake or a return at ``clerk``'s counter leaves for the panel."""
    runner.write(_ask, clerk, dossier_id, ticket_id)


def serve_and_receive(runner: ServiceRunner, admin: Actor, clerk: Actor, lanes: Lanes) -> Served:
    """A citizen takes a ticket, the clerk (at a counter) calls it and receives a dossier."""
    load_sample_catalogue(runner, admin)
    ticket = runner.write(issue_ticket, KIOSK_ACTOR, lanes.a).ticket
    assert clerk.counter_id is not None
    called = runner.write(call_next, clerk, clerk.counter_id)
    assert called is not None
    assert called.id == ticket.id
    form = replace(intake_form(runner, clerk, BIRTH), ticket_id=ticket.id)
    result = runner.write(receive_dossier, clerk, form)
    return Served(result.dossier_id, result.code, ticket.id)
