"""Discrimination and calibration of a binary-outcome model.

* AUC with the DeLong variance, implemented with the fast midrank algorithm
  of Sun & Xu (2014), giving the interval of ``pROC::ci.auc(method="delong")``.
* Hosmer-Lemeshow test exactly as ``ResourceSelection::hoslem.test``.
* Brier score, classification table, ROC points.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from scipy import stats

__all__ = ["midrank", "delong_auc", "hosmer_lemeshow", "brier", "roc_points", "classification"]


def midrank(x: np.ndarray) -> np.ndarray:
    """Ranks 1..n with ties given their average rank (as R's ``rank``)."""
    x = np.asarray(x, dtype=float)
    order = np.argsort(x, kind="mergesort")
    xs = x[order]
    n = len(x)
    ranks_sorted = np.empty(n, dtype=float)
    i = 0
    while i < n:
        j = i
        while j < n and xs[j] == xs[i]:
            j += 1
        ranks_sorted[i:j] = 0.5 * (i + j - 1) + 1
        i = j
    out = np.empty(n, dtype=float)
    out[order] = ranks_sorted
    return out


def delong_auc(y: np.ndarray, score: np.ndarray, *, level: float = 0.95) -> dict[str, float]:
    """AUC with its DeLong variance and Wald interval.

    Parameters
    ----------
    y : array of 0/1
        Observed outcome (1 = case).
    score : array
        Predicted probability or any score where higher means "case".
    level : float
        Confidence level of the interval.

    Returns
    -------
    dict
        ``auc``, ``var``, ``ci_low``, ``ci_high`` (interval clipped to
        [0, 1], as pROC does).
    """
    y = np.asarray(y, dtype=float)
    s = np.asarray(score, dtype=float)
    pos, neg = s[y == 1], s[y == 0]
    m, n = len(pos), len(neg)
    if m < 2 or n < 2:
        raise ValueError("DeLong's AUC variance needs at least two cases and two controls.")
    tx, ty = midrank(pos), midrank(neg)
    tz = midrank(np.concatenate([pos, neg]))
    auc = (tz[:m].sum() - m * (m + 1) / 2) / (m * n)
    v10 = (tz[:m] - tx) / n  # structural components for cases
    v01 = 1 - (tz[m:] - ty) / m  # ... and for controls
    var = np.var(v10, ddof=1) / m + np.var(v01, ddof=1) / n
    z = stats.norm.ppf(0.5 + level / 2)
    se = math.sqrt(var)
    return {
        "auc": float(auc),
        "var": float(var),
        "ci_low": float(max(auc - z * se, 0.0)),
        "ci_high": float(min(auc + z * se, 1.0)),
    }


def hosmer_lemeshow(y: np.ndarray, p: np.ndarray, g: int = 10) -> dict[str, float]:
    """Hosmer-Lemeshow goodness-of-fit test, as ``ResourceSelection::hoslem.test``.

    Groups are cut at the (type-7) quantiles of the fitted probabilities,
    ``cut(p, unique(quantile(p, 0:g/g)), include.lowest = TRUE)``; the
    statistic sums (O - E)^2 / E over both outcome columns and is referred
    to chi-square with ``g - 2`` df (also when tied quantiles merge groups,
    as in the R function).

    Returns
    -------
    dict
        ``statistic``, ``df``, ``p_value``, ``groups`` (groups actually formed).
    """
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    breaks = np.unique(np.quantile(p, np.linspace(0, 1, g + 1)))
    # right-closed intervals, the lowest one closed on the left too
    group = np.clip(np.searchsorted(breaks, p, side="left"), 1, None) - 1
    k = len(breaks) - 1
    obs1 = np.bincount(group, weights=y, minlength=k)
    obs0 = np.bincount(group, weights=1 - y, minlength=k)
    exp1 = np.bincount(group, weights=p, minlength=k)
    exp0 = np.bincount(group, weights=1 - p, minlength=k)
    # Interpolated quantiles can leave an interval with no case in it; R then
    # returns NaN (0/0). An empty group carries no information, so we drop it.
    filled = np.bincount(group, minlength=k) > 0
    obs1, obs0, exp1, exp0 = obs1[filled], obs0[filled], exp1[filled], exp0[filled]
    k = int(filled.sum())
    chisq = float(np.sum((obs1 - exp1) ** 2 / exp1) + np.sum((obs0 - exp0) ** 2 / exp0))
    df = g - 2
    return {"statistic": chisq, "df": float(df), "p_value": float(stats.chi2.sf(chisq, df)), "groups": float(k)}


def brier(y: np.ndarray, p: np.ndarray) -> float:
    """Mean squared difference between predicted probability and outcome."""
    return float(np.mean((np.asarray(p, dtype=float) - np.asarray(y, dtype=float)) ** 2))


def roc_points(y: np.ndarray, score: np.ndarray) -> pd.DataFrame:
    """ROC curve: one row per distinct threshold (predict 1 when score >= threshold).

    Returns
    -------
    pandas.DataFrame
        Columns ``threshold`` (from +inf down), ``fpr``, ``tpr``; starts at
        (0, 0) and ends at (1, 1).
    """
    y = np.asarray(y, dtype=float)
    s = np.asarray(score, dtype=float)
    thresholds = np.concatenate([[np.inf], np.unique(s)[::-1]])
    pos, neg = s[y == 1], s[y == 0]
    tpr = np.array([(pos >= t).mean() for t in thresholds])
    fpr = np.array([(neg >= t).mean() for t in thresholds])
    return pd.DataFrame({"threshold": thresholds, "fpr": fpr, "tpr": tpr})


def classification(y: np.ndarray, p: np.ndarray, cutoff: float = 0.5) -> dict[str, float]:
    """Classification table at *cutoff* (predict 1 when p >= cutoff).

    Returns
    -------
    dict
        ``tn``, ``fp``, ``fn``, ``tp``, ``sensitivity``, ``specificity``,
        ``accuracy``.
    """
    y = np.asarray(y, dtype=float)
    pred = np.asarray(p, dtype=float) >= cutoff
    tp = float(np.sum(pred & (y == 1)))
    tn = float(np.sum(~pred & (y == 0)))
    fp = float(np.sum(pred & (y == 0)))
    fn = float(np.sum(~pred & (y == 1)))
    return {
        "tn": tn,
        "fp": fp,
        "fn": fn,
        "tp": tp,
        "sensitivity": tp / (tp + fn) if tp + fn else math.nan,
        "specificity": tn / (tn + fp) if tn + fp else math.nan,
        "accuracy": (tp + tn) / len(y),
    }
