"""A demo ward: counters, lanes, users with random passwords, the sample catalogue, and a few
days of simulated queue activity so every screen has something real to show."""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from onestop_desktop.domain.accounts import validate_new_password
from onestop_desktop.domain.errors import ValidationError
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.catalogue import ImportReport, import_catalogue
from onestop_desktop.services.catalogue_files import CatalogueFile
from onestop_desktop.services.context import ServiceContext
from onestop_desktop.services.passwords import hash_password
from onestop_desktop.services.setup import create_ward
from onestop_desktop.store.models import Counter, Procedure, QueueService, Ticket, User
from onestop_desktop.store.sequences import next_value

DEMO_WARD = ("Phường Tây Hồ (dữ liệu mẫu)", "000.00.06.H56")
# (prefix, Vietnamese name, English name, catalogue fields served)
DEMO_SERVICES = (
    ("A", "Hộ tịch", "Civil status", ("Hộ tịch", "Nuôi con nuôi")),
    ("B", "Chứng thực", "Certification", ("Chứng thực",)),
    (
        "C",
        "Đất đai – Xây dựng – Kinh doanh",
        "Land, construction, business",
        ("Đất đai", "Hoạt động xây dựng", "Hộ kinh doanh"),
    ),
    ("D", "Chính sách xã hội", "Social policy", ("Bảo trợ xã hội", "Người có công", "Giảm nghèo")),
)
DEMO_COUNTERS = ((1, "A"), (2, "AB"), (3, "BC"), (4, "CD"))
DEMO_USERS = (
    ("admin", "Nguyễn Thị Quản Trị", Role.ADMIN),
    ("giamsat", "Trần Văn Giám Sát", Role.SUPERVISOR),
    ("canbo1", "Lê Thị Hồng Nhung", Role.CLERK),
    ("canbo2", "Phạm Đức Thắng", Role.CLERK),
    ("canbo3", "Đỗ Minh Khuê", Role.CLERK),
)
PRIORITY_CATEGORIES = ("elderly", "disabled", "pregnant", "meritorious", "small_child")


@dataclass(frozen=True)
class DemoAccount:
    username: str
    full_name: str
    role: str
    password: str


@dataclass(frozen=True)
class DemoReport:
    ward_name: str
    unit_code: str
    accounts: list[DemoAccount]
    catalogue: ImportReport
    tickets: int
    dossiers: int


def _new_password(username: str) -> str:
    while True:
        candidate = secrets.token_urlsafe(9)
        try:
            validate_new_password(candidate, username)
        except ValidationError:
            continue
        return candidate


def seed_demo(ctx: ServiceContext, catalogue: CatalogueFile, *, seed: int = 2026) -> DemoReport:
    passwords = {u: _new_password(u) for u, _, _ in DEMO_USERS}
    admin_name, admin_full, _ = DEMO_USERS[0]
    create_ward(
        ctx,
        ward_name=DEMO_WARD[0],
        unit_code=DEMO_WARD[1],
        admin_username=admin_name,
        admin_full_name=admin_full,
        admin_password=passwords[admin_name],
    )
    now = ctx.clock.now()
    accounts = [DemoAccount(admin_name, admin_full, Role.ADMIN.value, passwords[admin_name])]
    users: list[User] = []
    for username, full_name, role in DEMO_USERS[1:]:
        user = User(
            username=username,
            full_name=full_name,
            role=role.value,
            password_hash=hash_password(passwords[username]),
            active=True,
            must_change_password=False,
            failed_attempts=0,
            created_at=now,
        )
        users.append(user)
        accounts.append(DemoAccount(username, full_name, role.value, passwords[username]))
    ctx.session.add_all(users)

    services: dict[str, QueueService] = {}
    for order, (prefix, name_vi, name_en, _fields) in enumerate(DEMO_SERVICES):
        services[prefix] = QueueService(
            prefix=prefix,
            name_vi=name_vi,
            name_en=name_en,
            range_start=1,
            range_end=999,
            sort_order=order,
            active=True,
        )
    ctx.session.add_all(services.values())
    counters = [
        Counter(number=n, name=f"Quầy {n}", active=True, services=[services[p] for p in prefixes])
        for n, prefixes in DEMO_COUNTERS
    ]
    ctx.session.add_all(counters)
    ctx.session.flush()

    report = import_catalogue(ctx, catalogue)
    field_to_service = {f: services[p] for p, _, _, fields in DEMO_SERVICES for f in fields}
    for procedure in ctx.session.query(Procedure):
        lane = field_to_service.get(procedure.field_vi)
        procedure.queue_service_id = lane.id if lane else None

    clerks = [u for u in users if u.role == Role.CLERK.value]
    ctx.session.flush()
    tickets = _simulate_tickets(ctx, list(services.values()), counters, clerks, now, seed)
    dossiers = _simulate_dossiers(ctx, clerks, now, seed)
    ctx.audit(
        "demo",
        None,
        "seed",
        after={"tickets": tickets, "dossiers": dossiers, "users": len(accounts)},
    )
    return DemoReport(DEMO_WARD[0], DEMO_WARD[1], accounts, report, tickets, dossiers)


def _working_days_before(today: date, count: int) -> list[date]:
    days: list[date] = []
    day = today
    while len(days) < count:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days.append(day)
    return sorted(days)


def _simulate_tickets(
    ctx: ServiceContext,
    services: list[QueueService],
    counters: list[Counter],
    clerks: list[User],
    now: datetime,
    seed: int,
) -> int:
    rng = random.Random(seed)
    days = _working_days_before(now.date(), 3)
    if now.weekday() < 5:
        days.append(now.date())
    total = 0
    for day in days:
        opening = datetime.combine(day, time(7, 30))
        closing = min(datetime.combine(day, time(17, 0)), now)
        minute = 0
        while True:
            issued = opening + timedelta(minutes=minute)
            if issued >= closing:
                break
            service = rng.choice(services)
            number = next_value(ctx.session, f"ticket:{service.prefix}", day, service.range_start)
            ticket = Ticket(
                service_id=service.id,
                lane_id=service.id,
                business_date=day,
                number=number,
                status="waiting",
                issued_at=issued,
                recall_count=0,
                priority_category=rng.choice(PRIORITY_CATEGORIES) if rng.random() < 0.12 else None,
            )
            called = issued + timedelta(minutes=rng.randint(1, 25))
            if called < closing - timedelta(minutes=20) or day < now.date():
                serving = [c for c in counters if service in c.services]
                counter = rng.choice(serving)
                ticket.counter_id = counter.id
                ticket.called_at = called
                ticket.served_by_id = rng.choice(clerks).id
                if rng.random() < 0.07:
                    ticket.status = "no_show"
                    ticket.recall_count = 2
                    ticket.finished_at = called + timedelta(minutes=3)
                else:
                    ticket.status = "done"
                    ticket.started_at = called + timedelta(minutes=1)
                    ticket.finished_at = ticket.started_at + timedelta(minutes=rng.randint(3, 18))
            ctx.session.add(ticket)
            total += 1
            minute += rng.randint(2, 9)
            if time(11, 30) <= issued.time() < time(13, 0):
                minute += 90
    return total


FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương")
MIDDLE = ("Thị", "Văn", "Đức", "Minh", "Ngọc", "Thu", "Quang", "Thanh", "Hữu", "Phương")
GIVEN = (
    "Anh", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hạnh", "Hùng", "Khánh", "Lan", "Long", "Mai",
    "Nam", "Phương", "Quân", "Thảo", "Trang", "Tuấn", "Yến", "Hưởng", "Ánh", "Đạt", "Lộc", "Nhung",
)  # fmt: skip
STREETS = ("Âu Cơ", "Lạc Long Quân", "Xuân Diệu", "Tô Ngọc Vân", "Quảng An", "Nghi Tàm", "Yên Phụ")


def _simulate_dossiers(ctx: ServiceContext, clerks: list[User], now: datetime, seed: int) -> int:
    """Dossiers taken in over the simulated days through the real intake use case."""
    from onestop_desktop.domain.applicant import PersonInput
    from onestop_desktop.domain.clock import FixedClock
    from onestop_desktop.domain.intake import DocumentCheck, IntakeForm, Outcome
    from onestop_desktop.services.context import Actor
    from onestop_desktop.services.intake import procedure_checklist, receive_dossier

    rng = random.Random(seed + 1)
    procedures = sorted(ctx.session.scalars(select(Procedure.id).where(Procedure.active)))
    days = _working_days_before(now.date(), 3)
    if now.weekday() < 5:
        days.append(now.date())
    total = 0
    received: list[tuple[int, datetime, Actor]] = []
    for day in days:
        moment = datetime.combine(day, time(7, 40))
        end = min(datetime.combine(day, time(16, 50)), now)
        while moment < end:
            clerk = rng.choice(clerks)
            actor = Actor(clerk.id, clerk.username, clerk.full_name, Role.CLERK)
            sub = ServiceContext(ctx.session, FixedClock(moment), actor)
            checklist = procedure_checklist(sub, rng.choice(procedures))
            roll = rng.random()
            outcome = Outcome.ACCEPT
            if roll < 0.08:
                outcome = Outcome.SUPPLEMENT
            elif roll < 0.11:
                outcome = Outcome.REFUSE
            checks = tuple(
                DocumentCheck(d.id, outcome is not Outcome.SUPPLEMENT or not d.mandatory)
                for d in checklist.documents
            )
            if outcome is Outcome.SUPPLEMENT and all(c.handed_in for c in checks) and checks:
                checks = (DocumentCheck(checks[0].document_id, True, "Bản chụp bị mờ, nộp lại"),)
                checks += tuple(DocumentCheck(d.id, True) for d in checklist.documents[1:])
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
            form = IntakeForm(
                procedure_id=checklist.procedure_id,
                applicant=PersonInput(
                    full_name=name,
                    id_type="cccd",
                    id_number=f"001{rng.randint(0, 10**9 - 1):09d}",
                    phone=f"09{rng.randint(0, 10**8 - 1):08d}",
                    address=f"Số {rng.randint(1, 200)} {rng.choice(STREETS)}, Tây Hồ, Hà Nội",
                ),
                outcome=outcome,
                channel=rng.choices(["direct", "postal", "mobile"], [0.9, 0.07, 0.03])[0],
                documents=checks,
                reason="Thủ tục không thuộc thẩm quyền giải quyết của phường."
                if outcome is Outcome.REFUSE
                else "",
            )
            result = receive_dossier(sub, form)
            if result.due_at is not None:
                received.append((result.dossier_id, moment, actor))
            total += 1
            moment += timedelta(minutes=rng.randint(8, 30))
            if time(11, 30) <= moment.time() < time(13, 0):
                moment = datetime.combine(day, time(13, 5))
    _simulate_processing(ctx, received, now, rng)
    return total


def _simulate_processing(
    ctx: ServiceContext,
    received: list[tuple[int, datetime, Any]],
    now: datetime,
    rng: random.Random,
) -> None:
    """Move the demo's dossiers on through the real use cases: handed over, results back,
    returned at the counter or by post, fees paid; the newest and a few late ones stay open."""
    from onestop_desktop.domain.clock import FixedClock
    from onestop_desktop.services import processing as p
    from onestop_desktop.services.calendar_days import load_calendar
    from onestop_desktop.services.processing_dto import (
        CounterReturn,
        FeeMethod,
        FeePayment,
        PostalReturn,
        ReceiverKind,
    )

    calendar = load_calendar(ctx)
    for dossier_id, at, actor in received:
        if (now - at) < timedelta(hours=2) or rng.random() < 0.15:
            continue  # still at the counter, or forgotten there (overdue soon)
        # Each step within working hours, a few working hours after the one before.
        steps = [calendar.add_working_minutes(at, 40)]
        steps.append(min(now, calendar.add_working_minutes(steps[0], rng.randint(3, 30) * 60)))
        steps.append(min(now, calendar.add_working_minutes(steps[1], rng.randint(1, 16) * 60)))

        def sub(moment: datetime, actor: Any = actor) -> ServiceContext:
            return ServiceContext(ctx.session, FixedClock(moment), actor)

        detail = p.dossier_detail(sub(steps[0]), dossier_id)
        if detail.fee_vnd:
            p.collect_fee(
                sub(steps[0]),
                dossier_id,
                FeePayment(detail.fee_vnd, rng.choice(list(FeeMethod)), f"BL{dossier_id:06d}"),
            )
        p.hand_over(sub(steps[0]), dossier_id, "Công chức Tư pháp - Hộ tịch")
        if rng.random() < 0.35 or steps[1] >= now:
            continue
        p.result_back(sub(steps[1]), dossier_id, "Đã ký, đóng dấu")
        if rng.random() < 0.4 or steps[2] >= now:
            continue
        if rng.random() < 0.15:
            p.return_by_post(
                sub(steps[2]),
                dossier_id,
                PostalReturn(f"EB{rng.randint(0, 10**9 - 1):09d}VN", steps[2].date()),
            )
        else:
            p.return_at_counter(
                sub(steps[2]),
                dossier_id,
                CounterReturn(ReceiverKind.APPLICANT, detail.applicant_id_number or "001190000000"),
            )
