"""Frozen, self-describing result objects shared by every quant model.

Every fitting function in :mod:`quant` returns a :class:`ModelResult` (or a
subclass that adds cached diagnostics).  The object is JSON-ready through
:meth:`ModelResult.to_dict`, tabular through :meth:`ModelResult.to_frame` and
printable through :meth:`ModelResult.summary`, in the spirit of statsmodels'
``summary_frame`` / ``Summary`` pair.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from quant.errors import QuantError
from quant.family import RATIO_KEYS, Effect, ModelFamily
from quant.formatting import format_ci, format_estimate, format_p, format_stat

__all__ = [
    "TERM_COLUMNS",
    "Effect",
    "ModelFamily",
    "ModelResult",
    "QuantError",
    "Summary",
    "Term",
    "json_ready",
]

#: Column order of :meth:`ModelResult.to_frame` before any extras.
TERM_COLUMNS: tuple[str, ...] = (
    "estimate",
    "std_error",
    "statistic",
    "p_value",
    "ci_low",
    "ci_high",
)


def json_ready(value: Any) -> Any:
    """Convert numpy / pandas scalars and containers to plain JSON types.

    NaN and infinities become ``None`` (JSON has no NaN); tuples become lists.

    Parameters
    ----------
    value : Any
        A scalar, mapping or sequence, possibly nested.

    Returns
    -------
    Any
        The same structure made of ``dict``, ``list``, ``str``, ``int``,
        ``float``, ``bool`` and ``None`` only.
    """
    if value is None or isinstance(value, (str, bool)):
        return value
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        f = float(value)
        return f if math.isfinite(f) else None
    if isinstance(value, Mapping):
        return {str(k): json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray, pd.Index, pd.Series)):
        return [json_ready(v) for v in list(value)]
    if value is pd.NA or value is pd.NaT:
        return None
    return str(value)


@dataclass(frozen=True)
class Term:
    """One row of a model table: a coefficient, correlation or item.

    Attributes
    ----------
    term : str
        Patsy-style name, e.g. ``"LA"`` or ``"origin[T.Vietnam]"``.
    estimate, std_error, statistic, p_value, ci_low, ci_high : float
        The estimate on the model's own scale (log-odds for logit) with its
        standard error, test statistic (t or z), p-value and 95% interval.
        NaN where a quantity does not apply.
    extra : Mapping[str, float]
        Derived quantities where they apply: ``"odds_ratio"``,
        ``"or_ci_low"``, ``"or_ci_high"``, ``"or_per_sd"``, ``"irr"``,
        ``"beta_std"`` ...
    """

    term: str
    estimate: float
    std_error: float = math.nan
    statistic: float = math.nan
    p_value: float = math.nan
    ci_low: float = math.nan
    ci_high: float = math.nan
    extra: Mapping[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the term as a flat JSON-ready dict (extras inlined)."""
        out: dict[str, Any] = {"term": self.term}
        for col in TERM_COLUMNS:
            out[col] = json_ready(float(getattr(self, col)))
        for key, val in self.extra.items():
            out[key] = json_ready(float(val))
        return out


@dataclass(frozen=True)
class ModelResult:
    """Base result of every quant analysis (frozen).

    Subclasses add diagnostics as :func:`functools.cached_property` (this
    works on a frozen dataclass because ``cached_property`` writes to the
    instance ``__dict__`` directly).  Fields added by subclasses must have
    defaults.

    Attributes
    ----------
    model : str
        ``"ols"``, ``"logit"``, ``"ordinal"``, ``"poisson"``, ``"negbin"``,
        ``"corr"``, ``"alpha"``, ``"descriptives"``, ``"mi-ols"`` ...
    formula : str
        The formula as fitted (or a description such as ``"PWB, PSSI"``).
    nobs : int
        Number of observations used (after listwise deletion).
    terms : tuple of Term
        One entry per coefficient / pair / item.
    fit : Mapping[str, float or None]
        Model-level statistics (``r2``, ``adj_r2``, ``aic``, ``auc`` ...).
    notes : tuple of str
        Plain-language notes for the reader (definitions, warnings).
    """

    model: str
    formula: str
    nobs: int
    terms: tuple[Term, ...]
    fit: Mapping[str, float | None] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    _raw: Any = field(default=None, compare=False, repr=False)

    # ------------------------------------------------------------------ access
    def term(self, name: str) -> Term:
        """Return the term called *name* (raises ``KeyError`` if absent)."""
        for t in self.terms:
            if t.term == name:
                return t
        raise KeyError(f"No term {name!r}; terms are {[t.term for t in self.terms]}")

    @property
    def term_names(self) -> tuple[str, ...]:
        """Names of the terms, in table order."""
        return tuple(t.term for t in self.terms)

    @property
    def family(self) -> ModelFamily:
        """The model family (see :class:`ModelFamily`)."""
        return ModelFamily.of_model(self.model)

    def effect(self, name: str) -> Effect:
        """Term *name* on the reported scale, as tables, plots and joint displays show it.

        Ratio families report the ratio and its interval stored in ``Term.extra``; a
        ratio-family slope without them (pooled estimates) is exponentiated here. The
        intercept, ordinal thresholds and every term of other families keep the
        estimate as fitted, labelled ``"B"``.

        Raises
        ------
        KeyError
            No term of that name.
        """
        t = self.term(name)
        family = self.family
        if family.ratio_scale:
            key, low, high = RATIO_KEYS[family.effect_label]
            if key in t.extra:
                return Effect(t.term, family.effect_label, float(t.extra[key]),
                              float(t.extra.get(low, math.nan)), float(t.extra.get(high, math.nan)))
            if t.term != "Intercept" and "|" not in t.term:
                return Effect(t.term, family.effect_label, math.exp(t.estimate), math.exp(t.ci_low),
                              math.exp(t.ci_high))
        return Effect(t.term, "B", t.estimate, t.ci_low, t.ci_high)

    def forest_rows(self) -> tuple[Effect, ...]:
        """The effects a forest plot shows: every term but the intercept and ordinal thresholds."""
        return tuple(self.effect(t.term) for t in self.terms if t.term != "Intercept" and "|" not in t.term)

    def _extra_keys(self) -> list[str]:
        keys: list[str] = []
        for t in self.terms:
            for k in t.extra:
                if k not in keys:
                    keys.append(k)
        return keys

    def to_frame(self) -> pd.DataFrame:
        """One row per term: estimate, std_error, statistic, p_value, ci_low, ci_high + extras.

        Returns
        -------
        pandas.DataFrame
            Indexed by term name; extras missing for a term are NaN.
        """
        extras = self._extra_keys()
        rows = []
        for t in self.terms:
            row = {c: float(getattr(t, c)) for c in TERM_COLUMNS}
            for k in extras:
                row[k] = float(t.extra.get(k, math.nan))
            rows.append(row)
        frame = pd.DataFrame(rows, columns=[*TERM_COLUMNS, *extras], dtype=float)
        frame.index = pd.Index([t.term for t in self.terms], name="term")
        return frame

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: model, n, formula, terms, fit, notes (NaN -> None)."""
        return {
            "model": self.model,
            "n": int(self.nobs),
            "formula": self.formula,
            "terms": [t.to_dict() for t in self.terms],
            "fit": json_ready(dict(self.fit)),
            "notes": list(self.notes),
        }

    # ----------------------------------------------------------------- summary
    def _intervals(self, alpha: float) -> list[tuple[float, float]]:
        """Intervals at level 1 - alpha; the base class stores 95% only.

        Subclasses that keep a fitted model may override this to recompute.
        """
        if not math.isclose(alpha, 0.05):
            raise QuantError(
                f"This {self.model} result stores 95% intervals only; alpha={alpha} is not available."
            )
        return [(t.ci_low, t.ci_high) for t in self.terms]

    def summary(self, alpha: float = 0.05) -> Summary:
        """Return a printable summary table.

        Parameters
        ----------
        alpha : float
            1 - confidence level of the intervals shown (default 0.05 -> 95%).

        Returns
        -------
        Summary
            With ``as_text()``, ``as_html()``, ``__str__`` and ``_repr_html_``.
        """
        return Summary.from_result(self, alpha)


@dataclass(frozen=True)
class Summary:
    """Text/HTML rendering of a :class:`ModelResult`.

    Attributes
    ----------
    title : str
        Heading, e.g. ``"OLS: PWB ~ LA + TIC (n = 148)"``.
    header : tuple of str
        Column labels of the term table.
    rows : tuple of tuple of str
        Formatted cells, one tuple per term.
    fit_lines : tuple of str
        ``"name: value"`` lines of model-level statistics.
    notes : tuple of str
        Notes copied from the result.
    """

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    fit_lines: tuple[str, ...]
    notes: tuple[str, ...]

    @classmethod
    def from_result(cls, result: ModelResult, alpha: float = 0.05) -> Summary:
        """Build the summary of *result* with (1 - alpha) intervals."""
        level = f"{100 * (1 - alpha):g}% CI"
        extras = result._extra_keys()
        header = ("Term", "Estimate", "SE", "Statistic", "p", level, *extras)
        rows = []
        for t, (lo, hi) in zip(result.terms, result._intervals(alpha)):
            rows.append(
                (
                    t.term,
                    format_estimate(t.estimate),
                    format_estimate(t.std_error),
                    format_stat(t.statistic),
                    format_p(t.p_value),
                    format_ci(lo, hi),
                    *(format_estimate(t.extra.get(k, math.nan)) for k in extras),
                )
            )
        fit_lines = tuple(
            f"{k}: {format_fit(v)}" for k, v in result.fit.items()
        )
        title = f"{result.model.upper()}: {result.formula} (n = {result.nobs})"
        return cls(title, header, tuple(rows), fit_lines, tuple(result.notes))

    def as_text(self) -> str:
        """Plain-text table with aligned columns."""
        table = [self.header, *self.rows]
        widths = [max(len(r[i]) for r in table) for i in range(len(self.header))]
        lines = [self.title, ""]
        for j, r in enumerate(table):
            cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
            lines.append("  ".join(cells).rstrip())
            if j == 0:
                lines.append("  ".join("-" * w for w in widths))
        if self.fit_lines:
            lines += ["", *self.fit_lines]
        if self.notes:
            lines += ["", *(f"Note. {n}" for n in self.notes)]
        return "\n".join(lines)

    def as_html(self) -> str:
        """HTML table (escaped) with a caption, fit statistics and notes."""
        esc = html.escape
        parts = [f"<table><caption>{esc(self.title)}</caption><thead><tr>"]
        parts += [f"<th>{esc(h)}</th>" for h in self.header]
        parts.append("</tr></thead><tbody>")
        for r in self.rows:
            parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
        parts.append("</tbody></table>")
        if self.fit_lines:
            parts.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in self.fit_lines) + "</ul>")
        for n in self.notes:
            parts.append(f"<p><em>Note.</em> {esc(n)}</p>")
        return "".join(parts)

    def __str__(self) -> str:
        return self.as_text()

    def _repr_html_(self) -> str:
        return self.as_html()


def format_fit(value: float | None) -> str:
    """Format a model-level statistic (None/NaN -> "n/a", 3 decimals otherwise)."""
    if value is None:
        return "n/a"
    v = float(value)
    if not math.isfinite(v):
        return "n/a"
    if float(v).is_integer() and abs(v) >= 1:
        return str(int(v))
    return f"{v:.3f}"
