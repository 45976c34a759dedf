"""The data an analysis runs on: a CSV/XLSX/SAV/DTA file or a project's linked case table.

:func:`run_model` is the thin call into :func:`quant.api.fit_model` that
:func:`qualcode.services.mixed.analysis.run_analysis` makes for every spec.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from qualcode.core.survey import VariableType
from qualcode.io.surveys import read_survey
from quant.api import fit_model
from quant.result import ModelResult

__all__ = ["DataTable", "load_analysis_data", "load_analysis_table", "run_model"]


@dataclass(frozen=True)
class DataTable:
    """A DataFrame and the quant variable type of its columns (as ``CaseTable`` has them).

    Parameters
    ----------
    frame : pandas.DataFrame
        One row per participant (or document).
    types : Mapping[str, str]
        Variable type per column (``"continuous"``, ``"binary"`` ...); inferred where absent.
    """

    frame: pd.DataFrame
    types: Mapping[str, str] = field(default_factory=dict)


def load_analysis_data(source: str | Path, *, unit: str = "case",
                       survey_table: str | None = None) -> tuple[pd.DataFrame, dict[str, str]]:
    """A DataFrame and its variable types, from a CSV/XLSX/SAV/DTA file or a ``.qcproj`` project."""
    path = Path(str(source))
    if "://" in str(source) or path.suffix == ".qcproj":
        from qualcode.services.mixed.linking import build_case_table
        from qualcode.services.projects import load_project

        project = load_project(source)
        try:
            table = build_case_table(project, unit=unit, survey_table=survey_table)
        finally:
            project.close()
        return table.frame, dict(table.types)
    survey = read_survey(path)
    frame = survey.frame_with_missing_as_nan()
    types: dict[str, str] = {}
    for var in survey.variables:
        types[var.name] = var.type.value
        if var.type == VariableType.ORDINAL and var.levels:
            from qualcode.core.survey import normalise_key

            frame[var.name] = pd.Categorical(frame[var.name].map(lambda v: normalise_key(v)),
                                             categories=list(var.levels), ordered=True)
    return frame, types


def load_analysis_table(source: str | Path, *, unit: str = "case",
                        survey_table: str | None = None) -> DataTable:
    """:func:`load_analysis_data` as a :class:`DataTable`, ready for ``run_analysis(spec, table)``."""
    frame, types = load_analysis_data(source, unit=unit, survey_table=survey_table)
    return DataTable(frame, types)


def run_model(kind: str, data: pd.DataFrame, formula: str | None, *, types: Mapping[str, str] | None = None,
              robust: str | None = None, impute: int | None = None, reference: Mapping[str, str] | None = None,
              variables: list[str] | None = None, seed: int = 0, **options: Any) -> ModelResult:
    """Fit one model with the conventions of STATS_CONVENTIONS.md (see :mod:`quant`)."""
    return fit_model(kind, data, formula, robust=robust, impute=impute, reference=reference,
                     types=dict(types or {}), variables=variables, seed=seed, **options)
