"""Where the shipped resources (fonts, translations, sample catalogue) live.

They are the package ``onestop_desktop.resources`` (the top-level ``resources/`` folder, mapped in
by ``pyproject.toml``); in a PyInstaller bundle they sit under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "onestop_desktop" / "resources"
    import onestop_desktop.resources as package

    return Path(next(iter(package.__path__)))


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
