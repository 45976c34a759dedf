"""Correlation table: Pearson r or Spearman rho, Fisher-z 95% CIs, BH-adjusted p.

Missing data are handled pairwise (each pair uses the rows where both are
observed), as STATS_CONVENTIONS.md asks.  Each pair reproduces R's
``cor.test`` (Spearman with ``exact = FALSE``, i.e. the t approximation);
p-values are then adjusted across the whole table with
``p.adjust(p, "BH")``.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd
from scipy import stats

from quant.discrimination import midrank
from quant.formatting import format_bounded, stars
from quant.formula import text_in_numeric
from quant.result import ModelResult, QuantError, Term

__all__ = ["CorrelationResult", "correlation_table", "bh_adjust", "fisher_ci"]

_METHODS = ("pearson", "spearman")


def bh_adjust(p: Sequence[float]) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values, as R's ``p.adjust(p, "BH")`` (NaN kept)."""
    arr = np.asarray(p, dtype=float)
    out = np.full_like(arr, np.nan)
    ok = np.flatnonzero(np.isfinite(arr))
    m = len(ok)
    if m == 0:
        return out
    order = ok[np.argsort(arr[ok])[::-1]]  # largest p first
    ranks = np.arange(m, 0, -1)
    adj = np.minimum.accumulate(arr[order] * m / ranks)
    out[order] = np.minimum(adj, 1.0)
    return out


def fisher_ci(r: float, n: int, level: float = 0.95) -> tuple[float, float]:
    """Fisher-z interval ``tanh(atanh(r) +/- z / sqrt(n - 3))`` (as ``cor.test``)."""
    if n <= 3 or not math.isfinite(r):
        return math.nan, math.nan
    if abs(r) >= 1:
        return r, r
    z = stats.norm.ppf(0.5 + level / 2) / math.sqrt(n - 3)
    return math.tanh(math.atanh(r) - z), math.tanh(math.atanh(r) + z)


@dataclass(frozen=True)
class CorrelationResult(ModelResult):
    """Result of :func:`correlation_table`; one term per pair ``"x, y"``."""

    variables: tuple[str, ...] = ()
    method: str = "pearson"

    @cached_property
    def matrix(self) -> pd.DataFrame:
        """Square matrix of coefficients (diagonal 1)."""
        m = pd.DataFrame(np.eye(len(self.variables)), index=self.variables, columns=self.variables)
        for t in self.terms:
            a, b = t.term.split(", ")
            m.loc[a, b] = m.loc[b, a] = t.estimate
        return m

    def apa_matrix(self, *, adjusted: bool = False) -> pd.DataFrame:
        """Lower-triangle table as in APA reports (``.34***``); upper cells blank."""
        labels = [f"{i}. {v}" for i, v in enumerate(self.variables, start=1)]
        out = pd.DataFrame("", index=labels, columns=[str(i) for i in range(1, len(labels) + 1)])
        for i in range(len(labels)):
            out.iloc[i, i] = "—"
        for t in self.terms:
            a, b = t.term.split(", ")
            i, j = self.variables.index(a), self.variables.index(b)
            p = t.extra["p_bh"] if adjusted else t.p_value
            out.iloc[max(i, j), min(i, j)] = format_bounded(t.estimate) + stars(p)
        return out


def _numeric(data: pd.DataFrame, v: str, notes: list[str]) -> pd.Series:
    if v not in data.columns:
        raise QuantError(f"{v!r} is not a column of the data.")
    col = data[v]
    if col.isna().all():
        raise QuantError(f"Column {v!r} has no non-missing values.")
    bad = text_in_numeric(col)
    if bad:
        raise QuantError(f"{v!r} holds numbers but also text ({', '.join(repr(b) for b in bad)}); recode "
                         "those values as missing or numbers first.")
    if isinstance(col.dtype, pd.CategoricalDtype) and col.cat.ordered:
        notes.append(f"{v} is ordinal; its levels are scored 1..{len(col.cat.categories)} in order.")
        codes = col.cat.codes.astype(float) + 1
        return codes.where(col.notna())
    if not pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col):
        if pd.api.types.is_bool_dtype(col):
            return col.astype(float)
        raise QuantError(f"{v!r} is not numeric; score it (e.g. low=1, medium=2, high=3) first.")
    if col.isna().all():
        raise QuantError(f"Column {v!r} has no non-missing values.")
    return col.astype(float)


def correlation_table(
    data: pd.DataFrame,
    variables: Sequence[str],
    method: str = "pearson",
    *,
    level: float = 0.95,
) -> CorrelationResult:
    """Pairwise correlations with Fisher-z CIs and Benjamini-Hochberg adjusted p.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per participant.
    variables : Sequence[str]
        Two or more numeric (or ordered categorical) columns.
    method : {"pearson", "spearman"}
        Pearson r, or Spearman rho (Pearson on mid-ranks; p from the t
        approximation as ``cor.test(..., exact = FALSE)``).
    level : float
        Confidence level of the Fisher-z intervals.

    Returns
    -------
    CorrelationResult
        One term per pair (``"PWB, PSSI"``): estimate = r or rho, statistic
        = t on n - 2 df, p_value, ci_low/ci_high, extras ``n`` (pairwise) and
        ``p_bh``.  ``matrix`` and ``apa_matrix()`` give square views.
    """
    if method not in _METHODS:
        raise QuantError(f"method must be one of {_METHODS}, not {method!r}.")
    variables = list(dict.fromkeys(variables))
    if len(variables) < 2:
        raise QuantError("A correlation table needs at least two variables.")
    notes: list[str] = []
    cols = {v: _numeric(data, v, notes) for v in variables}
    rows = []
    for a, b in itertools.combinations(variables, 2):
        ok = cols[a].notna() & cols[b].notna()
        x, y = cols[a][ok].to_numpy(), cols[b][ok].to_numpy()
        n = len(x)
        if n < 3 or np.ptp(x) == 0 or np.ptp(y) == 0:
            notes.append(f"{a}, {b}: not computable (fewer than 3 pairs or a constant variable).")
            rows.append((f"{a}, {b}", math.nan, math.nan, math.nan, (math.nan, math.nan), n))
            continue
        if method == "spearman":
            x, y = midrank(x), midrank(y)
        r = float(np.corrcoef(x, y)[0, 1])
        r = max(-1.0, min(1.0, r))
        t = r * math.sqrt((n - 2) / (1 - r * r)) if abs(r) < 1 else math.copysign(math.inf, r)
        p = float(2 * stats.t.sf(abs(t), n - 2))
        rows.append((f"{a}, {b}", r, t, p, fisher_ci(r, n, level), n))
    p_bh = bh_adjust([row[3] for row in rows])
    terms = tuple(
        Term(name, r, math.nan, t, p, ci[0], ci[1], {"n": float(n), "p_bh": float(q)})
        for (name, r, t, p, ci, n), q in zip(rows, p_bh)
    )
    label = "Pearson r" if method == "pearson" else "Spearman rho"
    notes += [
        f"{label}; missing data handled pairwise (n per pair shown).",
        f"{100 * level:g}% CIs by Fisher's z transformation, SE = 1/sqrt(n - 3).",
        f"p_bh: Benjamini-Hochberg adjusted across the {len(terms)} pairs of this table.",
    ]
    counts = [int(t.extra["n"]) for t in terms]
    return CorrelationResult(
        model="corr",
        formula=", ".join(variables),
        nobs=max(counts) if counts else 0,
        terms=terms,
        fit={"pairs": float(len(terms)), "n_min": float(min(counts)), "n_max": float(max(counts))},
        notes=tuple(notes),
        variables=tuple(variables),
        method=method,
    )
