"""The administrator's queue set-up: lanes (services) with their prefix and number range, the
counters and the lanes each serves, and the priority rules (interleave, categories, no-show).

Nothing is deleted: a lane or counter that is no longer used is made inactive. A lane cannot be
made inactive while tickets wait in it or while an active counter serves only it; a counter
cannot be made inactive while it has a ticket called or being served.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.ids import is_row_id, is_whole
from onestop_desktop.domain.queue import (
    AT_COUNTER,
    DEFAULT_NO_SHOW_AFTER_RECALLS,
    DEFAULT_PRIORITY_AFTER_NORMALS,
    PRIORITY_CATEGORIES,
    TicketStatus,
)
from onestop_desktop.domain.roles import Permission
from onestop_desktop.domain.text import clean_line, has_control_chars
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.settings import get_setting, put_setting
from onestop_desktop.store.models import Counter, QueueService, Ticket

PRIORITY_AFTER_NORMALS_KEY = "queue.priority_after_normals"
PRIORITY_CATEGORIES_KEY = "queue.priority_categories"
NO_SHOW_AFTER_RECALLS_KEY = "queue.no_show_after_recalls"
MAX_PRIORITY_AFTER_NORMALS = 10
MAX_NO_SHOW_AFTER_RECALLS = 5
RANGE_MIN, RANGE_MAX = 1, 9999
COUNTER_MIN, COUNTER_MAX = 1, 99
NAME_MAX = 120
COUNTER_NAME_MAX = 80
_PREFIX = re.compile(r"^[A-Z]{1,2}$")


@dataclass(frozen=True)
class LaneSettings:
    """A lane as the settings screen shows and edits it (inactive ones included)."""

    id: int
    prefix: str
    name_vi: str
    name_en: str | None
    range_start: int
    range_end: int
    sort_order: int
    active: bool


@dataclass(frozen=True)
class CounterSettings:
    id: int
    number: int
    name: str
    service_ids: tuple[int, ...]
    active: bool
    paused_reason: str | None


@dataclass(frozen=True)
class QueueSettings:
    priority_after_normals: int  # after this many normal tickets a counter takes one priority
    priority_categories: tuple[str, ...]  # the categories the kiosk offers
    no_show_after_recalls: int  # recalls needed before a ticket may be marked a no-show


@dataclass(frozen=True)
class QueueSetup:
    """Everything the settings screen shows, read in one transaction."""

    services: tuple[LaneSettings, ...]
    counters: tuple[CounterSettings, ...]
    settings: QueueSettings


# -- reading -----------------------------------------------------------------------------------
def _lane(s: QueueService) -> LaneSettings:
    return LaneSettings(
        s.id, s.prefix, s.name_vi, s.name_en, s.range_start, s.range_end, s.sort_order, s.active
    )


def _counter(c: Counter) -> CounterSettings:
    return CounterSettings(
        id=c.id,
        number=c.number,
        name=c.name,
        service_ids=tuple(sorted(s.id for s in c.services)),
        active=c.active,
        paused_reason=c.paused_reason,
    )


def read_queue_settings(ctx: ServiceContext) -> QueueSettings:
    """The priority rules, with their defaults; no permission needed (the queue reads them)."""
    after = get_setting(ctx, PRIORITY_AFTER_NORMALS_KEY, DEFAULT_PRIORITY_AFTER_NORMALS)
    categories = get_setting(ctx, PRIORITY_CATEGORIES_KEY, list(PRIORITY_CATEGORIES))
    recalls = get_setting(ctx, NO_SHOW_AFTER_RECALLS_KEY, DEFAULT_NO_SHOW_AFTER_RECALLS)
    return QueueSettings(int(after), tuple(str(c) for c in categories), int(recalls))


def get_queue_settings(ctx: ServiceContext) -> QueueSettings:
    ctx.require(Permission.EDIT_SETTINGS)
    return read_queue_settings(ctx)


def queue_setup(ctx: ServiceContext) -> QueueSetup:
    ctx.require(Permission.EDIT_SETTINGS)
    services = ctx.session.scalars(
        select(QueueService).order_by(QueueService.sort_order, QueueService.prefix)
    )
    counters = ctx.session.scalars(
        select(Counter).options(selectinload(Counter.services)).order_by(Counter.number)
    )
    return QueueSetup(
        tuple(_lane(s) for s in services),
        tuple(_counter(c) for c in counters),
        read_queue_settings(ctx),
    )


# -- lanes -------------------------------------------------------------------------------------
def _check_flag(active: object) -> None:
    if not isinstance(active, bool):
        raise ValidationError("Chọn đang dùng hoặc ngừng.", "Choose active or not.", "active")


def _name(value: str | None, field: str, label_vi: str, label_en: str, *, required: bool) -> str:
    text = value or ""
    if has_control_chars(text):
        raise ValidationError(
            f"{label_vi} có ký tự không hợp lệ.", f"The {label_en} has invalid characters.", field
        )
    text = clean_line(text)
    if required and not text:
        raise ValidationError(f"Chưa nhập {label_vi.lower()}.", f"The {label_en} is empty.", field)
    if len(text) > NAME_MAX:
        raise ValidationError(
            f"{label_vi} dài quá {NAME_MAX} ký tự.",
            f"The {label_en} is longer than {NAME_MAX} characters.",
            field,
        )
    return text


def _lane_view(s: QueueService) -> dict[str, Any]:
    return {
        "prefix": s.prefix,
        "name_vi": s.name_vi,
        "name_en": s.name_en,
        "range_start": s.range_start,
        "range_end": s.range_end,
        "active": s.active,
    }


def _load_service(ctx: ServiceContext, service_id: int) -> QueueService:
    service = ctx.session.get(QueueService, service_id) if is_row_id(service_id) else None
    if service is None:
        raise ValidationError(
            f"Không có dịch vụ số {str(service_id)[:20]}.",
            f"There is no service {str(service_id)[:20]}.",
            "service",
        )
    return service


def _check_can_deactivate_lane(ctx: ServiceContext, service: QueueService) -> None:
    today = ctx.clock.now().date()
    lane = func.coalesce(Ticket.lane_id, Ticket.service_id)
    waiting = ctx.session.scalar(
        select(func.count())
        .select_from(Ticket)
        .where(
            Ticket.business_date == today, Ticket.status == TicketStatus.WAITING, lane == service.id
        )
    )
    if waiting:
        raise ValidationError(
            f"Còn {waiting} số đang chờ ở dịch vụ {service.prefix}; "
            "hãy gọi hoặc chuyển hết trước khi ngừng dịch vụ.",
            f"{waiting} ticket(s) still wait in service {service.prefix}; "
            "call or transfer them before stopping the service.",
            "active",
        )
    counters = ctx.session.scalars(
        select(Counter)
        .options(selectinload(Counter.services))
        .where(Counter.active.is_(True), Counter.services.any(QueueService.id == service.id))
        .order_by(Counter.number)
    )
    only = [
        c.number for c in counters if not any(s.active and s.id != service.id for s in c.services)
    ]
    if only:
        numbers = ", ".join(str(n) for n in only)
        raise ValidationError(
            f"Quầy {numbers} chỉ phục vụ dịch vụ này; hãy đổi dịch vụ của quầy trước.",
            f"Counter {numbers} serves only this service; change its services first.",
            "active",
        )


def save_service(
    ctx: ServiceContext,
    service_id: int | None,
    prefix: str,
    name_vi: str,
    name_en: str | None,
    range_start: int,
    range_end: int,
    active: bool = True,
) -> LaneSettings:
    """Create (``service_id=None``) or change a lane. Raises ``ValidationError``; no change then."""
    ctx.require(Permission.EDIT_SETTINGS)
    _check_flag(active)
    code = prefix.strip().upper() if isinstance(prefix, str) else ""
    if not _PREFIX.match(code):
        raise ValidationError(
            "Ký hiệu dịch vụ gồm 1–2 chữ cái in hoa không dấu (A, B, …, HT).",
            "The service prefix is 1–2 capital letters A–Z (A, B, …, HT).",
            "prefix",
        )
    vi = _name(name_vi, "name_vi", "Tên dịch vụ", "service name", required=True)
    en = _name(name_en, "name_en", "Tên tiếng Anh", "English name", required=False) or None
    whole = is_whole(range_start, RANGE_MIN, RANGE_MAX) and is_whole(
        range_end, RANGE_MIN, RANGE_MAX
    )
    if not (whole and range_start < range_end):
        raise ValidationError(
            f"Dải số phải thỏa {RANGE_MIN} ≤ số đầu < số cuối ≤ {RANGE_MAX}.",
            f"The number range must satisfy {RANGE_MIN} ≤ first < last ≤ {RANGE_MAX}.",
            "range",
        )
    clash = ctx.session.scalars(select(QueueService).where(QueueService.prefix == code)).first()
    if clash is not None and clash.id != service_id:
        raise ValidationError(
            f"Ký hiệu “{code}” đã dùng cho dịch vụ “{clash.name_vi}”.",
            f"The prefix '{code}' is already used by '{clash.name_en or clash.name_vi}'.",
            "prefix",
        )
    if service_id is None:
        last = ctx.session.scalar(select(func.max(QueueService.sort_order)))
        service = QueueService(
            prefix=code,
            name_vi=vi,
            name_en=en,
            range_start=range_start,
            range_end=range_end,
            sort_order=0 if last is None else last + 1,
            active=active,
        )
        ctx.session.add(service)
        ctx.session.flush()
        ctx.audit("queue_service", service.id, "create", after=_lane_view(service))
        return _lane(service)
    service = _load_service(ctx, service_id)
    if service.active and not active:
        _check_can_deactivate_lane(ctx, service)
    before = _lane_view(service)
    after = {
        "prefix": code,
        "name_vi": vi,
        "name_en": en,
        "range_start": range_start,
        "range_end": range_end,
        "active": active,
    }
    if after != before:  # an unchanged save touches nothing (no row marked dirty, no audit)
        service.prefix, service.name_vi, service.name_en = code, vi, en
        service.range_start, service.range_end, service.active = range_start, range_end, active
        ctx.audit("queue_service", service.id, "update", before=before, after=after)
    return _lane(service)


# -- counters ----------------------------------------------------------------------------------
def _counter_view(c: Counter) -> dict[str, Any]:
    return {
        "number": c.number,
        "name": c.name,
        "services": sorted(s.prefix for s in c.services),
        "active": c.active,
    }


def save_counter(
    ctx: ServiceContext,
    counter_id: int | None,
    number: int,
    name: str,
    service_ids: Sequence[int],
    active: bool = True,
) -> CounterSettings:
    """Create (``counter_id=None``) or change a counter and the lanes it serves."""
    ctx.require(Permission.EDIT_SETTINGS)
    _check_flag(active)
    if not is_whole(number, COUNTER_MIN, COUNTER_MAX):
        raise ValidationError(
            f"Số quầy phải từ {COUNTER_MIN} đến {COUNTER_MAX}.",
            f"The counter number must be {COUNTER_MIN} to {COUNTER_MAX}.",
            "number",
        )
    if has_control_chars(name or ""):
        raise ValidationError(
            "Tên quầy có ký tự không hợp lệ.", "The counter name has invalid characters.", "name"
        )
    label = clean_line(name or "") or f"Quầy {number}"
    if len(label) > COUNTER_NAME_MAX:
        raise ValidationError(
            f"Tên quầy dài quá {COUNTER_NAME_MAX} ký tự.",
            f"The counter name is longer than {COUNTER_NAME_MAX} characters.",
            "name",
        )
    if not isinstance(service_ids, (list, tuple, set, frozenset)) or not all(
        is_row_id(i) for i in service_ids
    ):
        raise ValidationError(
            "Chọn dịch vụ của quầy trong danh sách.",
            "Choose the counter's services from the list.",
            "services",
        )
    wanted = sorted(set(service_ids))
    if not wanted:
        raise ValidationError(
            "Quầy phải phục vụ ít nhất một dịch vụ.",
            "A counter must serve at least one service.",
            "services",
        )
    services = list(ctx.session.scalars(select(QueueService).where(QueueService.id.in_(wanted))))
    unknown = sorted(set(wanted) - {s.id for s in services})
    if unknown:
        raise ValidationError(
            f"Không có dịch vụ số {', '.join(map(str, unknown))}.",
            f"There is no service {', '.join(map(str, unknown))}.",
            "services",
        )
    stopped = sorted(s.prefix for s in services if not s.active)
    if stopped:
        raise ValidationError(
            f"Dịch vụ {', '.join(stopped)} đã ngừng; chọn dịch vụ đang hoạt động.",
            f"Service {', '.join(stopped)} is no longer active; choose active services.",
            "services",
        )
    clash = ctx.session.scalars(select(Counter).where(Counter.number == number)).first()
    if clash is not None and clash.id != counter_id:
        raise ValidationError(
            f"Đã có quầy số {number}.", f"Counter {number} already exists.", "number"
        )
    if counter_id is None:
        counter = Counter(number=number, name=label, active=active, services=services)
        ctx.session.add(counter)
        ctx.session.flush()
        ctx.audit("counter", counter.id, "create", after=_counter_view(counter))
        return _counter(counter)
    found = ctx.session.get(Counter, counter_id) if is_row_id(counter_id) else None
    if found is None:
        raise ValidationError(
            f"Không có quầy mã {str(counter_id)[:20]}.",
            f"There is no counter {str(counter_id)[:20]}.",
            "number",
        )
    counter = found
    if counter.active and not active:
        busy = ctx.session.scalars(
            select(Ticket).where(Ticket.counter_id == counter.id, Ticket.status.in_(AT_COUNTER))
        ).first()
        if busy is not None:
            raise ValidationError(
                "Quầy đang có số được gọi hoặc đang phục vụ; hãy hoàn thành trước khi ngừng quầy.",
                "The counter has a ticket called or being served; finish it before stopping.",
                "active",
            )
    before = _counter_view(counter)
    after = {
        "number": number,
        "name": label,
        "services": sorted(s.prefix for s in services),
        "active": active,
    }
    if after != before:  # an unchanged save touches nothing
        counter.number, counter.name, counter.active = number, label, active
        counter.services = services
        ctx.audit("counter", counter.id, "update", before=before, after=after)
    return _counter(counter)


# -- priority rules ----------------------------------------------------------------------------
def _put(ctx: ServiceContext, key: str, value: Any) -> None:
    put_setting(ctx, key, value)


def set_queue_settings(
    ctx: ServiceContext,
    priority_after_normals: int,
    priority_categories: Sequence[str],
    no_show_after_recalls: int,
) -> QueueSettings:
    ctx.require(Permission.EDIT_SETTINGS)
    if not is_whole(priority_after_normals, 0, MAX_PRIORITY_AFTER_NORMALS):
        raise ValidationError(
            f"Số lượt thường trước một lượt ưu tiên phải từ 0 đến {MAX_PRIORITY_AFTER_NORMALS}.",
            f"Normal tickets per priority ticket must be 0 to {MAX_PRIORITY_AFTER_NORMALS}.",
            "priority_after_normals",
        )
    if not isinstance(priority_categories, (list, tuple)):
        priority_categories = [str(priority_categories)[:40]]
    unknown = [str(c)[:40] for c in priority_categories if c not in PRIORITY_CATEGORIES]
    if unknown:
        raise ValidationError(
            f"Không có nhóm ưu tiên “{unknown[0]}”.",
            f"Unknown priority category '{unknown[0]}'.",
            "priority_categories",
        )
    # Kept in the known order, whatever order they were ticked in.
    categories = [c for c in PRIORITY_CATEGORIES if c in priority_categories]
    if not categories:
        raise ValidationError(
            "Chọn ít nhất một nhóm ưu tiên.",
            "Choose at least one priority category.",
            "priority_categories",
        )
    if not is_whole(no_show_after_recalls, 0, MAX_NO_SHOW_AFTER_RECALLS):
        raise ValidationError(
            f"Số lần gọi lại trước khi báo vắng phải từ 0 đến {MAX_NO_SHOW_AFTER_RECALLS}.",
            f"Recalls before a no-show must be 0 to {MAX_NO_SHOW_AFTER_RECALLS}.",
            "no_show_after_recalls",
        )
    _put(ctx, PRIORITY_AFTER_NORMALS_KEY, priority_after_normals)
    _put(ctx, PRIORITY_CATEGORIES_KEY, categories)
    _put(ctx, NO_SHOW_AFTER_RECALLS_KEY, no_show_after_recalls)
    return QueueSettings(priority_after_normals, tuple(categories), no_show_after_recalls)
