"""Partial proportional-odds (generalised ordered) logit.

When the Brant test rejects proportional odds for some predictors, those
predictors get one coefficient per cut-point while the others keep a single
one (Peterson & Harrell 1990; ``VGAM::vglm(cumulative(parallel = FALSE ~ x))``):

``logit P(Y <= j | x) = theta_j - x_po'b - x_npo'b_j``.

Unlike the proportional-odds model the cumulative probabilities of this
model can cross; if the maximum likelihood needs crossing probabilities the
fit fails and :func:`fit_partial_po` returns ``None`` (reported in notes).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import stats

from quant.result import ModelResult, Term

__all__ = ["fit_partial_po"]

_Z975 = stats.norm.ppf(0.975)


def _cut_designs(x: np.ndarray, npo: Sequence[int], n_cut: int) -> np.ndarray:
    """Array (n_cut, n, P): a_j = D_j @ params for each cut j."""
    n, k = x.shape
    po = [c for c in range(k) if c not in npo]
    p = len(po) + len(npo) * n_cut + n_cut
    d = np.zeros((n_cut, n, p))
    for j in range(n_cut):
        d[j][:, : len(po)] = -x[:, po]
        for i, c in enumerate(npo):
            d[j][:, len(po) + i * n_cut + j] = -x[:, c]
        d[j][:, len(po) + len(npo) * n_cut + j] = 1.0
    return d


def _derivs(params: np.ndarray, d: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
    n_cut, n, p = d.shape
    rows = np.arange(n)
    up, lo = y < n_cut, y > 0
    ea = np.zeros((n, p))
    eb = np.zeros((n, p))
    ea[up] = d[y[up], rows[up]]
    eb[lo] = d[y[lo] - 1, rows[lo]]
    fa = np.where(up, 1 / (1 + np.exp(-(ea @ params))), 1.0)
    fb = np.where(lo, 1 / (1 + np.exp(-(eb @ params))), 0.0)
    prob = fa - fb
    if np.any(prob <= 0):
        return -math.inf, np.zeros(p), np.zeros((p, p))
    da, db = fa * (1 - fa), fb * (1 - fb)
    dda, ddb = da * (1 - 2 * fa), db * (1 - 2 * fb)
    g_obs = (da[:, None] * ea - db[:, None] * eb) / prob[:, None]
    hess = (ea * (dda / prob)[:, None]).T @ ea - (eb * (ddb / prob)[:, None]).T @ eb - g_obs.T @ g_obs
    return float(np.log(prob).sum()), g_obs.sum(axis=0), hess


def fit_partial_po(
    x: pd.DataFrame,
    y: np.ndarray,
    levels: Sequence[str],
    npo_columns: Sequence[str],
    start_beta: np.ndarray,
    start_theta: np.ndarray,
    loglik_po: float,
    formula: str,
) -> ModelResult | None:
    """Fit the partial proportional-odds model; ``None`` if it cannot be fitted soundly.

    Parameters
    ----------
    x : pandas.DataFrame
        Design without intercept.
    y : numpy.ndarray
        Codes 0..J-1.
    levels : Sequence[str]
        Category labels, lowest first.
    npo_columns : Sequence[str]
        Columns of *x* that get cut-specific coefficients.
    start_beta, start_theta : numpy.ndarray
        Proportional-odds estimates (the starting point).
    loglik_po : float
        Log-likelihood of the proportional-odds fit, for the LR test.
    formula : str
        Formula, for the result.

    Returns
    -------
    ModelResult or None
        ``model="ordinal-ppo"``; cut-specific terms are named
        ``"x [low|medium]"``; ``fit`` has ``loglik``, ``aic``, ``lr_chi2``,
        ``lr_df``, ``lr_p`` (vs proportional odds).
    """
    cols = list(map(str, x.columns))
    npo = [cols.index(c) for c in npo_columns]
    po = [i for i in range(len(cols)) if i not in npo]
    n_cut = len(levels) - 1
    xm = x.to_numpy(dtype=float)
    d = _cut_designs(xm, npo, n_cut)
    params = np.concatenate(
        [start_beta[po], np.repeat(start_beta[npo], n_cut), start_theta]
    )
    ll, grad, hess = _derivs(params, d, y)
    if not math.isfinite(ll):
        return None
    for _ in range(100):
        try:
            step = np.linalg.solve(hess, grad)
        except np.linalg.LinAlgError:
            return None
        scale = 1.0
        while True:
            new = params - scale * step
            new_ll, new_grad, new_hess = _derivs(new, d, y)
            if math.isfinite(new_ll) and new_ll >= ll - 1e-12 * abs(ll):
                break
            scale /= 2
            if scale < 1e-10:
                return None
        params, ll, grad, hess = new, new_ll, new_grad, new_hess
        if np.max(np.abs(scale * step)) < 1e-11:
            break
    if np.max(np.abs(grad)) > 1e-5 * max(1.0, len(y) / 1000):
        return None
    try:
        cov = np.linalg.inv(-hess)
    except np.linalg.LinAlgError:
        return None
    se = np.sqrt(np.diag(cov))
    names = [cols[i] for i in po]
    names += [f"{cols[c]} [{levels[j]}|{levels[j + 1]}]" for c in npo for j in range(n_cut)]
    n_slopes = len(names)
    names += [f"{levels[j]}|{levels[j + 1]}" for j in range(n_cut)]
    terms = []
    for i, (name, b, s) in enumerate(zip(names, params, se)):
        lo, hi = b - _Z975 * s, b + _Z975 * s
        extra = ({"odds_ratio": math.exp(b), "or_ci_low": math.exp(lo), "or_ci_high": math.exp(hi)}
                 if i < n_slopes else {})
        terms.append(Term(name, float(b), float(s), float(b / s), float(2 * stats.norm.sf(abs(b / s))),
                          float(lo), float(hi), extra))
    lr = 2 * (ll - loglik_po)
    lr_df = len(npo) * (n_cut - 1)
    fit: dict[str, float | None] = {
        "loglik": ll,
        "aic": -2 * ll + 2 * len(params),
        "bic": -2 * ll + math.log(len(y)) * len(params),
        "lr_chi2": lr,
        "lr_df": float(lr_df),
        "lr_p": float(stats.chi2.sf(max(lr, 0.0), lr_df)),
    }
    notes = (
        f"Partial proportional-odds logit: {', '.join(npo_columns)} get one coefficient per cut-point "
        "(odds ratio of being above that cut); the other predictors keep one common odds ratio.",
        "LR test against the proportional-odds model in fit (lr_chi2, lr_df, lr_p).",
    )
    return ModelResult("ordinal-ppo", formula, len(y), tuple(terms), fit, notes)
