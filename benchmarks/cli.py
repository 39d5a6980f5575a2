"""Command line: run the selected benchmarks, print a table, write Markdown and JSON."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks import machine, report
from benchmarks.processes import ProcessFailed
from benchmarks.registry import (
    REPO_ROOT,
    Benchmark,
    BenchResult,
    Settings,
    Skipped,
    discover,
)

DOCS_DIR = REPO_ROOT / "docs"
RESULTS_DIR = REPO_ROOT / "benchmarks" / "results"  # git-ignored
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_TARGET_MISSED = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Run the benchmarks; write performance.md and performance.json "
        f"(into {DOCS_DIR.relative_to(REPO_ROOT)}/ unless --out) and "
        f"{RESULTS_DIR.relative_to(REPO_ROOT)}/latest.json.",
    )
    parser.add_argument(
        "--tiny", action="store_true", help="smoke run: fewest repetitions, smallest sizes"
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="write performance.md/.json into this folder instead of docs/",
    )
    parser.add_argument("--only", metavar="NAME[,NAME]", help="run only these benchmarks")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument(
        "--strict", action="store_true", help=f"exit {EXIT_TARGET_MISSED} if a target is missed"
    )
    return parser


def _select(available: dict[str, Benchmark], only: str | None) -> list[Benchmark]:
    if not only:
        return list(available.values())
    names = [n.strip() for n in only.split(",") if n.strip()]
    unknown = [n for n in names if n not in available]
    if unknown:
        raise ValueError(
            f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available)}"
        )
    return [available[n] for n in dict.fromkeys(names)]


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    available = discover()
    if args.list:
        for bench in available.values():
            print(f"{bench.name:<20} {bench.summary}")
        return EXIT_OK
    try:
        selected = _select(available, args.only)
    except ValueError as exc:
        print(f"python -m benchmarks: {exc}", file=sys.stderr)
        return EXIT_USAGE

    results: list[BenchResult] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="onestop-bench-") as tmp:
        for bench in selected:
            workdir = Path(tmp) / bench.name
            workdir.mkdir()
            settings = Settings(tiny=args.tiny, workdir=workdir, python=sys.executable, log=_log)
            try:
                results.append(bench.func(settings))
            except ProcessFailed as exc:
                _log(f"{bench.name}: FAILED — a measured process misbehaved:\n{exc}")
                return EXIT_FAILED
            except Skipped as exc:
                _log(f"{bench.name}: skipped — {exc}")
    _log(f"{len(results)} benchmark(s) in {time.monotonic() - started:.1f} s")

    facts = machine.collect(REPO_ROOT)
    print(report.text_table(results))
    out_dir: Path = args.out if args.out is not None else DOCS_DIR
    partial = len(results) < len(available)  # --only, or a benchmark skipped
    json_text = report.as_json(results, facts, tiny=args.tiny, partial=partial)
    markdown = report.markdown(results, facts, tiny=args.tiny, partial=partial)
    written = [
        _write(out_dir / "performance.md", markdown),
        _write(out_dir / "performance.json", json_text),
        _write(RESULTS_DIR / "latest.json", json_text),
    ]
    for path in written:
        _log(f"wrote {path}")
    missed = [r.name for r in results if not r.target_met]
    if missed and args.strict:
        _log(f"target missed: {', '.join(missed)}")
        return EXIT_TARGET_MISSED
    return EXIT_OK


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
