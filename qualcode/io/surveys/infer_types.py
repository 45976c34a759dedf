"""Guessing each survey column's measurement level, for a preview the user corrects.

Rules, applied in this order to the non-missing values (user-missing codes
removed first):

1. **id** -- all values unique and either
   (a) the column name has an ID word as a token (``id``, ``participant``,
   ``case``, ``respondent``, ``subject``, ``pid``, ``uuid`` ...) and the values
   are whole numbers or short strings (median length <= 30), or
   (b) the values are non-numeric strings that look like identifiers: no
   spaces, at least one digit (``ID4``, ``P-017``, ``R_3kX9``).
   The brief's looser "all unique non-numeric" is narrowed to (b) because in
   small surveys short answers such as ``golf``/``gardening`` are all unique
   too, and they are categories, not identifiers.
2. **binary** -- exactly two distinct values: any two short strings
   (``yes``/``no``, ``f``/``m``), booleans, numbers 0/1, or two labelled codes.
   Two arbitrary numbers (ages 24 and 67) are not binary.
3. **ordinal** -- (numeric) the file says so (SPSS measure ``ordinal``) or the
   values are labelled codes with at most 7 levels; (strings) every answer
   belongs to one known ordered scale (low/medium/high, never..always, Likert
   agreement, satisfaction ...) or is numbered ("1 - Disagree").
4. **categorical** -- numeric codes the file marks ``nominal`` or labels
   (more than 7 levels), and strings with at most 20 distinct short values.
5. **count** -- non-negative whole numbers with more than 7 distinct values,
   or with a count word in the name (``n``, ``count``, ``number``, ``times``,
   ``visits``, ``children`` ...), unless the name says it is a measurement
   (``age``, ``year``, ``income``, ``score`` ...).
6. **continuous** -- any other numbers (and dates).
7. **text** -- strings with median length above 30 characters, more than 20
   distinct values, or (10+ answers) more than 90 % unique.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd
from pandas.api import types as ptypes

from qualcode.core.survey import VariableType, normalise_key
from qualcode.io.surveys.ordered_scales import scale_order

_ID_WORDS = frozenset(
    {"id", "ids", "participant", "case", "respondent", "subject", "pid", "uuid", "caseid", "participantid",
     "respondentid", "subjectid", "responseid", "personid", "interviewee"}
)
_COUNT_WORDS = frozenset({"n", "count", "counts", "number", "num", "nb", "times", "visits", "children", "kids", "freq",
                          "frequency", "howmany", "total"})
_MEASURE_WORDS = frozenset({"age", "year", "years", "income", "salary", "score", "weight", "height", "bmi", "price",
                            "cost", "temperature", "duration", "percent", "pct", "rate"})
_TOKEN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_IDENTIFIER = re.compile(r"^(?=.*\d)\S{1,40}$")
_BINARY_PAIRS = (("no", "yes"), ("false", "true"), ("n", "y"), ("0", "1"), ("absent", "present"))
MAX_ORDINAL_LEVELS = 7
MAX_CATEGORIES = 20
LONG_TEXT = 30


def name_tokens(name: str) -> set[str]:
    """Lower-case word tokens of a column name: ``"ParticipantID"`` -> {participant, id, participantid}."""
    tokens = {token.lower() for token in _TOKEN.findall(name)}
    tokens.add(re.sub(r"[^a-z0-9]", "", name.lower()))
    return tokens


def _is_numeric(values: pd.Series) -> bool:
    return bool(ptypes.is_numeric_dtype(values) and not ptypes.is_bool_dtype(values))


def _median_length(values: pd.Series) -> float:
    return float(values.astype(str).str.len().median())


def _integral(values: pd.Series) -> bool:
    return bool(((values % 1) == 0).all())


def _looks_like_id(name: str, values: pd.Series, numeric: bool) -> bool:
    if len(values) < 2 or values.duplicated().any():
        return False
    hinted = bool(name_tokens(name) & _ID_WORDS)
    if numeric:
        return hinted and _integral(values)
    if hinted and _median_length(values) <= LONG_TEXT:
        return True
    return all(_IDENTIFIER.match(str(v)) and not _parses_as_number(str(v)) for v in values)


def _parses_as_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _numeric_type(
    name: str, values: pd.Series, distinct: list[float], labelled: bool, measure: str | None
) -> VariableType:
    if measure == "nominal":
        return VariableType.CATEGORICAL
    if measure == "ordinal" or (labelled and len(distinct) <= MAX_ORDINAL_LEVELS):
        return VariableType.ORDINAL
    if labelled:
        return VariableType.CATEGORICAL
    tokens = name_tokens(name)
    if _integral(values) and values.min() >= 0 and not tokens & _MEASURE_WORDS:
        if len(distinct) > MAX_ORDINAL_LEVELS or tokens & _COUNT_WORDS:
            return VariableType.COUNT
    return VariableType.CONTINUOUS


def _plain_numeric_type(name: str, array: np.ndarray, measure: str | None) -> VariableType:
    """:func:`infer_variable_type` for an int/float column without value labels, in numpy.

    The same rules on plain arrays: pandas costs ~0.4 ms a column in overhead,
    which was 8 s on a 20,000-column survey.
    """
    values = array[~np.isnan(array)] if array.dtype.kind == "f" else array
    if not len(values):
        return VariableType.CONTINUOUS
    distinct = np.unique(values)
    integral = bool((values % 1 == 0).all())
    tokens = name_tokens(name)
    if len(values) >= 2 and len(distinct) == len(values) and tokens & _ID_WORDS and integral:
        return VariableType.ID
    if len(distinct) == 2 and (set(distinct.tolist()) <= {0, 1} or measure == "nominal"):
        return VariableType.BINARY
    if measure == "nominal":
        return VariableType.CATEGORICAL
    if measure == "ordinal":
        return VariableType.ORDINAL
    if integral and values.min() >= 0 and not tokens & _MEASURE_WORDS:
        if len(distinct) > MAX_ORDINAL_LEVELS or tokens & _COUNT_WORDS:
            return VariableType.COUNT
    return VariableType.CONTINUOUS


def infer_variable_type(
    series: pd.Series,
    value_labels: Iterable[tuple[float | str, str]] | dict[float | str, str] | None = None,
    *,
    measure: str | None = None,
) -> VariableType:
    """Guess the measurement level of one column (rules in the module docstring).

    Parameters
    ----------
    series:
        The column, with user-missing codes already set to NaN; its ``name``
        is used for name hints.
    value_labels:
        ``{code: label}`` or ``[(code, label), ...]`` from the file, if any.
    measure:
        SPSS measurement level (``"nominal"``, ``"ordinal"``, ``"scale"``) if known.

    Returns
    -------
    VariableType
    """
    name = str(series.name if series.name is not None else "")
    labels = dict(value_labels.items() if isinstance(value_labels, dict) else (value_labels or ()))
    if not labels and isinstance(series.dtype, np.dtype) and series.dtype.kind in "if":
        return _plain_numeric_type(name, series.to_numpy(), measure)
    values = series.dropna()
    if ptypes.is_bool_dtype(series):
        return VariableType.BINARY
    if ptypes.is_datetime64_any_dtype(series):
        return VariableType.CONTINUOUS
    numeric = _is_numeric(values)
    if values.empty:
        return VariableType.CONTINUOUS if numeric else VariableType.TEXT
    if _looks_like_id(name, values, numeric):
        return VariableType.ID
    distinct = list(pd.unique(values))
    labelled = bool(labels) and all(value in labels for value in distinct)
    if len(distinct) == 2:
        if not numeric and _median_length(values) <= LONG_TEXT:
            return VariableType.BINARY
        if numeric and (set(distinct) <= {0, 1} or labelled or measure == "nominal"):
            return VariableType.BINARY
    if numeric:
        return _numeric_type(name, values, distinct, labelled, measure)
    texts = [str(v) for v in distinct]
    if len(texts) >= 2 and scale_order(texts) is not None:
        return VariableType.ORDINAL
    if _median_length(values) > LONG_TEXT or len(distinct) > MAX_CATEGORIES:
        return VariableType.TEXT
    if len(values) >= 10 and len(distinct) / len(values) > 0.9:
        return VariableType.TEXT
    return VariableType.CATEGORICAL


def infer_levels(
    series: pd.Series,
    vtype: VariableType,
    value_labels: Iterable[tuple[float | str, str]] | None = None,
) -> tuple[str, ...]:
    """The ordered levels of a binary, ordinal or categorical column, as strings.

    Numbers appear as :func:`~qualcode.core.survey.normalise_key` writes them
    (``2.0`` -> ``"2"``). Labelled codes are levels even when nobody chose them
    (a 5-point scale keeps 5 levels); ``series`` must have user-missing codes
    removed, and codes that are missing are not passed in ``value_labels``.
    """
    if vtype not in (VariableType.BINARY, VariableType.ORDINAL, VariableType.CATEGORICAL):
        return ()
    values = series.dropna()
    distinct = list(pd.unique(values))
    if _is_numeric(values) or (not len(values) and value_labels):
        codes = {float(v) for v in distinct}
        codes |= {float(code) for code, _ in (value_labels or ()) if isinstance(code, (int, float))}
        return tuple(key for key in (normalise_key(code) for code in sorted(codes)) if key is not None)
    texts = [str(v) for v in distinct]
    if vtype is VariableType.ORDINAL:
        ordered = scale_order(texts)
        return tuple(ordered if ordered is not None else texts)
    if vtype is VariableType.BINARY and len(texts) == 2:
        folded = tuple(sorted(t.strip().casefold() for t in texts))
        for low, high in _BINARY_PAIRS:
            if folded == (low, high):
                return tuple(sorted(texts, key=lambda t: t.strip().casefold() == high))
    return tuple(sorted(texts))
