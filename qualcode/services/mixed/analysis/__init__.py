"""Running analyses: one spec (:class:`~qualcode.core.analysis_spec.AnalysisSpec`), one
entry point (:func:`run_analysis`), for the regression panel, saved analyses, joint
displays and ``qualcode stats`` alike.

Modules: :mod:`.data` (the table an analysis runs on, :func:`run_model`), :mod:`.run`
(:func:`run_analysis`, nested models), :mod:`.plots` (the plots' numbers),
:mod:`.export` (a results table to Word).
"""

from __future__ import annotations

from qualcode.services.mixed.analysis.data import DataTable, load_analysis_data, load_analysis_table, run_model
from qualcode.services.mixed.analysis.export import export_result_table_docx
from qualcode.services.mixed.analysis.plots import PlotData, plot_data
from qualcode.services.mixed.analysis.run import (
    AnalysisRun,
    AnalysisTable,
    default_reference_level,
    load_case_table,
    run_analysis,
    run_nested,
)

__all__ = [
    "AnalysisRun", "AnalysisTable", "DataTable", "PlotData", "default_reference_level", "export_result_table_docx",
    "load_analysis_data", "load_analysis_table", "load_case_table", "plot_data", "run_analysis", "run_model",
    "run_nested",
]
