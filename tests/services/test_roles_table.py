"""Roles, table-driven over every use case in ``onestop_desktop/services``.

Use cases are found by introspection (public functions whose first parameter is
``ctx: ServiceContext``), so a use case added later fails ``test_every_use_case_is_in_the_table``
until someone writes down who may run it in ``TABLE``. Each role (and "nobody logged in") that
lacks the right is refused with ``PermissionDenied`` on a real, set-up database, with arguments
that an allowed role would get through, and nothing changes: every row of every table, and the
files the use case would write, are the same before and after. The least-privileged allowed role
is let through, so the test fails both ways.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

import onestop_desktop.services as services_pkg
from onestop_desktop.domain.calendar import Shift
from onestop_desktop.domain.catalogue import CopyKind, DocumentSpec, ProcedureSpec, ProcessingUnit
from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.domain.errors import PermissionDenied, UserError
from onestop_desktop.domain.roles import ROLE_PERMISSIONS, Permission, Role
from onestop_desktop.domain.statistics import Period
from onestop_desktop.resources_path import resource
from onestop_desktop.services import backups
from onestop_desktop.services.audit_log import AuditFilter
from onestop_desktop.services.catalogue_files import read_catalogue_file
from onestop_desktop.services.context import Actor, ServiceContext, ServiceRunner
from onestop_desktop.services.dossier_search import DossierQuery
from onestop_desktop.services.intake import receive_dossier
from onestop_desktop.services.processing_dto import (
    CounterReturn,
    FeeMethod,
    FeePayment,
    PostalReturn,
    ReceiverKind,
)
from onestop_desktop.services.queue import DISPLAY_ACTOR, KIOSK_ACTOR
from onestop_desktop.services.ratings import RATING_ACTOR
from onestop_desktop.services.security_settings import SecuritySettings
from onestop_desktop.store.base import Base
from onestop_desktop.store.engine import Database
from onestop_desktop.store.location import DataLocation
from onestop_desktop.store.models import Dossier
from tests.conftest import BACKEND, PASSWORD, START, fresh_database_url
from tests.intake_helpers import APPLICANT, intake_form, load_sample_catalogue
from tests.queue_helpers import Lanes, make_lanes

pytestmark = pytest.mark.db

# Markers for use cases that check no permission, each for a stated reason.
ANY = "any logged-in user"  # reads of ward-wide, non-personal data; or acts on the actor itself
SETUP = "login or setup"  # run with actor None; guarded by credentials or an empty database
INTERNAL = "step of another use case"  # takes ORM rows / returns a statement / writes unaudited

Needs = Permission | str
ROLES = (Role.CLERK, Role.SUPERVISOR, Role.ADMIN)
NEW_PASSWORD = "Tam-thoi-2026#"
THREE_DAYS = "1.000689"  # a sample procedure: 3 working days, fee collected


# -- discovery -----------------------------------------------------------------------------------
def _service_modules() -> Iterator[Any]:
    for info in pkgutil.iter_modules(services_pkg.__path__):
        yield importlib.import_module(f"{services_pkg.__name__}.{info.name}")
    yield importlib.import_module("onestop_desktop.sync.outbox")  # the sync's use cases


def _public_functions(module: Any) -> Iterator[tuple[str, Callable[..., Any]]]:
    for name, fn in inspect.getmembers(module, inspect.isfunction):
        if fn.__module__ == module.__name__ and not name.startswith("_"):
            yield name, fn


def _first_parameter(fn: Callable[..., Any]) -> inspect.Parameter | None:
    params = list(inspect.signature(fn).parameters.values())
    return params[0] if params else None


def discover_use_cases() -> dict[str, Callable[..., Any]]:
    """``module.function`` → function, for every ``fn(ctx: ServiceContext, ...)``."""
    found: dict[str, Callable[..., Any]] = {}
    for module in _service_modules():
        for name, fn in _public_functions(module):
            first = _first_parameter(fn)
            if first is not None and first.name == "ctx":
                assert first.annotation in ("ServiceContext", ServiceContext), (module, name)
                found[f"{module.__name__.rsplit('.', 1)[1]}.{name}"] = fn
    return found


def discover_runner_use_cases() -> dict[str, Callable[..., Any]]:
    """Functions that take the runner and an actor themselves: ``fn(runner, actor, …)``."""
    found: dict[str, Callable[..., Any]] = {}
    for module in _service_modules():
        for name, fn in _public_functions(module):
            first = _first_parameter(fn)
            takes_actor = "actor" in inspect.signature(fn).parameters
            if first is not None and first.name == "runner" and takes_actor:
                found[f"{module.__name__.rsplit('.', 1)[1]}.{name}"] = fn
    return found


USE_CASES = discover_use_cases()
RUNNER_USE_CASES = discover_runner_use_cases()


# -- the world the use cases act on --------------------------------------------------------------
@dataclass
class Env:
    runner: ServiceRunner
    admin: Actor
    supervisor: Actor
    clerk: Actor  # sits at counter 1
    lanes: Lanes
    procedure_id: int
    dossier_id: int
    dossier_code: str
    ticket_id: int
    files: Path  # where use cases that write files are pointed
    location: DataLocation
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def counter(self) -> int:
        return self.lanes.counters[1]

    def actor(self, role: Role | None) -> Actor | None:
        return {
            None: None,
            Role.CLERK: self.clerk,
            Role.SUPERVISOR: self.supervisor,
            Role.ADMIN: self.admin,
        }[role]


@dataclass(frozen=True)
class Seeded:
    """A set-up ward, built once per module (password hashing is slow) and copied per test."""

    template: str  # a SQLite file, or a PostgreSQL database to use as TEMPLATE
    admin: Actor
    supervisor: Actor
    clerk: Actor
    lanes: Lanes
    procedure_id: int
    dossier_id: int
    dossier_code: str
    ticket_id: int


def _seed(runner: ServiceRunner) -> tuple[Actor, Actor, Actor, Lanes, int, int, str, int]:
    from onestop_desktop.services.queue import issue_ticket
    from onestop_desktop.services.setup import create_ward
    from onestop_desktop.services.users import create_user

    admin = runner.write(
        create_ward,
        None,
        ward_name="Phường Tây Hồ",
        unit_code="000.00.06.H56",
        admin_username="admin",
        admin_full_name="Nguyễn Thị Quản Trị",
        admin_password=PASSWORD,
    )

    def user(username: str, full_name: str, role: Role, counter_id: int | None = None) -> Actor:
        row = runner.write(
            create_user, admin, username=username, full_name=full_name, role=role.value,
            password=PASSWORD,
        )  # fmt: skip
        return Actor(row.id, row.username, row.full_name, role, counter_id)

    load_sample_catalogue(runner, admin)
    lanes = make_lanes(runner, admin)
    clerk = user("canbo1", "Trần Minh Châu", Role.CLERK, lanes.counters[1])  # at counter 1
    supervisor = user("truongbp", "Đỗ Thị Hạnh", Role.SUPERVISOR)
    received = runner.write(receive_dossier, clerk, intake_form(runner, clerk, THREE_DAYS))
    with runner.db.read() as s:
        dossier = s.get(Dossier, received.dossier_id)
        assert dossier is not None
        code, pid = dossier.code, dossier.procedure_id
    ticket = runner.write(issue_ticket, KIOSK_ACTOR, lanes.a, None)
    return admin, supervisor, clerk, lanes, pid, received.dossier_id, code, ticket.ticket.id


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, _template: str) -> Iterator[Seeded]:
    folder = tmp_path_factory.mktemp("roles-seed")
    for url in fresh_database_url(folder, migrated_from=_template):
        db = Database(url)
        try:
            values = _seed(ServiceRunner(db, FixedClock(START)))
        finally:
            db.dispose()
        template = str(db.sqlite_path) if db.sqlite_path else str(make_url(url).database)
        yield Seeded(template, *values)


@pytest.fixture
def env(seeded: Seeded, tmp_path: Path) -> Iterator[Env]:
    for url in fresh_database_url(tmp_path, migrated_from=seeded.template):
        db = Database(url)
        files = tmp_path / "files"
        files.mkdir()
        yield Env(
            ServiceRunner(db, FixedClock(START)), seeded.admin, seeded.supervisor, seeded.clerk,
            seeded.lanes, seeded.procedure_id, seeded.dossier_id, seeded.dossier_code,
            seeded.ticket_id, files, DataLocation(tmp_path, url),
        )  # fmt: skip
        db.dispose()


# -- the table -----------------------------------------------------------------------------------
Args = tuple[tuple[Any, ...], dict[str, Any]]


@dataclass(frozen=True)
class Case:
    needs: Needs
    args: Callable[[Env], Args]
    read: bool = False  # run through runner.read (else runner.write)
    prepare: Callable[[Env], None] | None = None  # bring the data into the state the call needs
    changes: bool = True  # a write that, let through, changes (and audits) something


def a(*args: Any, **kwargs: Any) -> Args:
    return args, kwargs


def _procedure_spec() -> ProcedureSpec:
    return ProcedureSpec(
        code=None,
        name_vi="Cấp bản sao trích lục hộ tịch",
        name_en="Copy of a civil status extract",
        field_vi="Hộ tịch",
        field_en="Civil status",
        processing_days=1,
        processing_unit=ProcessingUnit.WORKING_DAYS,
        same_day_cutoff=None,
        fee_vnd=8000,
        fee_note=None,
        legal_basis="Luật Hộ tịch 2014",
        documents=(DocumentSpec("Tờ khai cấp bản sao trích lục hộ tịch", CopyKind.ORIGINAL),),
    )


def _write(fn_name: str, role: Role, *args: Any, **kwargs: Any) -> Callable[[Env], None]:
    def run(e: Env) -> None:
        e.runner.write(USE_CASES[fn_name], e.actor(role), *args, **kwargs)

    return run


def _steps(*steps: Callable[[Env], None]) -> Callable[[Env], None]:
    def run(e: Env) -> None:
        for step in steps:
            step(e)

    return run


def _on_dossier(fn_name: str, *args: Any) -> Callable[[Env], None]:
    def run(e: Env) -> None:
        e.runner.write(USE_CASES[fn_name], e.clerk, e.dossier_id, *args)

    return run


def _on_counter(fn_name: str, *args: Any) -> Callable[[Env], None]:
    def run(e: Env) -> None:
        e.runner.write(USE_CASES[fn_name], e.clerk, e.counter, *args)

    return run


HANDED_OVER = _on_dossier("processing.hand_over", "Công chức Tư pháp - Hộ tịch")
RESULT_BACK = _steps(HANDED_OVER, _on_dossier("processing.result_back", None))
CALLED = _on_counter("queue.call_next")
SERVING = _steps(CALLED, _on_counter("queue.start_service"))
NEW_YEAR = date(2026, 12, 31)  # a Thursday, a working day

TABLE: dict[str, Case] = {
    # audit log: administrators only
    "audit_log.audit_choices": Case(Permission.VIEW_AUDIT, lambda e: a(), read=True),
    "audit_log.search_audit": Case(Permission.VIEW_AUDIT, lambda e: a(AuditFilter()), read=True),
    "audit_log.verify_audit": Case(Permission.VIEW_AUDIT, lambda e: a(), read=True),
    "overview.recent_audit": Case(Permission.VIEW_AUDIT, lambda e: a(50), read=True),
    # login and first run
    "auth.login": Case(SETUP, lambda e: a(username="canbo1", password=PASSWORD)),
    "auth.unlock_session": Case(ANY, lambda e: a(password=PASSWORD)),
    "setup.create_ward": Case(
        SETUP,
        lambda e: a(
            ward_name="Phường Quảng An",
            unit_code="000.00.07.H56",
            admin_username="quantri2",
            admin_full_name="Lê Văn Hai",
            admin_password=PASSWORD,
        ),
    ),
    "demo.seed_demo": Case(
        SETUP, lambda e: a(read_catalogue_file(resource("catalogue", "procedures-sample.csv")))
    ),
    "setup.ward_status": Case(ANY, lambda e: a(), read=True),
    # settings: administrators only; reading the ward's rules is open
    "calendar_days.add_calendar_day": Case(
        Permission.EDIT_SETTINGS, lambda e: a(NEW_YEAR, "day_off", "Nghỉ bù Tết Dương lịch")
    ),
    "calendar_days.withdraw_calendar_day": Case(
        Permission.EDIT_SETTINGS,
        lambda e: a(NEW_YEAR, "Nhập nhầm ngày"),
        prepare=_write("calendar_days.add_calendar_day", Role.ADMIN, NEW_YEAR, "day_off"),
    ),
    "calendar_days.set_shifts": Case(
        Permission.EDIT_SETTINGS,
        lambda e: a((Shift(time(7, 30), time(11, 30)), Shift(time(13, 30), time(17, 0)))),
    ),
    "calendar_days.get_shifts": Case(ANY, lambda e: a(), read=True),
    "calendar_days.list_calendar_days": Case(ANY, lambda e: a(2026), read=True),
    "calendar_days.load_calendar": Case(ANY, lambda e: a(), read=True),
    "dashboard.set_wait_target": Case(Permission.EDIT_SETTINGS, lambda e: a(30)),
    "queue_settings.get_queue_settings": Case(Permission.EDIT_SETTINGS, lambda e: a(), read=True),
    "queue_settings.queue_setup": Case(Permission.EDIT_SETTINGS, lambda e: a(), read=True),
    "queue_settings.save_counter": Case(
        Permission.EDIT_SETTINGS, lambda e: a(None, 4, "Quầy 4", [e.lanes.a, e.lanes.b])
    ),
    "queue_settings.save_service": Case(
        Permission.EDIT_SETTINGS, lambda e: a(None, "C", "Đất đai", "Land", 1, 999)
    ),
    "queue_settings.set_queue_settings": Case(
        Permission.EDIT_SETTINGS, lambda e: a(2, ["elderly", "disabled", "pregnant"], 2)
    ),
    "queue_settings.read_queue_settings": Case(ANY, lambda e: a(), read=True),
    "queue.priority_after_normals": Case(ANY, lambda e: a(), read=True),
    "queue.priority_categories": Case(ANY, lambda e: a(), read=True),
    "queue.no_show_after_recalls": Case(ANY, lambda e: a(), read=True),
    "security_settings.save_security_settings": Case(
        Permission.EDIT_SETTINGS, lambda e: a(SecuritySettings(lockout_attempts=4))
    ),
    "security_settings.read_security_settings": Case(ANY, lambda e: a(), read=True),
    "settings.set_language": Case(Permission.EDIT_SETTINGS, lambda e: a("en")),
    "settings.get_setting": Case(ANY, lambda e: a("ui.language", "vi"), read=True),
    "retention.apply_retention": Case(  # off by default: let through, it finds nothing to do
        Permission.EDIT_SETTINGS, lambda e: a(e.files), changes=False
    ),
    "sync_settings.sync_settings": Case(Permission.EDIT_SETTINGS, lambda e: a(), read=True),
    "sync_settings.set_sync_settings": Case(
        Permission.EDIT_SETTINGS,
        lambda e: a("https://so-tttt.hanoi.example/api", "token-tay-ho", "secret-tay-ho"),
    ),
    # users: administrators only; everyone changes their own password
    "users.create_user": Case(
        Permission.MANAGE_USERS,
        lambda e: a(username="canbo2", full_name="Phạm Thu Hà", role="clerk", password=PASSWORD),
    ),
    "users.list_users": Case(Permission.MANAGE_USERS, lambda e: a(), read=True),
    "users.reset_password": Case(
        Permission.MANAGE_USERS, lambda e: a(user_id=e.clerk.user_id, new_password=NEW_PASSWORD)
    ),
    "users.set_user_active": Case(
        Permission.MANAGE_USERS,
        lambda e: a(user_id=e.clerk.user_id, active=False, reason="Chuyển công tác"),
    ),
    "users.change_own_password": Case(
        ANY, lambda e: a(current_password=PASSWORD, new_password=NEW_PASSWORD)
    ),
    # catalogue: supervisors and administrators edit; everyone reads
    "catalogue.import_catalogue": Case(
        Permission.EDIT_CATALOGUE,
        lambda e: a(read_catalogue_file(resource("catalogue", "procedures-sample.csv"))),
    ),
    "catalogue.save_procedure": Case(
        Permission.EDIT_CATALOGUE, lambda e: a(None, _procedure_spec())
    ),
    "catalogue.set_procedure_active": Case(
        Permission.EDIT_CATALOGUE,
        lambda e: a(e.procedure_id, False, "Thủ tục được thay thế theo quyết định mới"),
    ),
    "catalogue_export.export_catalogue": Case(
        Permission.EDIT_CATALOGUE, lambda e: a(e.files / "danh-muc.csv"), read=True
    ),
    "catalogue.browse_catalogue": Case(ANY, lambda e: a("hộ tịch"), read=True),
    "catalogue.catalogue_fields": Case(ANY, lambda e: a(), read=True),
    "catalogue.count_procedures": Case(ANY, lambda e: a(), read=True),
    "catalogue.get_procedure": Case(ANY, lambda e: a(e.procedure_id), read=True),
    "catalogue.search_procedures": Case(ANY, lambda e: a("khai sinh"), read=True),
    "catalogue_export.catalogue_rows": Case(ANY, lambda e: a(), read=True),
    # the day's figures and the register: supervisors and administrators
    "dashboard.live_dashboard": Case(Permission.VIEW_DAY, lambda e: a(), read=True),
    "dashboard.day_dashboard": Case(Permission.VIEW_DAY, lambda e: a(START.date()), read=True),
    "dossier_lists.register": Case(
        Permission.VIEW_DAY, lambda e: a(date(2026, 11, 1), date(2026, 11, 30)), read=True
    ),
    "totals.dossier_buckets": Case(
        Permission.VIEW_DAY,
        lambda e: a(Period(date(2026, 11, 1), date(2026, 11, 30), datetime(2026, 11, 20, 9))),
        read=True,
    ),
    # the counter: every role serves, nobody logged out does
    "intake.procedure_checklist": Case(
        Permission.SERVE_COUNTER, lambda e: a(e.procedure_id), read=True
    ),
    "intake.receive_dossier": Case(
        Permission.SERVE_COUNTER, lambda e: a(intake_form(e.runner, e.clerk, THREE_DAYS))
    ),
    "intake.reprint_form": Case(Permission.SERVE_COUNTER, lambda e: a(e.dossier_id)),
    "dossier_search.search_dossiers": Case(
        Permission.SERVE_COUNTER, lambda e: a(DossierQuery(text=APPLICANT.id_number)), read=True
    ),
    "dossier_search.find_by_code": Case(
        Permission.SERVE_COUNTER, lambda e: a(e.dossier_code), read=True
    ),
    "processing.dossier_detail": Case(
        Permission.SERVE_COUNTER, lambda e: a(e.dossier_id), read=True
    ),
    "processing.open_for_return": Case(
        Permission.SERVE_COUNTER, lambda e: a(e.dossier_code), read=True
    ),
    "dossier_lists.due_list": Case(Permission.SERVE_COUNTER, lambda e: a(), read=True),
    "processing.hand_over": Case(
        Permission.SERVE_COUNTER, lambda e: a(e.dossier_id, "Công chức Tư pháp - Hộ tịch")
    ),
    "processing.result_back": Case(
        Permission.SERVE_COUNTER, lambda e: a(e.dossier_id, "Đã ký"), prepare=HANDED_OVER
    ),
    "processing.return_at_counter": Case(
        Permission.SERVE_COUNTER,
        lambda e: a(e.dossier_id, CounterReturn(ReceiverKind.APPLICANT, APPLICANT.id_number)),
        prepare=RESULT_BACK,
    ),
    "processing.return_by_post": Case(
        Permission.SERVE_COUNTER,
        lambda e: a(e.dossier_id, PostalReturn("EB123456789VN", date(2026, 11, 20))),
        prepare=RESULT_BACK,
    ),
    "processing.request_supplement": Case(
        Permission.SERVE_COUNTER,
        lambda e: a(e.dossier_id, "Thiếu bản sao giấy chứng sinh"),
        prepare=HANDED_OVER,
    ),
    "processing.supplement_received": Case(
        Permission.SERVE_COUNTER,
        lambda e: a(e.dossier_id, None),
        prepare=_steps(
            HANDED_OVER,
            _on_dossier("processing.request_supplement", "Thiếu bản sao giấy chứng sinh"),
        ),
    ),
    "processing.extend": Case(
        Permission.SERVE_COUNTER,
        lambda e: a(e.dossier_id, datetime(2026, 12, 3, 9), "Cần xác minh thêm"),
        prepare=HANDED_OVER,
    ),
    "processing.withdraw": Case(
        Permission.SERVE_COUNTER, lambda e: a(e.dossier_id, "Người nộp xin rút hồ sơ")
    ),
    "processing.stop": Case(
        Permission.SERVE_COUNTER,
        lambda e: a(e.dossier_id, "Không đủ điều kiện giải quyết"),
        prepare=HANDED_OVER,
    ),
    "processing.collect_fee": Case(
        Permission.SERVE_COUNTER,
        lambda e: a(e.dossier_id, FeePayment(8000, FeeMethod.CASH)),
    ),
    "processing.control_slip": Case(Permission.SERVE_COUNTER, lambda e: a(e.dossier_id)),
    # the queue: every role serves; the kiosk and the display run as unattended clerks
    "queue.list_services": Case(Permission.SERVE_COUNTER, lambda e: a(), read=True),
    "queue.list_counters": Case(Permission.SERVE_COUNTER, lambda e: a(), read=True),
    "queue.issue_ticket": Case(Permission.SERVE_COUNTER, lambda e: a(e.lanes.b, "elderly")),
    "queue.counter_state": Case(Permission.SERVE_COUNTER, lambda e: a(e.counter), read=True),
    "queue.board_state": Case(Permission.SERVE_COUNTER, lambda e: a(8), read=True),
    "queue.last_call_id": Case(Permission.SERVE_COUNTER, lambda e: a(), read=True),
    "queue.call_next": Case(Permission.SERVE_COUNTER, lambda e: a(e.counter)),
    "queue.call_ticket": Case(Permission.SERVE_COUNTER, lambda e: a(e.counter, e.ticket_id)),
    "queue.recall": Case(Permission.SERVE_COUNTER, lambda e: a(e.counter), prepare=CALLED),
    "queue.mark_no_show": Case(
        Permission.SERVE_COUNTER,
        lambda e: a(e.counter),
        prepare=_steps(CALLED, *[_on_counter("queue.recall")] * 3),
    ),
    "queue.start_service": Case(Permission.SERVE_COUNTER, lambda e: a(e.counter), prepare=CALLED),
    "queue.finish_service": Case(Permission.SERVE_COUNTER, lambda e: a(e.counter), prepare=SERVING),
    "queue.transfer_ticket": Case(
        Permission.SERVE_COUNTER, lambda e: a(e.ticket_id, to_service_id=e.lanes.b)
    ),
    "queue.pause_counter": Case(Permission.SERVE_COUNTER, lambda e: a(e.counter, "Nghỉ trưa")),
    "queue.resume_counter": Case(
        Permission.SERVE_COUNTER,
        lambda e: a(e.counter),
        prepare=_on_counter("queue.pause_counter", "Nghỉ trưa"),
    ),
    # ratings: the clerk's own counter and the unattended rating panel
    "ratings.pending_rating": Case(Permission.SERVE_COUNTER, lambda e: a(1), read=True),
    "ratings.record_rating": Case(Permission.SERVE_COUNTER, lambda e: a(1, 4)),
    "ratings.ratings_today": Case(Permission.SERVE_COUNTER, lambda e: a(e.counter), read=True),
    "day_totals.day_totals": Case(Permission.VIEW_DAY, lambda e: a(START.date()), read=True),
    "day_totals.day_summary": Case(Permission.VIEW_DAY, lambda e: a(START.date()), read=True),
    "day_closing.open_items": Case(Permission.VIEW_DAY, lambda e: a(START.date()), read=True),
    "period_report.period_report": Case(
        Permission.VIEW_DAY, lambda e: a("month", 2026, 11), read=True
    ),
    "period_report.range_report": Case(
        Permission.VIEW_DAY, lambda e: a(date(2026, 11, 1), START.date()), read=True
    ),
    "day_report_files.save_day_summary": Case(
        Permission.VIEW_DAY,
        lambda e: a(START.date(), e.files / "tong-hop-cuoi-ngay.pdf"),
        read=True,
    ),
    "day_report_files.save_period_report": Case(
        Permission.VIEW_DAY, lambda e: a("month", 2026, 11, e.files / "bieu-06.xlsx"), read=True
    ),
    # closing the day (and reopening it to correct): supervisors and administrators
    "day_closing.close_day": Case(Permission.CLOSE_DAY, lambda e: a(START.date())),
    "day_closing.reopen_day": Case(
        Permission.CLOSE_DAY,
        lambda e: a(START.date(), "Bổ sung phiếu cấp sau giờ chốt"),
        prepare=_write("day_closing.close_day", Role.SUPERVISOR, START.date()),
    ),
    # the upward sync's outbox: the list and a closed day's document for supervisors; sending
    # everything again after fixing a setting for administrators; the status bar for all
    "outbox.outbox_items": Case(Permission.VIEW_DAY, lambda e: a(), read=True),
    "outbox.day_document": Case(
        Permission.VIEW_DAY,
        lambda e: a(START.date()),
        read=True,
        prepare=_write("day_closing.close_day", Role.SUPERVISOR, START.date()),
    ),
    "outbox.resend_now": Case(Permission.EDIT_SETTINGS, lambda e: a(), changes=False),
    "outbox.outbox_status": Case(ANY, lambda e: a(), read=True),
    # steps inside other use cases, never run through the runner by the UI
    "intake.build_slip": Case(INTERNAL, lambda e: a()),
    "dossier_search.search_statement": Case(INTERNAL, lambda e: a()),
    "ratings.ask_rating": Case(INTERNAL, lambda e: a()),
    "settings.put_setting": Case(INTERNAL, lambda e: a()),
    "day_totals.check_report_date": Case(INTERNAL, lambda e: a()),
    "day_totals.compute_totals": Case(INTERNAL, lambda e: a()),
    # the sync worker's steps, run as SYNC_ACTOR by sync/sender.py only
    "outbox.due_items": Case(INTERNAL, lambda e: a()),
    "outbox.record_ack": Case(INTERNAL, lambda e: a()),
    "outbox.record_refusal": Case(INTERNAL, lambda e: a()),
    "outbox.record_retry": Case(INTERNAL, lambda e: a()),
}

# These take the runner and the actor themselves: backups work on files outside a transaction;
# form_files runs the use case, then writes its PDF.
RUNNER_TABLE: dict[str, tuple[Permission, Callable[[Env], Args]]] = {
    "form_files.receive_and_save": (
        Permission.SERVE_COUNTER,
        lambda e: a(intake_form(e.runner, e.clerk, THREE_DAYS), e.files),
    ),
    "form_files.reprint_and_save": (
        Permission.SERVE_COUNTER,
        lambda e: a(e.dossier_id, e.files, False),
    ),
    "backups.backup_now": (Permission.EDIT_SETTINGS, lambda e: a(e.location, date(2026, 11, 20))),
    "backups.list_backups": (Permission.EDIT_SETTINGS, lambda e: a(e.location)),
    "backups.restore_at_next_start": (
        Permission.EDIT_SETTINGS,
        lambda e: a(e.location, e.notes["backup"]),
    ),
    "backups.cancel_scheduled_restore": (Permission.EDIT_SETTINGS, lambda e: a(e.location)),
}

# What the unattended screens run (ui/kiosk_window.py, display_window.py, rating_window.py).
UNATTENDED: list[tuple[Actor, str]] = [
    (KIOSK_ACTOR, "queue.list_services"),
    (KIOSK_ACTOR, "queue.priority_categories"),
    (KIOSK_ACTOR, "queue.issue_ticket"),
    (DISPLAY_ACTOR, "queue.last_call_id"),
    (DISPLAY_ACTOR, "queue.board_state"),
    (RATING_ACTOR, "ratings.pending_rating"),
    (RATING_ACTOR, "ratings.record_rating"),
]


# -- helpers -------------------------------------------------------------------------------------
def refused_roles(needs: Needs) -> list[Role | None]:
    """Who must be refused: the roles without the permission, and nobody logged in."""
    if not isinstance(needs, Permission):
        return []
    return [r for r in ROLES if needs not in ROLE_PERMISSIONS[r]] + [None]


def least_allowed_role(needs: Needs) -> Role:
    if not isinstance(needs, Permission):
        return Role.CLERK
    return next(r for r in ROLES if needs in ROLE_PERMISSIONS[r])


def _snapshot(runner: ServiceRunner) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (audit log included), in a stable order."""
    with runner.db.read() as s:
        out: dict[str, list[tuple[Any, ...]]] = {}
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            out[table.name] = [tuple(r) for r in s.execute(select(table).order_by(*order))]
        return out


def _files(root: Path) -> dict[str, bytes]:
    """The files under ``root`` (the database's own files aside, they change on every read)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith("onestop.sqlite")
    }


def _call(e: Env, name: str, actor: Actor | None) -> Any:
    case = TABLE[name]
    args, kwargs = case.args(e)
    run = e.runner.read if case.read else e.runner.write
    return run(USE_CASES[name], actor, *args, **kwargs)


def _prepared(e: Env, name: str) -> None:
    case = TABLE[name]
    if case.prepare is not None:
        case.prepare(e)


def _label(role: Role | None) -> str:
    return "nobody logged in" if role is None else role.value


GATED = sorted(n for n, c in TABLE.items() if isinstance(c.needs, Permission))
REFUSALS = [(n, r) for n in GATED for r in refused_roles(TABLE[n].needs)]


# -- the table covers every use case -------------------------------------------------------------
def test_every_use_case_is_in_the_table() -> None:
    missing = sorted(set(USE_CASES) - set(TABLE))
    stale = sorted(set(TABLE) - set(USE_CASES))
    assert missing == [], f"use cases with no entry in TABLE (who may run them?): {missing}"
    assert stale == [], f"TABLE entries for use cases that no longer exist: {stale}"
    assert sorted(RUNNER_USE_CASES) == sorted(RUNNER_TABLE)


def test_discovery_finds_the_use_cases_we_know() -> None:
    """Guards the discovery itself: an empty or half-empty scan would make the table test moot."""
    assert len(USE_CASES) >= 88
    for name in ("dossier_lists.register", "totals.dossier_buckets", "users.create_user"):
        assert name in USE_CASES
    assert "context.require" not in USE_CASES  # a method, not a use case
    assert "backups.run_daily_backup" not in RUNNER_USE_CASES  # takes no actor: scheduled


def test_every_permission_guards_a_use_case() -> None:
    used = {c.needs for c in TABLE.values()} | {p for p, _ in RUNNER_TABLE.values()}
    assert set(Permission) - used == set()


# -- refusals ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "role"), REFUSALS, ids=[f"{n}-{_label(r)}" for n, r in REFUSALS])
def test_a_role_without_the_right_is_refused_and_nothing_changes(
    env: Env, name: str, role: Role | None
) -> None:
    needs = TABLE[name].needs
    assert isinstance(needs, Permission)
    _prepared(env, name)
    before, files_before = _snapshot(env.runner), _files(env.location.data_dir)
    with pytest.raises(PermissionDenied) as refused:
        _call(env, name, env.actor(role))
    assert f"({needs.value})" in refused.value.message_en
    assert refused.value.message_vi == "Tài khoản của bạn không có quyền thực hiện việc này."
    assert _snapshot(env.runner) == before
    assert _files(env.location.data_dir) == files_before


@pytest.mark.parametrize("name", GATED)
def test_the_least_privileged_allowed_role_gets_through(env: Env, name: str) -> None:
    """The same arguments work for a role that has the right: the refusal is the permission."""
    _prepared(env, name)
    before = _snapshot(env.runner)
    _call(env, name, env.actor(least_allowed_role(TABLE[name].needs)))
    if not TABLE[name].read and TABLE[name].changes:
        after = _snapshot(env.runner)
        assert after != before  # it did something…
        assert len(after["audit_log"]) > len(before["audit_log"])  # …and the audit log says so


def test_a_clerk_calling_supervisor_and_admin_services_directly_is_refused(env: Env) -> None:
    from onestop_desktop.services import (
        audit_log,
        catalogue,
        dashboard,
        dossier_lists,
        settings,
        totals,
        users,
    )

    before = _snapshot(env.runner)
    calls: list[tuple[Callable[..., Any], tuple[Any, ...]]] = [
        (dossier_lists.register, (date(2026, 11, 1), date(2026, 11, 30))),
        (totals.dossier_buckets, (Period(date(2026, 11, 1), date(2026, 11, 30), datetime.now()),)),
        (dashboard.live_dashboard, ()),
        (catalogue.set_procedure_active, (env.procedure_id, False, "Ngừng áp dụng")),
        (users.list_users, ()),
        (settings.set_language, ("en",)),
        (audit_log.search_audit, (AuditFilter(),)),
    ]
    for fn, args in calls:
        with pytest.raises(PermissionDenied):
            env.runner.write(fn, env.clerk, *args)
    assert _snapshot(env.runner) == before


def test_a_supervisor_cannot_manage_users_or_settings_or_read_the_audit_log(env: Env) -> None:
    from onestop_desktop.services import audit_log, security_settings, users

    before = _snapshot(env.runner)
    with pytest.raises(PermissionDenied):
        env.runner.write(
            users.set_user_active, env.supervisor, user_id=env.clerk.user_id, active=False,
            reason="Nghỉ việc",
        )  # fmt: skip
    with pytest.raises(PermissionDenied):
        env.runner.write(
            security_settings.save_security_settings, env.supervisor, SecuritySettings()
        )
    with pytest.raises(PermissionDenied):
        env.runner.read(audit_log.verify_audit, env.supervisor)
    assert _snapshot(env.runner) == before


# -- open use cases ------------------------------------------------------------------------------
OPEN = sorted(n for n, c in TABLE.items() if c.needs == ANY)


@pytest.mark.parametrize("name", OPEN)
def test_open_use_cases_serve_every_role(env: Env, name: str) -> None:
    for role in ROLES:
        _call(env, name, env.actor(role))
        if name == "users.change_own_password":  # each role changes their own password
            break


def test_own_password_and_unlock_need_someone_logged_in(env: Env) -> None:
    from onestop_desktop.services.auth import unlock_session
    from onestop_desktop.services.users import change_own_password

    before = _snapshot(env.runner)
    with pytest.raises(UserError):
        env.runner.write(
            change_own_password, None, current_password=PASSWORD, new_password=NEW_PASSWORD
        )
    assert env.runner.write(unlock_session, None, password=PASSWORD).actor is None
    assert _snapshot(env.runner) == before


@pytest.mark.parametrize("name", ["setup.create_ward", "demo.seed_demo"])
def test_setup_is_refused_to_everyone_once_the_ward_exists(env: Env, name: str) -> None:
    before = _snapshot(env.runner)
    for role in (*ROLES, None):
        with pytest.raises(UserError, match="already set up"):
            _call(env, name, env.actor(role))
    assert _snapshot(env.runner) == before


def test_login_runs_without_an_actor(env: Env) -> None:
    result = _call(env, "auth.login", None)
    assert result.actor is not None
    assert result.actor.role is Role.CLERK


@pytest.mark.parametrize(
    ("actor", "name"), UNATTENDED, ids=[f"{a.username}-{n}" for a, n in UNATTENDED]
)
def test_unattended_screens_are_let_through(env: Env, actor: Actor, name: str) -> None:
    assert actor.user_id is None  # no account
    assert actor.role is Role.CLERK  # counter rights only
    _call(env, name, actor)


# -- runner-level use cases: backups and saving forms ---------------------------------------------
BACKUP_REFUSALS = [(n, r) for n in sorted(RUNNER_TABLE) for r in refused_roles(RUNNER_TABLE[n][0])]


@pytest.fixture
def backup_env(env: Env) -> Env:
    if BACKEND == "sqlite":
        made = backups.backup_now(env.runner, env.admin, env.location, date(2026, 11, 19))
        env.notes["backup"] = made.path
    else:  # backups are pg_dump's job on PostgreSQL; the permission is checked first anyway
        env.notes["backup"] = env.location.data_dir / "onestop-2026-11-19.sqlite"
    return env


@pytest.mark.parametrize(
    ("name", "role"), BACKUP_REFUSALS, ids=[f"{n}-{_label(r)}" for n, r in BACKUP_REFUSALS]
)
def test_runner_level_use_cases_are_refused_to_roles_without_the_right(
    backup_env: Env, name: str, role: Role | None
) -> None:
    e = backup_env
    args, kwargs = RUNNER_TABLE[name][1](e)
    before, files_before = _snapshot(e.runner), _files(e.location.data_dir)
    with pytest.raises(PermissionDenied):
        RUNNER_USE_CASES[name](e.runner, e.actor(role), *args, **kwargs)
    assert _snapshot(e.runner) == before
    assert _files(e.location.data_dir) == files_before


@pytest.mark.parametrize("name", sorted(RUNNER_TABLE))
def test_runner_level_use_cases_let_the_least_privileged_allowed_role_through(
    backup_env: Env, name: str
) -> None:
    if name.startswith("backups.") and BACKEND != "sqlite":
        pytest.skip("SQLite backups; PostgreSQL is backed up with pg_dump")
    needs, args_of = RUNNER_TABLE[name]
    args, kwargs = args_of(backup_env)
    actor = backup_env.actor(least_allowed_role(needs))
    RUNNER_USE_CASES[name](backup_env.runner, actor, *args, **kwargs)
