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
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from quant.formula import default_reference, formula_variables, infer_type
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


# ---------------------------------------------------------------- imputation
@dataclass
class _Target:
    name: str
    method: str  # "pmm" or "logreg"
    decode: Callable[[np.ndarray], Any]


def _encode(data: pd.DataFrame, variables: Sequence[str], types: Mapping[str, str]) -> tuple[
    pd.DataFrame, pd.DataFrame, list[_Target]
]:
    """Numeric working matrix of the variables to impute, dummies of complete nominal ones."""
    work: dict[str, pd.Series] = {}
    dummies: list[pd.DataFrame] = []
    targets: list[_Target] = []
    for v in variables:
        col = data[v]
        kind = types.get(v) or infer_type(col)
        if kind in ("id", "text"):
            continue
        incomplete = bool(col.isna().any())
        if isinstance(col.dtype, pd.CategoricalDtype) or not pd.api.types.is_numeric_dtype(col):
            cat = col if isinstance(col.dtype, pd.CategoricalDtype) else col.astype("category")
            levels = list(cat.cat.categories)
            ordered = kind == "ordinal" or bool(getattr(cat.cat, "ordered", False))
            if len(levels) == 2 or ordered:
                codes = cat.cat.codes.astype(float).where(cat.notna())
                work[v] = codes
                if incomplete:
                    method = "logreg" if len(levels) == 2 and not ordered else "pmm"
                    targets.append(_Target(v, method, _categorical_decoder(cat)))
                continue
            if incomplete:
                raise QuantError(
                    f"{v!r} is nominal with {len(levels)} levels and has missing values; "
                    "multiple imputation here handles continuous, count, ordinal and binary variables only."
                )
            dummies.append(pd.get_dummies(cat, prefix=v, drop_first=True, dtype=float))
            continue
        work[v] = col.astype(float)
        if incomplete:
            binary = kind == "binary" or (kind not in ("continuous", "count") and infer_type(col) == "binary")
            targets.append(_Target(v, "logreg" if binary else "pmm", _numeric_decoder(col)))
    frame = pd.DataFrame(work, index=data.index)
    dummy_frame = pd.concat(dummies, axis=1) if dummies else pd.DataFrame(index=data.index)
    return frame, dummy_frame, targets


def _categorical_decoder(cat: pd.Series) -> Callable[[np.ndarray], Any]:
    dtype = cat.dtype

    def decode(codes: np.ndarray) -> Any:
        return pd.Categorical.from_codes(np.rint(codes).astype(int), dtype=dtype)

    return decode


def _numeric_decoder(col: pd.Series) -> Callable[[np.ndarray], Any]:
    dtype = col.dtype

    def decode(values: np.ndarray) -> Any:
        return values.astype(dtype) if pd.api.types.is_float_dtype(dtype) else values

    return decode


def _norm_draw(
    y: np.ndarray, x: np.ndarray, rng: np.random.Generator, ridge: float = 1e-5
) -> tuple[np.ndarray, np.ndarray]:
    """mice's .norm.draw: least-squares coef and a posterior draw beta*."""
    xtx = x.T @ x
    v = np.linalg.inv(xtx + np.diag(ridge * np.diag(xtx)))
    coef = v @ (x.T @ y)
    resid = y - x @ coef
    df = max(len(y) - x.shape[1], 1)
    sigma_star = math.sqrt(float(resid @ resid) / rng.chisquare(df))
    chol = np.linalg.cholesky((v + v.T) / 2)
    beta_star = coef + chol @ rng.standard_normal(x.shape[1]) * sigma_star
    return coef, beta_star


def _pmm(y_obs: np.ndarray, x_obs: np.ndarray, x_mis: np.ndarray, rng: np.random.Generator, donors: int) -> np.ndarray:
    coef, beta_star = _norm_draw(y_obs, x_obs, rng)
    yhat_obs = x_obs @ coef
    yhat_mis = x_mis @ beta_star
    return y_obs[_nearest_donors(yhat_obs, yhat_mis, min(donors, len(y_obs)), rng)]


def _nearest_donors(yhat_obs: np.ndarray, yhat_mis: np.ndarray, k: int, rng: np.random.Generator,
                    chunk: int = 65_536) -> np.ndarray:
    """Index of one of the k observed rows nearest each missing row's prediction, at random.

    PMM matches on one number per row, so the k nearest lie among the k
    neighbours on either side of its place in the sorted observed predictions:
    sort once (``np.searchsorted``), compare 2k candidates per missing row, in
    chunks, so time is O((n_obs + n_mis) log n_obs) and memory O(chunk * k),
    never the n_mis x n_obs distance matrix.
    """
    order = np.argsort(yhat_obs, kind="stable")
    sorted_obs = yhat_obs[order]
    n_obs = len(sorted_obs)
    offsets = np.arange(-k, k)
    out = np.empty(len(yhat_mis), dtype=np.intp)
    for start in range(0, len(yhat_mis), chunk):
        target = yhat_mis[start : start + chunk]
        pos = np.searchsorted(sorted_obs, target)
        cand = np.clip(pos[:, None] + offsets[None, :], 0, n_obs - 1)
        dist = np.abs(sorted_obs[cand] - target[:, None])
        dist[(pos[:, None] + offsets[None, :] < 0) | (pos[:, None] + offsets[None, :] >= n_obs)] = np.inf
        nearest = np.take_along_axis(cand, np.argpartition(dist, k - 1, axis=1)[:, :k], axis=1)
        out[start : start + chunk] = nearest[np.arange(len(target)), rng.integers(0, k, len(target))]
    return order[out]


def _logreg(y_obs: np.ndarray, x_obs: np.ndarray, x_mis: np.ndarray, rng: np.random.Generator,
            start: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Logistic draw (mice.impute.logreg); returns the imputations and the ML coef (warm start)."""
    # Newton-Raphson with a small ridge so separated data still give finite draws
    # (mice augments the data for the same reason). The previous sweep's estimate is
    # the start: the same ML estimate, reached in two or three steps instead of eight.
    coef = np.zeros(x_obs.shape[1]) if start is None or len(start) != x_obs.shape[1] else start.copy()
    ridge = 1e-4 * np.eye(x_obs.shape[1])
    info = ridge
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x_obs @ coef, -30, 30)))
        info = x_obs.T @ (x_obs * (p * (1 - p))[:, None]) + ridge
        step = np.linalg.solve(info, x_obs.T @ (y_obs - p) - ridge @ coef)
        coef = coef + step
        if np.max(np.abs(step)) < 1e-8:
            break
    cov = np.linalg.inv(info)
    beta_star = coef + np.linalg.cholesky((cov + cov.T) / 2) @ rng.standard_normal(len(coef))
    p_mis = 1.0 / (1.0 + np.exp(-np.clip(x_mis @ beta_star, -30, 30)))
    return (rng.random(len(p_mis)) < p_mis).astype(float), coef


@dataclass(frozen=True)
class _Plan:
    """What every chain shares: the encoded data, its incomplete targets and their missing rows."""

    data: pd.DataFrame
    base: np.ndarray
    names: list[str]
    targets: list[_Target]
    missing: dict[str, np.ndarray]
    maxit: int
    donors: int


def _plan(data: pd.DataFrame, variables: Sequence[str], types: Mapping[str, str] | None, maxit: int,
          donors: int) -> _Plan:
    work, dummies, targets = _encode(data, variables, dict(types or {}))
    base = np.column_stack([work.to_numpy(dtype=float), dummies.to_numpy(dtype=float)])
    missing = {t.name: work[t.name].isna().to_numpy() for t in targets}
    for t in targets:
        if (~missing[t.name]).sum() < 2:
            raise QuantError(f"{t.name!r} has fewer than 2 observed values; it cannot be imputed.")
    return _Plan(data, base, list(work.columns), targets, missing, maxit, donors)


def _chain(plan: _Plan, rng: np.random.Generator) -> pd.DataFrame:
    """One completed data set: random start, then ``maxit`` sweeps of PMM / logistic draws.

    The working matrix ``a = [1, variables]`` keeps its cross-product ``a'a`` up to date
    (one column changes per step), so a PMM step costs O(n p) instead of O(n p^2).
    """
    a = np.column_stack([np.ones(len(plan.base)), plan.base])
    cols = {t.name: plan.names.index(t.name) + 1 for t in plan.targets}
    starts: dict[str, np.ndarray] = {}
    for t in plan.targets:
        c, mis = cols[t.name], plan.missing[t.name]
        a[mis, c] = rng.choice(a[~mis, c], size=int(mis.sum()))
    gram = a.T @ a
    for _ in range(plan.maxit if plan.targets else 0):
        for t in plan.targets:
            c, mis = cols[t.name], plan.missing[t.name]
            if t.method == "pmm":
                a[mis, c] = _pmm_gram(a, gram, c, mis, rng, plan.donors)
            else:
                x = np.delete(a, c, axis=1)
                a[mis, c], starts[t.name] = _logreg(a[~mis, c], x[~mis], x[mis], rng, starts.get(t.name))
            column = a.T @ a[:, c]
            gram[:, c] = column
            gram[c, :] = column
    done = plan.data.copy()
    for t in plan.targets:
        done[t.name] = pd.Series(t.decode(a[:, cols[t.name]]), index=plan.data.index)
    return done


def _pmm_gram(a: np.ndarray, gram: np.ndarray, c: int, mis: np.ndarray, rng: np.random.Generator,
              donors: int, ridge: float = 1e-5) -> np.ndarray:
    """:func:`_pmm` of column c on the other columns of ``a``, from the cross-products ``a'a``.

    The observed rows' ``X'X`` and ``X'y`` are the whole sample's minus the missing rows'
    (few); the draws (``.norm.draw``: chi-square, then normal) come in mice's order.
    """
    idx = np.r_[0:c, c + 1 : a.shape[1]]
    a_mis = a[mis]
    x_mis = a_mis[:, idx]
    xtx = gram[np.ix_(idx, idx)] - x_mis.T @ x_mis
    xty = gram[idx, c] - x_mis.T @ a_mis[:, c]
    v = np.linalg.inv(xtx + np.diag(ridge * np.diag(xtx)))
    coef = v @ xty
    full = np.zeros(a.shape[1])
    full[idx] = coef
    obs = ~mis
    yhat_obs = (a @ full)[obs]
    y_obs = a[obs, c]
    resid = y_obs - yhat_obs
    df = max(len(y_obs) - len(idx), 1)
    sigma_star = math.sqrt(float(resid @ resid) / rng.chisquare(df))
    chol = np.linalg.cholesky((v + v.T) / 2)
    beta_star = coef + chol @ rng.standard_normal(len(idx)) * sigma_star
    pick = _nearest_donors(yhat_obs, x_mis @ beta_star, min(donors, len(y_obs)), rng)
    return y_obs[pick]


def _workers(m: int, workers: int | None) -> int:
    if workers is not None:
        return max(1, min(m, int(workers)))
    return max(1, min(m, os.cpu_count() or 1))


def _map_chains(fn: Callable[[np.random.Generator], Any], m: int, seed: int, workers: int | None) -> list[Any]:
    """``fn`` on the m chains' generators, in threads (numpy releases the GIL in its array work).

    Each chain has its own stream (``default_rng(seed).spawn(m)``), so the result does not
    depend on the number of threads or their scheduling.
    """
    rngs = np.random.default_rng(seed).spawn(m)
    n = _workers(m, workers)
    if n == 1:
        return [fn(r) for r in rngs]
    with ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(fn, rngs))


def impute(
    data: pd.DataFrame,
    variables: Sequence[str],
    *,
    m: int = 20,
    seed: int = 0,
    maxit: int = 10,
    donors: int = 5,
    types: Mapping[str, str] | None = None,
    workers: int | None = None,
) -> list[pd.DataFrame]:
    """Create m completed copies of *data* by chained equations.

    Parameters
    ----------
    data : pandas.DataFrame
        The data; columns not in *variables* are copied unchanged.
    variables : Sequence[str]
        Columns in the imputation model (incomplete ones are imputed).
    m, seed, maxit, donors : int
        Number of imputations, RNG seed, sweeps per chain, PMM donor pool.
    types : Mapping[str, str], optional
        Variable types (``"binary"`` -> logistic, else PMM); inferred where absent.
    workers : int, optional
        Chains run at once (default: the number of CPU cores). The result is
        the same for any number.

    Returns
    -------
    list of pandas.DataFrame
        m completed data sets (same index and columns as *data*).
    """
    if m < 2:
        raise QuantError("Multiple imputation needs m >= 2 imputations.")
    plan = _plan(data, variables, types, maxit, donors)
    return _map_chains(lambda rng: _chain(plan, rng), m, seed, workers)


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
