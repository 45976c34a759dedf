"""Propensity-score weighting (IPW) as a robustness check for an exposure.

Steps, each matching a plain R computation (no survey design):

1. Propensity score ``e(x) = P(exposure = 1 | covariates)`` from an
   unpenalised logit (``glm(family = binomial)``).
2. Weights. ATE, stabilised: ``P(A=1)/e`` for the exposed and
   ``P(A=0)/(1-e)`` for the unexposed. ATT: ``1`` for the exposed and
   ``e/(1-e)`` for the unexposed.
3. Weighted outcome model with sandwich (HC0) standard errors:
   ``lm(y ~ ..., weights = w)`` + ``sandwich::vcovHC(type = "HC0")`` with t
   tests on the residual df (``lmtest::coeftest``), or for a binary outcome
   ``glm(binomial, weights = w)`` + ``sandwich::sandwich`` with z tests.
   The SEs treat the weights as known (conservative for the ATE).
4. Balance: standardised mean difference of each covariate column
   before and after weighting, both divided by the *unweighted* pooled SD
   ``sqrt((s1^2 + s0^2)/2)`` (cobalt's default for the ATE, tableone's
   formula; 0/1 columns use ``p(1-p)``). |SMD| < 0.1 is the usual target.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import patsy
from scipy import stats

from quant.formula import check_design, formula_variables, prepare
from quant.result import ModelResult, QuantError, Term
from quant.separation import EXTREME_ETA, logit_separated

__all__ = ["IPWResult", "propensity_ipw", "smd_table"]

_Z975 = stats.norm.ppf(0.975)


@dataclass(frozen=True)
class IPWResult(ModelResult):
    """Weighted outcome model plus the propensity scores, weights and balance table.

    Attributes
    ----------
    balance : pandas.DataFrame
        Index covariate column; ``mean_exposed``, ``mean_unexposed``,
        ``smd_before``, ``wmean_exposed``, ``wmean_unexposed``, ``smd_after``.
    propensity, weights : pandas.Series
        Per row of the estimation sample (original row labels).
    exposure : str
        The exposure column.
    """

    balance: pd.DataFrame = field(default_factory=pd.DataFrame, compare=False)
    propensity: pd.Series = field(default_factory=lambda: pd.Series(dtype=float), compare=False)
    weights: pd.Series = field(default_factory=lambda: pd.Series(dtype=float), compare=False)
    exposure: str = ""


def _irls_logit(x: np.ndarray, y: np.ndarray, w: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Weighted logistic regression by Newton-Raphson; returns coef and fitted p."""
    w = np.ones(len(y)) if w is None else w
    coef = np.zeros(x.shape[1])
    converged = False
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ coef, -700, 700)))
        info = (x * (w * p * (1 - p))[:, None]).T @ x
        try:
            step = np.linalg.solve(info, x.T @ (w * (y - p)))
        except np.linalg.LinAlgError:
            break
        coef = coef + step
        if np.max(np.abs(step)) < 1e-12 * max(1.0, float(np.max(np.abs(coef)))):
            converged = True
            break
    # unit-free: only diverging fitted probabilities make the Konis LP worth asking
    if (not converged or np.max(np.abs(x @ coef)) > EXTREME_ETA) and logit_separated(y, x):
        raise QuantError("The propensity model is (nearly) perfectly separated: some covariate pattern "
                         "determines the exposure, so weights would be infinite.")
    if not converged:
        raise QuantError("The propensity model did not converge in 100 iterations.")
    return coef, 1.0 / (1.0 + np.exp(-(x @ coef)))


def smd_table(x: pd.DataFrame, exposed: np.ndarray, weights: np.ndarray) -> pd.DataFrame:
    """Standardised mean differences before and after weighting.

    Parameters
    ----------
    x : pandas.DataFrame
        Covariate columns (dummies for factors), no intercept.
    exposed : numpy.ndarray
        Boolean exposure indicator.
    weights : numpy.ndarray
        Balancing weights.

    Returns
    -------
    pandas.DataFrame
        See :attr:`IPWResult.balance`. The denominator is the unweighted
        pooled SD of the two groups in both columns.
    """
    rows = {}
    for col in x.columns:
        v = x[col].to_numpy(dtype=float)
        a, b = v[exposed], v[~exposed]
        binary = set(np.unique(v)) <= {0.0, 1.0}
        if binary:
            var_a, var_b = a.mean() * (1 - a.mean()), b.mean() * (1 - b.mean())
        else:
            var_a, var_b = a.var(ddof=1), b.var(ddof=1)
        sd = math.sqrt((var_a + var_b) / 2)
        wa = float(np.average(a, weights=weights[exposed]))
        wb = float(np.average(b, weights=weights[~exposed]))
        rows[str(col)] = {
            "mean_exposed": a.mean(),
            "mean_unexposed": b.mean(),
            "smd_before": (a.mean() - b.mean()) / sd if sd > 0 else math.nan,
            "wmean_exposed": wa,
            "wmean_unexposed": wb,
            "smd_after": (wa - wb) / sd if sd > 0 else math.nan,
        }
    frame = pd.DataFrame.from_dict(rows, orient="index")
    frame.index.name = "covariate"
    return frame


def propensity_ipw(
    data: pd.DataFrame,
    exposure: str,
    covariates: Sequence[str],
    outcome_formula: str,
    *,
    kind: str = "ols",
    estimand: str = "ATE",
    reference: Mapping[str, str] | None = None,
    types: Mapping[str, str] | None = None,
) -> IPWResult:
    """Inverse-probability-weighted estimate of a binary exposure's effect.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per participant.
    exposure : str
        0/1 column (e.g. ``"LA"``); must appear in *outcome_formula*.
    covariates : Sequence[str]
        Confounders in the propensity model (e.g. ``["age", "programme", "origin"]``).
    outcome_formula : str
        Weighted outcome model, e.g. ``"PWB ~ LA"``.
    kind : {"ols", "logit"}
        Linear (HC0 sandwich, t on residual df) or logistic (sandwich, z) outcome model.
    estimand : {"ATE", "ATT"}
        Weights: stabilised ATE or ATT odds weights.
    reference, types : Mapping[str, str], optional
        Reference levels and variable types (see :func:`quant.formula.prepare`).

    Returns
    -------
    IPWResult
        Terms of the weighted outcome model (``odds_ratio`` extras for
        logit); ``fit`` with ``n_exposed``, ``n_unexposed``, ``ess_exposed``,
        ``ess_unexposed`` (Kish), ``max_abs_smd_before``,
        ``max_abs_smd_after``, ``weight_min``, ``weight_max``, ``ps_min``,
        ``ps_max``; ``balance``, ``propensity``, ``weights``.
    """
    if kind not in ("ols", "logit"):
        raise QuantError(f"kind must be 'ols' or 'logit', not {kind!r}.")
    estimand = estimand.upper()
    if estimand not in ("ATE", "ATT"):
        raise QuantError(f"estimand must be 'ATE' or 'ATT', not {estimand!r}.")
    if not covariates:
        raise QuantError("Give at least one covariate for the propensity model.")
    _, out_predictors = formula_variables(data, outcome_formula)
    if exposure not in out_predictors:
        raise QuantError(f"The outcome formula must contain the exposure {exposure!r}.")
    extra = [c for c in covariates if c not in out_predictors]
    combined = outcome_formula + "".join(f" + {c}" for c in extra)
    prep = prepare(data, combined, reference=reference, types=types)
    sample = prep.data
    a = pd.to_numeric(sample[exposure], errors="coerce").to_numpy(dtype=float)
    if not set(np.unique(a)) <= {0.0, 1.0} or len(np.unique(a)) < 2:
        raise QuantError(f"The exposure {exposure!r} must be coded 0/1 with both groups present.")
    exposed = a == 1

    ps_design = patsy.dmatrix(" + ".join(covariates), sample, return_type="dataframe", NA_action="raise")
    check_design(ps_design)
    _, ps = _irls_logit(ps_design.to_numpy(dtype=float), a)
    p1 = exposed.mean()
    if estimand == "ATE":
        w = np.where(exposed, p1 / ps, (1 - p1) / (1 - ps))
    else:
        w = np.where(exposed, 1.0, ps / (1 - ps))

    rhs = outcome_formula.split("~", 1)[1]
    y_name = prep.outcome[0]
    y = pd.to_numeric(sample[y_name], errors="coerce").to_numpy(dtype=float)
    x_df = patsy.dmatrix(rhs, sample, return_type="dataframe", NA_action="raise")
    check_design(x_df)
    x = x_df.to_numpy(dtype=float)
    n, k = x.shape
    if kind == "ols":
        xtwx_inv = np.linalg.inv((x * w[:, None]).T @ x)
        coef = xtwx_inv @ (x.T @ (w * y))
        score = x * (w * (y - x @ coef))[:, None]
        dist: Any = stats.t(n - k)
    else:
        if not set(np.unique(y)) <= {0.0, 1.0}:
            raise QuantError(f"A logit outcome model needs {y_name!r} coded 0/1.")
        coef, p = _irls_logit(x, y, w)
        xtwx_inv = np.linalg.inv((x * (w * p * (1 - p))[:, None]).T @ x)
        score = x * (w * (y - p))[:, None]
        dist = stats.norm()
    cov = xtwx_inv @ (score.T @ score) @ xtwx_inv
    se = np.sqrt(np.diag(cov))
    crit = dist.ppf(0.975)
    terms = []
    for name, b, s in zip(x_df.columns, coef, se):
        lo, hi = b - crit * s, b + crit * s
        ext = ({"odds_ratio": math.exp(b), "or_ci_low": math.exp(lo), "or_ci_high": math.exp(hi)}
               if kind == "logit" else {})
        terms.append(Term(str(name), float(b), float(s), float(b / s), float(2 * dist.sf(abs(b / s))),
                          float(lo), float(hi), ext))

    balance = smd_table(ps_design.drop(columns=["Intercept"], errors="ignore"), exposed, w)
    fit: dict[str, float | None] = {
        "n_exposed": float(exposed.sum()),
        "n_unexposed": float((~exposed).sum()),
        "ess_exposed": float(w[exposed].sum() ** 2 / (w[exposed] ** 2).sum()),
        "ess_unexposed": float(w[~exposed].sum() ** 2 / (w[~exposed] ** 2).sum()),
        "max_abs_smd_before": float(balance["smd_before"].abs().max()),
        "max_abs_smd_after": float(balance["smd_after"].abs().max()),
        "weight_min": float(w.min()),
        "weight_max": float(w.max()),
        "ps_min": float(ps.min()),
        "ps_max": float(ps.max()),
    }
    weight_txt = ("stabilised ATE weights P(A=1)/e and P(A=0)/(1-e)" if estimand == "ATE"
                  else "ATT weights 1 (exposed) and e/(1-e) (unexposed)")
    se_txt = ("lm(weights = w) with sandwich::vcovHC(type = 'HC0'), t tests on the residual df" if kind == "ols"
              else "glm(binomial, weights = w) with sandwich (HC0) SEs, z tests")
    notes = [
        *prep.notes,
        f"Propensity of {exposure} from a logit on {', '.join(covariates)}; {weight_txt}.",
        f"Weighted outcome model: {se_txt} (weights treated as known).",
        "Balance: standardised mean differences divided by the unweighted pooled SD of the two groups "
        f"(cobalt/tableone); largest |SMD| {fit['max_abs_smd_before']:.3f} before, "
        f"{fit['max_abs_smd_after']:.3f} after weighting (target < 0.1).",
    ]
    if fit["max_abs_smd_after"] is not None and fit["max_abs_smd_after"] >= 0.1:
        notes.append("Some covariates remain imbalanced after weighting (|SMD| >= 0.1): add them to the outcome model.")
    if w.max() > 10:
        notes.append(f"Extreme weights (max {w.max():.1f}): estimates may be unstable; check overlap of propensity scores.")
    return IPWResult(
        model=f"ipw-{kind}", formula=outcome_formula, nobs=n, terms=tuple(terms), fit=fit, notes=tuple(notes),
        balance=balance, propensity=pd.Series(ps, index=sample.index, name="propensity"),
        weights=pd.Series(w, index=sample.index, name="weight"), exposure=exposure,
    )
