"""Timing helpers: time a callable N times, and summarise timings (median, p50, p95).

All timings are integers in nanoseconds from :func:`time.perf_counter_ns`; convert for
display with :func:`ns_to_ms`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


def time_calls(func: Callable[[], object], n: int, *, warmup: int = 0) -> list[int]:
    """Call ``func`` ``warmup`` times untimed, then ``n`` times; return each duration in ns."""
    if n < 1:
        raise ValueError("n must be at least 1")
    for _ in range(warmup):
        func()
    timings: list[int] = []
    clock = time.perf_counter_ns
    for _ in range(n):
        start = clock()
        func()
        timings.append(clock() - start)
    return timings


def percentile(values: Sequence[float], pct: float) -> float:
    """The ``pct``-th percentile (0-100) with linear interpolation between closest ranks.

    Same definition as ``numpy.percentile``'s default and ``statistics.quantiles(method=
    "inclusive")``: p0 is the minimum, p100 the maximum, p50 the median.
    """
    if not values:
        raise ValueError("percentile of an empty sequence")
    if not 0 <= pct <= 100:
        raise ValueError(f"percentile must be within 0..100, not {pct}")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100
    low = math.floor(rank)
    high = math.ceil(rank)
    if low == high:
        return float(ordered[low])
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def p50(values: Sequence[float]) -> float:
    return percentile(values, 50)


def p95(values: Sequence[float]) -> float:
    return percentile(values, 95)


median = p50


def ns_to_ms(ns: float) -> float:
    return ns / 1_000_000


@dataclass(frozen=True)
class Summary:
    """Order statistics of a list of timings, in the unit of the input."""

    count: int
    minimum: float
    p50: float
    p95: float
    maximum: float
    mean: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        if not values:
            raise ValueError("summary of an empty sequence")
        return cls(
            count=len(values),
            minimum=float(min(values)),
            p50=p50(values),
            p95=p95(values),
            maximum=float(max(values)),
            mean=sum(values) / len(values),
        )

    def scaled(self, factor: float) -> Summary:
        """The same summary with every figure multiplied by ``factor`` (e.g. ns → ms)."""
        return Summary(
            count=self.count,
            minimum=self.minimum * factor,
            p50=self.p50 * factor,
            p95=self.p95 * factor,
            maximum=self.maximum * factor,
            mean=self.mean * factor,
        )
