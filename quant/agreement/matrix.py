"""The reliability matrix, category weights and the shared result object."""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from quant.result import QuantError

__all__ = ["LEVELS", "WEIGHTS", "AgreementResult", "Ratings", "ratings_matrix", "weight_matrix"]

WEIGHTS = ("none", "linear", "quadratic")
LEVELS = ("nominal", "ordinal", "interval", "ratio")


@dataclass(frozen=True)
class AgreementResult:
    """One agreement coefficient with its 95% confidence interval.

    Attributes
    ----------
    statistic : str
        ``"krippendorff"``, ``"cohen"``, ``"fleiss"``, ``"percent"``, ``"holsti"``,
        ``"brennan-prediger"`` or ``"gwet"``.
    value : float
        The coefficient (NaN when undefined, e.g. one category only).
    ci_low, ci_high : float
        95% confidence limits (NaN when they cannot be computed).
    n_units : int
        Units that entered the coefficient (coded by at least two coders).
    n_coders : int
        Coders in the matrix.
    ci_method : str
        ``"analytic"`` (and which formula) or ``"bootstrap"`` with the seed and draws.
    details : dict
        Intermediate quantities (observed and chance agreement, standard error, ...).
    """

    statistic: str
    value: float
    ci_low: float
    ci_high: float
    n_units: int
    n_coders: int
    ci_method: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape the CLI prints (NaN becomes ``None``)."""

        def clean(v: float) -> float | None:
            return None if v is None or math.isnan(v) else float(v)

        return {"statistic": self.statistic, "value": clean(self.value), "ci_low": clean(self.ci_low),
                "ci_high": clean(self.ci_high), "n_units": self.n_units, "n_coders": self.n_coders}


@dataclass(frozen=True)
class Ratings:
    """Codes as category indexes: ``codes[c, u]`` is -1 where coder c did not code unit u."""

    codes: np.ndarray
    categories: tuple[Hashable, ...]
    #: how many identical units each column stands for (None = one each); lets 100,000
    #: characters with the same pattern of codings be one weighted column
    unit_weights: np.ndarray | None = None

    def weights(self) -> np.ndarray:
        """The weight of each column (ones when none were given)."""
        if self.unit_weights is None:
            return np.ones(self.codes.shape[1])
        return np.asarray(self.unit_weights, dtype=float)

    @property
    def n_coders(self) -> int:
        return int(self.codes.shape[0])

    def counts(self) -> np.ndarray:
        """Units x categories: how many coders gave each category to each unit."""
        q = len(self.categories)
        out = np.zeros((self.codes.shape[1], q))
        for row in self.codes:
            ok = row >= 0
            np.add.at(out, (np.nonzero(ok)[0], row[ok]), 1)
        return out

    def values(self) -> np.ndarray:
        """Numeric category values (ranks 1..q when a category is not a number)."""
        try:
            vals = np.array([float(c) for c in self.categories])  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return np.arange(1, len(self.categories) + 1, dtype=float)
        return vals


def _missing(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    return isinstance(v, str) and v.strip() == ""


def _sort_key(v: Hashable) -> tuple[int, Any]:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return (0, float(v))
    return (1, str(v))


def ratings_matrix(data: Sequence[Sequence[Any]] | np.ndarray | Ratings,
                   unit_weights: Sequence[float] | np.ndarray | None = None) -> Ratings:
    """Turn rows of coders' values into a :class:`Ratings` (missing: None, NaN or "").

    Parameters
    ----------
    data : sequence of sequences
        Rows = coders, columns = units; all rows the same length.
    unit_weights : sequence of float, optional
        How many identical units each column stands for (positive integers).

    Raises
    ------
    QuantError
        Fewer than two coders, rows of different length, or no value at all.
    """
    if isinstance(data, Ratings):
        return data
    rows = [list(r) for r in data]
    if len(rows) < 2:
        raise QuantError(f"agreement needs at least two coders (rows); got {len(rows)}")
    width = len(rows[0])
    for i, r in enumerate(rows):
        if len(r) != width:
            raise QuantError(f"coder row {i + 1} has {len(r)} units but row 1 has {width}")
    present = {v for r in rows for v in r if not _missing(v)}
    if not present:
        raise QuantError("the matrix has no coded value at all")
    cats = tuple(sorted(present, key=_sort_key))
    index = {c: i for i, c in enumerate(cats)}
    codes = np.array([[-1 if _missing(v) else index[v] for v in r] for r in rows], dtype=int)
    weights = None
    if unit_weights is not None:
        weights = np.asarray(unit_weights, dtype=float)
        if weights.shape != (width,) or (weights <= 0).any():
            raise QuantError(f"unit_weights needs {width} positive numbers, one per unit")
    return Ratings(codes, cats, weights)


def weight_matrix(ratings: Ratings, weights: str) -> np.ndarray:
    """Agreement weights (1 on the diagonal): identity, linear or quadratic on the values.

    Linear ``1 - |k-l| / (max-min)``, quadratic ``1 - (k-l)^2 / (max-min)^2`` (Gwet 2014,
    ch. 3; Cicchetti & Allison 1971 for linear, Fleiss & Cohen 1973 for quadratic).
    """
    if weights not in WEIGHTS:
        raise QuantError(f"--weights must be one of {', '.join(WEIGHTS)}; got {weights!r}")
    q = len(ratings.categories)
    if weights == "none" or q < 2:
        return np.eye(q)
    x = ratings.values()
    span = x.max() - x.min()
    diff = np.abs(x[:, None] - x[None, :]) / span
    return 1 - diff if weights == "linear" else 1 - diff**2
