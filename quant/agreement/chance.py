"""Percent agreement, Fleiss' kappa, Brennan-Prediger and Gwet's AC1/AC2 for any number of coders.

Gwet (2014), *Handbook of Inter-Rater Reliability*, 4th ed., ch. 2-5, generalises all four to
missing ratings and agreement weights: observed agreement over units rated at least twice,

    p_a = mean_{i: r_i >= 2}  sum_k r_ik (r*_ik - 1) / (r_i (r_i - 1)),   r*_ik = sum_l w_kl r_il,

and a chance agreement that names the coefficient (Fleiss 1971: sum_kl w_kl pi_k pi_l;
Brennan & Prediger 1981: sum(w) / q^2; Gwet: sum(w) / (q (q - 1)) sum_k pi_k (1 - pi_k)),
with pi_k the mean over units of r_ik / r_i. Without missing data and with identity weights
these are exactly Fleiss' (1971) kappa, Brennan-Prediger's kappa_n and Gwet's AC1. The
variance is Gwet's linearisation (2014, eq. 5.8-5.12) with a t interval on n - 1 df, as in
the R package irrCAC: the upper limit stops at 1, the lower one is not floored (with missing
ratings these coefficients can fall below -1).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import stats

from quant.agreement.matrix import (
    AgreementResult,
    Ratings,
    ratings_matrix,
    weight_matrix,
)

__all__ = ["brennan_prediger", "fleiss_kappa", "gwet_ac", "percent_agreement"]


def _prepare(data: Sequence[Sequence[Any]] | np.ndarray | Ratings, weights: str
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray, int, np.ndarray]:
    ratings = ratings_matrix(data)
    w = weight_matrix(ratings, weights)
    counts = ratings.counts()
    rated = counts.sum(axis=1) > 0  # a unit nobody rated tells nothing
    return counts[rated], w, counts[rated].sum(axis=1), ratings.n_coders, ratings.weights()[rated]


def _observed(counts: np.ndarray, w: np.ndarray, r: np.ndarray, f: np.ndarray
              ) -> tuple[float, np.ndarray, np.ndarray, float]:
    """p_a, the per-unit p_a|i (0 where r_i < 2), the mask r_i >= 2 and the (weighted) units in it."""
    sum_q = (counts * (counts @ w.T - 1)).sum(axis=1)
    two = r >= 2
    den = np.where(two, r * (r - 1), 1.0)
    pa_i = np.where(two, sum_q / den, 0.0)
    n2 = float(f[two].sum())
    pa = float((f * pa_i)[two].sum() / n2) if n2 else math.nan
    return pa, pa_i, two, n2


def _interval(value: float, x: np.ndarray, f: np.ndarray) -> tuple[float, float, float]:
    n = float(f.sum())
    if n < 2 or math.isnan(value):
        return math.nan, math.nan, math.nan
    se = float(math.sqrt((f * (x - value) ** 2).sum() / (n * (n - 1))))
    half = float(stats.t.ppf(0.975, n - 1)) * se
    return se, value - half, min(1.0, value + half)  # no floor: see the module docstring


def _chance_corrected(name: str, data: Any, weights: str) -> AgreementResult:
    counts, w, r, n_coders, f = _prepare(data, weights)
    q = counts.shape[1]
    n = float(f.sum())
    pa, pa_i, two, n2 = _observed(counts, w, r, f)
    pi = f @ (counts / r[:, None]) / n if n else np.zeros(q)
    if name == "fleiss":
        pe = float(pi @ w @ pi)
    elif name == "gwet":
        pe = float(w.sum() / (q * (q - 1)) * (pi * (1 - pi)).sum()) if q > 1 else math.nan
    else:
        pe = float(w.sum() / q**2)
    if n2 == 0 or math.isnan(pe) or pe >= 1:
        value = math.nan
    else:
        value = (pa - pe) / (1 - pe)
    x = np.zeros(len(f))
    if not math.isnan(value):
        x = (n / n2) * (pa_i - pe * two) / (1 - pe)
        if name == "fleiss":
            pi_w = (w @ pi + w.T @ pi) / 2
            pe_i = (counts @ pi_w) / r
            x = x - 2 * (1 - value) * (pe_i - pe) / (1 - pe)
        elif name == "gwet":
            pe_i = w.sum() / (q * (q - 1)) * (counts @ (1 - pi)) / r
            x = x - 2 * (1 - value) * (pe_i - pe) / (1 - pe)
    se, low, high = _interval(value, x, f)
    return AgreementResult(name, value, low, high, int(n2), n_coders, "analytic (Gwet 2014, t on n-1 df)",
                           {"p_observed": pa, "p_chance": pe, "std_error": se, "weights": weights,
                            "n_categories": q})


def percent_agreement(data: Any, *, weights: str = "none") -> AgreementResult:
    """Share of agreeing coder pairs per unit, averaged over units coded at least twice.

    Parameters
    ----------
    data : sequence of sequences
        Rows = coders, columns = units; None / NaN / "" = not coded.
    weights : {"none", "linear", "quadratic"}
        Partial credit for near categories (ordered values).

    Returns
    -------
    AgreementResult
        With Gwet's (2014) analytic interval.

    Examples
    --------
    >>> round(percent_agreement([[1, 1, 2, 2], [1, 2, 2, 2]]).value, 2)
    0.75
    """
    counts, w, r, n_coders, f = _prepare(data, weights)
    pa, pa_i, _two, n2 = _observed(counts, w, r, f)
    x = (f.sum() / n2) * pa_i if n2 else np.zeros(len(f))
    se, low, high = _interval(pa, x, f)
    return AgreementResult("percent", pa, max(0.0, low) if not math.isnan(low) else low, high, int(n2), n_coders,
                           "analytic (Gwet 2014, t on n-1 df)", {"std_error": se, "weights": weights})


def fleiss_kappa(data: Any, *, weights: str = "none") -> AgreementResult:
    """Fleiss' (1971) kappa for any number of coders, with missing ratings (Gwet 2014, ch. 5).

    Examples
    --------
    >>> round(fleiss_kappa([[1, 1, 2, 2], [1, 2, 2, 2], [1, 1, 2, 1]]).value, 3)
    0.111
    """
    return _chance_corrected("fleiss", data, weights)


def brennan_prediger(data: Any, *, weights: str = "none") -> AgreementResult:
    """Brennan & Prediger's (1981) kappa_n: chance agreement 1/q for q categories."""
    return _chance_corrected("brennan-prediger", data, weights)


def gwet_ac(data: Any, *, weights: str = "none") -> AgreementResult:
    """Gwet's AC1 (``weights="none"``) or AC2 (linear / quadratic weights), Gwet (2008, 2014)."""
    return _chance_corrected("gwet", data, weights)
