"""Small helpers shared by benchmark modules."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def row(name: str, value: float, unit: str, target: float, *, lower_is_better: bool = True) -> dict:
    ok = value <= target if lower_is_better else value >= target
    return {"name": name, "value": round(value, 4), "unit": unit, "target": target, "ok": ok,
            "target_op": "<=" if lower_is_better else ">="}
