"""Descriptive statistics table (numeric summaries and category counts)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pandas as pd
from scipy import stats

from quant.formula import infer_type
from quant.result import ModelResult, QuantError, Term

__all__ = ["describe"]


def _numeric_term(name: str, col: pd.Series) -> Term:
    x = col.dropna().astype(float)
    n = len(x)
    mean = float(x.mean()) if n else math.nan
    sd = float(x.std(ddof=1)) if n > 1 else math.nan
    se = sd / math.sqrt(n) if n > 1 else math.nan
    half = float(stats.t.ppf(0.975, n - 1)) * se if n > 1 else math.nan
    extra = {
        "n": float(n),
        "missing": float(col.isna().sum()),
        "sd": sd,
        # R's default quantile type 7 = numpy/pandas "linear"
        "median": float(x.median()) if n else math.nan,
        "q1": float(x.quantile(0.25)) if n else math.nan,
        "q3": float(x.quantile(0.75)) if n else math.nan,
        "min": float(x.min()) if n else math.nan,
        "max": float(x.max()) if n else math.nan,
    }
    return Term(name, mean, se, math.nan, math.nan, mean - half, mean + half, extra)


def describe(
    data: pd.DataFrame,
    variables: Sequence[str] | None = None,
    *,
    types: Mapping[str, str] | None = None,
) -> ModelResult:
    """Describe each variable: mean/SD/quantiles, or counts per category.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per participant.
    variables : Sequence[str], optional
        Columns to describe (default: all).
    types : Mapping[str, str], optional
        Variable types; inferred where absent.  ``"text"`` and ``"id"``
        columns are skipped with a note.

    Returns
    -------
    ModelResult
        ``model="descriptives"``.  Numeric variables: one term, estimate =
        mean, std_error = SE of the mean, t-based 95% CI, extras ``n``,
        ``missing``, ``sd``, ``median``, ``q1``, ``q3``, ``min``, ``max``.
        Categorical/ordinal variables: one term per level ``"origin[Vietnam]"``,
        estimate = proportion of non-missing, extras ``n``, ``percent``,
        ``missing``.
    """
    variables = list(variables) if variables is not None else [str(c) for c in data.columns]
    types = dict(types or {})
    absent = [v for v in variables if v not in data.columns]
    if absent:
        raise QuantError(f"Column(s) not in the data: {absent}.")
    terms: list[Term] = []
    notes: list[str] = []
    for v in variables:
        col = data[v]
        kind = types.get(v) or infer_type(col)
        if kind in ("text", "id"):
            notes.append(f"{v} ({kind}) is not summarised.")
            continue
        if col.isna().all():
            notes.append(f"{v} has no non-missing values.")
            terms.append(Term(v, math.nan, extra={"n": 0.0, "missing": float(len(col))}))
            continue
        if kind in ("continuous", "count", "binary") and pd.api.types.is_numeric_dtype(col):
            terms.append(_numeric_term(v, col))
            continue
        counts = col.value_counts(dropna=True, sort=False)
        if v not in types and len(counts) == col.notna().sum() and len(counts) > 20:
            notes.append(f"{v} has a different value in every row (an identifier?); not summarised.")
            continue
        if isinstance(col.dtype, pd.CategoricalDtype):
            counts = counts.reindex(col.cat.categories, fill_value=0)
        else:
            counts = counts.sort_index()
        total = float(counts.sum())
        for level, c in counts.items():
            terms.append(
                Term(
                    f"{v}[{level}]",
                    float(c) / total,
                    extra={"n": float(c), "percent": 100 * float(c) / total, "missing": float(col.isna().sum())},
                )
            )
    notes.append("Numeric: mean with t-based 95% CI, SD, quartiles (R type 7). Categories: n and % of non-missing.")
    return ModelResult(
        model="descriptives",
        formula=", ".join(variables),
        nobs=len(data),
        terms=tuple(terms),
        fit={"rows": float(len(data))},
        notes=tuple(notes),
    )
