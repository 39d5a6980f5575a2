"""The layers stay apart: only ui/ knows Qt, and domain/ knows nothing of ours."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "onestop_desktop"
NON_UI = ["domain", "store", "services", "printing", "sync"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_importing_every_non_ui_module_loads_no_qt() -> None:
    modules = [
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
        for layer in NON_UI
        for p in (PACKAGE / layer).rglob("*.py")
        if "migrations" not in p.parts
    ]
    modules += ["onestop_desktop.cli", "onestop_desktop.selftest"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert len(modules) > 20


def test_no_source_outside_ui_mentions_qt() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for layer in NON_UI
        for p in (PACKAGE / layer).rglob("*.py")
        if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in _imports(p))
    ]
    assert offenders == []


def test_domain_imports_only_the_domain() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(
            n
            for n in _imports(p)
            if n.startswith("onestop_desktop") and not n.startswith("onestop_desktop.domain")
        )
        for p in (PACKAGE / "domain").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_every_package_is_listed_for_the_wheel() -> None:
    pyproject = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(PACKAGE.parent).parts) for p in PACKAGE.rglob("__init__.py")
    } | {"onestop_desktop.resources"}
    assert listed == found
