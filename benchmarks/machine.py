"""Facts about the machine and software a run was measured on."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Machine:
    date: str  # ISO 8601, UTC, seconds
    platform: str
    cpu_model: str
    cpu_count: int
    memory_gib: float | None
    python: str
    python_executable: str
    pyside6: str
    qt: str
    app_version: str
    git_commit: str  # short hash, "+dirty" when the work tree has changes or new files

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def collect(repo_root: Path) -> Machine:
    return Machine(
        date=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        platform=platform.platform(),
        cpu_model=_cpu_model(),
        cpu_count=os.cpu_count() or 0,
        memory_gib=_memory_gib(),
        python=f"{platform.python_implementation()} {platform.python_version()}",
        python_executable=sys.executable,
        pyside6=_pyside6_version(),
        qt=_qt_version(),
        app_version=_app_version(),
        git_commit=_git_commit(repo_root),
    )


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024**2, 1)
    except (OSError, ValueError, IndexError):
        pass
    return None


def _pyside6_version() -> str:
    try:
        import PySide6

        return str(PySide6.__version__)
    except ImportError:
        return "not installed"


def _qt_version() -> str:
    try:
        from PySide6 import QtCore

        return str(QtCore.qVersion())
    except ImportError:
        return "not installed"


def _app_version() -> str:
    try:
        from onestop_desktop import __version__

        return str(__version__)
    except Exception:  # the app is being edited concurrently; never fail a run on this
        return "unknown"


def _git_commit(repo_root: Path) -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=repo_root, capture_output=True, text=True, check=True, timeout=30
        ).stdout.strip()

    try:
        commit = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain")  # untracked files count: they may be measured
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return commit + ("+dirty" if dirty else "")
