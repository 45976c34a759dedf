"""Separation checks that do not depend on the predictors' units (Konis 2007).

Maximum-likelihood estimates of a logistic or cumulative-logit model are infinite
exactly when some direction of the coefficients never lowers the likelihood and
raises it for at least one case. Konis (2007) finds such a direction with a linear
program; ``detectseparation::detect_separation`` / ``brglm2`` in R use the same
check. Columns are scaled to unit maximum before the program, so rescaling a
predictor (``PSSI / 100``, ``months / 1000``) never changes the answer, unlike a
fixed limit on |b|.
"""

from __future__ import annotations

import numpy as np

__all__ = ["EXTREME_ETA", "logit_separated", "ordinal_separated"]

#: |linear predictor| beyond which fitted probabilities are within 1e-13 of 0 or 1:
#: a unit-free sign that the estimates may be running off, so the LP is consulted.
EXTREME_ETA = 30.0


def _scaled(a: np.ndarray) -> np.ndarray:
    scale = np.abs(a).max(axis=0)
    scale[scale == 0] = 1.0
    return a / scale


def logit_separated(y: np.ndarray, x: np.ndarray) -> bool:
    """True when a 0/1 outcome is completely or quasi-completely separated by *x*.

    Linear program of Konis (2007): maximise ``sum_i s_i x_i'b`` subject to
    ``s_i x_i'b >= 0`` and ``|b_j| <= 1``, with ``s_i = +1`` for y = 1 and -1
    for y = 0. A positive optimum is a direction along which the likelihood
    rises for ever, so the ML estimates are infinite.

    Parameters
    ----------
    y : numpy.ndarray
        0/1 outcome.
    x : numpy.ndarray
        Design matrix including the intercept column.

    Returns
    -------
    bool
    """
    from scipy.optimize import linprog

    a = _scaled((2 * np.asarray(y, dtype=float) - 1)[:, None] * np.asarray(x, dtype=float))
    out = linprog(-a.sum(axis=0), A_ub=-a, b_ub=np.zeros(len(a)), bounds=(-1, 1), method="highs")
    return bool(out.status == 0 and -out.fun > 1e-7 * len(a))


def ordinal_separated(x: np.ndarray, codes: np.ndarray, n_cat: int) -> bool:
    """True when a proportional-odds (cumulative logit) model has no finite ML estimate.

    The recession-direction LP for ``logit P(Y <= j) = theta_j - x'b``: find
    ``(d_b, d_theta)`` with ``d_theta`` non-decreasing, ``d_theta[y_i] - x_i'd_b >= 0``
    for every case below the top category and ``d_theta[y_i - 1] - x_i'd_b <= 0``
    for every case above the bottom one, not all zero. Such a direction raises
    the likelihood for ever (the binary case of Konis 2007 applied to every cut).

    Parameters
    ----------
    x : numpy.ndarray
        Design matrix without an intercept (n x k).
    codes : numpy.ndarray
        Category codes 0..n_cat-1.
    n_cat : int
        Number of categories.

    Returns
    -------
    bool
    """
    from scipy.optimize import linprog

    x = _scaled(np.asarray(x, dtype=float))
    n, k = x.shape
    m = n_cat - 1
    rows = []
    below = codes < m
    if below.any():  # d_theta[y] - x d_b >= 0
        t = np.zeros((int(below.sum()), m))
        t[np.arange(t.shape[0]), codes[below]] = 1.0
        rows.append(np.hstack([-x[below], t]))
    above = codes > 0
    if above.any():  # x d_b - d_theta[y-1] >= 0
        t = np.zeros((int(above.sum()), m))
        t[np.arange(t.shape[0]), codes[above] - 1] = -1.0
        rows.append(np.hstack([x[above], t]))
    if m > 1:  # d_theta[j+1] - d_theta[j] >= 0
        t = np.zeros((m - 1, k + m))
        for j in range(m - 1):
            t[j, k + j], t[j, k + j + 1] = -1.0, 1.0
        rows.append(t)
    a = np.vstack(rows)
    out = linprog(-a.sum(axis=0), A_ub=-a, b_ub=np.zeros(len(a)), bounds=(-1, 1), method="highs")
    return bool(out.status == 0 and -out.fun > 1e-7 * n)
