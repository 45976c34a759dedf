"""Brant (1990) test of the proportional-odds assumption (as ``brant::brant`` in R).

Split out of :mod:`quant.ordinal`, which re-exports :class:`BrantRow` and
:func:`brant_test`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

from quant.result import QuantError
from quant.separation import EXTREME_ETA, logit_separated

__all__ = ["BrantRow", "brant_test"]


def _logistic_cdf(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -700, 700)))


@dataclass(frozen=True)
class BrantRow:
    """One line of the Brant test: ``term`` is ``"Omnibus"`` or a design column."""

    term: str
    chi2: float
    df: int
    p_value: float



def brant_test(x: pd.DataFrame, y: np.ndarray, n_cat: int) -> tuple[BrantRow, ...]:
    """Brant (1990) Wald test of proportional odds, as ``brant::brant`` in R.

    Fits the J-1 binary logits ``1{y > j}``, stacks their slopes with the
    joint covariance of Brant (1990, eq. 2.4) and tests equality across cuts:
    overall with df ``(J-2)K`` and per design column with df ``J-2``.

    Parameters
    ----------
    x : pandas.DataFrame
        Design matrix without intercept (named columns).
    y : numpy.ndarray
        Outcome codes 0..J-1.
    n_cat : int
        Number of categories J (>= 3 for a test to exist).
    """
    if n_cat < 3:
        return ()
    xm = np.column_stack([np.ones(len(x)), np.asarray(x, dtype=float)])
    k = xm.shape[1] - 1
    betas, pis, vcs = [], [], []
    for m in range(n_cat - 1):
        yb = (y > m).astype(float)
        coef = _binary_logit(xm, yb)
        pi = _logistic_cdf(xm @ coef)
        betas.append(coef[1:])
        pis.append(pi)
        vcs.append(np.linalg.inv((xm * (pi * (1 - pi))[:, None]).T @ xm))
    q = n_cat - 1
    v = np.zeros((q * k, q * k))
    for m in range(q):
        v[m * k : (m + 1) * k, m * k : (m + 1) * k] = vcs[m][1:, 1:]
        for l_ in range(m + 1, q):
            wml = pis[l_] - pis[m] * pis[l_]
            blk = (vcs[m] @ ((xm * wml[:, None]).T @ xm) @ vcs[l_])[1:, 1:]
            v[m * k : (m + 1) * k, l_ * k : (l_ + 1) * k] = blk
            v[l_ * k : (l_ + 1) * k, m * k : (m + 1) * k] = blk.T
    bstar = np.concatenate(betas)
    d = np.zeros(((q - 1) * k, q * k))
    for i in range(q - 1):
        d[i * k : (i + 1) * k, :k] = np.eye(k)
        d[i * k : (i + 1) * k, (i + 1) * k : (i + 2) * k] = -np.eye(k)
    rows = [_wald_row("Omnibus", d, bstar, v)]
    for j, name in enumerate(x.columns):
        s = np.arange(j, q * k, k)
        ds = d[:, s]
        ds = ds[np.any(ds != 0, axis=1)]
        rows.append(_wald_row(str(name), ds, bstar[s], v[np.ix_(s, s)]))
    return tuple(rows)


def _wald_row(name: str, d: np.ndarray, b: np.ndarray, v: np.ndarray) -> BrantRow:
    db = d @ b
    chi2 = float(db @ np.linalg.solve(d @ v @ d.T, db))
    df = d.shape[0]
    return BrantRow(name, chi2, df, float(stats.chi2.sf(chi2, df)))


def _binary_logit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    # Plain Newton-Raphson (IRLS) to machine precision; glm.fit in R does the same.
    coef = np.zeros(x.shape[1])
    for _ in range(100):
        p = _logistic_cdf(x @ coef)
        w = p * (1 - p)
        try:
            step = np.linalg.solve((x * w[:, None]).T @ x, x.T @ (y - p))
        except np.linalg.LinAlgError:
            break
        coef = coef + step
        if np.max(np.abs(step)) < 1e-12:
            break
    if np.max(np.abs(x @ coef)) > EXTREME_ETA and logit_separated(y, x):
        raise QuantError("A binary split of the ordinal outcome is perfectly separated; the Brant test is not available.")
    return coef
