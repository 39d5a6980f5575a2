"""Helpers for the receiver tests: a hand-built day, its signed document, a ward's credentials,
the JSON Schema, and a posting client."""

from __future__ import annotations

import json
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import httpx
from jsonschema import Draft202012Validator

from onestop_desktop.domain.day_totals import (
    DayTotals,
    DossierFigures,
    FeeLine,
    FieldRow,
    Satisfaction,
    TicketFigures,
    TicketGroup,
)
from onestop_desktop.domain.statistics import Bucket
from onestop_desktop.resources_path import resource
from onestop_desktop.sync.document import build_document, idempotency_key, sign
from onestop_desktop.sync.receiver import WardCredentials

DAY = date(2026, 11, 20)
TAY_HO = WardCredentials("000.00.06.H56", "token-tay-ho-7f3a", "secret-tay-ho-91c2")
BA_DINH = WardCredentials("000.00.01.H01", "token-ba-dinh-2b8e", "secret-ba-dinh-55d0")
WARDS = {w.unit_code: w for w in (TAY_HO, BA_DINH)}
NAMES = {TAY_HO.unit_code: "Phường Tây Hồ", BA_DINH.unit_code: "Phường Ba Đình"}


def validator() -> Draft202012Validator:
    schema = json.loads(resource("sync", "daily-totals.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def sample_totals(
    ward: WardCredentials = TAY_HO,
    day: date = DAY,
    *,
    early: int = 3,
    on_time: int = 5,
    late: int = 2,
    served: int = 110,
    ward_name: str | None = None,
) -> DayTotals:
    """A plausible day: two lanes, three counters, office hours, two fields."""
    figures = TicketFigures(120, served, 6, 4, 420, 1900, 600)
    hours = [f"{h:02d}" for h in (8, 9, 10, 11, 14, 15, 16)]
    return DayTotals(
        business_date=day,
        unit_code=ward.unit_code,
        ward_name=ward_name or NAMES[ward.unit_code],
        as_of=datetime.combine(day, datetime.min.time()).replace(hour=17, minute=30),
        tickets=figures,
        per_service=[
            TicketGroup("A", "A · Hộ tịch", figures),
            TicketGroup("B", "B · Chứng thực", figures),
        ],
        per_counter=[TicketGroup(str(n), f"Quầy {n}", figures) for n in (1, 2, 3)],
        per_clerk=[TicketGroup("lan", "Nguyễn Thị Lan", figures)],
        per_hour=[TicketGroup(h, f"{h}:00–{int(h) + 1:02d}:00", figures) for h in hours],
        dossiers=DossierFigures(
            fields=[
                FieldRow(
                    "Hộ tịch",
                    {
                        Bucket.RECEIVED_ONLINE: 4,
                        Bucket.RECEIVED_DIRECT: 12,
                        Bucket.CARRIED_OVER: 30,
                        Bucket.RESOLVED_EARLY: early,
                        Bucket.RESOLVED_ON_TIME: on_time,
                        Bucket.RESOLVED_LATE: late,
                        Bucket.PENDING_WITHIN: 25,
                        Bucket.PENDING_OVERDUE: 1,
                    },
                ),
                FieldRow("Chứng thực", {Bucket.RECEIVED_DIRECT: 40, Bucket.CLOSED: 1}),
            ],
            supplement_requests=2,
            refusals=1,
            withdrawals=1,
            returned_counter=9,
            returned_post=1,
        ),
        fees=[FeeLine("cash", 12, 96_000), FeeLine("transfer", 3, 150_000), FeeLine("card", 0, 0)],
        satisfaction=Satisfaction({4: 30, 3: 8, 2: 2, 1: 1}),
    )


def document(
    ward: WardCredentials = TAY_HO, day: date = DAY, revision: int = 1, **kwargs: Any
) -> bytes:
    totals = sample_totals(ward, day, **kwargs)
    return build_document(
        totals,
        revision=revision,
        generated_at=datetime.combine(day, datetime.min.time()).replace(hour=17, minute=31),
        app_version="0.1.0",
    )


def key_of(ward: WardCredentials = TAY_HO, day: date = DAY, revision: int = 1) -> str:
    return idempotency_key(ward.unit_code, day, revision)


def headers(
    body: bytes,
    key: str,
    ward: WardCredentials = TAY_HO,
    *,
    token: str | None = None,
    secret: str | None = None,
) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {ward.token if token is None else token}",
        "Idempotency-Key": key,
        "X-Signature": sign(body, ward.secret if secret is None else secret),
        "Content-Type": "application/json",
    }


def post(
    client: httpx.Client,
    body: bytes,
    key: str | None = None,
    ward: WardCredentials = TAY_HO,
    **kwargs: Any,
) -> httpx.Response:
    key = key if key is not None else key_of(ward)
    return client.post("/daily-totals", content=body, headers=headers(body, key, ward, **kwargs))


def with_totals(body: bytes, **changes: Any) -> bytes:
    """The document with top-level members changed (re-serialised canonically)."""
    data = json.loads(body)
    data.update(changes)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by nobody anyone trusts (openssl)."""
    cert, key = folder / "receiver-cert.pem", folder / "receiver-key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key
