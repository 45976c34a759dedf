"""Proportional-odds (cumulative logit) model with the Brant (1990) test.

Model: ``logit P(Y <= j | x) = theta_j - x'beta`` (j = 1..J-1).  This is the
sign convention of statsmodels ``OrderedModel``, R's ``MASS::polr`` and
``ordinal::clm`` alike, so a positive coefficient means higher categories
are more likely and ``exp(beta)`` is the proportional odds ratio of being
in a *higher* category.

The model is statsmodels' ``OrderedModel(distr="logit")`` (kept as the raw
model object), maximised by Newton-Raphson on the analytic log-likelihood in
the ``(beta, theta)`` parametrisation; standard errors come from the
analytic observed information, as in ``ordinal::clm``.  statsmodels' own
BFGS fit uses numerical derivatives of reparametrised thresholds: slow for
large n and SEs that agree with R only to ~1e-5.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import patsy
from scipy import stats

from quant.brant import BrantRow, brant_test
from quant.design import in_formula_order
from quant.formula import check_design, prepare
from quant.result import ModelResult, QuantError, Term
from quant.separation import EXTREME_ETA, ordinal_separated

__all__ = ["BrantRow", "OrdinalResult", "fit_ordinal", "brant_test", "ordered_levels"]

_Z975 = stats.norm.ppf(0.975)
# Orders recognised for text outcomes read from CSV (where the order is lost).
_KNOWN_SCALES: tuple[tuple[str, ...], ...] = (
    ("low", "medium", "high"),
    ("low", "moderate", "high"),
    ("none", "some", "many"),
    ("never", "sometimes", "often", "always"),
    ("strongly disagree", "disagree", "neutral", "agree", "strongly agree"),
)


@dataclass(frozen=True)
class OrdinalResult(ModelResult):
    """Proportional-odds result: slopes and thresholds in ``terms``, plus Brant rows.

    Attributes
    ----------
    levels : tuple of str
        Outcome categories, lowest first.
    brant : tuple of BrantRow
        Omnibus row first, then one row per predictor column.
    partial : ModelResult or None
        Partial proportional-odds model (cut-specific coefficients for the
        predictors whose Brant p < .05), when the assumption fails and that
        model can be fitted; see :mod:`quant.ordinal_partial`.
    """

    levels: tuple[str, ...] = ()
    brant: tuple[BrantRow, ...] = ()
    partial: ModelResult | None = None

    def brant_frame(self) -> pd.DataFrame:
        """Brant test as a DataFrame (index term; columns chi2, df, p_value)."""
        return pd.DataFrame(
            [(r.chi2, r.df, r.p_value) for r in self.brant],
            index=pd.Index([r.term for r in self.brant], name="term"),
            columns=["chi2", "df", "p_value"],
        )


def ordered_levels(y: pd.Series, levels: Sequence[str] | None = None) -> list[Any]:
    """Return the categories of an ordinal outcome, lowest first.

    Uses *levels* if given, else the order of an ordered Categorical, else
    sorted numbers, else a recognised text scale such as low < medium < high.
    Raises :class:`QuantError` for unordered text (alphabetical order would
    silently be wrong).
    """
    observed = pd.unique(y.dropna())
    if levels is not None:
        unknown = [v for v in observed if str(v) not in {str(lv) for lv in levels}]
        if unknown:
            raise QuantError(f"Outcome value {unknown[0]!r} is not among the given levels {list(levels)}.")
        return list(levels)
    if isinstance(y.dtype, pd.CategoricalDtype) and y.cat.ordered:
        return list(y.cat.categories)
    if pd.api.types.is_numeric_dtype(y):
        return sorted(observed.tolist())
    lowered = {str(v).strip().lower() for v in observed}
    for scale in _KNOWN_SCALES:
        if lowered <= set(scale):
            by_lower = {str(v).strip().lower(): v for v in observed}
            return [by_lower[s] for s in scale if s in by_lower]
    raise QuantError(
        f"The order of the outcome categories {sorted(map(str, observed))} is unknown; "
        "pass levels=[lowest, ..., highest] or an ordered pandas Categorical."
    )


def _cum_logit_derivs(
    params: np.ndarray, x: np.ndarray, y: np.ndarray, n_cat: int
) -> tuple[float, np.ndarray, np.ndarray]:
    """Log-likelihood, gradient and Hessian in the (beta, theta) parametrisation."""
    k = x.shape[1]
    beta, theta = params[:k], params[k:]
    eta = x @ beta
    ext = np.concatenate([[-np.inf], theta, [np.inf]])
    a = ext[y + 1] - eta  # upper bound of the observed category
    b = ext[y] - eta  # lower bound
    fa, fb = _logistic_cdf(a), _logistic_cdf(b)
    prob = fa - fb
    da, db = fa * (1 - fa), fb * (1 - fb)  # densities (0 at +-inf)
    dda, ddb = da * (1 - 2 * fa), db * (1 - 2 * fb)
    n, p = x.shape[0], k + n_cat - 1
    # d a / d params and d b / d params: (-x, unit vector of the threshold)
    ea = np.zeros((n, p))
    eb = np.zeros((n, p))
    ea[:, :k] = -x
    eb[:, :k] = -x
    rows = np.arange(n)
    up, lo = y < n_cat - 1, y > 0
    ea[rows[up], k + y[up]] = 1.0
    eb[rows[lo], k + y[lo] - 1] = 1.0
    g_obs = (da[:, None] * ea - db[:, None] * eb) / prob[:, None]
    grad = g_obs.sum(axis=0)
    hess = (ea * (dda / prob)[:, None]).T @ ea - (eb * (ddb / prob)[:, None]).T @ eb - g_obs.T @ g_obs
    return float(np.log(prob).sum()), grad, hess


def _logistic_cdf(z: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


_PO_SEPARATION = (
    "Separation: a combination of the predictors orders the outcome categories perfectly (or "
    "perfectly at one cut-point), so the proportional-odds estimates are infinite. Simplify the "
    "model or merge sparse categories."
)


def _fit_po(x: np.ndarray, y: np.ndarray, n_cat: int) -> tuple[np.ndarray, np.ndarray, float, Any]:
    """Newton-Raphson with step halving on the concave cumulative-logit log-likelihood.

    Starts from beta = 0 and the marginal cumulative logits, the exact MLE
    of the thresholds-only model. The statsmodels ``OrderedModel`` of the
    same data is returned as the raw model object (its ``loglike`` at our
    estimate is the same number); we do not run its BFGS fit because its
    numerical gradient costs seconds at n = 100,000 and its numerical
    Hessian gives SEs good to ~1e-5 only.
    """
    from statsmodels.miscmodels.ordinal_model import OrderedModel

    k = x.shape[1]
    cum = np.cumsum(np.bincount(y, minlength=n_cat))[:-1] / len(y)
    params = np.concatenate([np.zeros(k), np.log(cum / (1 - cum))])
    ll, grad, hess = _cum_logit_derivs(params, x, y, n_cat)
    for _ in range(100):
        try:
            step = np.linalg.solve(hess, grad)
        except np.linalg.LinAlgError as exc:
            if ordinal_separated(x, y, n_cat):
                raise QuantError(_PO_SEPARATION) from exc
            raise
        scale = 1.0
        while True:
            new = params - scale * step
            if np.all(np.diff(new[k:]) > 0):
                new_ll, new_grad, new_hess = _cum_logit_derivs(new, x, y, n_cat)
                if np.isfinite(new_ll) and new_ll >= ll - 1e-12 * abs(ll):
                    break
            scale /= 2
            if scale < 1e-10:
                if ordinal_separated(x, y, n_cat):
                    raise QuantError(_PO_SEPARATION)
                raise QuantError("The proportional-odds model did not converge (a category may be nearly empty).")
        params, ll, grad, hess = new, new_ll, new_grad, new_hess
        if np.max(np.abs(scale * step)) < 1e-11:
            break
    # unit-free checks: the Newton decrement (not the raw gradient) and, when the linear
    # predictor runs off, the recession-direction LP (Konis 2007 for cumulative logits)
    try:
        decrement = float(grad @ np.linalg.solve(-hess, grad))
    except np.linalg.LinAlgError:
        decrement = math.inf
    eta = np.abs(x @ params[:k]).max(initial=0.0)
    if (not np.isfinite(decrement) or decrement > 1e-8 or eta > EXTREME_ETA) and ordinal_separated(x, y, n_cat):
        raise QuantError(_PO_SEPARATION)
    if not np.isfinite(decrement) or decrement > 1e-8:
        raise QuantError(
            "The proportional-odds model did not converge (a category may be nearly empty)."
        )
    cov = np.linalg.inv(-hess)
    return params, cov, ll, OrderedModel(y, x, distr="logit")


def fit_ordinal(
    data: pd.DataFrame,
    formula: str,
    *,
    reference: Mapping[str, str] | None = None,
    types: Mapping[str, str] | None = None,
    levels: Sequence[str] | None = None,
) -> OrdinalResult:
    """Fit a proportional-odds logit and test its assumption (Brant 1990).

    Parameters
    ----------
    data : pandas.DataFrame
        One row per participant.
    formula : str
        ``"RA ~ LA + TIC + PSSI + months_exit"``; the outcome is ordinal.
    reference : Mapping[str, str], optional
        Reference levels of categorical predictors (see :func:`quant.formula.prepare`).
    types : Mapping[str, str], optional
        Variable types of predictors.
    levels : Sequence[str], optional
        Outcome categories lowest first, if the column is not an ordered Categorical.

    Returns
    -------
    OrdinalResult
        Slope terms with ``odds_ratio``/``or_ci_low``/``or_ci_high``, then one
        term per threshold (``"low|medium"`` ...). ``fit`` holds ``loglik``,
        ``aic``, ``bic``, ``lr_chi2``/``lr_df``/``lr_p`` (vs thresholds only),
        ``pseudo_r2`` (McFadden), ``brant_chi2``/``brant_df``/``brant_p``.

    Examples
    --------
    >>> from quant.synthetic import make_cohort
    >>> res = fit_ordinal(make_cohort(150), "RA ~ LA + TIC + PSSI")
    >>> res.term("TIC").extra["odds_ratio"] > 0
    True
    """
    prep = prepare(data, formula, reference=reference, types=types)
    sample = prep.data
    outcome = prep.outcome[0]
    cats = ordered_levels(data[outcome], levels)
    codes = pd.Series(pd.Categorical(sample[outcome], categories=cats)).cat.codes.to_numpy()
    present = np.unique(codes)
    if len(present) < 3:
        raise QuantError(
            f"{outcome} has {len(present)} observed categories; an ordinal model needs at least 3 "
            "(use a binary logit for 2)."
        )
    if len(present) < len(cats):
        # An empty category has no estimable threshold: drop it and say so.
        empty = [str(cats[i]) for i in range(len(cats)) if i not in set(present.tolist())]
        cats = [cats[i] for i in present]
        codes = np.searchsorted(present, codes)
        empty_note: list[str] = [f"No observations in categor{'y' if len(empty) == 1 else 'ies'} {', '.join(empty)}; dropped."]
    else:
        empty_note = []
    rhs = prep.formula.split("~", 1)[1]
    design = in_formula_order(rhs, patsy.dmatrix(rhs, sample, return_type="dataframe", NA_action="raise"))
    check_design(design)
    x = design.drop(columns=[c for c in design.columns if c == "Intercept"])
    n_cat = len(cats)
    params, cov, ll, raw = _fit_po(x.to_numpy(dtype=float), codes, n_cat)
    se = np.sqrt(np.diag(cov))
    k = x.shape[1]
    terms: list[Term] = []
    for i, name in enumerate(x.columns):
        b, s = params[i], se[i]
        lo, hi = b - _Z975 * s, b + _Z975 * s
        extra = {"odds_ratio": math.exp(b), "or_ci_low": math.exp(lo), "or_ci_high": math.exp(hi)}
        if prep.types.get(str(name)) in ("continuous", "count"):  # per-SD OR on the estimation sample
            sd = float(x[name].std(ddof=1))
            extra.update({"or_per_sd": math.exp(b * sd), "or_per_sd_low": math.exp(lo * sd),
                          "or_per_sd_high": math.exp(hi * sd), "sd": sd})
        terms.append(Term(str(name), b, s, b / s, 2 * stats.norm.sf(abs(b / s)), lo, hi, extra))
    for j in range(n_cat - 1):
        b, s = params[k + j], se[k + j]
        terms.append(Term(f"{cats[j]}|{cats[j + 1]}", b, s, b / s, 2 * stats.norm.sf(abs(b / s)),
                          b - _Z975 * s, b + _Z975 * s, {}))
    counts = np.bincount(codes, minlength=n_cat)
    ll_null = float(np.sum(counts * np.log(counts / counts.sum())))
    n_par = len(params)
    lr = 2 * (ll - ll_null)
    brant_note: list[str] = []
    try:
        brant = brant_test(x, codes, n_cat) if k > 0 else ()
    except (QuantError, np.linalg.LinAlgError):
        brant = ()
        brant_note = [
            "Brant test not available: one of the binary splits behind it (Y > j against Y <= j) is "
            "perfectly separated by the predictors, so its slopes are infinite. The proportional-odds "
            "model itself has finite estimates and is reported; check the assumption by inspecting "
            "the categories of the separating predictor."
        ]
    fit: dict[str, float | None] = {
        "loglik": ll,
        "loglik_null": ll_null,
        "aic": -2 * ll + 2 * n_par,
        "bic": -2 * ll + math.log(len(codes)) * n_par,
        "lr_chi2": lr,
        "lr_df": float(k),
        "lr_p": float(stats.chi2.sf(lr, k)) if k else None,
        "pseudo_r2": 1 - ll / ll_null,
        "brant_chi2": brant[0].chi2 if brant else None,
        "brant_df": float(brant[0].df) if brant else None,
        "brant_p": brant[0].p_value if brant else None,
    }
    failing = [r.term for r in brant[1:] if r.p_value < 0.05]
    partial = None
    if failing:
        from quant.ordinal_partial import fit_partial_po

        partial = fit_partial_po(x, codes, [str(c) for c in cats], failing, params[:k], params[k:], ll, prep.formula)
    notes = [
        *prep.notes,
        *empty_note,
        "Proportional-odds logit: logit P(Y <= j) = theta_j - x'b; odds ratios > 1 mean "
        f"higher {outcome} categories are more likely. Wald z tests and 95% CIs.",
        *_brant_notes(brant, partial),
        *brant_note,
    ]
    return OrdinalResult(
        model="ordinal",
        formula=prep.formula,
        nobs=len(codes),
        terms=tuple(terms),
        fit=fit,
        notes=tuple(notes),
        _raw=raw,
        levels=tuple(str(c) for c in cats),
        brant=brant,
        partial=partial,
    )


def p_text(p: float) -> str:
    """APA p for running text: ``"p = .008"`` or ``"p < .001"``."""
    from quant.formatting import format_p

    f = format_p(p)
    return f"p {f}" if f[:1] in "<>" else f"p = {f}"


def _brant_notes(brant: tuple[BrantRow, ...], partial: ModelResult | None) -> list[str]:
    if not brant:
        return []
    omnibus, per = brant[0], brant[1:]
    failing = [r for r in per if r.p_value < 0.05]
    if omnibus.p_value >= 0.05 and not failing:
        return [
            f"Brant test: the proportional-odds assumption holds (chi2({omnibus.df}) = "
            f"{omnibus.chi2:.2f}, {p_text(omnibus.p_value)})."
        ]
    which = ", ".join(f"{r.term} (Brant {p_text(r.p_value)})" for r in failing) or "the model as a whole"
    return [
        f"The proportional-odds assumption fails for {which}; omnibus chi2({omnibus.df}) = "
        f"{omnibus.chi2:.2f}, {p_text(omnibus.p_value)}. The odds ratios average effects that "
        "differ between cut-points; read them with caution.",
        (
            f"A partial proportional-odds model with cut-specific odds ratios for {', '.join(r.term for r in failing)} "
            f"is reported beside it (result.partial; LR test vs proportional odds {p_text(partial.fit['lr_p'] or math.nan)})."
            if partial is not None and failing
            else "A partial proportional-odds model could not be fitted soundly (its cumulative probabilities "
            "would cross) or no single predictor fails; the separate binary logits behind the Brant test, or a "
            "multinomial model, are alternatives."
        ),
    ]
