"""Where the data lives: the data folder, the database URL, backups and kept PDFs."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from onestop_desktop.domain.errors import DatabaseProblem

APP_DIR_NAME = "onestop-desktop"
APP_AUTHOR = "onestop"
DB_FILE = "onestop.sqlite"
# Windows: one data folder per counter PC, shared by everyone who logs on to it, under
# %ProgramData%. The installer (packaging/onestop.nsi) creates it and gives the PC's users
# modify rights; tests/test_packaging.py checks that both use this name.
WINDOWS_SHARED_DIR = "OnestopDesktop"


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def windows_shared_data_dir(environ: Mapping[str, str]) -> PureWindowsPath:
    """``%ProgramData%\\OnestopDesktop`` (``C:\\ProgramData\\OnestopDesktop`` by default)."""
    base = environ.get("PROGRAMDATA") or environ.get("ALLUSERSPROFILE") or r"C:\ProgramData"
    return PureWindowsPath(base, WINDOWS_SHARED_DIR)


def default_data_dir() -> Path:
    """``ONESTOP_DATA_DIR`` if set; on Windows the PC's shared folder; else the user's folder."""
    env = os.environ.get("ONESTOP_DATA_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":
        return Path(windows_shared_data_dir(os.environ))
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, APP_AUTHOR))


@dataclass(frozen=True)
class DataLocation:
    data_dir: Path
    database_url: str

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def documents_dir(self) -> Path:
        return self.data_dir / "documents"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def ui_cache_file(self) -> Path:
        """Remembers the ward's name and UI language so the login shows before the DB opens."""
        return self.data_dir / "ui-cache.json"


def resolve_location(data_dir: str | Path | None, database_url: str | None) -> DataLocation:
    folder = Path(data_dir) if data_dir else default_data_dir()
    if database_url:
        # Imported here: the GUI shows its first window before SQLAlchemy is loaded.
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(database_url)
        except ArgumentError:
            raise DatabaseProblem(
                f"Địa chỉ cơ sở dữ liệu “{database_url}” không hợp lệ.",
                f"Invalid database URL '{database_url}' "
                "(expected sqlite:///FILE or postgresql+psycopg://USER@HOST/DB).",
            ) from None
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise DatabaseProblem(
                "Chỉ hỗ trợ SQLite và PostgreSQL.",
                f"Unsupported database '{url.get_backend_name()}': use SQLite or PostgreSQL.",
            )
        if url.get_backend_name() == "postgresql" and url.drivername != "postgresql+psycopg":
            url = url.set(drivername="postgresql+psycopg")
        return DataLocation(folder, url.render_as_string(hide_password=False))
    return DataLocation(folder, sqlite_url(folder / DB_FILE))
