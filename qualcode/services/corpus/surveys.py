"""Importing a survey table and linking its rows to cases (never silently)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qualcode.core.changes import Changes, OpResult
from qualcode.core.document import DocumentKind
from qualcode.core.errors import ValidationError
from qualcode.core.survey import LinkReport, Variable, VariableType, normalise_key
from qualcode.io.surveys import (
    SurveyTable,
    infer_levels,
    link_survey_to_cases,
    near_duplicate_warning,
    read_survey,
    text_column_documents,
)
from qualcode.services.operations.publish import publishes
from qualcode.storage.project import Project


@dataclass(frozen=True)
class SurveyImport:
    table_id: int
    name: str
    rows: int
    variables: tuple[Variable, ...]
    link: LinkReport
    created_cases: tuple[str, ...]
    text_documents: int
    warnings: tuple[str, ...]


#: The UI reaches io only through services: it takes the table type and level inference from here.
__all__ = ["SurveyImport", "SurveyTable", "check_survey_link", "import_survey", "infer_levels", "preview_survey"]


def preview_survey(path: str | Path, *, sheet: str | None = None, encoding: str | None = None) -> SurveyTable:
    """Read and type a survey without touching the project (for the preview dialog).

    ``encoding`` overrides the detected encoding of a .csv (and is passed on
    for .sav/.dta files that misstate theirs).
    """
    return read_survey(path, sheet=sheet, encoding=encoding)


def check_survey_link(table: SurveyTable, id_column: str, case_keys: Sequence[object], *,
                      strip: bool = False, casefold: bool = False) -> LinkReport:
    """Match a previewed survey's ID column to case keys without storing anything.

    The same matching :func:`import_survey` applies, so the dialog can show what an import
    would link. Raises ``DuplicateKeyError`` (naming the rows) if an ID repeats.
    """
    return link_survey_to_cases(table, id_column, case_keys, strip=strip, casefold=casefold)


@publishes
def import_survey(
    project: Project, path: str | Path, id_column: str, *, strip: bool = False, casefold: bool = False,
    create_cases: bool = False, types: Mapping[str, VariableType] | None = None,
    text_columns: Sequence[str] = (), sheet: str | None = None, table: SurveyTable | None = None,
    encoding: str | None = None, initiator: object | None = None,
) -> OpResult[SurveyImport]:
    """Store a survey and link each row to a case by ``id_column``.

    Duplicate IDs are an error that lists them. Rows without a case and cases
    without a row are reported; with ``create_cases`` the rows' IDs become new
    cases. Re-importing a file of the same name replaces the earlier table.
    ``text_columns`` become one open-answer document per respondent.
    IDs that differ only by case or surrounding spaces are named in a
    warning (with ``strip``/``casefold`` they are duplicates: an error).
    ``encoding`` overrides the detected encoding of a .csv.
    """
    table = table or read_survey(path, sheet=sheet, encoding=encoding)
    if id_column not in table.frame.columns:
        raise ValidationError(
            f"{Path(path).name}: there is no column {id_column!r}; columns are {', '.join(map(str, table.frame.columns))}."
        )
    for name, vtype in (types or {}).items():
        table = table.with_variable(name, type=vtype)
    name = Path(path).name
    with project.unit_of_work() as uow:
        cases = uow.cases.all()
        link = link_survey_to_cases(table, id_column, [c.key for c in cases], strip=strip, casefold=casefold)
        created: list[str] = []
        if create_cases:
            for key in link.rows_without_case:
                uow.cases.add(key)
                created.append(key)
            cases = uow.cases.all()
            link = link_survey_to_cases(table, id_column, [c.key for c in cases], strip=strip, casefold=casefold)
        by_key = {normalise_key(c.key, strip, casefold): c.id for c in cases}
        old = uow.surveys.find_table(name)
        if old is not None:
            uow.surveys.delete_table(old)
        records = []
        frame = table.frame
        names = [str(col) for col in frame.columns]
        # Column by column, then zipped into rows: frame.iat per cell cost 19 s
        # on a 100 x 20,000 survey.
        cells = zip(*(frame[col].tolist() for col in frame.columns))
        for row_number, raw_key, row in zip(table.row_numbers, frame[id_column], cells):
            row_key = normalise_key(raw_key, strip, casefold)
            values = {column: _json_value(value) for column, value in zip(names, row)}
            records.append((int(row_number), row_key or "", by_key.get(row_key) if row_key else None, values))
        table_id = uow.surveys.add_table(name, name, table.source_hash, id_column, table.variables, records)
        n_docs = 0
        for column in text_columns:
            for key, text in text_column_documents(table, id_column, column, strip=strip, casefold=casefold):
                case = uow.cases.get_or_create(key)
                uow.documents.add(f"{key} · {column}", text, DocumentKind.OPEN_SURVEY_ANSWER,
                                  source_name=name, source_hash=table.source_hash, case_id=case.id)
                n_docs += 1
    near = near_duplicate_warning(table, id_column, strip=strip, casefold=casefold)
    warnings = tuple(table.warnings) + ((near,) if near else ())
    result = SurveyImport(table_id, name, len(records), table.variables, link, tuple(created), n_docs, warnings)
    return OpResult(result, Changes(survey=True, cases=bool(created) or n_docs > 0, documents=n_docs > 0,
                                    initiator=initiator))


def _json_value(value: Any) -> Any:
    if value is None:
        return None
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (int, float, str, bool)):
        return value
    try:
        if value != value:  # NaT
            return None
    except TypeError:  # pandas NA has no truth value
        return None
    return str(value)
