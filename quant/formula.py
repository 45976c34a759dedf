"""Turn a DataFrame and a formula into a clean estimation sample.

:func:`prepare` is the single entry point every model uses, so all models
share the same rules (STATS_CONVENTIONS.md):

* categorical predictors become pandas ``Categorical`` with the reference
  level **first**, so patsy's treatment contrasts name terms
  ``origin[T.Vietnam]`` against an explicit baseline, never an alphabetical
  accident;
* listwise deletion on the formula's variables, keeping the original row
  labels (the UI uses them to click through to a participant);
* clear :class:`~quant.result.QuantError` messages for unknown or empty
  columns, text/id variables used as predictors and one-level factors.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from quant.design import aliased_columns, check_design, design_matrices
from quant.result import QuantError

__all__ = [
    "VARIABLE_TYPES",
    "Prepared",
    "default_reference",
    "formula_variables",
    "infer_type",
    "text_in_numeric",
    "prepare",
    "aliased_columns",
    "check_design",
    "design_matrices",
]

VARIABLE_TYPES: tuple[str, ...] = (
    "continuous",
    "binary",
    "ordinal",
    "categorical",
    "count",
    "text",
    "id",
)

_Q_NAME = re.compile(r"""Q\(\s*(['"])(.+?)\1\s*\)""")
_STRING = re.compile(r"""(['"]).*?\1""")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
# patsy builtins / contrast names that may appear bare in a formula
_KNOWN = {"C", "Q", "I", "Treatment", "Sum", "Poly", "Diff", "Helmert", "T"}


class Prepared(tuple):  # type: ignore[type-arg]
    """``(data, formula)`` pair returned by :func:`prepare`, plus metadata.

    Unpacks as a 2-tuple (``df, f = prepare(...)``); the extra attributes
    carry what the model needs to explain itself.

    Attributes
    ----------
    data : pandas.DataFrame
        Estimation sample (complete cases), original row labels kept.
    formula : str
        The formula to fit.
    outcome : tuple of str
        Variables on the left-hand side.
    predictors : tuple of str
        Variables on the right-hand side.
    types : dict
        Variable type used for each predictor.
    notes : tuple of str
        Plain-language notes (reference levels chosen, rows dropped).
    n_total, n_dropped : int
        Rows in the input and rows removed by listwise deletion.
    """

    data: pd.DataFrame
    formula: str
    outcome: tuple[str, ...]
    predictors: tuple[str, ...]
    types: dict[str, str]
    notes: tuple[str, ...]
    n_total: int
    n_dropped: int

    def __new__(cls, data: pd.DataFrame, formula: str, **meta: Any) -> Prepared:
        obj = super().__new__(cls, (data, formula))
        obj.data = data
        obj.formula = formula
        for key, val in meta.items():
            setattr(obj, key, val)
        return obj


def _side_variables(side: str, columns: Sequence[str]) -> list[str]:
    cols = set(map(str, columns))
    found: list[str] = []
    for m in _Q_NAME.finditer(side):
        found.append(m.group(2))
    stripped = _STRING.sub("''", _Q_NAME.sub("", side))
    for m in _IDENT.finditer(stripped):
        name = m.group(0)
        nxt = stripped[m.end() : m.end() + 1]
        if name in cols:
            found.append(name)
        elif nxt in ("(", ".") or name in _KNOWN:
            continue  # a function (log(...)) or a module (np.log)
        elif stripped[max(m.start() - 1, 0) : m.start()] == ".":
            continue  # attribute such as np.log
        else:
            raise QuantError(f"The formula uses {name!r}, which is not a column of the data.")
    missing = [v for v in found if v not in cols]
    if missing:
        raise QuantError(f"The formula uses {missing[0]!r}, which is not a column of the data.")
    return list(dict.fromkeys(found))


def formula_variables(data: pd.DataFrame, formula: str) -> tuple[list[str], list[str]]:
    """Data columns used on each side of *formula*.

    Parameters
    ----------
    data : pandas.DataFrame
        The data the formula refers to.
    formula : str
        Patsy formula such as ``"PWB ~ LA + C(origin) + np.log(age)"``.

    Returns
    -------
    (list of str, list of str)
        Outcome variables, predictor variables (in order of appearance).
    """
    if formula.count("~") != 1:
        raise QuantError(f"A model formula needs exactly one '~': {formula!r}")
    lhs, rhs = formula.split("~")
    outcome = _side_variables(lhs, list(data.columns))
    if not outcome:
        raise QuantError(f"The formula {formula!r} has no outcome variable from the data.")
    predictors = [v for v in _side_variables(rhs, list(data.columns)) if v not in outcome]
    return outcome, predictors


def infer_type(series: pd.Series) -> str:
    """Guess a variable type from its values.

    Ordered categoricals are ``"ordinal"``; other categoricals and strings
    ``"categorical"``; numeric columns with values in {0, 1} ``"binary"``;
    other numeric columns ``"continuous"``.
    """
    if isinstance(series.dtype, pd.CategoricalDtype):
        return "ordinal" if series.cat.ordered else "categorical"
    if pd.api.types.is_bool_dtype(series):
        return "binary"
    if pd.api.types.is_numeric_dtype(series):
        values = pd.unique(series.dropna())
        if len(values) and set(np.asarray(values, dtype=float).tolist()) <= {0.0, 1.0}:
            return "binary"
        return "continuous"
    return "categorical"


def text_in_numeric(series: pd.Series) -> list[str]:
    """Text values of a column that is otherwise numbers (``"n/a"`` in a score column).

    Parameters
    ----------
    series : pandas.Series
        A column of the data.

    Returns
    -------
    list of str
        Up to three distinct non-numeric values when at least half of the
        non-missing values are numbers and some are not; otherwise empty.
    """
    if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
        return []
    if isinstance(series.dtype, pd.CategoricalDtype):
        return []
    values = series.dropna()
    if values.empty:
        return []
    parsed = pd.to_numeric(values.astype(str).str.strip(), errors="coerce")
    if parsed.notna().mean() < 0.5 or parsed.notna().all():
        return []
    return [str(v) for v in pd.unique(values[parsed.isna()])[:3]]


def _refuse_text_in_numeric(name: str, series: pd.Series) -> None:
    bad = text_in_numeric(series)
    if bad:
        raise QuantError(
            f"{name!r} holds numbers but also text ({', '.join(repr(b) for b in bad)}); recode those "
            "values as missing or numbers, or declare the column categorical."
        )


def _level_order(series: pd.Series) -> list[Any]:
    if isinstance(series.dtype, pd.CategoricalDtype):
        return list(series.cat.categories)
    values = pd.unique(series.dropna())
    try:
        return sorted(values)
    except TypeError:  # mixed types: fall back to string order
        return sorted(values, key=str)


def default_reference(series: pd.Series) -> Any | None:
    """The reference level a model uses for *series* when none is given.

    The lowest level of an ordered categorical; otherwise the most frequent level,
    ties broken by level order (sorted values, or the categories' order) so the
    choice is reproducible. This is the one statement of the rule: the regression
    panel proposes the same level and multiple imputation fixes it before imputing.

    Parameters
    ----------
    series : pandas.Series
        The predictor's values (missing values are ignored).

    Returns
    -------
    Any or None
        The level as it occurs in *series*; None when it has no non-missing value.

    Examples
    --------
    >>> default_reference(pd.Series(["b", "a", "b", "c", "a"]))
    'a'
    """
    levels = _level_order(series)
    if not levels:
        return None
    if isinstance(series.dtype, pd.CategoricalDtype) and series.cat.ordered:
        return levels[0]
    counts = series.value_counts()
    top = counts.max()
    return next(lv for lv in levels if counts.get(lv, 0) == top)


def _same_number(level: Any, reference: Any) -> bool:
    """A numeric level and a reference typed as text ("2" for the level 2.0)."""
    try:
        return float(level) == float(reference)
    except (TypeError, ValueError):
        return False


def _to_reference_first(
    name: str, series: pd.Series, reference: Any | None, notes: list[str]
) -> pd.Series:
    if pd.api.types.is_float_dtype(series) and series.dropna().map(float.is_integer).all():
        # codes 1.0, 2.0 (a float column only because of missing values) are levels 1, 2, as in R
        series = series.map(lambda v: v if pd.isna(v) else int(v)).astype(object)
    levels = _level_order(series)
    if len(levels) < 2:
        raise QuantError(
            f"{name!r} has only one level ({levels[0] if levels else 'none'}) in the estimation "
            "sample, so it cannot be a predictor."
        )
    if reference is not None:
        matches = [lv for lv in levels if str(lv) == str(reference) or _same_number(lv, reference)]
        if not matches:
            raise QuantError(
                f"Reference level {reference!r} of {name!r} does not occur in the estimation "
                f"sample; levels are {[str(v) for v in levels]}."
            )
        ref = matches[0]
    elif isinstance(series.dtype, pd.CategoricalDtype) and series.cat.ordered:
        ref = default_reference(series)
        notes.append(f"Reference level of {name}: {ref} (lowest level of the ordered scale).")
    else:
        ref = default_reference(series)
        top = int(series.value_counts().get(ref, 0))
        notes.append(
            f"Reference level of {name}: {ref} (most frequent level, n = {top}); "
            "choose another with reference={...}."
        )
    ordered = [ref] + [lv for lv in levels if lv != ref]
    values = series.astype(object).where(series.notna(), None)
    return pd.Series(
        pd.Categorical(values, categories=ordered), index=series.index, name=series.name
    )


def prepare(
    data: pd.DataFrame,
    formula: str,
    *,
    reference: Mapping[str, Any] | None = None,
    types: Mapping[str, str] | None = None,
    keep: Sequence[str] = (),
) -> Prepared:
    """Build the estimation sample for *formula*.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per participant; the index labels are kept.
    formula : str
        Patsy formula, e.g. ``"PWB ~ LA + TIC + PSSI + origin"``.
    reference : Mapping[str, Any], optional
        Reference (baseline) level per categorical predictor.  Where absent,
        the most frequent level is used (lowest level for ordered
        categoricals) and a note says so.  Entries for variables not in the
        formula are ignored, so one mapping can serve several models.
    types : Mapping[str, str], optional
        Variable types (see :data:`VARIABLE_TYPES`); inferred where absent.
        ``"categorical"``/``"ordinal"`` predictors are dummy coded;
        ``"text"``/``"id"`` cannot be used in a model.
    keep : Sequence[str]
        Extra columns to carry along (not used for listwise deletion).

    Returns
    -------
    Prepared
        Unpacks as ``(data, formula)``; also has ``outcome``, ``predictors``,
        ``types``, ``notes``, ``n_total``, ``n_dropped``.

    Raises
    ------
    QuantError
        Unknown or all-missing columns, text/id predictors, an unknown type,
        a reference level not in the data, one-level factors, or no complete
        cases.
    """
    reference = dict(reference or {})
    types = dict(types or {})
    bad = {k: v for k, v in types.items() if v not in VARIABLE_TYPES}
    if bad:
        raise QuantError(f"Unknown variable type(s) {bad}; use one of {VARIABLE_TYPES}.")
    outcome, predictors = formula_variables(data, formula)
    variables = outcome + predictors
    for v in variables:
        if data[v].isna().all():
            raise QuantError(f"Column {v!r} has no non-missing values.")
        if types.get(v) not in ("categorical", "ordinal", "text", "id"):
            _refuse_text_in_numeric(v, data[v])
    notes: list[str] = []
    n_total = len(data)
    complete = data[variables].notna().all(axis=1)
    sample = data.loc[complete, list(dict.fromkeys(variables + [k for k in keep if k in data]))]
    n_dropped = int(n_total - len(sample))
    if len(sample) == 0:
        raise QuantError("No row has all of " + ", ".join(variables) + " observed.")
    if n_dropped:
        miss = data.loc[~complete, variables].isna().sum()
        detail = ", ".join(f"{k} {int(c)}" for k, c in miss.items() if c)
        notes.append(
            f"Listwise deletion: {n_dropped} of {n_total} rows dropped (missing: {detail})."
        )
    sample = sample.copy()
    used_types: dict[str, str] = {}
    for v in predictors:
        kind = types.get(v) or infer_type(data[v])
        used_types[v] = kind
        col = sample[v]
        if kind in ("text", "id"):
            raise QuantError(f"{v!r} is a {kind} variable and cannot be a model predictor.")
        if kind in ("categorical", "ordinal") or (
            kind == "binary" and not pd.api.types.is_numeric_dtype(col)
        ):
            sample[v] = _to_reference_first(v, col, reference.get(v), notes)
        elif not pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            converted = pd.to_numeric(col, errors="coerce")
            if converted.isna().any():
                raise QuantError(f"{v!r} is declared {kind} but has non-numeric values.")
            sample[v] = converted
        elif pd.api.types.is_bool_dtype(col):
            sample[v] = col.astype(float)
    return Prepared(
        sample,
        formula,
        outcome=tuple(outcome),
        predictors=tuple(predictors),
        types=used_types,
        notes=tuple(notes),
        n_total=n_total,
        n_dropped=n_dropped,
    )
