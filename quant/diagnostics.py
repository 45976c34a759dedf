"""Regression diagnostics as plain numpy functions (used by :mod:`quant.ols`).

Each function mirrors one R reference so results can be checked number for
number: ``car::vif`` (VIF / GVIF), ``stats::cooks.distance``,
``lmtest::bptest`` (studentised Breusch-Pagan) and ``stats::qqnorm`` on
``rstandard`` residuals.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd
from scipy import stats

__all__ = ["vif_columns", "gvif", "cooks_distance", "breusch_pagan", "qq_points", "ppoints"]


def _without_intercept(exog: pd.DataFrame, intercept: str = "Intercept") -> pd.DataFrame:
    return exog.drop(columns=[c for c in exog.columns if c == intercept])


def vif_columns(exog: pd.DataFrame, *, intercept: str = "Intercept") -> pd.Series:
    """Variance inflation factor of every design column, ``1 / (1 - R_j^2)``.

    Computed as the diagonal of the inverse correlation matrix of the
    non-intercept columns (identical to regressing each column on the others
    with an intercept).

    Parameters
    ----------
    exog : pandas.DataFrame
        Design matrix with patsy column names.
    intercept : str
        Name of the intercept column (excluded).

    Returns
    -------
    pandas.Series
        VIF indexed by column name.
    """
    x = _without_intercept(exog, intercept)
    if x.shape[1] < 2:
        return pd.Series(1.0, index=x.columns, name="vif")
    arr = np.asarray(x, dtype=float)
    corr = np.corrcoef(arr, rowvar=False)
    try:
        vif = np.diag(np.linalg.inv(corr))
    except np.linalg.LinAlgError:  # an exact linear dependence: those columns have infinite VIF
        vif = np.array([_vif_by_regression(arr, j) for j in range(arr.shape[1])])
    return pd.Series(vif, index=x.columns, name="vif")


def _vif_by_regression(x: np.ndarray, j: int) -> float:
    """``1 / (1 - R_j^2)`` from regressing column j on the others (inf when R_j^2 = 1)."""
    y = x[:, j] - x[:, j].mean()
    others = np.delete(x, j, axis=1)
    others = np.column_stack([np.ones(len(y)), others])
    resid = y - others @ np.linalg.lstsq(others, y, rcond=None)[0]
    rss, tss = float(resid @ resid), float(y @ y)
    return math.inf if tss == 0 or rss <= 1e-14 * tss else tss / rss


def gvif(
    exog: pd.DataFrame,
    term_slices: Mapping[str, slice],
    *,
    intercept: str = "Intercept",
) -> pd.DataFrame:
    """Generalised VIF per model term (Fox & Monette 1992), as ``car::vif``.

    ``GVIF = det(R11) det(R22) / det(R)`` where R is the correlation matrix of
    the non-intercept design columns, R11 the block of the term's columns and
    R22 the block of all others.  For one-column terms GVIF equals the VIF.

    Parameters
    ----------
    exog : pandas.DataFrame
        Design matrix.
    term_slices : Mapping[str, slice]
        Column slice of each term in *exog* (patsy ``term_name_slices``).
    intercept : str
        Name of the intercept term (skipped).

    Returns
    -------
    pandas.DataFrame
        Index term; columns ``gvif``, ``df`` and ``gvif_adj`` =
        ``GVIF^(1/(2 df))`` (comparable across terms of different df).
    """
    cols = list(exog.columns)
    keep = [c for c in cols if c != intercept]
    x = np.asarray(exog[keep], dtype=float)
    corr = np.corrcoef(x, rowvar=False) if x.shape[1] > 1 else np.ones((1, 1))
    det_all = np.linalg.det(corr)
    rows = []
    for term, sl in term_slices.items():
        if term == intercept:
            continue
        idx = [keep.index(c) for c in cols[sl]]
        rest = [i for i in range(len(keep)) if i not in idx]
        d11 = np.linalg.det(corr[np.ix_(idx, idx)])
        d22 = np.linalg.det(corr[np.ix_(rest, rest)]) if rest else 1.0
        value = d11 * d22 / det_all if det_all > 0 else math.inf
        rows.append((term, value, len(idx), value ** (1 / (2 * len(idx)))))
    frame = pd.DataFrame(rows, columns=["term", "gvif", "df", "gvif_adj"]).set_index("term")
    return frame


def cooks_distance(
    resid: np.ndarray, exog: np.ndarray, index: pd.Index
) -> pd.Series:
    """Cook's distance of each observation, as ``stats::cooks.distance(lm)``.

    ``D_i = e_i^2 / (p s^2) * h_i / (1 - h_i)^2`` with the ordinary (not
    robust) residual variance s^2 and leverage h_i.
    """
    x = np.asarray(exog, dtype=float)
    e = np.asarray(resid, dtype=float)
    n, p = x.shape
    q, _ = np.linalg.qr(x)
    h = np.einsum("ij,ij->i", q, q)
    s2 = float(e @ e) / (n - p)
    d = e**2 / (p * s2) * h / (1 - h) ** 2
    return pd.Series(d, index=index, name="cooks_d")


def leverage(exog: np.ndarray) -> np.ndarray:
    """Diagonal of the hat matrix."""
    q, _ = np.linalg.qr(np.asarray(exog, dtype=float))
    return np.einsum("ij,ij->i", q, q)


def breusch_pagan(resid: np.ndarray, exog: np.ndarray) -> dict[str, float]:
    """Studentised (Koenker) Breusch-Pagan test, as ``lmtest::bptest(model)``.

    n R^2 of the regression of squared residuals on the model's regressors,
    chi-square with (columns - 1) df.

    Returns
    -------
    dict
        ``{"statistic", "df", "p_value"}``.
    """
    x = np.asarray(exog, dtype=float)
    u = np.asarray(resid, dtype=float) ** 2
    beta, *_ = np.linalg.lstsq(x, u, rcond=None)
    fitted = x @ beta
    r2 = 1 - float(np.sum((u - fitted) ** 2)) / float(np.sum((u - u.mean()) ** 2))
    stat = len(u) * r2
    df = x.shape[1] - 1
    return {"statistic": stat, "df": float(df), "p_value": float(stats.chi2.sf(stat, df))}


def ppoints(n: int) -> np.ndarray:
    """Plotting positions as R's ``ppoints(n)`` (a = 3/8 if n <= 10 else 1/2)."""
    a = 3 / 8 if n <= 10 else 0.5
    return (np.arange(1, n + 1) - a) / (n + 1 - 2 * a)


def qq_points(std_resid: pd.Series) -> pd.Series:
    """Normal theoretical quantile for each residual, as ``qqnorm(y)$x``.

    Returned in the residuals' own order (ranked with ties broken by
    position, as R's ``order``).
    """
    values = np.asarray(std_resid, dtype=float)
    n = len(values)
    ranks = np.empty(n, dtype=int)
    ranks[np.argsort(values, kind="stable")] = np.arange(n)
    theo = stats.norm.ppf(ppoints(n))[ranks]
    return pd.Series(theo, index=std_resid.index, name="theoretical")
