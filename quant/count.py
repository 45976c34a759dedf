"""Count outcomes: Poisson and negative binomial (NB2) regression.

NB2 has ``Var(y) = mu + alpha mu^2``; ``alpha = 1/theta`` of R's
``MASS::glm.nb``.  Following STATS_CONVENTIONS.md, alpha is estimated by the
discrete ``NegativeBinomial`` model with ``method="newton"``; the
coefficients and standard errors then come from
``GLM(family=NegativeBinomial(alpha=alpha_hat))``, which is what
``glm.nb`` reports (its SEs treat theta as fixed).  Over-dispersion is tested
with the likelihood ratio of NB2 vs Poisson; alpha = 0 lies on the boundary
of the parameter space, so the p-value is half the chi2(1) tail
(Self & Liang 1987).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import patsy
from scipy import special, stats

from quant.design import in_formula_order
from quant.formula import check_design, prepare
from quant.result import ModelResult, QuantError, Term

__all__ = ["CountResult", "fit_count"]

_Z975 = stats.norm.ppf(0.975)


@dataclass(frozen=True)
class CountResult(ModelResult):
    """Result of :func:`fit_count`; ``model`` is ``"poisson"`` or ``"negbin"``.

    Attributes
    ----------
    alternative : ModelResult or None
        The family that was not chosen (Poisson when NB2 is reported and
        vice versa), so both can be shown side by side.
    """

    alternative: ModelResult | None = None


def _quiet_fit(fn: Any) -> Any:
    from statsmodels.tools.sm_exceptions import ConvergenceWarning, HessianInversionWarning

    with warnings.catch_warnings():
        # Boundary fits (alpha -> 0) warn; we detect and report them ourselves.
        warnings.simplefilter("ignore", ConvergenceWarning)
        warnings.simplefilter("ignore", HessianInversionWarning)
        warnings.simplefilter("ignore", RuntimeWarning)
        return fn()


def _nb_loglik(y: np.ndarray, mu: np.ndarray, theta: float) -> float:
    return float(
        np.sum(
            special.gammaln(theta + y)
            - special.gammaln(theta)
            - special.gammaln(y + 1)
            + theta * np.log(theta / (theta + mu))
            + y * np.log(mu / (theta + mu))
        )
    )


def _theta_se(y: np.ndarray, mu: np.ndarray, theta: float) -> float:
    # MASS::theta.ml's SE: observed information of theta with mu held fixed.
    info = np.sum(
        -special.polygamma(1, theta + y)
        + special.polygamma(1, theta)
        - 1 / theta
        + 2 / (mu + theta)
        - (y + theta) / (mu + theta) ** 2
    )
    return float(1 / math.sqrt(info)) if info > 0 else math.nan


def _terms(names: list[str], params: np.ndarray, bse: np.ndarray, sds: dict[str, float]) -> tuple[Term, ...]:
    out = []
    for name, b, s in zip(names, params, bse):
        z = b / s
        lo, hi = b - _Z975 * s, b + _Z975 * s
        extra = {"irr": math.exp(b), "irr_ci_low": math.exp(lo), "irr_ci_high": math.exp(hi)}
        if name in sds:  # per-SD IRR of a continuous predictor (SD on the estimation sample)
            sd = sds[name]
            extra.update({"irr_per_sd": math.exp(b * sd), "irr_per_sd_low": math.exp(lo * sd),
                          "irr_per_sd_high": math.exp(hi * sd), "sd": sd})
        out.append(Term(name, float(b), float(s), float(z), float(2 * stats.norm.sf(abs(z))), float(lo), float(hi),
                        extra))
    return tuple(out)


def fit_count(
    data: pd.DataFrame,
    formula: str,
    *,
    family: str = "auto",
    reference: Mapping[str, str] | None = None,
    types: Mapping[str, str] | None = None,
) -> CountResult:
    """Fit Poisson and NB2 regressions of a count outcome and report one.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per participant.
    formula : str
        ``"UNC ~ LA + TIC + PSSI + months_exit"``; the outcome is a
        non-negative integer count.
    family : {"auto", "poisson", "negbin"}
        ``"auto"`` reports NB2 when the boundary LR test of alpha = 0 gives
        p < .05, else Poisson.
    reference, types : Mapping[str, str], optional
        Passed to :func:`quant.formula.prepare`.

    Returns
    -------
    CountResult
        Terms on the log scale with ``irr``/``irr_ci_low``/``irr_ci_high``
        (Wald 95% CIs). ``fit`` holds ``alpha``, ``alpha_se`` (delta method
        from theta's SE), ``theta``, ``theta_se``, ``lr_alpha``,
        ``lr_alpha_p``, ``loglik``, ``aic``, ``bic``, ``deviance``,
        ``pearson_dispersion`` (Pearson chi2 / residual df of the Poisson fit),
        ``aic_poisson``, ``aic_negbin``. ``alternative`` is the other family.

    Examples
    --------
    >>> from quant.synthetic import make_cohort
    >>> res = fit_count(make_cohort(150), "UNC ~ LA + PSSI")
    >>> res.model
    'negbin'
    """
    if family not in ("auto", "poisson", "negbin"):
        raise QuantError(f"family must be 'auto', 'poisson' or 'negbin', not {family!r}.")
    import statsmodels.api as sm
    from statsmodels.discrete.discrete_model import NegativeBinomial

    prep = prepare(data, formula, reference=reference, types=types)
    outcome = prep.outcome[0]
    y_series = pd.to_numeric(prep.data[outcome], errors="coerce")
    y = y_series.to_numpy(dtype=float)
    if np.any(~np.isfinite(y)) or np.any(y < 0) or np.any(y != np.round(y)):
        raise QuantError(f"{outcome} must be a non-negative whole-number count.")
    if y.size and y.max() == 0:
        raise QuantError(
            f"The count outcome {outcome!r} is 0 for every case in the estimation sample, so there is "
            "no variation to model (R's glm reports fitted rates of 0 and an intercept running to -Inf)."
        )
    rhs = prep.formula.split("~", 1)[1]
    x_df = in_formula_order(rhs, patsy.dmatrix(rhs, prep.data, return_type="dataframe", NA_action="raise"))
    check_design(x_df)
    names = [str(c) for c in x_df.columns]
    sds = {v: float(x_df[v].std(ddof=1)) for v, kind in prep.types.items()
           if kind in ("continuous", "count") and v in x_df.columns}
    x = x_df.to_numpy(dtype=float)
    n, k = x.shape

    pois = _quiet_fit(lambda: sm.GLM(y, x, family=sm.families.Poisson()).fit(tol=1e-12, maxiter=200))
    mu_p = pois.fittedvalues
    ll_pois = float(pois.llf)
    pearson = float(np.sum((y - mu_p) ** 2 / mu_p))

    nb_disc = _quiet_fit(
        lambda: NegativeBinomial(y, x, loglike_method="nb2").fit(
            method="newton", disp=False, maxiter=200, tol=1e-12
        )
    )
    alpha = float(nb_disc.params[-1])
    boundary = not math.isfinite(alpha) or alpha < 1e-8
    notes = list(prep.notes)
    if boundary:
        # No over-dispersion: the NB2 MLE sits on alpha = 0 and NB2 = Poisson.
        alpha, theta, theta_se, ll_nb, nb = 0.0, math.inf, math.nan, ll_pois, pois
    else:
        nb_family = sm.families.NegativeBinomial(alpha=alpha)
        nb = _quiet_fit(lambda: sm.GLM(y, x, family=nb_family).fit(tol=1e-12, maxiter=200))
        theta = 1.0 / alpha
        theta_se = _theta_se(y, nb.fittedvalues, theta)
        ll_nb = _nb_loglik(y, nb.fittedvalues, theta)
    lr = max(0.0, 2.0 * (ll_nb - ll_pois))
    lr_p = 0.5 * float(stats.chi2.sf(lr, 1)) if lr > 0 else 0.5
    chosen = family if family != "auto" else ("negbin" if lr_p < 0.05 else "poisson")
    if chosen == "negbin" and boundary:
        notes.append("Alpha is estimated at 0 (no over-dispersion): the negative binomial fit equals the Poisson fit.")

    from quant.ordinal import p_text

    fit_common: dict[str, float | None] = {
        "alpha": alpha,
        "alpha_se": theta_se / theta**2 if not boundary else None,
        "theta": theta if not boundary else None,
        "theta_se": theta_se if not boundary else None,
        "lr_alpha": lr,
        "lr_alpha_p": lr_p,
        "pearson_dispersion": pearson / (n - k),
        "aic_poisson": -2 * ll_pois + 2 * k,
        "aic_negbin": -2 * ll_nb + 2 * (k + 1) if not boundary else None,
    }

    def build(kind: str, res: Any, ll: float, n_par: int) -> dict[str, Any]:
        fit = dict(fit_common)
        fit.update(
            loglik=ll,
            aic=-2 * ll + 2 * n_par,
            bic=-2 * ll + math.log(n) * n_par,
            deviance=float(res.deviance),
            df_resid=float(n - k),
        )
        return dict(model=kind, formula=prep.formula, nobs=n,
                    terms=_terms(names, np.asarray(res.params), np.asarray(res.bse), sds), fit=fit,
                    _raw=res)

    why = (
        f"Over-dispersion test: LR chi2 = {lr:.2f} for alpha = 0 (boundary, half the chi2(1) tail), "
        f"{p_text(lr_p)}; alpha = {alpha:.3f} (= 1/theta of MASS::glm.nb)."
    )
    if family == "auto":
        why += (" Negative binomial chosen because alpha > 0 (p < .05)." if chosen == "negbin"
                else " Poisson kept because the data show no significant over-dispersion (p >= .05).")
    elif chosen == "poisson" and lr_p < 0.05:
        why += " Poisson was requested although the counts are over-dispersed: its SEs are too small."
    notes.append(why)
    notes.append("IRR = exp(b), the multiplicative change in the expected count; Wald z tests and 95% CIs.")
    pois_kw = build("poisson", pois, ll_pois, k)
    nb_kw = build("negbin", nb, ll_nb, k + (0 if boundary else 1))
    main_kw, other_kw = (nb_kw, pois_kw) if chosen == "negbin" else (pois_kw, nb_kw)
    other = ModelResult(**other_kw, notes=())
    return CountResult(**main_kw, notes=tuple(notes), alternative=other)
