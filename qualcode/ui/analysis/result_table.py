"""The APA-like results table of a regression run, as plain strings (no Qt).

Reads like the seed study's Tables 8-9: Term, the estimate on the reported scale
(b for OLS, OR for logit / proportional odds, IRR for counts), 95% CI, p and, for OLS,
the standardised beta. Every number comes from the quant result; this module only
formats (``quant.formatting``: ".008", "< .001", "[0.19, 0.47]").

Fixed labels (headings, "Note.", fit statistics' names) are translated in the
``"ResultTable"`` context; numbers, variable names and quant's notes are data.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

from qualcode.services.export import spreadsheet_safe
from qualcode.services.mixed.analysis import AnalysisRun
from qualcode.ui.analysis.panel_text import family_name
from quant.formatting import format_bounded, format_ci, format_estimate, format_p, format_stat
from quant.result import ModelFamily, ModelResult

__all__ = ["ResultTable", "estimate_name", "format_run", "term_label", "term_variable"]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ResultTable", text, None, n)


#: quant's long names of the reported effect (``ModelFamily.effect_name``), for the forest plot's axis
_EFFECT_NAMES = {
    "Incidence rate ratio": QT_TRANSLATE_NOOP("ResultTable", "Incidence rate ratio"),
    "Odds ratio": QT_TRANSLATE_NOOP("ResultTable", "Odds ratio"),
    "Coefficient (b)": QT_TRANSLATE_NOOP("ResultTable", "Coefficient (b)"),
    "Coefficient": QT_TRANSLATE_NOOP("ResultTable", "Coefficient"),
}


def estimate_name(name: str) -> str:
    """quant's name of an effect (``"Odds ratio"``) in the reader's language."""
    return _tr(_EFFECT_NAMES[name]) if name in _EFFECT_NAMES else name


@dataclass(frozen=True)
class ResultTable:
    """Header, rows, one fit line, notes; ``terms`` names the model term of each row."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    terms: tuple[str, ...]
    fit_line: str
    notes: tuple[str, ...]

    def to_tsv(self) -> str:
        # pasted into a spreadsheet, a cell such as "=cmd|..." (a variable name from a survey)
        # would run as a formula: escape it as our CSV exports do
        lines = [self.title, "\t".join(map(spreadsheet_safe, self.header)),
                 *("\t".join(map(spreadsheet_safe, r)) for r in self.rows)]
        if self.fit_line:
            lines.append(self.fit_line)
        note = QCoreApplication.translate("ResultTable", "Note.")
        lines += [f"{note} {n}" for n in self.notes]
        return "\n".join(lines)

    def to_html(self) -> str:
        esc = html.escape
        parts = [f"<table><caption>{esc(self.title)}</caption><thead><tr>"]
        parts += [f"<th>{esc(h)}</th>" for h in self.header]
        parts.append("</tr></thead><tbody>")
        for r in self.rows:
            parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
        parts.append("</tbody></table>")
        if self.fit_line:
            parts.append(f"<p>{esc(self.fit_line)}</p>")
        note = esc(QCoreApplication.translate("ResultTable", "Note."))
        parts += [f"<p><em>{note}</em> {esc(n)}</p>" for n in self.notes]
        return "".join(parts)


def term_variable(term: str, variables: Sequence[str]) -> str | None:
    """The data column a model term comes from (``programme[T.ngo]`` -> ``programme``)."""
    base = term.split("[", 1)[0]
    if base.startswith('Q("') and base.endswith('")'):
        base = base[3:-2]
    return base if base in variables else None


def term_label(term: str, labels: Mapping[str, str] | None = None) -> str:
    """A term as the reader should see it: the variable's label, the level kept (``programme: ngo``)."""
    if term.startswith('Q("'):
        inner = term[3:].split('")', 1)
        term = inner[0] + (inner[1] if len(inner) > 1 else "")
    base, _, level = term.partition("[")
    name = (labels or {}).get(base, base)
    if level.startswith("T."):
        return f"{name}: {level[2:].rstrip(']')}"
    return name + (f"[{level}" if level else "")


def _rows(result: ModelResult, kind: str, show_beta: bool, labels: Mapping[str, str] | None) -> tuple[tuple[str, ...], list[tuple[str, ...]], list[str]]:
    rows: list[tuple[str, ...]] = []
    names: list[str] = []
    cells: tuple[str, ...]
    if kind == "ols":
        beta = show_beta and any("beta_std" in t.extra for t in result.terms)
        header = (QCoreApplication.translate("ResultTable", "Term"), QCoreApplication.translate("ResultTable", "b"), QCoreApplication.translate("ResultTable", "SE"), QCoreApplication.translate("ResultTable", "95% CI"), QCoreApplication.translate("ResultTable", "p"), *(("β",) if beta else ()))
        for t in result.terms:
            cells = (term_label(t.term, labels), format_estimate(t.estimate), format_estimate(t.std_error),
                     format_ci(t.ci_low, t.ci_high), format_p(t.p_value))
            if beta:
                b = t.extra.get("beta_std")
                cells += (format_bounded(b) if b is not None else "",)
            rows.append(cells)
            names.append(t.term)
        return header, rows, names
    is_count = kind == "count"
    per_sd = not is_count and any("or_per_sd" in t.extra for t in result.terms)
    header = (QCoreApplication.translate("ResultTable", "Term"), QCoreApplication.translate("ResultTable", "IRR") if is_count else QCoreApplication.translate("ResultTable", "OR"), QCoreApplication.translate("ResultTable", "95% CI"), QCoreApplication.translate("ResultTable", "p"),
              *((QCoreApplication.translate("ResultTable", "OR per SD"),) if per_sd else ()))
    for t in result.terms:
        if t.term == "Intercept" or "|" in t.term:  # intercept and ordinal thresholds: see notes
            continue
        _term, _label, est, lo, hi = result.effect(t.term)
        cells = (term_label(t.term, labels), format_estimate(est), format_ci(lo, hi), format_p(t.p_value))
        if per_sd:
            sd = t.extra.get("or_per_sd")
            cells += (f"{format_estimate(sd)} {format_ci(t.extra['or_per_sd_low'], t.extra['or_per_sd_high'])}"
                      if sd is not None else "",)
        rows.append(cells)
        names.append(t.term)
    return header, rows, names


_COUNT_NAMES = {ModelFamily.NEGBIN: QT_TRANSLATE_NOOP("ResultTable", "negative binomial"),
                ModelFamily.POISSON: QT_TRANSLATE_NOOP("ResultTable", "Poisson"),
                ModelFamily.COUNT: QT_TRANSLATE_NOOP("ResultTable", "Poisson or negative binomial (by imputation)")}


def _fmt(value: Any, fn: Any = format_estimate) -> str:
    return fn(value) if value is not None else QCoreApplication.translate("ResultTable", "n/a")


def fit_line(run: AnalysisRun) -> str:
    """One line of model statistics, in the panel's and the paper's wording."""
    fit: Mapping[str, Any] = run.result.fit
    kind = run.spec.kind
    parts = [f"n = {run.result.nobs}"]
    if kind == "ols":
        parts += [f"R² = {_fmt(fit.get('r2'), format_bounded)}",
                  QCoreApplication.translate("ResultTable", "adj. R² = {value}").format(value=_fmt(fit.get('adj_r2'), format_bounded))]
        if fit.get("aic") is not None:
            parts.append(f"AIC = {format_estimate(fit['aic'], digits=1)}")
        if "bp_p" in run.diagnostics:
            parts.append(f"Breusch–Pagan p = {format_p(run.diagnostics['bp_p'])}")
        if "max_vif" in run.diagnostics:
            parts.append(QCoreApplication.translate("ResultTable", "max VIF = {value}").format(value=format_estimate(run.diagnostics['max_vif'])))
    elif kind == "logit":
        if fit.get("auc") is not None:
            parts.append(f"AUC {format_bounded(fit['auc'])} {format_ci(fit.get('auc_ci_low'), fit.get('auc_ci_high'))}"
                         .replace("[0.", "[.").replace(", 0.", ", ."))
        if fit.get("brier") is not None:
            parts.append(f"Brier {format_bounded(fit['brier'])}")
        if fit.get("hl_p") is not None:
            parts.append(f"HL p {format_p(fit['hl_p'])}")
        if fit.get("pseudo_r2") is not None:
            parts.append(f"McFadden R² {format_bounded(fit['pseudo_r2'])}")
    elif kind == "ordinal":
        if fit.get("lr_chi2") is not None:
            parts.append(f"LR χ²({int(fit.get('lr_df') or 0)}) = {format_stat(fit['lr_chi2'])}, p {format_p(fit.get('lr_p'))}")
        if fit.get("brant_p") is not None:
            parts.append(f"Brant p = {format_p(fit['brant_p'])}")
    elif kind == "count":
        parts.append(_tr(_COUNT_NAMES.get(run.result.family, QT_TRANSLATE_NOOP("ResultTable", "count model"))))
        if fit.get("alpha") is not None:
            parts.append(f"alpha = {format_estimate(fit['alpha'], digits=3)}")
        if fit.get("lr_alpha_p") is not None:
            parts.append(QCoreApplication.translate("ResultTable", "LR test of alpha = 0: p {p}").format(p=format_p(fit['lr_alpha_p'])))
    if kind != "ols" and fit.get("aic") is not None:
        parts.append(f"AIC = {format_estimate(fit['aic'], digits=1)}")
    line = " · ".join(parts)
    if run.nested is not None:
        line += "\n" + nested_line(run.nested)
    return line


def nested_line(nested: ModelResult) -> str:
    """``Model 1 R² = .20 · Model 2 R² = .27 · Model 2 vs Model 1: ΔR² = .066, F(2, 140) = 6.31, p = .002``."""
    parts = [QCoreApplication.translate("ResultTable", "Model {number} R² = {value}").format(number=i, value=format_bounded(nested.fit[f'r2_{i}']))
             for i in range(1, len(nested.terms) + 2) if f"r2_{i}" in nested.fit]
    for t in nested.terms:
        parts.append(f"{_model_comparison(t.term)}: ΔR² = {format_estimate(t.estimate, digits=3).lstrip('0') or '0'}, "
                     f"F({int(t.extra['df_num'])}, {int(t.extra['df_den'])}) = {format_stat(t.statistic)}, "
                     f"p {_p_phrase(t.p_value)}")
    return " · ".join(parts)


def _model_comparison(term: str) -> str:
    """quant's ``"Model 2 vs Model 1"`` in the reader's language (any other name as it is)."""
    words = term.split()
    if len(words) == 5 and words[0] == words[3] == "Model" and words[2] == "vs":
        return QCoreApplication.translate("ResultTable", "Model {later} vs Model {earlier}").format(later=words[1], earlier=words[4])
    return term


def _p_phrase(p: float) -> str:
    text = format_p(p)
    return text if text.startswith(("<", ">")) else f"= {text}"


def format_run(run: AnalysisRun, *, show_beta: bool = True, labels: Mapping[str, str] | None = None) -> ResultTable:
    """The table, fit line and notes the panel shows (and Copy / Word export).

    ``labels`` maps a column to how it reads (``theme_peer_belonging_any`` -> ``Peer
    belonging (present)``); ``ResultTable.terms`` keeps the model's own term names.
    """
    result = run.result
    header, rows, names = _rows(result, run.spec.kind, show_beta, labels)
    notes = list(result.notes)
    thresholds = [t for t in result.terms if "|" in t.term]
    if thresholds:
        notes.append(QCoreApplication.translate("ResultTable", "Thresholds (log-odds scale):") + " " + "; ".join(
            f"{t.term} {format_estimate(t.estimate)}" for t in thresholds) + ".")
    if run.nested is not None:
        notes += [n for n in run.nested.notes if n not in notes]
    outcome = (labels or {}).get(run.spec.outcome, run.spec.outcome)
    title = f"{family_name(run.spec.family)}: {outcome} (n = {result.nobs})"
    return ResultTable(title, header, tuple(rows), tuple(names), fit_line(run), tuple(notes))
