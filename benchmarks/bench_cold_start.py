"""Cold start: spawn to a usable counter window, against a bare PySide6 window.

Target from the brief: "cold start to a usable counter window ≤ 1.5 × a bare PySide6 window
started the same way".
"""

from __future__ import annotations

import secrets
from dataclasses import asdict
from pathlib import Path

from benchmarks.processes import ProcessRun, describe, offscreen_env, run_checked, run_timed
from benchmarks.registry import BenchResult, Settings, benchmark, compare
from benchmarks.timing import Summary, median, ns_to_ms

MAX_RATIO = 1.5
TARGET = "≤ 1.5 × bare PySide6 window started the same way"
USER = "admin"
RUN_TIMEOUT_S = 120.0


def bare_command(settings: Settings) -> list[str]:
    return [settings.python, str(Path(__file__).with_name("bare_window.py"))]


def app_command(settings: Settings, data_dir: Path) -> list[str]:
    return [settings.python, "-m", "onestop_desktop", "--data-dir", str(data_dir)]


def probe_env(password: str, probe: str) -> dict[str, str]:
    return {
        "ONESTOP_EXIT_WHEN_READY": probe,
        "ONESTOP_PROBE_USER": USER,
        "ONESTOP_PROBE_PASSWORD": password,
    }


def new_password() -> str:
    # ≥ 10 characters, ≥ 5 distinct, never contains the user name (hex has no m/i/n).
    return "Bench-" + secrets.token_hex(8)


def prepare_data_dir(settings: Settings, data_dir: Path, password: str) -> None:
    """Create a ward with one administrator in ``data_dir`` (untimed)."""
    run_checked(
        [
            *app_command(settings, data_dir),
            "init",
            "--ward-name",
            "Phường Thử",
            "--unit-code",
            "000.00.06.H56",
            "--admin",
            USER,
            "--admin-full-name",
            "Quản Trị",
            "--admin-password-stdin",
        ],
        env=offscreen_env(),
        stdin_text=password + "\n",
    )


@benchmark("cold_start", "Spawn to the interactive login window, vs a bare PySide6 window")
def cold_start(settings: Settings) -> BenchResult:
    return _cold_start(settings, "cold_start", "login")


@benchmark(
    "cold_start_to_counter",
    "Spawn to the counter window after an automatic login (DB open + argon2), vs a bare window",
)
def cold_start_to_counter(settings: Settings) -> BenchResult:
    return _cold_start(settings, "cold_start_to_counter", "main")


def _cold_start(settings: Settings, name: str, probe: str) -> BenchResult:
    runs = settings.pick(full=7, tiny=2)
    data_dir = settings.workdir / f"{name}-data"
    password = new_password()
    settings.log(f"cold_start: preparing {data_dir}")
    prepare_data_dir(settings, data_dir, password)

    bare_argv = bare_command(settings)
    app_argv = app_command(settings, data_dir)
    bare_env = offscreen_env()
    app_env = offscreen_env(probe_env(password, probe))
    bare_shown = {"QT_QPA_PLATFORM": "offscreen"}
    app_shown = {**bare_shown, **probe_env("…", probe)}

    def bare() -> ProcessRun:
        return run_timed(
            bare_argv,
            env=bare_env,
            cwd=settings.repo_root,
            timeout_s=RUN_TIMEOUT_S,
            show_env=bare_shown,
        )

    def app() -> ProcessRun:
        return run_timed(
            app_argv,
            env=app_env,
            cwd=settings.repo_root,
            timeout_s=RUN_TIMEOUT_S,
            show_env=app_shown,
        )

    settings.log("cold_start: untimed warm-up run of each")
    bare()
    app()

    bare_runs: list[ProcessRun] = []
    app_runs: list[ProcessRun] = []
    for i in range(runs):
        # Alternate which goes first so slow drift of the machine hits both alike.
        order = ((bare, bare_runs), (app, app_runs))
        for run, sink in order if i % 2 == 0 else reversed(order):
            sink.append(run())
        settings.log(
            f"{name}: run {i + 1}/{runs}: bare {ns_to_ms(bare_runs[-1].total_ns):.0f} ms, "
            f"app {ns_to_ms(app_runs[-1].total_ns):.0f} ms"
        )

    bare_ms = [ns_to_ms(r.total_ns) for r in bare_runs]
    app_ms = [ns_to_ms(r.total_ns) for r in app_runs]
    bare_ready_ms = [ns_to_ms(r.marker_ns or r.total_ns) for r in bare_runs]
    app_ready_ms = [ns_to_ms(r.marker_ns or r.total_ns) for r in app_runs]
    app_doc = ["python", "-m", "onestop_desktop", "--data-dir", "DIR"]
    bare_doc = ["python", "benchmarks/bare_window.py"]
    shown = (
        "the login window is shown and accepts typing (the database opens on the worker "
        "thread meanwhile)"
        if probe == "login"
        else "the counter window is shown, after the database was opened and checked and the "
        "administrator logged in (argon2id verification included)"
    )
    return compare(
        name=name,
        measured=f"median wall-clock, spawn → READY, of {runs} runs",
        figure=median(app_ready_ms),
        baseline=median(bare_ready_ms),
        baseline_measured="bare PySide6 window",
        unit="ms",
        target=TARGET,
        max_ratio=MAX_RATIO,
        notes=[
            f"App: `{describe(app_doc, app_shown)}`, DIR prepared once with `init` "
            f"(one ward, one administrator); the app prints READY once {shown}, then exits 0.",
            f"Baseline: `{describe(bare_doc, bare_shown)}` — "
            "QApplication, QMainWindow with a QLabel, shown; prints READY on the first "
            "event-loop turn after show() and quits.",
            "Both run with the interpreter running the harness (see machine facts), from "
            "the repository root. Each figure is the wall-clock time from just before "
            "spawning the process to the READY line on its stdout, so interpreter start-up "
            "and imports count for both. Every run must exit 0 and print READY, else the "
            "harness stops with an error.",
            "One untimed warm-up run of each came first, so the OS file cache was warm "
            "for both; this is a warm-cache start, not a first start after boot.",
            "Timed runs alternate bare/app (then app/bare) so machine drift hits both alike.",
            f"Spawn → exit medians: app {median(app_ms):.1f} ms, "
            f"bare {median(bare_ms):.1f} ms (the app's exit waits for the worker thread).",
            "Runs (ms, spawn → exit): app "
            + ", ".join(f"{v:.0f}" for v in app_ms)
            + "; bare "
            + ", ".join(f"{v:.0f}" for v in bare_ms)
            + ".",
        ],
        details={
            "runs": runs,
            "app_ms": app_ms,
            "bare_ms": bare_ms,
            "app_ready_ms": app_ready_ms,
            "bare_ready_ms": bare_ready_ms,
            "app_summary_ms": asdict(Summary.of(app_ms)),
            "bare_summary_ms": asdict(Summary.of(bare_ms)),
        },
    )
