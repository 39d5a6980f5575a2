"""Benchmark harness: ``python -m benchmarks`` measures figures from the product brief.

Every figure is reported beside a bare baseline measured in the same run, with the ratio and
the brief's target. To add a benchmark, create ``benchmarks/bench_<topic>.py`` with a function
decorated by :func:`benchmarks.registry.benchmark`; it takes a :class:`~benchmarks.registry.
Settings` and returns a :class:`~benchmarks.registry.BenchResult` (build it with
:func:`~benchmarks.registry.compare`). Modules named ``bench_*`` are discovered automatically.
:mod:`benchmarks.timing` has the helpers for timing a callable and taking percentiles,
:mod:`benchmarks.processes` the helper for timing a whole child process.
"""
