"""Which app processes hold a data folder: each running app locks a file of its own.

``restore`` must not swap the database under a running counter. Every app process creates
``running/<pid>.lock`` in the data folder and holds an OS lock on it while it runs; a lock file
whose lock can be taken belongs to a dead process and is stale.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO


def _try_lock(fh: IO[bytes]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / "running"
        self.path = self.folder / f"{os.getpid()}.lock"
        self._fh: IO[bytes] | None = None

    def acquire(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        fh = self.path.open("wb")
        fh.write(b"0")
        fh.flush()
        if not _try_lock(fh):
            fh.close()
            raise RuntimeError(f"cannot lock {self.path}")
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
            self.path.unlink(missing_ok=True)


def running_instances(data_dir: Path) -> list[int]:
    """PIDs of app processes that hold the data folder now; stale lock files are removed."""
    folder = data_dir / "running"
    alive: list[int] = []
    if not folder.is_dir():
        return alive
    for lock_file in folder.glob("*.lock"):
        try:
            fh = lock_file.open("r+b")
        except OSError:
            continue
        with fh:
            if _try_lock(fh):
                stale = True
            else:
                stale = False
                alive.append(int(lock_file.stem) if lock_file.stem.isdigit() else -1)
        if stale:
            lock_file.unlink(missing_ok=True)
    return sorted(alive)
