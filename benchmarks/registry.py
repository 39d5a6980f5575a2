"""The benchmark registry: settings passed in, results handed back, and discovery.

A benchmark is a function ``(Settings) -> BenchResult`` registered with :func:`benchmark`
in a module named ``benchmarks/bench_<topic>.py``; :func:`discover` imports those modules.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

REPO_ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")


@dataclass(frozen=True)
class Settings:
    """How big a run is, and where it may put scratch files.

    ``tiny`` is the smoke run used by CI: fewest repetitions, smallest sizes, well under a
    minute in all. Benchmarks choose their sizes with :meth:`pick`.
    """

    tiny: bool
    workdir: Path
    python: str
    log: Callable[[str], None] = print
    repo_root: Path = REPO_ROOT

    def pick(self, full: T, tiny: T) -> T:
        """``tiny`` in a smoke run, else ``full`` (repetitions, sizes, ...)."""
        return tiny if self.tiny else full


@dataclass(frozen=True)
class BenchResult:
    """One figure beside its baseline, with the brief's target."""

    name: str
    measured: str  # what the figure is, e.g. "median wall-clock from spawn to exit"
    figure: float
    baseline: float
    baseline_measured: str  # what the baseline is, e.g. "bare PySide6 window"
    unit: str
    ratio: float  # figure / baseline
    target: str  # the target as the brief words it
    target_met: bool
    notes: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)  # raw samples etc., JSON-able


def compare(
    *,
    name: str,
    measured: str,
    figure: float,
    baseline: float,
    baseline_measured: str,
    unit: str,
    target: str,
    max_ratio: float,
    notes: list[str] | None = None,
    details: dict[str, Any] | None = None,
) -> BenchResult:
    """A result whose target is "figure ≤ max_ratio × baseline" (the usual shape in the brief)."""
    if baseline <= 0:
        raise ValueError(f"{name}: baseline must be positive, got {baseline}")
    ratio = figure / baseline
    return BenchResult(
        name=name,
        measured=measured,
        figure=figure,
        baseline=baseline,
        baseline_measured=baseline_measured,
        unit=unit,
        ratio=ratio,
        target=target,
        target_met=ratio <= max_ratio,
        notes=list(notes or []),
        details=dict(details or {}),
    )


class Skipped(Exception):
    """Raised by a benchmark that cannot run on this machine (e.g. no frozen build); the run
    goes on without it, and the message says why."""


BenchFunc = Callable[[Settings], BenchResult]
F = TypeVar("F", bound=BenchFunc)


@dataclass(frozen=True)
class Benchmark:
    name: str
    summary: str
    func: BenchFunc


_REGISTRY: dict[str, Benchmark] = {}


def benchmark(name: str, summary: str) -> Callable[[F], F]:
    """Register the decorated function as benchmark ``name`` (unique, used by ``--only``)."""

    def register(func: F) -> F:
        if name in _REGISTRY:
            raise ValueError(f"benchmark {name!r} registered twice")
        _REGISTRY[name] = Benchmark(name, summary, func)
        return func

    return register


def discover() -> dict[str, Benchmark]:
    """Import every ``benchmarks.bench_*`` module; return the registry in registration order."""
    package = Path(__file__).resolve().parent
    for info in sorted(pkgutil.iter_modules([str(package)]), key=lambda m: m.name):
        if info.name.startswith("bench_"):
            importlib.import_module(f"{__package__}.{info.name}")
    return dict(_REGISTRY)
