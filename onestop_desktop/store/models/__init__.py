"""All tables. Importing this package registers every model on ``Base.metadata``."""

from onestop_desktop.store.models.audit import AuditEntry
from onestop_desktop.store.models.catalogue import CalendarOverride, Procedure, ProcedureDocument
from onestop_desktop.store.models.dossier import (
    Dossier,
    DossierDocument,
    DossierEvent,
    DossierExtension,
    DossierHandover,
    DossierPrint,
    Fee,
    Rating,
    RatingRequest,
)
from onestop_desktop.store.models.queue import (
    Counter,
    DailySequence,
    QueueService,
    Ticket,
    TicketCall,
)
from onestop_desktop.store.models.reporting import DayClosing, DayReopening, SyncOutboxItem
from onestop_desktop.store.models.ward import Setting, User, Ward

__all__ = [
    "AuditEntry",
    "CalendarOverride",
    "Counter",
    "DailySequence",
    "DayClosing",
    "DayReopening",
    "Dossier",
    "DossierDocument",
    "DossierEvent",
    "DossierExtension",
    "DossierHandover",
    "DossierPrint",
    "Fee",
    "Procedure",
    "ProcedureDocument",
    "QueueService",
    "Rating",
    "RatingRequest",
    "Setting",
    "SyncOutboxItem",
    "Ticket",
    "TicketCall",
    "User",
    "Ward",
]
