"""The frozen app (PyInstaller onedir from ``pyinstaller.spec``): cold start beside
``python -m onestop_desktop``, and the bundle's size against the brief's 150 MB.

Needs a built onedir: ``scripts/build-frozen`` puts it in ``dist/onestop-desktop/`` (CI builds it
before the benchmark smoke run); ``ONESTOP_FROZEN_APP`` may name another frozen executable.
Without one, both benchmarks are skipped ("not built") and the run goes on.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import asdict
from pathlib import Path

from benchmarks.bench_cold_start import (
    RUN_TIMEOUT_S,
    app_command,
    new_password,
    prepare_data_dir,
    probe_env,
)
from benchmarks.processes import ProcessRun, describe, offscreen_env, run_timed
from benchmarks.registry import BenchResult, Settings, Skipped, benchmark, compare
from benchmarks.timing import Summary, median, ns_to_ms

FROZEN_ENV = "ONESTOP_FROZEN_APP"
MAX_RATIO = 1.1
SIZE_TARGET_MB = 150.0
# The Python and Qt runtime inside the bundle: what any PySide6 app frozen this way carries.
RUNTIME_PARTS = ("PySide6", "shiboken6", "base_library.zip")


def frozen_executable(settings: Settings) -> Path:
    """The frozen app to measure; raises :class:`Skipped` when there is none."""
    named = os.environ.get(FROZEN_ENV)
    # On Windows the console twin: the windowed exe has no stdout for the READY line.
    exe = "onestop-desktop-cli.exe" if sys.platform == "win32" else "onestop-desktop"
    path = Path(named) if named else settings.repo_root / "dist" / "onestop-desktop" / exe
    if not path.is_file():
        raise Skipped(f"not built: no {path} (run scripts/build-frozen, or set {FROZEN_ENV})")
    return path


def _built_note(exe: Path) -> str:
    built = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(exe.stat().st_mtime))
    return f"Frozen executable `{exe}`, built {built} by `scripts/build-frozen`."


@benchmark(
    "frozen_cold_start",
    "Frozen onedir: spawn to the login window, vs `python -m onestop_desktop`",
)
def frozen_cold_start(settings: Settings) -> BenchResult:
    exe = frozen_executable(settings)
    runs = settings.pick(full=7, tiny=2)
    data_dir = settings.workdir / "frozen-data"
    password = new_password()
    settings.log(f"frozen_cold_start: preparing {data_dir}")
    prepare_data_dir(settings, data_dir, password)

    frozen_argv = [str(exe), "--data-dir", str(data_dir)]
    source_argv = app_command(settings, data_dir)
    env = offscreen_env(probe_env(password, "login"))
    shown = {"QT_QPA_PLATFORM": "offscreen", **probe_env("…", "login")}

    def start(argv: list[str]) -> ProcessRun:
        return run_timed(
            argv, env=env, cwd=settings.repo_root, timeout_s=RUN_TIMEOUT_S, show_env=shown
        )

    settings.log("frozen_cold_start: untimed warm-up run of each")
    start(frozen_argv)
    start(source_argv)

    frozen_runs: list[ProcessRun] = []
    source_runs: list[ProcessRun] = []
    for i in range(runs):
        order = ((frozen_argv, frozen_runs), (source_argv, source_runs))
        for argv, sink in order if i % 2 == 0 else reversed(order):
            sink.append(start(argv))
        settings.log(
            f"frozen_cold_start: run {i + 1}/{runs}: frozen "
            f"{ns_to_ms(frozen_runs[-1].marker_ns or 0):.0f} ms, python -m "
            f"{ns_to_ms(source_runs[-1].marker_ns or 0):.0f} ms to READY"
        )

    frozen_ms = [ns_to_ms(r.marker_ns or r.total_ns) for r in frozen_runs]
    source_ms = [ns_to_ms(r.marker_ns or r.total_ns) for r in source_runs]
    frozen_exit_ms = [ns_to_ms(r.total_ns) for r in frozen_runs]
    source_exit_ms = [ns_to_ms(r.total_ns) for r in source_runs]
    frozen_doc = describe(["dist/onestop-desktop/onestop-desktop", "--data-dir", "DIR"], shown)
    source_doc = describe(["python", "-m", "onestop_desktop", "--data-dir", "DIR"], shown)
    return compare(
        name="frozen_cold_start",
        measured=f"median wall-clock, spawn → READY (login window), of {runs} runs",
        figure=median(frozen_ms),
        baseline=median(source_ms),
        baseline_measured="`python -m onestop_desktop`, same data folder",
        unit="ms",
        target="no slower than `python -m onestop_desktop` (≤ 1.1 ×)",
        max_ratio=MAX_RATIO,
        notes=[
            f"Frozen: `{frozen_doc}`; from source: `{source_doc}`. DIR prepared once with "
            "`init` (one ward, one administrator); READY is printed once the login window is "
            "shown and takes input.",
            _built_note(exe),
            "Measured as `cold_start` is: one untimed warm-up run of each (warm file cache), "
            "then alternating order, wall-clock from just before spawning to the READY line.",
            f"Spawn → exit medians: frozen {median(frozen_exit_ms):.1f} ms, python -m "
            f"{median(source_exit_ms):.1f} ms (exit waits for the database worker).",
            "Runs (ms, spawn → READY): frozen "
            + ", ".join(f"{v:.0f}" for v in frozen_ms)
            + "; python -m "
            + ", ".join(f"{v:.0f}" for v in source_ms)
            + ".",
        ],
        details={
            "runs": runs,
            "frozen_ms": frozen_ms,
            "source_ms": source_ms,
            "frozen_exit_ms": frozen_exit_ms,
            "source_exit_ms": source_exit_ms,
            "frozen_summary_ms": asdict(Summary.of(frozen_ms)),
            "source_summary_ms": asdict(Summary.of(source_ms)),
        },
    )


def _size(path: Path) -> int:
    """Bytes of ``path`` as ``du -sb`` counts them: apparent sizes of files, folders and links."""
    own = path.lstat().st_size
    if path.is_symlink() or not path.is_dir():
        return own
    return own + sum(p.lstat().st_size for p in path.rglob("*"))


@benchmark("frozen_bundle_size", "Frozen onedir on disk, vs the brief's 150 MB")
def frozen_bundle_size(settings: Settings) -> BenchResult:
    exe = frozen_executable(settings)
    onedir = exe.parent
    internal = onedir / "_internal"
    total = _size(onedir)
    parts = sorted(
        ((_size(p), p.name) for p in internal.iterdir()) if internal.is_dir() else [],
        reverse=True,
    )
    runtime = sum(
        size
        for size, name in parts
        if name in RUNTIME_PARTS or name.startswith(("libpython", "python3"))
    )
    figure = total / 1e6
    baseline = runtime / 1e6
    files = sum(1 for p in onedir.rglob("*") if p.is_file() and not p.is_symlink())
    return BenchResult(
        name="frozen_bundle_size",
        measured=f"bytes on disk of the onedir (`du -sb`), {files} files",
        figure=figure,
        baseline=baseline,
        baseline_measured="the Qt + Python runtime inside it (PySide6, shiboken6, "
        "libpython, lib-dynload, base_library.zip)",
        unit="MB",
        ratio=figure / baseline if baseline else 0.0,
        target=f"≤ {SIZE_TARGET_MB:.0f} MB (Linux build of the same spec)",
        target_met=figure <= SIZE_TARGET_MB,
        notes=[
            _built_note(exe),
            "Largest parts of `_internal/`: "
            + ", ".join(f"{name} {size / 1e6:.1f} MB" for size, name in parts[:8])
            + f"; the executable {_size(exe) / 1e6:.1f} MB (it holds the Python modules).",
            "What the spec leaves out and why: docs/packaging.md. On Linux the operating "
            "system's own libraries are not bundled (as Windows' system DLLs are not).",
        ],
        details={"bytes": total, "runtime_bytes": runtime, "files": files},
    )
