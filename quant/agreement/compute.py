"""One entry point by name, as the command line spells the statistics."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from quant.agreement.chance import (
    brennan_prediger,
    fleiss_kappa,
    gwet_ac,
    percent_agreement,
)
from quant.agreement.cohen import cohen_kappa
from quant.agreement.krippendorff import holsti, krippendorff_alpha
from quant.agreement.matrix import LEVELS, AgreementResult, Ratings
from quant.result import QuantError

__all__ = ["STATISTICS", "compute"]

#: statistic name (as on the command line) -> function
STATISTICS: dict[str, Callable[..., AgreementResult]] = {
    "krippendorff": krippendorff_alpha, "fleiss": fleiss_kappa, "cohen": cohen_kappa,
    "percent": percent_agreement, "holsti": holsti, "brennan-prediger": brennan_prediger, "gwet": gwet_ac,
}


def compute(statistic: str, data: Sequence[Sequence[Any]] | np.ndarray | Ratings, *, level: str = "nominal",
            weights: str = "none", seed: int = 12345, n_boot: int = 1000) -> AgreementResult:
    """Run the coefficient named *statistic* on a reliability matrix (rows coders, columns units).

    Parameters
    ----------
    statistic : str
        One of :data:`STATISTICS`.
    level : str
        Krippendorff's metric: nominal, ordinal, interval or ratio.
    weights : str
        none, linear or quadratic (Cohen, Fleiss, Brennan-Prediger, Gwet, percent).
    seed, n_boot : int
        The bootstrap's seed and draws where the interval is bootstrapped.
    """
    fn = STATISTICS.get(statistic)
    if fn is None:
        raise QuantError(f"unknown statistic {statistic!r}; choose one of {', '.join(STATISTICS)}")
    if level not in LEVELS:
        raise QuantError(f"level must be one of {', '.join(LEVELS)}; got {level!r}")
    if statistic == "krippendorff":
        return fn(data, level=level, seed=seed, n_boot=n_boot)
    if statistic == "holsti":
        return fn(data, seed=seed, n_boot=n_boot)
    return fn(data, weights=weights)
