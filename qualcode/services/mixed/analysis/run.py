"""One way to run an analysis: :func:`run_analysis` (spec, table) -> :class:`AnalysisRun`.

The regression panel (in a worker), saved analyses, joint displays and ``qualcode
stats`` all come through here, so a spec means the same model everywhere: one
validation (:meth:`AnalysisSpec.validate_model`), one robust default for the model
and its nested models (HC3), one place that fits the nested comparison and the
plot numbers. Nothing here touches a widget or a session.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import pandas as pd

from qualcode.core.analysis_spec import DEFAULT_ROBUST, AnalysisSpec
from qualcode.core.errors import ValidationError
from qualcode.services.mixed.analysis.data import run_model
from qualcode.services.mixed.analysis.plots import PlotData, plot_data
from qualcode.services.mixed.linking import CaseTable, build_case_table
from qualcode.storage.project import Project
from quant.formula import default_reference
from quant.result import ModelResult

__all__ = [
    "AnalysisRun",
    "AnalysisTable",
    "default_reference_level",
    "load_case_table",
    "run_analysis",
    "run_nested",
]


class AnalysisTable(Protocol):
    """What an analysis runs on: a frame and its variable types (``CaseTable``, ``DataTable``)."""

    @property
    def frame(self) -> pd.DataFrame: ...

    @property
    def types(self) -> Mapping[str, str]: ...


@dataclass(frozen=True)
class AnalysisRun:
    """One finished run: the spec, the quant results and the plot numbers.

    Attributes
    ----------
    spec : AnalysisSpec
    result : ModelResult
        As :func:`quant.api.fit_model` returns it.
    nested : ModelResult or None
        The Delta R^2 / F-change comparison when the spec has nested OLS models.
    plots : PlotData
    diagnostics : Mapping[str, float]
        OLS: ``bp_p`` (Breusch-Pagan), ``max_vif``, ``n_influential``.
    n_rows : int
        Rows of the table (the model's ``nobs`` is after listwise deletion).
    """

    spec: AnalysisSpec
    result: ModelResult
    nested: ModelResult | None = None
    plots: PlotData = field(default_factory=PlotData)
    diagnostics: Mapping[str, float] = field(default_factory=dict)
    n_rows: int = 0


def _tick(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def run_nested(spec: AnalysisSpec, table: AnalysisTable) -> ModelResult:
    """The nested-model comparison (Delta R^2, F change) of an OLS spec with ``nested`` formulas.

    Every model uses the spec's covariance (HC3 unless it names another), on the
    sample common to the largest model.

    Raises
    ------
    ValidationError
        The spec has no nested models.
    """
    from quant.ols import compare_nested

    if not spec.nested:
        raise ValidationError(f"The analysis {spec.name or spec.model_formula()!r} has no nested models to compare.")
    return compare_nested(table.frame, list(spec.formulas()), cov_type=spec.cov_type or DEFAULT_ROBUST,
                          reference=dict(spec.reference) or None, types=dict(table.types))


def run_analysis(spec: AnalysisSpec, table: AnalysisTable, *, extras: bool = True,
                 cancel: Callable[[], bool] | None = None,
                 progress: Callable[[int, int], None] | None = None) -> AnalysisRun:
    """Fit a spec on a table: the model, its nested comparison and the numbers its plots need.

    Parameters
    ----------
    spec : AnalysisSpec
        Checked with :meth:`AnalysisSpec.validate_model` (a name is not needed).
    table : AnalysisTable
        The linked case table, or any frame with its variable types (:class:`DataTable`).
    extras : bool
        Also the nested comparison (OLS, not imputed), plot numbers and diagnostics;
        False fits the model only (joint displays, the CLI).
    cancel, progress
        Given by the UI's ``FunctionWorker``; the nested fit is skipped once cancelled.

    Returns
    -------
    AnalysisRun

    Raises
    ------
    ValidationError
        The spec cannot be run (no outcome or predictors, robust SEs on a logit ...).
    QuantError
        A problem quant reports with the data (separation, a one-level factor ...).

    Examples
    --------
    >>> from qualcode.services.mixed.analysis import DataTable
    >>> from quant.synthetic import cohort_variable_types, make_cohort
    >>> spec = AnalysisSpec.from_blocks("logit", "SR", [["LA", "PSSI"]])
    >>> run_analysis(spec, DataTable(make_cohort(150), cohort_variable_types())).result.family.value
    'logit'
    """
    spec.validate_model()
    frame, types = table.frame, dict(table.types)
    nested = extras and bool(spec.nested) and not spec.impute
    steps = 2 + nested
    _tick(progress, 0, steps)
    options: dict[str, Any] = dict(spec.options)
    seed = int(options.pop("seed", 0))
    if spec.is_table:
        result = run_model(spec.kind, frame, spec.formula.strip() or None, types=types,
                           variables=list(spec.predictors) or None, seed=seed, **options)
    else:
        result = run_model(spec.kind, frame, spec.model_formula(), types=types, robust=spec.cov_type,
                           impute=spec.impute, reference=dict(spec.reference) or None, seed=seed, **options)
    _tick(progress, 1, steps)
    comparison = None
    if nested and not (cancel and cancel()):
        comparison = run_nested(spec, table)
        _tick(progress, 2, steps)
    plots, diagnostics = plot_data(result, frame) if extras else (PlotData(), {})
    _tick(progress, steps, steps)
    return AnalysisRun(spec, result, comparison, plots, diagnostics, n_rows=len(frame))


def default_reference_level(table: AnalysisTable, column: str) -> str:
    """The reference level quant would choose for a categorical column, as text ("" when empty).

    The rule is quant's (:func:`quant.formula.default_reference`: the most frequent level,
    ties by level order); the panel shows it so the choice is explicit.
    """
    level = default_reference(table.frame[column])
    return "" if level is None else str(level)


def load_case_table(project: Project, *, unit: str = "case", survey_table: str | None = None,
                    cancel: Callable[[], bool] | None = None,
                    progress: Callable[[int, int], None] | None = None) -> CaseTable:
    """Worker job: the linked case table (quantitized themes joined to the survey)."""
    return build_case_table(project, unit=unit, survey_table=survey_table)
