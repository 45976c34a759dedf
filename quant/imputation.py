"""Multiple imputation by chained equations (MICE) and Rubin's-rules pooling.

Algorithm (after van Buuren & Groothuis-Oudshoorn 2011, R package ``mice``):

1. The imputation model uses every variable of the analysis formula (the
   outcome too) plus any ``auxiliary`` columns. Complete nominal variables
   enter as treatment dummies; ordered categoricals (e.g. RA) as their level
   codes 0, 1, 2 ...
2. Each of the ``m`` chains starts by filling every missing cell with a
   random draw from that variable's observed values, then runs ``maxit``
   sweeps over the incomplete variables in column order.
3. Continuous, count and ordinal variables: predictive mean matching
   (``mice.impute.pmm``, match type 1). A Bayesian linear-regression draw
   ``beta*`` (``.norm.draw``, ridge 1e-5) predicts the missing rows, the
   least-squares ``beta_hat`` the observed rows; each missing value takes
   the observed value of one of the ``donors`` (default 5) closest observed
   rows, chosen at random. Imputations are therefore always real observed
   values.
4. Binary variables: logistic regression (``mice.impute.logreg``): draw
   ``beta* ~ N(beta_hat, V)`` and impute Bernoulli(p*). Imputations stay 0/1.
5. Randomness comes from ``numpy.random.default_rng(seed).spawn(m)``, one
   stream per chain: the same seed always gives the same imputations.

Pooling (Rubin 1987; Barnard & Rubin 1999 small-sample df, as
``mice::pool``): ``Q = mean(q)``, ``U = mean(se^2)``, ``B = var(q)``,
``T = U + (1 + 1/m) B``; ``lambda = (1 + 1/m) B / T``;
``df = 1 / (1/df_old + 1/df_obs)`` with ``df_old = (m-1)/lambda^2`` and
``df_obs = (dfcom+1)/(dfcom+3) dfcom (1-lambda)``; ``dfcom = n - p``;
``fmi = (riv + 2/(df+3)) / (1 + riv)``; t tests and CIs use ``df``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from quant.formula import default_reference, formula_variables
from quant.mice import _chain, _map_chains, _plan, impute
from quant.models import model_function
from quant.result import ModelFamily, ModelResult, QuantError, Term

__all__ = ["MIResult", "describe_missing", "impute", "pool", "fit_pooled", "impute_and_fit"]

# Extras that are transforms of the estimate and its CI: recomputed after pooling.
_EXP_EXTRAS = {
    "odds_ratio": "estimate", "or_ci_low": "ci_low", "or_ci_high": "ci_high",
    "irr": "estimate", "irr_ci_low": "ci_low", "irr_ci_high": "ci_high",
}


@dataclass(frozen=True)
class MIResult(ModelResult):
    """Pooled result of :func:`impute_and_fit` (``model`` = ``"mi-<kind>"``).

    Terms carry the pooled estimate, SE (sqrt T), t, p, CI on ``df``, and
    extras ``df``, ``riv``, ``lambda``, ``fmi`` plus the complete-case
    ``cc_estimate``, ``cc_std_error``, ``cc_p_value`` beside them.

    Attributes
    ----------
    complete_case : ModelResult or None
        The same model on the listwise-deleted data.
    imputations : tuple of ModelResult
        The m per-imputation fits.
    """

    complete_case: ModelResult | None = None
    imputations: tuple[ModelResult, ...] = ()

    @property
    def family(self) -> ModelFamily:
        """The pooled model's family; a count model is Poisson or NB2 when every imputation agrees."""
        family = ModelFamily.of_model(self.model)
        if family is ModelFamily.COUNT:
            chosen = {fit.family for fit in self.imputations}
            if len(chosen) == 1:
                return chosen.pop()
        return family


def describe_missing(data: pd.DataFrame, variables: Sequence[str] | None = None) -> pd.DataFrame:
    """Missing values per variable.

    Parameters
    ----------
    data : pandas.DataFrame
        The data set.
    variables : Sequence[str], optional
        Columns to describe (default: all).

    Returns
    -------
    pandas.DataFrame
        Indexed by variable: ``n`` (rows), ``n_missing``, ``pct_missing``
        (0-100), in column order.
    """
    cols = list(variables) if variables is not None else list(data.columns)
    miss = data[cols].isna().sum()
    n = len(data)
    return pd.DataFrame(
        {"n": n, "n_missing": miss.astype(int), "pct_missing": 100.0 * miss / n if n else np.nan},
        index=pd.Index(cols, name="variable"),
    )


# ------------------------------------------------------------------- pooling
def pool(results: Sequence[ModelResult], dfcom: float | None = None) -> tuple[Term, ...]:
    """Pool per-imputation estimates with Rubin's rules (as ``mice::pool``).

    Parameters
    ----------
    results : Sequence[ModelResult]
        m fits of the same model (same term names) on the imputed data sets.
    dfcom : float, optional
        Complete-data degrees of freedom (default ``nobs - number of terms``
        of the first fit, mice's ``df.residual``); ``inf`` gives the large-sample df.

    Returns
    -------
    tuple of Term
        Pooled terms with extras ``df``, ``riv``, ``lambda``, ``fmi``, ``ubar``, ``b``
        and recomputed ``odds_ratio``/``irr`` (and CI) where the fits had them;
        other extras (e.g. ``beta_std``) are averaged.
    """
    m = len(results)
    if m < 2:
        raise QuantError("Pooling needs at least 2 fits.")
    names = results[0].term_names
    for r in results[1:]:
        if r.term_names != names:
            raise QuantError("The imputed data sets gave models with different terms; they cannot be pooled.")
    if dfcom is None:
        dfcom = float(results[0].nobs - len(names))
    q = np.array([[t.estimate for t in r.terms] for r in results])
    u = np.array([[t.std_error**2 for t in r.terms] for r in results])
    qbar, ubar = q.mean(axis=0), u.mean(axis=0)
    b = q.var(axis=0, ddof=1)
    total = ubar + (1 + 1 / m) * b
    lam = (1 + 1 / m) * b / total
    riv = (1 + 1 / m) * b / ubar
    with np.errstate(divide="ignore", invalid="ignore"):
        df_old = (m - 1) / lam**2
        df_obs = (dfcom + 1) / (dfcom + 3) * dfcom * (1 - lam) if math.isfinite(dfcom) else np.inf
        df = 1 / (1 / df_old + 1 / df_obs)
    df = np.where(b == 0, dfcom, df)
    fmi = (riv + 2 / (df + 3)) / (1 + riv)
    terms = []
    for i, name in enumerate(names):
        se = math.sqrt(total[i])
        tval = qbar[i] / se
        crit = stats.t.ppf(0.975, df[i])
        lo, hi = qbar[i] - crit * se, qbar[i] + crit * se
        base = {"estimate": qbar[i], "ci_low": lo, "ci_high": hi}
        extra: dict[str, float] = {"df": float(df[i]), "riv": float(riv[i]), "lambda": float(lam[i]),
                                   "fmi": float(fmi[i]), "ubar": float(ubar[i]), "b": float(b[i])}
        for key, first in results[0].terms[i].extra.items():
            if key in _EXP_EXTRAS:
                extra[key] = math.exp(base[_EXP_EXTRAS[key]]) if math.isfinite(first) else math.nan
            else:
                extra[key] = float(np.mean([r.terms[i].extra.get(key, math.nan) for r in results]))
        terms.append(Term(name, float(qbar[i]), se, tval, float(2 * stats.t.sf(abs(tval), df[i])), lo, hi, extra))
    return tuple(terms)


def fit_pooled(
    fitter: Callable[[pd.DataFrame], ModelResult],
    datasets: Sequence[pd.DataFrame],
    *,
    original: pd.DataFrame | None = None,
    kind: str = "model",
    notes: Sequence[str] = (),
) -> MIResult:
    """Fit *fitter* on every imputed data set, pool, and fit the complete cases.

    Parameters
    ----------
    fitter : callable
        ``DataFrame -> ModelResult`` (e.g. ``lambda d: fit_ols(d, f)``).
    datasets : Sequence[pandas.DataFrame]
        The completed data sets.
    original : pandas.DataFrame, optional
        The incomplete data, for the complete-case fit shown beside the pooled one.
    kind : str
        Model name; the result's ``model`` is ``"mi-" + kind``.
    notes : Sequence[str]
        Notes to put first.
    """
    fits = tuple(fitter(d) for d in datasets)
    return _pooled(fits, fitter(original) if original is not None else None, kind, notes)


def _pooled(fits: tuple[ModelResult, ...], cc: ModelResult | None, kind: str, notes: Sequence[str]) -> MIResult:
    terms = list(pool(fits))
    if cc is not None:
        cc_terms = {t.term: t for t in cc.terms}
        for i, t in enumerate(terms):
            c = cc_terms.get(t.term)
            add = {"cc_estimate": c.estimate, "cc_std_error": c.std_error, "cc_p_value": c.p_value} if c else {
                "cc_estimate": math.nan, "cc_std_error": math.nan, "cc_p_value": math.nan}
            terms[i] = Term(t.term, t.estimate, t.std_error, t.statistic, t.p_value, t.ci_low, t.ci_high,
                            {**t.extra, **add})
    fit: dict[str, float | None] = {"m": float(len(fits))}
    if all("r2" in f.fit for f in fits):
        fit.update(_pool_r2(fits))
    if cc is not None:
        fit["cc_n"] = float(cc.nobs)
        fit.update({f"cc_{k}": v for k, v in cc.fit.items()})
    all_notes = [
        *notes,
        f"Multiple imputation (m = {len(fits)}), pooled with Rubin's rules; t tests and CIs use the "
        "Barnard-Rubin degrees of freedom (as mice::pool). fmi = fraction of missing information.",
    ]
    if cc is not None:
        all_notes.append(f"Complete-case estimates (n = {cc.nobs}) are shown beside the pooled ones (cc_*).")
    return MIResult(
        model=f"mi-{kind}", formula=fits[0].formula, nobs=fits[0].nobs, terms=tuple(terms), fit=fit,
        notes=tuple(all_notes), complete_case=cc, imputations=fits,
    )


def _pool_r2(fits: Sequence[ModelResult]) -> dict[str, float | None]:
    # mice::pool.r.squared: Fisher z of sqrt(R2), pooled, back-transformed.
    out: dict[str, float | None] = {}
    for key in ("r2", "adj_r2"):
        vals = [f.fit.get(key) for f in fits]
        if any(v is None or not math.isfinite(float(v)) or float(v) < 0 for v in vals):
            continue
        z = np.arctanh(np.sqrt(np.array(vals, dtype=float)))
        out[key] = float(np.tanh(z.mean()) ** 2)
    return out


def impute_and_fit(
    kind: str,
    data: pd.DataFrame,
    formula: str,
    m: int = 20,
    seed: int = 0,
    *,
    types: Mapping[str, str] | None = None,
    reference: Mapping[str, str] | None = None,
    auxiliary: Sequence[str] = (),
    maxit: int = 10,
    donors: int = 5,
    workers: int | None = None,
    **fit_kwargs: Any,
) -> MIResult:
    """Impute (MICE: PMM / logistic), fit *kind* on each set, pool by Rubin's rules.

    Parameters
    ----------
    kind : {"ols", "logit", "ordinal", "count"}
        The analysis model (see :func:`quant.api.fit_model`).
    data : pandas.DataFrame
        Incomplete data.
    formula : str
        Model formula; all its variables enter the imputation model.
    m, seed : int
        Number of imputations (default 20, as the seed study) and RNG seed.
    types, reference : Mapping[str, str], optional
        Variable types and reference levels.
    auxiliary : Sequence[str]
        Extra columns that help predict the missing values (not in the model).
    maxit, donors : int
        Chained-equation sweeps and PMM donor pool size.
    workers : int, optional
        Imputations run at once (default: the CPU cores); results do not depend on it.
    **fit_kwargs
        Passed to the model function (e.g. ``cov_type`` for OLS).

    Returns
    -------
    MIResult
        Pooled terms with complete-case values beside them.
    """
    fn = model_function(kind)
    outcome, predictors = formula_variables(data, formula)
    variables = list(dict.fromkeys([*outcome, *predictors, *auxiliary]))
    # Fix categorical reference levels once, on the observed data, so every
    # imputed data set produces the same terms.
    ref = dict(reference or {})
    for v in predictors:
        col = data[v]
        if v not in ref and (isinstance(col.dtype, pd.CategoricalDtype) or not pd.api.types.is_numeric_dtype(col)):
            if not (isinstance(col.dtype, pd.CategoricalDtype) and col.cat.ordered):
                level = default_reference(col)
                if level is not None:
                    ref[v] = level
    if m < 2:
        raise QuantError("Multiple imputation needs m >= 2 imputations.")
    plan = _plan(data, variables, types, maxit, donors)

    def fitter(d: pd.DataFrame) -> ModelResult:
        return fn(d, formula, reference=ref or None, types=types, **fit_kwargs)

    # each completed data set is fitted as soon as it exists and then dropped: memory holds
    # at most `workers` data sets, never all m
    fits = tuple(_map_chains(lambda rng: fitter(_chain(plan, rng)), m, seed, workers))

    miss = describe_missing(data, variables)
    missing_txt = ", ".join(f"{v} {int(r.n_missing)} ({r.pct_missing:.1f}%)" for v, r in miss.iterrows() if r.n_missing)
    notes = [
        f"Imputed by chained equations (PMM with {donors} donors for continuous/count/ordinal, logistic "
        f"regression for binary; {maxit} iterations; seed {seed}) using {', '.join(variables)}. "
        f"Missing: {missing_txt or 'none'}."
    ]
    return _pooled(fits, fitter(data), kind, notes)
