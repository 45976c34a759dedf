"""Krippendorff's alpha (any number of coders, missing data, four metrics) and Holsti's CR.

Alpha follows Krippendorff (2011), "Computing Krippendorff's alpha-reliability": the
coincidence matrix ``o_ck = sum_u n_uc (n_uk - [c = k]) / (m_u - 1)`` over units with
m_u >= 2 values, ``alpha = 1 - (n - 1) sum o_ck d_ck / sum n_c n_k d_ck``. Neither has a
closed-form interval, so both take a seeded percentile bootstrap over units (units with the
same pattern of values are pooled, so character-level data of 100,000 units stays fast).
"""

from __future__ import annotations

import math
from itertools import combinations
from typing import Any

import numpy as np

from quant.agreement.matrix import LEVELS, AgreementResult, Ratings, ratings_matrix
from quant.result import QuantError

__all__ = ["holsti", "krippendorff_alpha"]


def _delta(level: str, values: np.ndarray, marginals: np.ndarray) -> np.ndarray:
    q = len(values)
    if level == "nominal":
        return 1.0 - np.eye(q)
    if level == "interval":
        return (values[:, None] - values[None, :]) ** 2
    if level == "ratio":
        s = values[:, None] + values[None, :]
        d = values[:, None] - values[None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            out = np.where(s == 0, 0.0, (d / np.where(s == 0, 1, s)) ** 2)
        return out
    # ordinal: (sum_{g=c..k} n_g - (n_c + n_k)/2)^2 on the ranks of the categories
    cum = np.concatenate([[0.0], np.cumsum(marginals)])
    lo = np.minimum.outer(np.arange(q), np.arange(q))
    hi = np.maximum.outer(np.arange(q), np.arange(q))
    between = cum[hi + 1] - cum[lo]
    return (between - (marginals[:, None] + marginals[None, :]) / 2) ** 2


def _alpha_from(o: np.ndarray, level: str, values: np.ndarray) -> float:
    nc = o.sum(axis=1)
    n = nc.sum()
    if n <= 1:
        return math.nan
    d = _delta(level, values, nc)
    expected = (np.outer(nc, nc) * d).sum()
    if expected == 0:
        return math.nan
    return float(1 - (n - 1) * (o * d).sum() / expected)


def _patterns(ratings: Ratings) -> tuple[np.ndarray, np.ndarray]:
    """Distinct pairable unit patterns (counts per category) and how many units show each."""
    counts = ratings.counts()
    pairable = counts.sum(axis=1) >= 2
    counts, weights = counts[pairable], ratings.weights()[pairable]
    if not len(counts):
        return counts, np.zeros(0)
    uniq, inverse = np.unique(counts, axis=0, return_inverse=True)
    return uniq, np.bincount(inverse.ravel(), weights=weights, minlength=len(uniq))


def _coincidences(patterns: np.ndarray) -> np.ndarray:
    m = patterns.sum(axis=1)
    outer = patterns[:, :, None] * patterns[:, None, :]
    idx = np.arange(patterns.shape[1])
    outer[:, idx, idx] -= patterns
    return outer / (m - 1)[:, None, None]


def _bootstrap(freq: np.ndarray, stat: Any, seed: int, n_boot: int) -> tuple[float, float]:
    n = int(freq.sum())
    if n < 2 or n_boot < 1:
        return math.nan, math.nan
    rng = np.random.default_rng(seed)
    draws = rng.multinomial(n, freq / freq.sum(), size=n_boot)
    vals = np.array([stat(d.astype(float)) for d in draws])
    vals = vals[~np.isnan(vals)]
    if not len(vals):
        return math.nan, math.nan
    return float(np.quantile(vals, 0.025)), float(np.quantile(vals, 0.975))


def krippendorff_alpha(data: Any, *, level: str = "nominal", seed: int = 12345,
                       n_boot: int = 1000) -> AgreementResult:
    """Krippendorff's alpha for any number of coders with missing values.

    Parameters
    ----------
    data : rows = coders, columns = units; None / NaN / "" = not coded
    level : {"nominal", "ordinal", "interval", "ratio"}
    seed, n_boot : the bootstrap's seed and number of draws (units resampled)

    Examples
    --------
    >>> round(krippendorff_alpha([[1, 2, 3, 3], [1, 2, 3, 4]]).value, 3)
    0.696
    """
    if level not in LEVELS:
        raise QuantError(f"level must be one of {', '.join(LEVELS)}; got {level!r}")
    ratings = ratings_matrix(data)
    values = ratings.values()
    if level in ("interval", "ratio") and values.tolist() == list(range(1, len(values) + 1)) and not all(
            isinstance(c, (int, float)) for c in ratings.categories):
        raise QuantError(f"the {level} level needs numeric values; the matrix has categories such as "
                         f"{ratings.categories[0]!r}")
    patterns, freq = _patterns(ratings)
    if not len(patterns):
        return AgreementResult("krippendorff", math.nan, math.nan, math.nan, 0, ratings.n_coders,
                               "", {"level": level})
    per_pattern = _coincidences(patterns)

    def stat(weights: np.ndarray) -> float:
        return _alpha_from(np.tensordot(weights, per_pattern, axes=1), level, values)

    value = stat(freq)
    low, high = _bootstrap(freq, stat, seed, n_boot) if not math.isnan(value) else (math.nan, math.nan)
    o = np.tensordot(freq, per_pattern, axes=1)
    return AgreementResult("krippendorff", value, low, high, int(freq.sum()), ratings.n_coders,
                           f"bootstrap (percentile, {n_boot} draws over units, seed {seed})",
                           {"level": level, "n_pairable_values": float(o.sum())})


def holsti(data: Any, *, seed: int = 12345, n_boot: int = 1000) -> AgreementResult:
    """Holsti's (1969) coefficient of reliability ``2M / (N1 + N2)``, averaged over coder pairs.

    N1 and N2 are the units each coder coded, M the units both coded alike, so a unit one
    coder skipped counts against agreement (unlike percent agreement).

    Examples
    --------
    >>> holsti([[1, 2, None], [1, 2, 2]]).value
    0.8
    """
    ratings = ratings_matrix(data)
    codes = ratings.codes
    pairs = list(combinations(range(ratings.n_coders), 2))
    # per unit and pair: (agree, coded by a, coded by b) -> resample units
    parts = np.array([[((codes[a] == codes[b]) & (codes[a] >= 0)), codes[a] >= 0, codes[b] >= 0]
                      for a, b in pairs], dtype=float)  # pairs x 3 x units
    keep = (codes >= 0).sum(axis=0) >= 1
    parts = parts[:, :, keep]
    flat = parts.reshape(-1, parts.shape[2]).T  # units x (pairs*3)
    if not len(flat):
        return AgreementResult("holsti", math.nan, math.nan, math.nan, 0, ratings.n_coders)
    uniq, inverse = np.unique(flat, axis=0, return_inverse=True)
    freq = np.bincount(inverse.ravel(), weights=ratings.weights()[keep], minlength=len(uniq))

    def stat(weights: np.ndarray) -> float:
        tot = (weights @ uniq).reshape(len(pairs), 3)
        den = tot[:, 1] + tot[:, 2]
        ok = den > 0
        return float(np.mean(2 * tot[ok, 0] / den[ok])) if ok.any() else math.nan

    value = stat(freq.astype(float))
    low, high = _bootstrap(freq.astype(float), stat, seed, n_boot)
    n_units = int(ratings.weights()[(codes >= 0).sum(axis=0) >= 2].sum())
    return AgreementResult("holsti", value, low, high, n_units, ratings.n_coders,
                           f"bootstrap (percentile, {n_boot} draws over units, seed {seed})", {})
