"""Binary logistic regression: unpenalised ML with ORs, AUC, Brier and Hosmer-Lemeshow.

Conventions (STATS_CONVENTIONS.md): statsmodels ``Logit`` (no penalty, unlike
scikit-learn's default), Wald intervals ``exp(b +/- z_.975 SE)`` as R's
``exp(confint.default(glm))``, DeLong AUC interval as ``pROC``, HL with 10
groups at quantiles of the fitted p and g - 2 df.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

from quant import discrimination as disc
from quant.formula import Prepared, check_design, design_matrices, prepare
from quant.result import ModelResult, QuantError, Term
from quant.separation import EXTREME_ETA, logit_separated

__all__ = ["LogitResult", "fit_logit"]

_Z = float(stats.norm.ppf(0.975))


@dataclass(frozen=True)
class LogitResult(ModelResult):
    """Result of :func:`fit_logit`; ``_raw`` is the statsmodels ``LogitResults``."""

    @property
    def row_labels(self) -> pd.Index:
        """Row labels of the estimation sample in the input DataFrame."""
        return pd.Index(self._raw.model.data.row_labels)

    @cached_property
    def fitted(self) -> pd.Series:
        """Fitted probabilities, indexed by row label."""
        return pd.Series(np.asarray(self._raw.predict()), index=self.row_labels, name="p")

    @property
    def observed(self) -> np.ndarray:
        """Observed 0/1 outcome of the estimation sample."""
        return np.asarray(self._raw.model.endog, dtype=float)

    @cached_property
    def roc_points(self) -> pd.DataFrame:
        """ROC curve points (threshold, fpr, tpr)."""
        return disc.roc_points(self.observed, self.fitted.to_numpy())

    @cached_property
    def classification(self) -> dict[str, float]:
        """Classification table at p >= 0.5 (tn, fp, fn, tp, sensitivity, specificity, accuracy)."""
        return disc.classification(self.observed, self.fitted.to_numpy(), 0.5)

    @cached_property
    def hosmer_lemeshow(self) -> dict[str, float]:
        """Hosmer-Lemeshow test with 10 groups (statistic, df, p_value, groups)."""
        return disc.hosmer_lemeshow(self.observed, self.fitted.to_numpy(), 10)

    def _intervals(self, alpha: float) -> list[tuple[float, float]]:
        z = stats.norm.ppf(1 - alpha / 2)
        return [(t.estimate - z * t.std_error, t.estimate + z * t.std_error) for t in self.terms]


def _outcome(y: pd.Series, name: str) -> np.ndarray:
    values = set(pd.unique(y.astype(float)))
    if not values <= {0.0, 1.0}:
        raise QuantError(f"The outcome {name!r} must be coded 0/1; it has values {sorted(values)[:6]}.")
    if len(values) < 2:
        raise QuantError(f"The outcome {name!r} takes only one value in the estimation sample.")
    return y.to_numpy(dtype=float)


def _code_text_outcome(prep: Prepared, outcome: str) -> list[str]:
    """Code a two-level text/factor outcome 0/1 as R's glm does (first level = 0), in place."""
    col = prep.data[outcome]
    if pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col):
        return []
    if isinstance(col.dtype, pd.CategoricalDtype):
        levels = [str(v) for v in col.cat.remove_unused_categories().cat.categories]
    else:
        levels = sorted({str(v) for v in col})
    if len(levels) != 2:
        raise QuantError(
            f"The outcome {outcome!r} has {len(levels)} distinct values ({', '.join(levels[:5])}); a logit "
            "needs two. Code it 0/1."
        )
    prep.data[outcome] = (col.astype(str) == levels[1]).astype(float)
    return [f"Outcome {outcome} coded 1 = {levels[1]!r}, 0 = {levels[0]!r} (as R's glm codes a factor: "
            "its first level is the reference)."]


def _check_separation(y: np.ndarray, x: pd.DataFrame, outcome: str) -> None:
    """A 0/1 column with an empty cell against y makes its ML estimate infinite."""
    for col in x.columns:
        v = x[col].to_numpy()
        if col == "Intercept" or not set(np.unique(v)) <= {0.0, 1.0}:
            continue
        for xv in (0.0, 1.0):
            ys = y[v == xv]
            if len(ys) and (ys.min() == ys.max()):
                raise QuantError(
                    f"Separation: every case with {col} = {xv:g} has {outcome} = {ys[0]:g}, so the "
                    f"odds ratio of {col} is infinite. Drop or merge {col}, or use a penalised "
                    "(Firth) model."
                )


def _separated(y: np.ndarray, x: pd.DataFrame) -> bool:
    """True if some direction b puts every case on its own side (Konis 2007 LP, unit-free)."""
    return logit_separated(y, np.asarray(x, dtype=float))


_SEPARATION = (
    "Separation: a combination of the predictors classifies the outcome perfectly (or "
    "perfectly on one side), so maximum-likelihood odds ratios are infinite. Simplify the "
    "model, merge sparse categories, or use a penalised (Firth) model."
)


def fit_logit(
    data: pd.DataFrame,
    formula: str,
    *,
    reference: Mapping[str, Any] | None = None,
    types: Mapping[str, str] | None = None,
    maxiter: int = 100,
) -> LogitResult:
    """Fit a binary logistic regression by unpenalised maximum likelihood.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per participant; the outcome is coded 0/1.
    formula : str
        Patsy formula, e.g. ``"SR ~ LA + TIC + PSSI + RA_num + age"``.
    reference : Mapping[str, Any], optional
        Reference level per categorical predictor.
    types : Mapping[str, str], optional
        Variable types (see :func:`quant.formula.prepare`).
    maxiter : int
        Newton iterations before giving up.

    Returns
    -------
    LogitResult
        Terms on the log-odds scale with Wald z tests, extras
        ``odds_ratio``, ``or_ci_low``, ``or_ci_high`` and, for continuous
        predictors, ``or_per_sd`` (+ ``_low``/``_high``; SD on the estimation
        sample).  Fit: ``aic``, ``bic``, ``deviance``, ``null_deviance``,
        ``pseudo_r2`` (McFadden), ``auc``, ``auc_ci_low``, ``auc_ci_high``,
        ``brier``, ``hl_stat``, ``hl_df``, ``hl_p``, ``accuracy``.

    Raises
    ------
    QuantError
        Outcome not 0/1, separation (a predictor determines the outcome), or
        no convergence.
    """
    prep = prepare(data, formula, reference=reference, types=types)
    outcome = prep.outcome[0]
    coded_note = _code_text_outcome(prep, outcome)
    y_frame, x = design_matrices(prep.formula, prep.data)
    y = _outcome(y_frame.iloc[:, 0], outcome)
    check_design(x)
    _check_separation(y, x, outcome)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            raw = sm.Logit(pd.Series(y, index=x.index, name=outcome), x).fit(
                method="newton", maxiter=maxiter, disp=False, tol=1e-12
            )
        except (np.linalg.LinAlgError, ValueError) as exc:
            if _separated(y, x):
                raise QuantError(_SEPARATION) from exc
            raise QuantError(f"The logistic model could not be fitted: {exc}") from exc
    p = np.asarray(raw.predict())
    if any("separation" in str(w.message).lower() for w in caught) or (
        np.min(np.where(y == 1, p, 1 - p)) > 1 - 1e-8
    ):
        raise QuantError(_SEPARATION)
    if not raw.mle_retvals.get("converged", False):
        if _separated(y, x):
            raise QuantError(_SEPARATION)
        raise QuantError(
            f"The logistic model did not converge in {maxiter} iterations; this usually means "
            "(quasi-)separation or too many predictors for the number of events."
        )
    bse = np.asarray(raw.bse)
    # unit-free: a column's largest contribution to the linear predictor, not |b| itself
    reach = np.abs(np.asarray(raw.params)) * np.abs(x.to_numpy(dtype=float)).max(axis=0)
    big = [n for n, r, se in zip(x.columns, reach, bse) if r > EXTREME_ETA or not np.isfinite(se)]
    # a large |b| is only suspicious; the linear program decides whether it is separation
    if big and (not np.all(np.isfinite(bse)) or _separated(y, x)):
        raise QuantError(_SEPARATION + f" Affected: {', '.join(big)}.")
    continuous = {v for v, k in prep.types.items() if k in ("continuous", "count")}
    terms = []
    for i, name in enumerate(x.columns):
        b, se = float(raw.params.iloc[i]), float(bse[i])
        lo, hi = b - _Z * se, b + _Z * se
        extra = {}
        if name != "Intercept":
            extra = {"odds_ratio": math.exp(b), "or_ci_low": math.exp(lo), "or_ci_high": math.exp(hi)}
            if name in continuous:
                sd = float(x[name].std(ddof=1))
                extra.update(
                    {"or_per_sd": math.exp(b * sd), "or_per_sd_low": math.exp(lo * sd),
                     "or_per_sd_high": math.exp(hi * sd), "sd": sd}
                )
        terms.append(Term(name, b, se, float(raw.tvalues.iloc[i]), float(raw.pvalues.iloc[i]), lo, hi, extra))
    auc = disc.delong_auc(y, p)
    hl = disc.hosmer_lemeshow(y, p, 10)
    cls = disc.classification(y, p, 0.5)
    fit = {
        "aic": float(raw.aic),
        "bic": float(raw.bic),
        "deviance": float(-2 * raw.llf),
        "null_deviance": float(-2 * raw.llnull),
        "pseudo_r2": float(raw.prsquared),
        "llr_p": float(raw.llr_pvalue),
        "auc": auc["auc"],
        "auc_ci_low": auc["ci_low"],
        "auc_ci_high": auc["ci_high"],
        "brier": disc.brier(y, p),
        "hl_stat": hl["statistic"],
        "hl_df": hl["df"],
        "hl_p": hl["p_value"],
        "accuracy": cls["accuracy"],
        "events": float(y.sum()),
    }
    notes = [
        *prep.notes,
        *coded_note,
        "Odds ratios with Wald 95% CIs, exp(b ± 1.96 SE); unpenalised maximum likelihood.",
        "OR per SD: odds ratio for a one-standard-deviation increase (SD on the estimation sample).",
        "AUC 95% CI by DeLong's method; Hosmer-Lemeshow with 10 groups at quantiles of the "
        "fitted probabilities, df = 8.",
    ]
    events = min(y.sum(), len(y) - y.sum())
    if events / max(x.shape[1] - 1, 1) < 10:
        notes.append(
            f"Only {int(events)} cases in the rarer outcome group for {x.shape[1] - 1} coefficients "
            "(fewer than 10 per coefficient): estimates may be unstable."
        )
    return LogitResult(
        model="logit",
        formula=prep.formula,
        nobs=int(raw.nobs),
        terms=tuple(terms),
        fit=fit,
        notes=tuple(notes),
        _raw=raw,
    )
