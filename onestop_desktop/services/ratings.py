"""Satisfaction ratings: the counter's rating panel asks the citizen just served.

A return or an intake at a counter leaves a ``RatingRequest`` for that counter; the panel
(``onestop-desktop --rating``) polls ``pending_rating`` and records a click with
``record_rating``. A rating is optional, anonymous (linked to the dossier and counter only), and
the clerk sees counts, never who gave what.
"""

from __future__ import annotations

from onestop_desktop.domain.roles import Role
from onestop_desktop.services.context import Actor, ServiceContext
from onestop_desktop.services.processing_dto import RatingCounts, RatingPrompt

# The panel runs unattended at the counter, like the kiosk.
RATING_ACTOR = Actor(None, "rating-panel", "Rating panel", Role.CLERK)
# A request nobody answered within this many minutes is no longer shown.
PROMPT_MINUTES = 10


def pending_rating(ctx: ServiceContext, counter_number: int) -> RatingPrompt | None:
    """The newest unanswered request at the counter, if it is recent enough."""
    raise NotImplementedError


def record_rating(
    ctx: ServiceContext, counter_number: int, score: int, request_id: int | None = None
) -> None:
    """Store a rating (4 = rất hài lòng … 1 = không hài lòng) for the counter, linked to the
    request's dossier and ticket when ``request_id`` is the counter's pending request."""
    raise NotImplementedError


def ratings_today(ctx: ServiceContext, counter_id: int) -> RatingCounts:
    """Today's rating counts at a counter."""
    raise NotImplementedError
