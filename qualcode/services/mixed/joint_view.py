"""Computing a joint display from the project as it is now (live-linked).

Every number comes from the current case table (quantitized themes joined to the
survey, :func:`qualcode.services.mixed.linking.build_case_table`) and the current saved
analyses; only labels, notes and chosen quotes come from storage. Re-coding one
segment therefore changes the display the next time it is computed.

Counting rules (stated in the display's notes):

* a theme's cases n/N count *linked* cases: cases with qualitative data and a survey
  row, since only they sit in both strands;
* statistics-by-themes columns split the survey by a variable; a cell is the number
  of linked cases in that group where the theme is present, and its % is of the
  group's linked cases (the survey n of the group is shown too).
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import pandas as pd

from qualcode.core.errors import NotFoundError, QualCodeError
from qualcode.core.joint_display import (
    DisplayKind,
    GroupCell,
    GroupColumn,
    Grouping,
    GroupRule,
    JointDisplay,
    JointDisplayView,
    JointRow,
    QuantCell,
    QuoteView,
    SideBySideRowView,
    StatsRowView,
)
from qualcode.core.survey import normalise_key
from qualcode.services.mixed.linking import KEY, CaseTable, build_case_table
from qualcode.services.coding.retrieval import segment_rows
from qualcode.services.mixed.saved_analyses import run_saved_analysis
from qualcode.services.themes.theme_review import coverages_in
from qualcode.storage.project import Project
from quant.formatting import format_ci, format_estimate, format_p
from quant.result import ModelResult, QuantError

__all__ = ["compute_joint_display", "compute_all", "quant_cell", "QUOTES_PER_ROW"]

QUOTES_PER_ROW = 2


def quant_cell(result: ModelResult, analysis_id: int, analysis_name: str, term: str) -> QuantCell:
    """A model term on its reported scale: OR (logit, ordinal), IRR (count), B (OLS).

    Raises
    ------
    KeyError
        The term is not in the model.
    """
    t = result.term(term)
    label, estimate, low, high = result.effect(term)[1:]
    text = f"{label} {format_estimate(estimate)} {format_ci(low, high)}, p {_p_text(t.p_value)}"
    beta = t.extra.get("beta_std")
    if beta is not None and math.isfinite(beta):
        text += f", \u03b2 = {format_estimate(beta)}"
    return QuantCell(analysis_id, analysis_name, term, label, float(estimate), float(low), float(high),
                     float(t.p_value), int(result.nobs), text)


def _p_text(p: float) -> str:
    s = format_p(p)
    return s if s.startswith(("<", ">")) else f"= {s}"


class _Context:
    """What every row of every display needs, gathered once."""

    def __init__(self, project: Project, table: CaseTable | None) -> None:
        self.project = project
        self.table = table if table is not None else build_case_table(project)
        with project.unit_of_work() as uow:
            themes, code_sets, _cov, segments, seg_case, cases = coverages_in(uow)
            self.analyses = {a.id: a for a in uow.analyses.all()}
        self.themes = {t.id: t for t in themes}
        self.case_keys = {c.id: c.key for c in cases}
        frame = self.table.frame
        interviewed = frame["words"].fillna(0) > 0 if "words" in frame.columns else pd.Series(False, frame.index)
        in_survey = frame[KEY].isin(set(self.table.summary.matched))
        self.linked = frame[interviewed & in_survey]
        self.presence = {v.source_id: v.column for v in self.table.quant_variables
                         if v.source == "theme" and v.measure == "presence"}
        # theme id -> [(segment id, case key or None)] in document order
        self.theme_segments: dict[int, list[tuple[int, str | None]]] = defaultdict(list)
        for seg in sorted(segments, key=lambda s: (s[1], s[3])):
            for theme_id, codes in code_sets.items():
                if seg[2] in codes:
                    case_id = seg_case.get(seg[0])
                    self.theme_segments[theme_id].append((seg[0], self.case_keys.get(case_id) if case_id else None))
        self._results: dict[int, ModelResult | str] = {}
        self._quotes: dict[int, QuoteView] = {}

    def result(self, analysis_id: int) -> ModelResult | str:
        if analysis_id not in self._results:
            try:
                self._results[analysis_id] = run_saved_analysis(self.project, analysis_id, table=self.table)
            except (QualCodeError, QuantError, NotFoundError, ValueError) as exc:
                self._results[analysis_id] = str(exc)
        return self._results[analysis_id]

    def cases_with(self, theme_id: int, keys: set[str] | None = None) -> set[str]:
        column = self.presence.get(theme_id)
        if column is None or column not in self.linked.columns:
            return set()
        rows = self.linked[self.linked[column] == 1]
        found = set(rows[KEY])
        return found if keys is None else found & keys

    def quotes(self, segment_ids: list[int]) -> dict[int, QuoteView]:
        wanted = [i for i in segment_ids if i not in self._quotes]
        if wanted:
            for r in segment_rows(self.project, segment_ids=wanted):
                self._quotes[r["segment_id"]] = QuoteView(r["segment_id"], " ".join(r["text"].split()),
                                                          r["document"], r["speaker"], r["case"])
        return {i: self._quotes[i] for i in segment_ids if i in self._quotes}

    def pick(self, theme_id: int, chosen: tuple[int, ...], allowed_cases: set[str] | None, n: int) -> list[int]:
        """Chosen quotes that still belong to the theme first; then one per case, linked cases first."""
        segs = self.theme_segments.get(theme_id, [])
        case_of = dict(segs)
        picked = [i for i in chosen if i in case_of and (allowed_cases is None or case_of[i] in allowed_cases)]
        linked = set(self.linked[KEY])
        seen = {case_of[i] for i in picked}
        for prefer_linked in (True, False):
            for seg_id, case in segs:
                if len(picked) >= n:
                    return picked[:n]
                if seg_id in picked or case in seen or (allowed_cases is not None and case not in allowed_cases):
                    continue
                if prefer_linked and case not in linked:
                    continue
                picked.append(seg_id)
                seen.add(case)
        return picked[:n]


def _side_row(ctx: _Context, row: JointRow) -> SideBySideRowView:
    quant: QuantCell | None = None
    problem = ""
    if row.analysis_id is not None:
        spec = ctx.analyses.get(row.analysis_id)
        result = ctx.result(row.analysis_id)
        if spec is None:
            problem = "The saved analysis was deleted."
        elif isinstance(result, str):
            problem = result
        else:
            try:
                quant = quant_cell(result, row.analysis_id, spec.name, row.term)
            except KeyError:
                problem = f"{row.term!r} is not a term of {spec.name!r}; terms are {', '.join(result.term_names)}."
    elif row.term:
        problem = "The saved analysis of this row was deleted."
    theme = ctx.themes.get(row.theme_id) if row.theme_id is not None else None
    quotes: tuple[QuoteView, ...] = ()
    with_theme = 0
    if theme is not None:
        with_theme = len(ctx.cases_with(theme.id))
        want = max(QUOTES_PER_ROW, len(row.quote_ids))
        ids = ctx.pick(theme.id, row.quote_ids, None, 4 * want)
        found = ctx.quotes(ids)
        kept: list[QuoteView] = []
        for i in ids:  # two cases saying the same words make a poor pair of exemplars
            if i in found and (i in row.quote_ids or all(found[i].text != q.text for q in kept)):
                kept.append(found[i])
        quotes = tuple(kept[:want])
    elif row.theme_id is not None:
        problem = (problem + " " if problem else "") + "The theme was deleted."
    return SideBySideRowView(row.id, row.domain, quant, theme.id if theme else None, theme.name if theme else "",
                             with_theme, len(ctx.linked), quotes, row.meta_inference, row.note, problem)


def _groups(ctx: _Context, grouping: Grouping) -> tuple[list[tuple[str, set[str], int]], str]:
    """Columns as (label, linked case keys in the group, survey n of the group), and a note."""
    frame = ctx.table.frame
    if grouping.variable not in frame.columns:
        raise NotFoundError(f"There is no survey variable {grouping.variable!r} in the case table.")
    survey_rows = frame[~frame[KEY].isin(set(ctx.table.summary.cases_without_row))]
    values = survey_rows[grouping.variable]
    linked_keys = set(ctx.linked[KEY])
    names = dict(grouping.labels)
    out: list[tuple[str, set[str], int]] = []
    if grouping.rule is GroupRule.LEVELS:
        as_key = values.map(lambda v: None if v is None or (isinstance(v, float) and math.isnan(v))
                            else normalise_key(v))
        var = next((v for v in ctx.table.survey_variables if v.name == grouping.variable), None)
        levels = list(var.levels) if var is not None and var.levels else sorted(set(as_key.dropna()))
        order = [lv for lv in names if lv in levels] + [lv for lv in reversed(levels) if lv not in names]
        for level in order:
            mask = as_key == level
            keys = set(survey_rows.loc[mask, KEY]) & linked_keys
            out.append((f"{grouping.variable}: {names.get(level, level)}", keys, int(mask.sum())))
        return out, ""
    numeric = pd.to_numeric(values, errors="coerce")
    cut = float(numeric.median()) if grouping.rule is GroupRule.MEDIAN else float(grouping.threshold or 0.0)
    what = "median" if grouping.rule is GroupRule.MEDIAN else "threshold"
    for label, mask in ((names.get("high", "high"), numeric >= cut), (names.get("low", "low"), numeric < cut)):
        keys = set(survey_rows.loc[mask, KEY]) & linked_keys
        out.append((f"{grouping.variable}: {label}", keys, int(mask.sum())))
    return out, f"{grouping.variable} split at the survey {what}, {format_estimate(cut)} (high: at or above)."


def _stats_rows(ctx: _Context, display: JointDisplay) -> tuple[tuple[GroupColumn, ...], tuple[StatsRowView, ...], str]:
    assert display.grouping is not None
    groups, note = _groups(ctx, display.grouping)
    columns = tuple(GroupColumn(label, len(keys), n) for label, keys, n in groups)
    rows = []
    for row in display.rows:
        theme = ctx.themes.get(row.theme_id) if row.theme_id is not None else None
        cells = []
        used: set[str] = set()
        for _label, keys, _n in groups:
            with_theme = ctx.cases_with(theme.id, keys) if theme else set()
            pct = 100.0 * len(with_theme) / len(keys) if keys else None
            ids = ctx.pick(theme.id, row.quote_ids, with_theme, 4) if theme and with_theme else []
            found = ctx.quotes(ids)
            # a different voice per column: skip words already quoted in this row
            quote = next((found[i] for i in ids if i in found and found[i].text not in used),
                         found.get(ids[0]) if ids else None)
            if quote is not None:
                used.add(quote.text)
            cells.append(GroupCell(len(with_theme), pct, quote))
        rows.append(StatsRowView(row.id, theme.id if theme else None, theme.name if theme else "(deleted theme)",
                                 tuple(cells), row.meta_inference, row.note))
    return columns, tuple(rows), note


def compute_joint_display(project: Project, display_id: int, *, table: CaseTable | None = None,
                          _ctx: Any = None) -> JointDisplayView:
    """Everything a joint display shows, computed now from codings, themes, survey and analyses.

    Parameters
    ----------
    project : Project
    display_id : int
    table : CaseTable, optional
        A case table already built (the panel passes its own to avoid rebuilding).

    Returns
    -------
    JointDisplayView
    """
    with project.unit_of_work() as uow:
        display = uow.joint_displays.get(display_id)
    ctx = _ctx if _ctx is not None else _Context(project, table)
    notes = [f"Cases n/N: linked cases (with transcripts and a survey row), N = {len(ctx.linked)}."]
    if display.kind is DisplayKind.SIDE_BY_SIDE:
        side = tuple(_side_row(ctx, row) for row in display.rows)
        return JointDisplayView(display.id, display.name, display.kind, display.note, side_rows=side,
                                notes=tuple(notes))
    columns, rows, note = _stats_rows(ctx, display)
    notes.append("Cells: linked cases in the group whose transcripts contain the theme, and their % "
                 "of the group's linked cases; column n is linked cases (survey n in brackets).")
    if note:
        notes.append(note)
    return JointDisplayView(display.id, display.name, display.kind, display.note, columns=columns,
                            stats_rows=rows, notes=tuple(notes))


def compute_all(project: Project, *, table: CaseTable | None = None) -> list[JointDisplayView]:
    """Every joint display of the project, sharing one case table and one fit per analysis."""
    with project.unit_of_work() as uow:
        ids = [d.id for d in uow.joint_displays.all()]
    if not ids:
        return []
    ctx = _Context(project, table)
    return [compute_joint_display(project, i, _ctx=ctx) for i in ids]
