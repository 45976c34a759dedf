"""quant figures: the seed study's whole analysis plan, timed end to end.

"The whole plan" is every model and diagnostic of Table 1: correlation table
(Pearson + Spearman, Fisher-z CIs, BH), Cronbach's alpha, nested OLS (HC3,
standardised betas, delta R2) with VIF/GVIF, Cook's D, Breusch-Pagan and
Q-Q points, logit with DeLong AUC, Hosmer-Lemeshow and Brier, ordinal
logit with the Brant test, Poisson vs NB2 count model, and IPW for legal aid
with its balance table. Data: :func:`quant.synthetic.make_cohort`.
"""

from __future__ import annotations

import time
from typing import Any

import pandas as pd

from quant.api import fit_model
from quant.synthetic import cohort_variable_types, make_cohort

_REFS = {"origin": "Indonesia", "education": "primary", "programme": "community"}
_BASE = "PWB ~ LA + TIC + PSSI + age"
_FULL = _BASE + " + origin + education + months_exit + programme"


def _row(name: str, value: float, unit: str, target: float) -> dict[str, Any]:
    return {"name": name, "value": round(value, 4), "unit": unit, "target": target, "ok": value <= target}


def _cohort(n: int) -> tuple[pd.DataFrame, dict[str, str]]:
    data = make_cohort(n, seed=1)
    data["RA_level"] = data["RA"].cat.codes.astype(float).where(data["RA"].notna())
    types = cohort_variable_types()
    types["RA_level"] = "continuous"
    return data, types


def whole_plan(data: pd.DataFrame, types: dict[str, str]) -> list[Any]:
    """Run every model and diagnostic of the plan once; return the results."""
    from quant.ols import compare_nested
    from quant.propensity import propensity_ipw

    out: list[Any] = []
    corr_vars = "PWB + PSSI + RA_level + months_exit"
    out.append(fit_model("corr", data, corr_vars))
    out.append(fit_model("corr", data, corr_vars, method="spearman"))
    out.append(fit_model("alpha", data, "pssi1 + pssi2 + pssi3"))
    nested = compare_nested(data, [_BASE, _FULL], reference=_REFS, types=types)
    out.append(nested)
    for m in nested.models:  # the diagnostics are cached properties: touch them
        out += [m.vif, m.gvif, m.cooks_distance, m.breusch_pagan, m.residual_frame]
    out.append(fit_model("logit", data, "SR ~ LA + TIC + PSSI + RA_level + age", types=types))
    ordinal = fit_model("ordinal", data, "RA ~ LA + TIC + PSSI + months_exit")
    out += [ordinal, ordinal.fit["brant_p"]]
    out.append(fit_model("count", data, "UNC ~ LA + TIC + PSSI + months_exit"))
    ipw = propensity_ipw(data, "LA", ["age", "programme", "origin", "months_exit"], "PWB ~ LA", reference=_REFS)
    out += [ipw, ipw.balance]
    for res in out:
        if hasattr(res, "to_dict"):
            res.to_dict()
    return out


def _timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _mi_big(m: int, n: int, queue: Any) -> None:
    """Child process: MI (m imputations) + pooled OLS on n rows; puts the wall time on *queue*."""
    data, types = _cohort(n)
    fit_model("ols", data.head(300), _FULL, impute=2, seed=0, reference=_REFS, types=types)  # imports
    start = time.perf_counter()
    fit_model("ols", data, _FULL, impute=m, seed=0, reference=_REFS, types=types)
    queue.put(time.perf_counter() - start)


def mi_at_scale(m: int = 20, n: int = 100_000) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds of MI m=20 + pooled OLS at n = 100,000.

    Run in a process of its own, so the peak and CPU time are the imputation's alone (CPU
    time includes loading the data; wall time does not). On a machine shared with other work
    the wall time is the CPU time spread over the cores the process actually gets.
    """
    import multiprocessing as mp
    import resource

    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_mi_big, args=(m, n, queue))
    proc.start()
    seconds = float(queue.get())
    proc.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def run() -> list[dict[str, Any]]:
    """Time the plan on n = 150 and n = 100,000, and MI (m = 20) on n = 150 and n = 100,000."""
    small, small_types = _cohort(150)
    whole_plan(small, small_types)  # warm-up: module imports are not the plan's cost
    t_small = _timed(lambda: whole_plan(small, small_types))
    big, big_types = _cohort(100_000)
    t_big = _timed(lambda: whole_plan(big, big_types))
    t_mi = _timed(
        lambda: fit_model("ols", small, _FULL, impute=20, seed=0, reference=_REFS, types=small_types)
    )
    mi_seconds, mi_peak, mi_cpu = mi_at_scale()
    return [
        _row("quant: whole analysis plan, n=150", t_small, "s", 2.0),
        _row("quant: whole analysis plan, n=100,000", t_big, "s", 30.0),
        _row("quant: multiple imputation m=20 + pooled OLS, n=150", t_mi, "s", 10.0),
        {**_row("quant: MI m=20, n=100,000 (PMM/logistic, pooled OLS)", mi_seconds, "s", 60.0),
         "peak_rss_mb": round(mi_peak, 1), "peak_target_mb": 2048, "cpu_s": round(mi_cpu, 1),
         "ok": mi_seconds <= 60.0 and mi_peak <= 2048},
    ]


if __name__ == "__main__":
    for r in run():
        print(r)
