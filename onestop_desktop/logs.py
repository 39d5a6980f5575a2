"""Application log: a rotating file in the data folder. Never log personal data."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "onestop.log"


def setup_logging(log_dir: Path | None, *, level: int = logging.INFO) -> Path | None:
    root = logging.getLogger("onestop_desktop")
    root.setLevel(level)
    if log_dir is None:
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / LOG_FILE, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return log_dir / LOG_FILE
