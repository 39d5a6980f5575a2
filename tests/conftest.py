"""Shared fixtures. Tests marked ``db`` run against a real database: a fresh SQLite file per test,
or, when ``ONESTOP_TEST_PG_URL`` names a PostgreSQL server, a fresh database on it per test
(cloned from a migrated template, so each test starts from the real schema)."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from onestop_desktop.domain.clock import FixedClock
from onestop_desktop.services.context import Actor, ServiceRunner
from onestop_desktop.store.engine import Database, sqlite_url
from onestop_desktop.store.location import DataLocation
from onestop_desktop.store.migrate import upgrade_to

PG_URL = os.environ.get("ONESTOP_TEST_PG_URL")
BACKEND = "postgresql" if PG_URL else "sqlite"
START = datetime(2026, 11, 20, 9, 0, 0)  # a Friday, during the morning shift
PASSWORD = "Mat-khau-2026!"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if {"qapp", "qtbot"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
        if {"db_url", "database", "runner", "ward", "location"} & set(
            getattr(item, "fixturenames", ())
        ):
            item.add_marker(pytest.mark.db)


def pytest_report_header() -> str:
    return f"onestop-desktop test database: {BACKEND}"


# -- databases ---------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database migrated to head once per session: a file for SQLite, a template on PG."""
    if PG_URL is None:
        path = tmp_path_factory.mktemp("template") / "template.sqlite"
        upgrade_to(sqlite_url(path), "head")
        yield str(path)
        return
    name = f"onestop_tmpl_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    upgrade_to(make_url(PG_URL).set(database=name).render_as_string(False), "head")
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def fresh_database_url(tmp_path: Path, *, migrated_from: str | None) -> Iterator[str]:
    """A new empty database (``migrated_from=None``) or a copy of the migrated template."""
    if PG_URL is None:
        path = tmp_path / "onestop.sqlite"
        if migrated_from is not None:
            shutil.copyfile(migrated_from, path)
        yield sqlite_url(path)
        return
    name = f"onestop_t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        template = f' TEMPLATE "{migrated_from}"' if migrated_from else ""
        conn.execute(text(f'CREATE DATABASE "{name}"{template}'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def empty_db_url(tmp_path: Path) -> Iterator[str]:
    yield from fresh_database_url(tmp_path, migrated_from=None)


@pytest.fixture
def db_url(tmp_path: Path, _template: str) -> Iterator[str]:
    yield from fresh_database_url(tmp_path, migrated_from=_template)


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = Database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def runner(database: Database, clock: FixedClock) -> ServiceRunner:
    return ServiceRunner(database, clock)


@pytest.fixture
def location(tmp_path: Path, db_url: str) -> DataLocation:
    return DataLocation(tmp_path, db_url)


@pytest.fixture
def ward(runner: ServiceRunner) -> Actor:
    """A set-up ward; returns its administrator."""
    from onestop_desktop.services.setup import create_ward

    return runner.write(
        create_ward,
        None,
        ward_name="Phường Tây Hồ",
        unit_code="000.00.06.H56",
        admin_username="admin",
        admin_full_name="Nguyễn Thị Quản Trị",
        admin_password=PASSWORD,
    )


@pytest.fixture
def make_user(runner: ServiceRunner, ward: Actor):  # type: ignore[no-untyped-def]
    from onestop_desktop.services.users import create_user

    def make(username: str, role: str) -> Actor:
        from onestop_desktop.domain.roles import Role

        row = runner.write(
            create_user,
            ward,
            username=username,
            full_name=f"Cán bộ {username}",
            role=role,
            password=PASSWORD,
        )
        return Actor(row.id, row.username, row.full_name, Role(role))

    return make


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody can write to, root included (root ignores permission bits)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)]).returncode == 0
    if mounted:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
        yield folder
        subprocess.run(["umount", str(folder)], check=True)
        return
    subprocess.run(["chattr", "+i", str(folder)], check=True)
    yield folder
    subprocess.run(["chattr", "-i", str(folder)], check=True)
