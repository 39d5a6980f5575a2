"""The daily-totals document sent to the city: canonical JSON bytes, its key and its signature.

The body is built once, when a day is closed, and stored in the outbox; every retry sends those
exact bytes, so a signature or an idempotency key never covers a stale body. See
``docs/sync-protocol.md`` and ``resources/sync/daily-totals.schema.json``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import date, datetime
from typing import Any

from onestop_desktop.domain.day_totals import DayTotals

PROTOCOL_VERSION = 1
# The ward's clock is Việt Nam time (no daylight saving); the document says so on every moment.
VN_OFFSET = "+07:00"


def _vn(moment: datetime) -> str:
    if moment.tzinfo is not None:
        return moment.isoformat(timespec="seconds")
    return moment.isoformat(timespec="seconds") + VN_OFFSET


def idempotency_key(unit_code: str, business_date: date, revision: int) -> str:
    return f"{unit_code}:{business_date.isoformat()}:{revision}"


def document_dict(
    totals: DayTotals, *, revision: int, generated_at: datetime, app_version: str
) -> dict[str, Any]:
    public = totals.public_dict()
    public["as_of"] = _vn(totals.as_of)
    return {
        "protocol_version": PROTOCOL_VERSION,
        "unit_code": totals.unit_code,
        "ward_name": totals.ward_name,
        "business_date": totals.business_date.isoformat(),
        "revision": revision,
        "generated_at": _vn(generated_at),
        "app_version": app_version,
        "totals": public,
    }


def build_document(
    totals: DayTotals, *, revision: int, generated_at: datetime, app_version: str
) -> bytes:
    """The exact bytes that are signed and sent: UTF-8 JSON, keys sorted, no spaces."""
    data = document_dict(
        totals, revision=revision, generated_at=generated_at, app_version=app_version
    )
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sign(body: bytes, secret: str) -> str:
    """``X-Signature``: lowercase hex HMAC-SHA256 of the exact body with the ward's secret."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, secret: str, signature: str) -> bool:
    return hmac.compare_digest(sign(body, secret), signature.strip().lower())
