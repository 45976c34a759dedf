"""The regression panel's work, as pure functions run in a QThreadPool worker.

:func:`run_regression` takes a DataFrame (the linked case table), the variable types and
a :class:`RegressionSpec`, and returns a :class:`RegressionRun`: the quant result exactly
as :func:`qualcode.services.analysis.run_model` gives it, the nested comparison, and the
plain numbers the plots need (computed here so the UI thread only draws). Nothing here
touches a widget or a session (STYLE.md §5); the panel never computes statistics itself.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from qualcode.services.analysis import run_model
from qualcode.services.linking import KEY, CaseTable, build_case_table
from qualcode.services.projects import Project
from quant.result import ModelResult, QuantError

__all__ = [
    "FAMILIES", "RegressionSpec", "RegressionRun", "PlotData", "propose_family", "formula_name",
    "run_regression", "load_case_table",
]

#: Family id -> (label, quant kind, extra options). Poisson / NB are one quant kind ("count").
FAMILIES: dict[str, tuple[str, str, dict[str, Any]]] = {
    "ols": ("Linear regression (OLS)", "ols", {}),
    "logit": ("Logistic regression", "logit", {}),
    "ordinal": ("Proportional-odds logit", "ordinal", {}),
    "poisson": ("Poisson regression", "count", {"family": "poisson"}),
    "negbin": ("Negative binomial (NB2)", "count", {"family": "negbin"}),
    "count": ("Count: Poisson or NB2 by LR test", "count", {"family": "auto"}),
}

_PROPOSED = {"continuous": "ols", "binary": "logit", "ordinal": "ordinal", "count": "count"}
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def propose_family(variable_type: str) -> str | None:
    """The model family for an outcome of this type (None: no model fits, e.g. categorical)."""
    return _PROPOSED.get(variable_type)


def formula_name(column: str) -> str:
    """A column as a patsy term: plain when it is an identifier, else ``Q("...")``."""
    return column if _IDENT.match(column) else f'Q("{column}")'


@dataclass(frozen=True)
class RegressionSpec:
    """What the user chose in the panel.

    Parameters
    ----------
    family : str
        A key of :data:`FAMILIES`.
    outcome : str
        Outcome column.
    blocks : tuple of tuple of str
        Predictors by block: Model 1 = block 1, Model 2 = blocks 1-2 ... The fitted
        (full) model uses all of them; several blocks give a nested comparison (OLS).
    reference : Mapping[str, str]
        Reference level per categorical predictor.
    robust : str or None
        OLS covariance ("HC3" by the project's conventions; ignored for other families).
    impute : int or None
        Multiple imputation with m data sets (Rubin's rules).
    seed : int
        Seed of the imputation.
    """

    family: str
    outcome: str
    blocks: tuple[tuple[str, ...], ...]
    reference: Mapping[str, str] = field(default_factory=dict)
    robust: str | None = "HC3"
    impute: int | None = None
    seed: int = 0

    @property
    def predictors(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p for block in self.blocks for p in block))

    @property
    def kind(self) -> str:
        return FAMILIES[self.family][1]

    def formula(self, upto: int | None = None) -> str:
        """``outcome ~ p1 + p2``; with ``upto`` only the first ``upto`` blocks."""
        blocks = self.blocks if upto is None else self.blocks[:upto]
        preds = list(dict.fromkeys(p for block in blocks for p in block))
        rhs = " + ".join(formula_name(p) for p in preds) or "1"
        return f"{formula_name(self.outcome)} ~ {rhs}"

    def options(self) -> dict[str, Any]:
        """Keyword arguments of :func:`run_model` besides data, formula and types."""
        robust = (self.robust or "nonrobust") if self.kind == "ols" else None
        return {"robust": robust, "impute": self.impute or None, "reference": dict(self.reference) or None,
                "seed": self.seed, **FAMILIES[self.family][2]}


@dataclass(frozen=True)
class PlotData:
    """Plain numbers for the plots, keyed so the plots pane needs no statistics.

    ``forest`` rows are (term, estimate, low, high) on the reported scale (b for OLS,
    OR/IRR otherwise; ``log_scale`` then). ``cooks`` rows are (case key, D).
    """

    forest: tuple[tuple[str, float, float, float], ...] = ()
    forest_label: str = "Coefficient"
    log_scale: bool = False
    roc: tuple[tuple[float, float], ...] = ()
    auc: float | None = None
    qq: tuple[tuple[float, float], ...] = ()
    residuals: tuple[tuple[float, float], ...] = ()
    cooks: tuple[tuple[str, float], ...] = ()
    cooks_threshold: float | None = None


@dataclass(frozen=True)
class RegressionRun:
    """One finished run: the spec, the quant results and the plot numbers."""

    spec: RegressionSpec
    result: ModelResult
    nested: ModelResult | None
    plots: PlotData
    diagnostics: Mapping[str, float] = field(default_factory=dict)
    n_rows: int = 0


def load_case_table(project: Project, *, unit: str = "case", survey_table: str | None = None,
                    cancel: Callable[[], bool] | None = None,
                    progress: Callable[[int, int], None] | None = None) -> CaseTable:
    """Worker job: the linked case table (quantitized themes joined to the survey)."""
    return build_case_table(project, unit=unit, survey_table=survey_table)


def run_regression(frame: pd.DataFrame, types: Mapping[str, str], spec: RegressionSpec, *,
                   cancel: Callable[[], bool] | None = None,
                   progress: Callable[[int, int], None] | None = None) -> RegressionRun:
    """Fit the spec on the case table through :func:`run_model` (and compare nested OLS models).

    Parameters
    ----------
    frame : pandas.DataFrame
        The case table (``CaseTable.frame``), with the case key in column ``"case"``.
    types : Mapping[str, str]
        Variable type per column (``CaseTable.types``).
    spec : RegressionSpec
    cancel, progress
        Given by :class:`qualcode.ui.workers.FunctionWorker`.

    Returns
    -------
    RegressionRun

    Raises
    ------
    QuantError
        No outcome or predictors, or a problem quant reports (separation, one-level factor ...).
    """
    if not spec.outcome:
        raise QuantError("Choose an outcome variable.")
    if not spec.predictors:
        raise QuantError("Add at least one predictor.")
    if spec.outcome in spec.predictors:
        raise QuantError(f"{spec.outcome} is the outcome; it cannot also be a predictor.")
    steps = 2 + (len(spec.blocks) > 1)
    _tick(progress, 0, steps)
    model_types = {k: v for k, v in types.items() if k in (spec.outcome, *spec.predictors)}
    result = run_model(spec.kind, frame, spec.formula(), types=model_types, **spec.options())
    _tick(progress, 1, steps)
    nested = None
    if len(spec.blocks) > 1 and spec.kind == "ols" and not spec.impute and not (cancel and cancel()):
        from quant.ols import compare_nested

        nested = compare_nested(frame, [spec.formula(i) for i in range(1, len(spec.blocks) + 1)],
                                cov_type=spec.robust or "nonrobust", reference=dict(spec.reference) or None,
                                types=model_types)
        _tick(progress, 2, steps)
    plots, diagnostics = _plot_data(result, frame)
    _tick(progress, steps, steps)
    return RegressionRun(spec, result, nested, plots, diagnostics, n_rows=len(frame))


def _tick(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _finite(x: Any) -> bool:
    return x is not None and math.isfinite(float(x))


def _forest(result: ModelResult) -> tuple[tuple[tuple[str, float, float, float], ...], str, bool]:
    for key, low, high, label in (("odds_ratio", "or_ci_low", "or_ci_high", "Odds ratio"),
                                  ("irr", "irr_ci_low", "irr_ci_high", "Incidence rate ratio")):
        if any(key in t.extra for t in result.terms):
            rows = tuple((t.term, float(t.extra[key]), float(t.extra[low]), float(t.extra[high]))
                         for t in result.terms if key in t.extra and t.term != "Intercept")
            if rows:
                return rows, label, True
    if result.model.endswith("logit") or result.model.endswith("ordinal") or "poisson" in result.model \
            or "negbin" in result.model:
        # pooled (MI) ratios may lack extras: exponentiate the pooled log-scale estimate
        rows = tuple((t.term, math.exp(t.estimate), math.exp(t.ci_low), math.exp(t.ci_high))
                     for t in result.terms if t.term != "Intercept" and "|" not in t.term)
        label = "Incidence rate ratio" if ("poisson" in result.model or "negbin" in result.model) else "Odds ratio"
        return rows, label, True
    rows = tuple((t.term, t.estimate, t.ci_low, t.ci_high) for t in result.terms if t.term != "Intercept")
    return rows, "Coefficient (b)", False


def _case_keys(frame: pd.DataFrame, labels: pd.Index) -> list[str]:
    keys = frame[KEY] if KEY in frame.columns else pd.Series(frame.index.astype(str), index=frame.index)
    return [str(keys.loc[label]) for label in labels]


def _plot_data(result: ModelResult, frame: pd.DataFrame) -> tuple[PlotData, dict[str, float]]:
    """Forest rows for every model; ROC for logit; Q-Q, residuals and Cook's D for OLS.

    The cached diagnostics are computed here, in the worker, so drawing stays cheap.
    """
    forest, label, log_scale = _forest(result)
    kw: dict[str, Any] = {"forest": forest, "forest_label": label, "log_scale": log_scale}
    diagnostics: dict[str, float] = {}
    if result.model == "ols":
        res: Any = result
        rf = res.residual_frame
        kw["qq"] = tuple(zip(rf["theoretical"].astype(float), rf["std_residual"].astype(float)))
        kw["residuals"] = tuple(zip(rf["fitted"].astype(float), rf["residual"].astype(float)))
        cooks = res.cooks_distance
        kw["cooks"] = tuple(zip(_case_keys(frame, cooks.index), cooks.astype(float)))
        kw["cooks_threshold"] = 4 / result.nobs
        bp = res.breusch_pagan
        diagnostics["bp_p"] = float(bp["p_value"])
        vif = res.vif.drop(labels=["Intercept"], errors="ignore")
        if len(vif):
            diagnostics["max_vif"] = float(vif.max())
        diagnostics["n_influential"] = float(len(res.influential))
    elif result.model == "logit":
        res = result
        roc = res.roc_points
        kw["roc"] = tuple(zip(roc["fpr"].astype(float), roc["tpr"].astype(float)))
        kw["auc"] = result.fit.get("auc")
    return PlotData(**kw), diagnostics
