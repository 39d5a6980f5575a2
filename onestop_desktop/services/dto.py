"""Plain data returned by the use cases (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class WardStatus:
    initialised: bool
    unit_code: str | None
    name: str | None
    language: str


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


@dataclass(frozen=True)
class ProcedureRow:
    id: int
    code: str | None
    name_vi: str
    name_en: str | None
    field_vi: str
    processing_days: int
    processing_unit: str
    same_day_cutoff: str | None
    fee_vnd: int | None
    document_count: int


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str | None
    entity: str
    entity_id: str | None
    action: str
    reason: str | None
