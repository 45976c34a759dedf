"""Cronbach's alpha with corrected item-total correlations, as ``psych::alpha``.

``raw_alpha = k/(k-1) * (1 - tr(C) / sum(C))`` on the item covariance matrix
C; ``r.drop`` (corrected item-total correlation) is the correlation of an
item with the sum of the *other* items; "alpha if deleted" is raw alpha of
the remaining k - 1 items.  psych computes C from pairwise-complete
observations by default (``use = "pairwise"``); ``missing="listwise"`` uses
complete cases only (SPSS's RELIABILITY default).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from quant.result import ModelResult, QuantError, Term

__all__ = ["cronbach_alpha", "alpha_from_cov"]


def alpha_from_cov(cov: np.ndarray) -> float:
    """Raw Cronbach's alpha of the items with covariance matrix *cov*."""
    c = np.asarray(cov, dtype=float)
    k = c.shape[0]
    if k < 2:
        return math.nan
    return float(k / (k - 1) * (1 - np.trace(c) / c.sum()))


def cronbach_alpha(
    data: pd.DataFrame,
    items: Sequence[str],
    *,
    missing: str = "pairwise",
    target: float = 0.70,
) -> ModelResult:
    """Cronbach's alpha of a scale with item statistics.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per participant.
    items : Sequence[str]
        Numeric item columns of one index (at least two).
    missing : {"pairwise", "listwise"}
        Covariances from pairwise-complete rows (``psych::alpha`` default)
        or from complete cases only.
    target : float
        Reliability the study aims for; a note says whether it is reached.

    Returns
    -------
    ModelResult
        ``model="alpha"``; one term per item with estimate = corrected
        item-total correlation (psych ``r.drop``) and extras
        ``alpha_if_deleted``, ``mean``, ``sd``, ``n``; fit ``alpha`` (raw),
        ``std_alpha``, ``n_items``.
    """
    items = list(dict.fromkeys(items))
    if len(items) < 2:
        raise QuantError("Cronbach's alpha needs at least two items.")
    if missing not in ("pairwise", "listwise"):
        raise QuantError(f"missing must be 'pairwise' or 'listwise', not {missing!r}.")
    absent = [v for v in items if v not in data.columns]
    if absent:
        raise QuantError(f"Item column(s) not in the data: {absent}.")
    x = data[items]
    for v in items:
        if not pd.api.types.is_numeric_dtype(x[v]):
            raise QuantError(f"Item {v!r} is not numeric.")
        if x[v].isna().all():
            raise QuantError(f"Column {v!r} has no non-missing values.")
    x = x.astype(float)
    if missing == "listwise":
        x = x.dropna()
        n = len(x)
    else:
        n = int(x.notna().any(axis=1).sum())
    cov = x.cov().to_numpy()  # pandas uses pairwise-complete rows, n - 1, as R's cov(use = "pairwise")
    if not np.all(np.isfinite(cov)):
        raise QuantError("Some item pairs have fewer than two joint observations.")
    if np.any(np.diag(cov) == 0):
        const = [v for v, s in zip(items, np.diag(cov)) if s == 0]
        raise QuantError(f"Item(s) {const} are constant; alpha is undefined.")
    k = len(items)
    raw = alpha_from_cov(cov)
    corr = cov / np.sqrt(np.outer(np.diag(cov), np.diag(cov)))
    std = float(k / (k - 1) * (1 - k / corr.sum()))
    terms = []
    notes = []
    for i, v in enumerate(items):
        rest = [j for j in range(k) if j != i]
        v_drop = cov[np.ix_(rest, rest)].sum()
        c_drop = cov[:, i].sum() - cov[i, i]
        r_drop = float(c_drop / math.sqrt(cov[i, i] * v_drop))
        a_del = alpha_from_cov(cov[np.ix_(rest, rest)]) if k > 2 else math.nan
        col = x[v].dropna()
        terms.append(
            Term(
                v,
                r_drop,
                extra={"alpha_if_deleted": a_del, "mean": float(col.mean()), "sd": float(col.std()), "n": float(len(col))},
            )
        )
        if r_drop < 0:
            notes.append(f"{v} correlates negatively with the other items: should it be reverse-coded?")
    verdict = "reaches" if raw >= target else "falls short of"
    notes += [
        "Estimate per item: corrected item-total correlation (item vs. the sum of the other items).",
        f"Covariances from {'pairwise-complete' if missing == 'pairwise' else 'complete'} observations.",
        f"Cronbach's alpha = {raw:.2f}, which {verdict} the target of {target:.2f}.",
    ]
    return ModelResult(
        model="alpha",
        formula=" + ".join(items),
        nobs=n,
        terms=tuple(terms),
        fit={"alpha": raw, "std_alpha": std, "n_items": float(k)},
        notes=tuple(notes),
    )
