"""Linear regression with HC3 standard errors, standardised betas and diagnostics.

Conventions (STATS_CONVENTIONS.md): HC3 covariance with t-based p-values and
intervals on the residual df (as ``coeftest(m, vcovHC(m, "HC3"), df =
df.residual(m))``); standardised betas by refitting with the outcome and the
continuous predictors z-scored on the estimation sample; Delta R^2 with both
models on the larger model's complete-case sample.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd
import patsy
import statsmodels.api as sm
from scipy import stats

from quant import diagnostics as diag
from quant.formula import Prepared, check_design, design_matrices, prepare
from quant.result import ModelResult, QuantError, Term

__all__ = ["OLSResult", "NestedResult", "fit_ols", "compare_nested", "BETA_NOTE"]

_COV_TYPES = ("nonrobust", "HC0", "HC1", "HC2", "HC3")

BETA_NOTE = (
    "Standardised beta: coefficient after refitting with the outcome and every non-0/1 design "
    "column ({cols}) z-scored on this model's estimation sample (n = {n}); transforms and "
    "interactions are standardised as the columns the model uses; 0/1 and dummy-coded "
    "columns are left as 0/1."
)


@dataclass(frozen=True)
class OLSResult(ModelResult):
    """Result of :func:`fit_ols`, with cached regression diagnostics.

    ``_raw`` holds the statsmodels ``RegressionResults`` (HC covariance).
    """

    design_info: Any = None

    @property
    def exog(self) -> pd.DataFrame:
        """Design matrix of the estimation sample (row labels of the input data)."""
        raw = self._raw
        return pd.DataFrame(raw.model.exog, index=self.row_labels, columns=raw.model.exog_names)

    @property
    def row_labels(self) -> pd.Index:
        """Row labels of the input DataFrame that make up the estimation sample."""
        return pd.Index(self._raw.model.data.row_labels)

    @cached_property
    def vif(self) -> pd.Series:
        """VIF of every design column (``1 / (1 - R_j^2)``)."""
        return diag.vif_columns(self.exog)

    @cached_property
    def gvif(self) -> pd.DataFrame:
        """GVIF per model term as ``car::vif`` (columns gvif, df, gvif_adj)."""
        return diag.gvif(self.exog, self.design_info.term_name_slices)

    @cached_property
    def cooks_distance(self) -> pd.Series:
        """Cook's distance per observation, indexed by the input row labels."""
        return diag.cooks_distance(self._raw.resid, self._raw.model.exog, self.row_labels)

    @cached_property
    def influential(self) -> tuple[Any, ...]:
        """Row labels with Cook's D > 4/n (the UI clicks through to these participants)."""
        d = self.cooks_distance
        return tuple(d.index[d > 4 / self.nobs])

    @cached_property
    def breusch_pagan(self) -> dict[str, float]:
        """Studentised Breusch-Pagan test (``lmtest::bptest``): statistic, df, p_value."""
        return diag.breusch_pagan(self._raw.resid, self._raw.model.exog)

    @cached_property
    def residual_frame(self) -> pd.DataFrame:
        """Fitted, residual, standardised residual and normal quantile per row (Q-Q plot)."""
        raw = self._raw
        h = diag.leverage(raw.model.exog)
        sigma = math.sqrt(raw.ssr / raw.df_resid)
        resid = pd.Series(np.asarray(raw.resid), index=self.row_labels)
        std = resid / (sigma * np.sqrt(1 - h))
        return pd.DataFrame(
            {
                "fitted": np.asarray(raw.fittedvalues),
                "residual": resid,
                "std_residual": std,
                "theoretical": diag.qq_points(std),
            },
            index=self.row_labels,
        )

    def _intervals(self, alpha: float) -> list[tuple[float, float]]:
        ci = np.asarray(self._raw.conf_int(alpha=alpha))
        return [(float(lo), float(hi)) for lo, hi in ci]


@dataclass(frozen=True)
class NestedResult(ModelResult):
    """Result of :func:`compare_nested`: one term per step (ΔR², F-change)."""

    models: tuple[OLSResult, ...] = ()


def _is_dummy(col: np.ndarray) -> bool:
    return bool(np.all((col == 0.0) | (col == 1.0)))


def _betas(y: pd.DataFrame, x: pd.DataFrame) -> tuple[dict[str, float], str | None]:
    """Refit on the design columns the formula produced, z-scored (0/1 columns kept).

    Transforms (``np.log(x + 1)``, ``I(x**2)``), interaction products and
    ``C(numeric)`` dummies are standardised as the columns the model uses, as
    ``lm.beta`` / ``parameters::standardize_parameters(method="basic")`` in R do.
    """
    xz = x.copy()
    scaled: list[str] = []
    for name in x.columns:
        col = x[name].to_numpy(dtype=float)
        if name == "Intercept" or _is_dummy(col):
            continue
        xz[name] = (col - col.mean()) / col.std(ddof=1)
        scaled.append(str(name))
    yv = y.iloc[:, 0].to_numpy(dtype=float)
    yz = (yv - yv.mean()) / yv.std(ddof=1)
    params = np.linalg.lstsq(xz.to_numpy(dtype=float), yz, rcond=None)[0]
    outcome = str(y.columns[0])
    note = BETA_NOTE.format(cols=", ".join([outcome, *scaled]), n=len(yv))
    return {str(k): float(v) for k, v in zip(x.columns, params)}, note


def _overall_f(raw: Any) -> dict[str, float | None]:
    """Classical overall F test of all slopes, as the last line of R's ``summary(lm)``."""
    df1, df2 = float(raw.df_model), float(raw.df_resid)
    if df1 <= 0:
        return {"f_stat": None, "f_df1": None, "f_df2": None, "f_p": None}
    f_stat = float((raw.ess / df1) / (raw.ssr / df2))
    return {"f_stat": f_stat, "f_df1": df1, "f_df2": df2, "f_p": float(stats.f.sf(f_stat, df1, df2))}


def _fit_prepared(prep: Prepared, cov_type: str) -> OLSResult:
    if cov_type not in _COV_TYPES:
        raise QuantError(f"cov_type must be one of {_COV_TYPES}, not {cov_type!r}.")
    y, x = design_matrices(prep.formula, prep.data)
    check_design(x)
    if cov_type == "nonrobust":
        raw = sm.OLS(y, x).fit(use_t=True)
    else:
        raw = sm.OLS(y, x).fit(cov_type=cov_type, use_t=True)
        if cov_type in ("HC2", "HC3"):
            h = diag.leverage(x.to_numpy())
            if np.any(h > 1 - 1e-10):
                raise QuantError(
                    "An observation has leverage 1 (a category with a single case), so "
                    f"{cov_type} standard errors are undefined; merge rare categories."
                )
    betas, beta_note = _betas(y, x)
    ci = np.asarray(raw.conf_int(alpha=0.05))
    terms = []
    for i, name in enumerate(raw.model.exog_names):
        extra = {"beta_std": betas[name]} if betas and name != "Intercept" else {}
        terms.append(
            Term(
                name,
                float(raw.params.iloc[i]),
                float(raw.bse.iloc[i]),
                float(raw.tvalues.iloc[i]),
                float(raw.pvalues.iloc[i]),
                float(ci[i, 0]),
                float(ci[i, 1]),
                extra,
            )
        )
    k = x.shape[1] + 1  # R's AIC counts the residual variance as a parameter
    fit = {
        "r2": float(raw.rsquared),
        "adj_r2": float(raw.rsquared_adj),
        "aic": float(-2 * raw.llf + 2 * k),
        "bic": float(-2 * raw.llf + math.log(raw.nobs) * k),
        "sigma": float(math.sqrt(raw.ssr / raw.df_resid)),
        "df_resid": float(raw.df_resid),
        **_overall_f(raw),
    }
    cov_note = (
        f"Standard errors: {cov_type} (heteroskedasticity-consistent); p-values and 95% CIs "
        f"use the t distribution with {int(raw.df_resid)} residual df."
        if cov_type != "nonrobust"
        else f"Standard errors assume constant variance; t with {int(raw.df_resid)} df."
    )
    notes = [*prep.notes, cov_note]
    if beta_note:
        notes.append(beta_note)
    return OLSResult(
        model="ols",
        formula=prep.formula,
        nobs=int(raw.nobs),
        terms=tuple(terms),
        fit=fit,
        notes=tuple(notes),
        _raw=raw,
        design_info=x.design_info,
    )


def fit_ols(
    data: pd.DataFrame,
    formula: str,
    *,
    cov_type: str = "HC3",
    reference: Mapping[str, Any] | None = None,
    types: Mapping[str, str] | None = None,
) -> OLSResult:
    """Fit a linear regression by OLS on the complete cases of *formula*.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per participant.
    formula : str
        Patsy formula, e.g. ``"PWB ~ LA + TIC + PSSI + age + programme"``.
    cov_type : {"HC3", "HC0", "HC1", "HC2", "nonrobust"}
        Covariance of the estimates; p-values and CIs always use t with the
        residual df (as R's ``coeftest(..., df = df.residual(m))``).
    reference : Mapping[str, Any], optional
        Reference level per categorical predictor.
    types : Mapping[str, str], optional
        Variable types (see :func:`quant.formula.prepare`).

    Returns
    -------
    OLSResult
        Terms with ``beta_std`` extras; fit ``r2``, ``adj_r2``, ``aic`` (R's
        definition, residual variance counted), ``bic``, ``sigma``; cached
        diagnostics ``vif``, ``gvif``, ``cooks_distance``, ``influential``,
        ``breusch_pagan``, ``residual_frame``.

    Examples
    --------
    >>> res = fit_ols(df, "PWB ~ LA + TIC + PSSI", reference={"origin": "Indonesia"})  # doctest: +SKIP
    >>> res.term("LA").extra["beta_std"]  # doctest: +SKIP
    """
    prep = prepare(data, formula, reference=reference, types=types)
    return _fit_prepared(prep, cov_type)


def compare_nested(
    data: pd.DataFrame,
    formulas: Sequence[str],
    *,
    cov_type: str = "HC3",
    reference: Mapping[str, Any] | None = None,
    types: Mapping[str, str] | None = None,
) -> NestedResult:
    """Compare nested OLS models: ΔR² and the F-change test, as ``anova(m1, m2)``.

    All models are fitted on the complete-case sample of the largest (last)
    model, so ΔR² compares like with like.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per participant.
    formulas : Sequence[str]
        Two or more formulas, each adding predictors to the previous one.
    cov_type, reference, types
        As for :func:`fit_ols` (the F-change test itself is the classical,
        non-robust one, as in R's ``anova``).

    Returns
    -------
    NestedResult
        One term per step (``"Model 2 vs Model 1"``): estimate = ΔR²,
        statistic = F, p_value, extras ``df_num``, ``df_den``, ``r2``; fit has
        ``delta_r2``, ``f_change``, ``p`` for the last step and ``r2_1``...;
        ``models`` holds the fitted :class:`OLSResult` objects.
    """
    if len(formulas) < 2:
        raise QuantError("compare_nested needs at least two formulas.")
    big = prepare(data, formulas[-1], reference=reference, types=types)
    for small, large in zip(formulas[:-1], formulas[1:]):
        s_vars = set(patsy.ModelDesc.from_formula(small).rhs_termlist)
        l_vars = set(patsy.ModelDesc.from_formula(large).rhs_termlist)
        if not s_vars <= l_vars:
            raise QuantError(f"{small!r} is not nested in {large!r}: every term must be kept.")
    # fix the reference levels chosen for the largest model for every model
    refs = {
        v: big.data[v].cat.categories[0]
        for v in big.predictors
        if isinstance(big.data[v].dtype, pd.CategoricalDtype)
    }
    models = []
    for f in formulas:
        prepared = prepare(big.data, f, reference=refs, types=types)
        models.append(_fit_prepared(prepared, cov_type))
    terms = []
    fit: dict[str, float | None] = {}
    for i, m in enumerate(models, start=1):
        fit[f"r2_{i}"] = m.fit["r2"]
    for i in range(1, len(models)):
        a, b = models[i - 1]._raw, models[i]._raw
        df_num = a.df_resid - b.df_resid
        f_stat = ((a.ssr - b.ssr) / df_num) / (b.ssr / b.df_resid)
        p = float(stats.f.sf(f_stat, df_num, b.df_resid))
        d_r2 = float(b.rsquared - a.rsquared)
        terms.append(
            Term(
                f"Model {i + 1} vs Model {i}",
                d_r2,
                statistic=float(f_stat),
                p_value=p,
                extra={"df_num": float(df_num), "df_den": float(b.df_resid), "r2": float(b.rsquared)},
            )
        )
        fit.update({"delta_r2": d_r2, "f_change": float(f_stat), "p": p})
    notes = (
        *big.notes,
        f"All models fitted on the same {big.data.shape[0]} complete cases of the largest model; "
        "the F-change test is the classical (non-robust) nested-model F test.",
    )
    return NestedResult(
        model="ols-nested",
        formula=" | ".join(formulas),
        nobs=int(models[-1].nobs),
        terms=tuple(terms),
        fit=fit,
        notes=notes,
        models=tuple(models),
    )
