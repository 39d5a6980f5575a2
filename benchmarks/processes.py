"""Time a whole child process, from spawn to exit, and check that it reported success."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


class ProcessFailed(RuntimeError):
    """A timed child process did not exit 0, did not print the marker, or timed out."""


@dataclass(frozen=True)
class ProcessRun:
    total_ns: int  # spawn (just before Popen) to exit (wait() returned)
    marker_ns: int | None  # spawn to the marker line being read from stdout, if it was
    stdout: str
    stderr: str


def offscreen_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment with Qt on the offscreen platform, plus ``extra``."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra or {})
    return env


def describe(argv: Sequence[str], env_shown: Mapping[str, str] | None = None) -> str:
    """A shell-pasteable rendering of a command with the environment variables that matter."""
    prefix = " ".join(f"{k}={shlex.quote(v)}" for k, v in (env_shown or {}).items())
    command = shlex.join(argv)
    return f"{prefix} {command}" if prefix else command


def run_timed(
    argv: Sequence[str],
    *,
    env: Mapping[str, str],
    cwd: Path | None = None,
    marker: str = "READY",
    timeout_s: float = 120.0,
    stdin_text: str | None = None,
    show_env: Mapping[str, str] | None = None,
) -> ProcessRun:
    """Run ``argv``; return its wall-clock timings. Raise :class:`ProcessFailed` unless it
    exits 0 within ``timeout_s`` with a stdout line equal to ``marker``.

    stdout is read line by line to stamp the marker; stderr goes to a temporary file so that
    neither pipe can fill up and stall the child. ``show_env`` (mask secrets yourself) is
    printed with the command in the error, so that the failure can be reproduced by hand.
    """
    with tempfile.TemporaryFile() as err_file:
        start = time.perf_counter_ns()
        proc = subprocess.Popen(
            list(argv),
            env=dict(env),
            cwd=cwd,
            stdin=subprocess.PIPE if stdin_text is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=err_file,
        )
        fired = threading.Event()

        def kill() -> None:
            fired.set()
            proc.kill()

        killer = threading.Timer(timeout_s, kill)
        killer.start()
        try:
            if stdin_text is not None and proc.stdin is not None:
                proc.stdin.write(stdin_text.encode())
                proc.stdin.close()
            marker_ns: int | None = None
            lines: list[bytes] = []
            assert proc.stdout is not None
            for line in proc.stdout:
                if marker_ns is None and line.strip() == marker.encode():
                    marker_ns = time.perf_counter_ns() - start
                lines.append(line)
            returncode = proc.wait()
            total_ns = time.perf_counter_ns() - start
        finally:
            killer.cancel()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        err_file.seek(0)
        stderr = err_file.read().decode(errors="replace")
    stdout = b"".join(lines).decode(errors="replace")
    timed_out = fired.is_set()
    if timed_out or returncode != 0 or marker_ns is None:
        why = (
            f"killed after {timeout_s:.0f} s"
            if timed_out
            else f"exit code {returncode}"
            if returncode != 0
            else f"no {marker!r} line on stdout"
        )
        raise ProcessFailed(
            f"{describe(argv, show_env)}: {why}\n--- stdout ---\n{_tail(stdout)}\n"
            f"--- stderr ---\n{_tail(stderr)}"
        )
    return ProcessRun(total_ns=total_ns, marker_ns=marker_ns, stdout=stdout, stderr=stderr)


def run_checked(
    argv: Sequence[str],
    *,
    env: Mapping[str, str],
    stdin_text: str | None = None,
    timeout_s: float = 300.0,
) -> str:
    """Run an untimed preparation command; return stdout, raise :class:`ProcessFailed` if it
    fails."""
    done = subprocess.run(
        list(argv),
        env=dict(env),
        input=stdin_text,
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )
    if done.returncode != 0:
        raise ProcessFailed(
            f"{describe(argv)}: exit code {done.returncode}\n--- stdout ---\n"
            f"{_tail(done.stdout)}\n--- stderr ---\n{_tail(done.stderr)}"
        )
    return done.stdout


def _tail(text: str, lines: int = 30) -> str:
    kept = text.rstrip().splitlines()[-lines:]
    return "\n".join(kept) if kept else "(empty)"
