"""Linking qualitative coding to survey records: one row per participant.

Follows glue's ``join_on_key``: an explicit key, cardinality checked, every
unmatched key reported. Survey rows of people who were not interviewed keep
*missing* theme values (not 0: absent from the data is not absence of a theme),
and interviewed cases without a survey row keep missing survey values.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pandas as pd

from qualcode.core.errors import ValidationError
from qualcode.core.span import Span
from qualcode.core.survey import Variable, VariableType, normalise_key
from qualcode.io.surveys.table import mask_missing
from qualcode.services.coding.attribution import DocumentAttributor
from qualcode.services.mixed.quantitize import QuantVariable, Tally, groups_for, tally_document, unit_regions
from qualcode.storage.project import Project

KEY = "case"


@dataclass(frozen=True)
class LinkSummary:
    unit: str
    survey_table: str | None
    matched: tuple[str, ...]
    cases_without_row: tuple[str, ...]
    rows_without_case: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class CaseTable:
    """The joined table. ``types`` maps every column to a quant variable type."""

    frame: pd.DataFrame
    quant_variables: tuple[QuantVariable, ...]
    survey_variables: tuple[Variable, ...]
    types: dict[str, str]
    summary: LinkSummary


def quantitize(project: Project, unit: str = "case") -> tuple[pd.DataFrame, list[QuantVariable]]:
    """Rows per unit key (case key or document name) with presence/count/coverage columns."""
    if unit not in ("case", "document"):
        raise ValidationError(f"Unit must be 'case' or 'document', not {unit!r}.")
    with project.unit_of_work() as uow:
        codes = uow.codes.all()
        themes = uow.themes.all()
        documents = uow.documents.all()
        all_turns = uow.documents.all_turns()
        mappings = defaultdict(list)
        for m in uow.cases.speaker_mappings():
            mappings[m.document_id].append(m)
        spans = uow.segments.spans()
        cases = {c.id: c.key for c in uow.cases.all()}
    groups, variables = groups_for(codes, themes)
    code_to_groups: dict[int, list[int]] = defaultdict(list)
    for gid, members in groups.items():
        for cid in members:
            code_to_groups[cid].append(gid)
    by_doc: dict[int, dict[int, list[Span]]] = defaultdict(lambda: defaultdict(list))
    for s in spans:
        for gid in code_to_groups.get(s.code_id, ()):
            by_doc[s.document_id][gid].append(Span(s.start, s.end))
    tally = Tally()
    for doc in documents:
        turns = all_turns.get(doc.id, [])
        attributor = DocumentAttributor(turns, mappings.get(doc.id, []), doc.case_id)
        regions = unit_regions(doc, turns, attributor, unit)
        tally_document(doc, regions, {g: _dedupe(s) for g, s in by_doc.get(doc.id, {}).items()}, tally)
    names = cases if unit == "case" else {d.id: d.name for d in documents}
    keys = sorted(names) if unit == "case" else [d.id for d in documents]
    rows = []
    for key in keys:
        row: dict[str, object] = {KEY: names[key], "words": tally.words.get(key, 0)}
        for gid, var in zip(_repeat3(len(groups)), variables):
            words = tally.words.get(key, 0)
            n = tally.count.get((gid, key), 0)
            if var.measure == "presence":
                row[var.column] = int(n > 0)
            elif var.measure == "count":
                row[var.column] = n
            else:
                row[var.column] = 100.0 * tally.covered_words.get((gid, key), 0) / words if words else 0.0
        rows.append(row)
    frame = pd.DataFrame(rows, columns=[KEY, "words", *[v.column for v in variables]])
    return frame, variables


def _repeat3(n: int) -> list[int]:
    return [g for g in range(n) for _ in range(3)]


def _dedupe(spans: list[Span]) -> list[Span]:
    # a segment coded with two codes of the same theme is one segment for that theme
    return sorted(set(spans))


def build_case_table(project: Project, *, unit: str = "case", survey_table: str | None = None,
                     keep_missing_codes: bool = False) -> CaseTable:
    """Quantitized codes/themes joined to a survey table on the case key.

    Survey user-missing codes (SPSS ``-99``, Stata ``.a``) are missing values in the table, so a
    model or a mean never counts "refused" as a number; ``keep_missing_codes`` keeps the codes
    themselves (for an export that declares them).
    """
    qual, qvars = quantitize(project, unit)
    types: dict[str, str] = {KEY: "id", "words": "count", **{v.column: v.type for v in qvars}}
    with project.unit_of_work() as uow:
        tables = uow.surveys.tables()
        if survey_table is not None:
            tables = [t for t in tables if t.name == survey_table]
            if not tables:
                raise ValidationError(f"There is no survey table {survey_table!r} in this project.")
        if not tables or unit == "document":
            summary = LinkSummary(unit, None, (), (), ())
            return CaseTable(qual, tuple(qvars), (), types, summary)
        table_id, table_name, id_column = tables[-1]
        svars = uow.surveys.variables(table_id)
        records = uow.surveys.records(table_id)
        case_keys = {c.id: c.key for c in uow.cases.all()}
    survey_rows = []
    for record in records:
        key, case_id = record.key, record.case_id
        linked_key = case_keys.get(case_id) if case_id is not None else normalise_key(key)
        survey_rows.append({**{k: v for k, v in record.values.items() if k != id_column}, KEY: linked_key or key})
    survey = pd.DataFrame(survey_rows)
    if survey[KEY].duplicated().any():
        dup = sorted(survey.loc[survey[KEY].duplicated(), KEY].unique())
        raise ValidationError(f"Several survey rows link to the same case: {', '.join(map(str, dup))}.")
    survey = _typed(survey, svars, keep_missing_codes=keep_missing_codes)
    in_qual, in_survey = set(qual[KEY]), set(survey[KEY])
    # Only cases that carry qualitative data (words) count as interviewed.
    interviewed = set(qual.loc[qual["words"] > 0, KEY])
    frame = survey.merge(qual, on=KEY, how="outer", suffixes=("", "_qual"))
    not_interviewed = ~frame[KEY].isin(interviewed)
    for var in qvars:
        frame[var.column] = frame[var.column].astype(float).where(~not_interviewed)
    frame["words"] = frame["words"].where(~not_interviewed)
    for svar in svars:
        if svar.name != id_column and svar.name in frame.columns:
            types[svar.name] = svar.type.value
    summary = LinkSummary(
        unit, table_name, tuple(sorted(in_qual & in_survey)),
        tuple(sorted((in_qual - in_survey) & interviewed)), tuple(sorted(in_survey - in_qual)),
    )
    return CaseTable(frame, tuple(qvars), tuple(v for v in svars if v.name != id_column), types, summary)


def _typed(frame: pd.DataFrame, variables: list[Variable], *, keep_missing_codes: bool = False) -> pd.DataFrame:
    """User-missing codes (SPSS ``-99``, Stata ``.a``) become missing, as in a survey file read directly;
    ordinal survey variables become ordered categoricals in their stored level order."""
    for var in variables:
        if var.name in frame.columns and not keep_missing_codes:
            frame[var.name] = mask_missing(frame[var.name], var)
        if var.name in frame.columns and var.type == VariableType.ORDINAL and var.levels:
            as_text = frame[var.name].map(lambda v: None if v is None else normalise_key(v))
            frame[var.name] = pd.Categorical(as_text, categories=list(var.levels), ordered=True)
    return frame
