"""The numbers the regression panel's plots draw, computed with the model (in the worker).

Forest rows for every model (on the reported scale: b, OR or IRR), ROC for logit,
Q-Q, residuals vs fitted and Cook's D for OLS. The plots pane then only draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from qualcode.services.mixed.linking import KEY
from quant.result import ModelResult

__all__ = ["PlotData", "plot_data"]


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


def _case_keys(frame: pd.DataFrame, labels: pd.Index) -> list[str]:
    keys = frame[KEY] if KEY in frame.columns else pd.Series(frame.index.astype(str), index=frame.index)
    return [str(keys.loc[label]) for label in labels]


def plot_data(result: ModelResult, frame: pd.DataFrame) -> tuple[PlotData, dict[str, float]]:
    """The plot numbers and the OLS diagnostics (``bp_p``, ``max_vif``, ``n_influential``) of a result.

    Parameters
    ----------
    result : ModelResult
        The fitted model.
    frame : pandas.DataFrame
        The data it was fitted on (its case keys label the Cook's D points).

    Returns
    -------
    tuple of PlotData and dict
    """
    from quant.logit import LogitResult
    from quant.ols import OLSResult

    family = result.family
    forest = tuple((e.term, e.estimate, e.ci_low, e.ci_high) for e in result.forest_rows())
    kw: dict[str, Any] = {"forest": forest, "forest_label": family.effect_name, "log_scale": family.ratio_scale}
    diagnostics: dict[str, float] = {}
    if isinstance(result, OLSResult):
        rf = result.residual_frame
        kw["qq"] = tuple(zip(rf["theoretical"].astype(float), rf["std_residual"].astype(float)))
        kw["residuals"] = tuple(zip(rf["fitted"].astype(float), rf["residual"].astype(float)))
        cooks = result.cooks_distance
        kw["cooks"] = tuple(zip(_case_keys(frame, cooks.index), cooks.astype(float)))
        kw["cooks_threshold"] = 4 / result.nobs
        diagnostics["bp_p"] = float(result.breusch_pagan["p_value"])
        vif = result.vif.drop(labels=["Intercept"], errors="ignore")
        if len(vif):
            diagnostics["max_vif"] = float(vif.max())
        diagnostics["n_influential"] = float(len(result.influential))
    elif isinstance(result, LogitResult):
        roc = result.roc_points
        kw["roc"] = tuple(zip(roc["fpr"].astype(float), roc["tpr"].astype(float)))
        kw["auc"] = result.fit.get("auc")
    return PlotData(**kw), diagnostics
