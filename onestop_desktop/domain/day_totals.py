"""A day's totals: what the end-of-day summary prints, the closing freezes and the city receives.

Plain frozen dataclasses with a stable JSON form (``to_dict`` / ``from_dict``): a closed day keeps
its figures as that JSON (``day_closings.totals_json``), so a summary printed after the closing is
rebuilt from the snapshot, never recomputed. Times are whole seconds, money whole đồng.

The dossier side uses the Biểu 06 buckets of ``domain.statistics`` for the one-day period; the
same rule serves the periodic report. ``per_clerk`` names staff and stays in the ward: the sync
document leaves it out (``public_dict``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from onestop_desktop.domain.statistics import RECEIVED, SETTLED, Bucket

TOTALS_FORMAT = 1
FEE_METHODS = ("cash", "transfer", "card")
SCORES = (4, 3, 2, 1)  # rất hài lòng, hài lòng, bình thường, không hài lòng
SATISFIED_SCORES = (4, 3)


@dataclass(frozen=True)
class TicketFigures:
    """Ticket counts and times for the whole day or one group (service, counter, clerk, hour).

    ``waiting`` counts tickets still open (waiting, called or at a counter) when computed.
    Waits run from issue to first call; service from start (or call) to finish; ``None`` when
    no ticket qualifies.
    """

    issued: int = 0
    served: int = 0
    no_show: int = 0
    waiting: int = 0
    avg_wait_s: int | None = None
    max_wait_s: int | None = None
    avg_service_s: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "issued": self.issued,
            "served": self.served,
            "no_show": self.no_show,
            "waiting": self.waiting,
            "avg_wait_s": self.avg_wait_s,
            "max_wait_s": self.max_wait_s,
            "avg_service_s": self.avg_service_s,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TicketFigures:
        return cls(
            issued=int(data["issued"]),
            served=int(data["served"]),
            no_show=int(data["no_show"]),
            waiting=int(data["waiting"]),
            avg_wait_s=_opt_int(data.get("avg_wait_s")),
            max_wait_s=_opt_int(data.get("max_wait_s")),
            avg_service_s=_opt_int(data.get("avg_service_s")),
        )


@dataclass(frozen=True)
class TicketGroup:
    """One row of a per-service / per-counter / per-clerk / per-hour table.

    ``key`` is stable (lane prefix, counter number, username, hour ``"08"``); ``label`` is
    what a person reads ("A · Hộ tịch", "Quầy 3", "Nguyễn Văn An", "08:00–09:00").
    """

    key: str
    label: str
    figures: TicketFigures

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, **self.figures.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TicketGroup:
        return cls(str(data["key"]), str(data["label"]), TicketFigures.from_dict(data))


@dataclass(frozen=True)
class FieldRow:
    """A field (lĩnh vực) and its count per Biểu 06 bucket; the total row has field ``""``."""

    field: str
    counts: dict[Bucket, int]

    def __getitem__(self, bucket: Bucket) -> int:
        return self.counts.get(bucket, 0)

    @property
    def received(self) -> int:
        return sum(self[b] for b in RECEIVED)

    @property
    def resolved(self) -> int:
        return (
            self[Bucket.RESOLVED_EARLY] + self[Bucket.RESOLVED_ON_TIME] + self[Bucket.RESOLVED_LATE]
        )

    @property
    def pending(self) -> int:
        return self[Bucket.PENDING_WITHIN] + self[Bucket.PENDING_OVERDUE]

    @property
    def on_time_rate(self) -> float | None:
        """Resolved early or on time, as a share of resolved; ``None`` when none resolved."""
        if self.resolved == 0:
            return None
        return (self[Bucket.RESOLVED_EARLY] + self[Bucket.RESOLVED_ON_TIME]) / self.resolved

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, **{b.value: self[b] for b in Bucket}}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FieldRow:
        return cls(str(data["field"]), {b: int(data.get(b.value, 0)) for b in Bucket})


def total_row(rows: list[FieldRow]) -> FieldRow:
    return FieldRow("", {b: sum(r[b] for r in rows) for b in Bucket})


@dataclass(frozen=True)
class DossierFigures:
    """Biểu 06 rows per field plus the day's other dossier events.

    ``supplement_requests``: Mẫu 02 issued that day (at intake or during processing);
    ``refusals``: Mẫu 03; ``withdrawals`` / ``stops``: withdrawn / stopped (Mẫu 05) that day;
    ``returned_counter`` / ``returned_post``: results handed over that day.
    """

    fields: list[FieldRow]
    supplement_requests: int = 0
    refusals: int = 0
    withdrawals: int = 0
    stops: int = 0
    returned_counter: int = 0
    returned_post: int = 0

    @property
    def total(self) -> FieldRow:
        return total_row(self.fields)

    def to_dict(self) -> dict[str, Any]:
        return {
            "fields": [r.to_dict() for r in self.fields],
            "total": self.total.to_dict(),
            "supplement_requests": self.supplement_requests,
            "refusals": self.refusals,
            "withdrawals": self.withdrawals,
            "stops": self.stops,
            "returned_counter": self.returned_counter,
            "returned_post": self.returned_post,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DossierFigures:
        return cls(
            fields=[FieldRow.from_dict(r) for r in data["fields"]],
            supplement_requests=int(data["supplement_requests"]),
            refusals=int(data["refusals"]),
            withdrawals=int(data["withdrawals"]),
            stops=int(data["stops"]),
            returned_counter=int(data["returned_counter"]),
            returned_post=int(data["returned_post"]),
        )


@dataclass(frozen=True)
class FeeLine:
    method: str  # cash | transfer | card
    count: int
    amount_vnd: int


@dataclass(frozen=True)
class Satisfaction:
    """Ratings given that day: count per score (4 best … 1)."""

    counts: dict[int, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def rate(self) -> float | None:
        """Share of ratings that are satisfied (score 3 or 4); ``None`` without ratings."""
        if self.total == 0:
            return None
        return sum(self.counts.get(s, 0) for s in SATISFIED_SCORES) / self.total


@dataclass(frozen=True)
class DayTotals:
    """Everything the end-of-day summary shows for ``business_date``, as of ``as_of``."""

    business_date: date
    unit_code: str
    ward_name: str
    as_of: datetime
    tickets: TicketFigures
    per_service: list[TicketGroup]
    per_counter: list[TicketGroup]
    per_clerk: list[TicketGroup]
    per_hour: list[TicketGroup]  # only hours with a ticket issued or served, in order
    dossiers: DossierFigures
    fees: list[FeeLine]  # one line per method in FEE_METHODS order, zeros included
    satisfaction: Satisfaction

    @property
    def fees_total_vnd(self) -> int:
        return sum(f.amount_vnd for f in self.fees)

    def to_dict(self) -> dict[str, Any]:
        """The full snapshot (stays in the ward's database)."""
        data = self.public_dict()
        data["per_clerk"] = [g.to_dict() for g in self.per_clerk]
        return data

    def public_dict(self) -> dict[str, Any]:
        """Aggregates only, nothing that names a person: the body of the sync document."""
        return {
            "format": TOTALS_FORMAT,
            "business_date": self.business_date.isoformat(),
            "unit_code": self.unit_code,
            "ward_name": self.ward_name,
            "as_of": self.as_of.isoformat(timespec="seconds"),
            "tickets": self.tickets.to_dict(),
            "per_service": [g.to_dict() for g in self.per_service],
            "per_counter": [g.to_dict() for g in self.per_counter],
            "per_hour": [g.to_dict() for g in self.per_hour],
            "dossiers": self.dossiers.to_dict(),
            "fees": [
                {"method": f.method, "count": f.count, "amount_vnd": f.amount_vnd}
                for f in self.fees
            ],
            "fees_total_vnd": self.fees_total_vnd,
            "satisfaction": {
                "counts": {str(s): self.satisfaction.counts.get(s, 0) for s in SCORES},
                "total": self.satisfaction.total,
                "rate": _rate(self.satisfaction.rate),
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DayTotals:
        return cls(
            business_date=date.fromisoformat(data["business_date"]),
            unit_code=str(data["unit_code"]),
            ward_name=str(data["ward_name"]),
            as_of=datetime.fromisoformat(data["as_of"]),
            tickets=TicketFigures.from_dict(data["tickets"]),
            per_service=[TicketGroup.from_dict(g) for g in data["per_service"]],
            per_counter=[TicketGroup.from_dict(g) for g in data["per_counter"]],
            per_clerk=[TicketGroup.from_dict(g) for g in data.get("per_clerk", [])],
            per_hour=[TicketGroup.from_dict(g) for g in data["per_hour"]],
            dossiers=DossierFigures.from_dict(data["dossiers"]),
            fees=[
                FeeLine(str(f["method"]), int(f["count"]), int(f["amount_vnd"]))
                for f in data["fees"]
            ],
            satisfaction=Satisfaction(
                {int(s): int(n) for s, n in data["satisfaction"]["counts"].items()}
            ),
        )


@dataclass(frozen=True)
class Change:
    """One figure that differs between two revisions of a closed day."""

    path: str  # "tickets.served", "dossiers.total.received_direct", "fees.cash.amount_vnd" …
    old: int | None
    new: int | None


def diff_totals(old: DayTotals, new: DayTotals) -> list[Change]:
    """The figures that changed from ``old`` to ``new`` (ticket totals, dossier total row and
    per-field rows, the other dossier counts, fees, satisfaction), in a stable order."""
    before, after = _flat(old), _flat(new)
    return [
        Change(path, before.get(path), after.get(path))
        for path in sorted(set(before) | set(after))
        if before.get(path) != after.get(path)
    ]


def _flat(totals: DayTotals) -> dict[str, int | None]:
    flat: dict[str, int | None] = {}
    for key, value in totals.tickets.to_dict().items():
        flat[f"tickets.{key}"] = value
    for row in [totals.dossiers.total, *totals.dossiers.fields]:
        name = row.field or "total"
        for bucket in (*RECEIVED, *SETTLED):
            flat[f"dossiers.{name}.{bucket.value}"] = row[bucket]
    figures = totals.dossiers
    for key in (
        "supplement_requests",
        "refusals",
        "withdrawals",
        "stops",
        "returned_counter",
        "returned_post",
    ):
        flat[f"dossiers.{key}"] = getattr(figures, key)
    for fee in totals.fees:
        flat[f"fees.{fee.method}.count"] = fee.count
        flat[f"fees.{fee.method}.amount_vnd"] = fee.amount_vnd
    for score in SCORES:
        flat[f"satisfaction.{score}"] = totals.satisfaction.counts.get(score, 0)
    return flat


def _opt_int(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
