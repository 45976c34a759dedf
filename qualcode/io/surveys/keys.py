"""Survey rows as participants: their keys, the link to cases, open answers as documents."""

from __future__ import annotations

from collections.abc import Sequence

from qualcode.core.errors import ValidationError
from qualcode.core.survey import (
    DuplicateKeyError,
    LinkReport,
    describe_duplicates,
    describe_near_duplicates,
    find_duplicate_keys,
    find_near_duplicate_keys,
    link_keys,
    normalise_key,
)
from qualcode.io.surveys.table import SurveyTable


def _where(table: SurveyTable) -> str:
    return f"{table.path}: " if table.path else ""


def survey_keys(table: SurveyTable, id_column: str) -> list[object]:
    """The raw values of the ID column, one per row."""
    if id_column not in table.frame.columns:
        raise ValidationError(f"{_where(table)}there is no column {id_column!r} to use as the ID.")
    return list(table.frame[id_column])


def _rows(table: SurveyTable) -> Sequence[int]:
    return table.row_numbers or range(1, len(table.frame) + 1)


def check_unique_ids(table: SurveyTable, id_column: str, *, strip: bool = False, casefold: bool = False) -> None:
    """Raise :class:`DuplicateKeyError` listing every repeated ID with its file rows."""
    duplicates = find_duplicate_keys(
        survey_keys(table, id_column), strip=strip, casefold=casefold, row_numbers=_rows(table)
    )
    if duplicates:
        what = f"values in the ID column {id_column!r}"
        raise DuplicateKeyError(_where(table) + describe_duplicates(duplicates, what), duplicates)


def near_duplicate_warning(
    table: SurveyTable, id_column: str, *, strip: bool = False, casefold: bool = False
) -> str | None:
    """A warning naming IDs that differ only by case or surrounding spaces, or ``None``."""
    groups = find_near_duplicate_keys(
        survey_keys(table, id_column), strip=strip, casefold=casefold, row_numbers=_rows(table)
    )
    if not groups:
        return None
    return describe_near_duplicates(groups, f"values in the ID column {id_column!r}")


def link_survey_to_cases(
    table: SurveyTable,
    id_column: str,
    case_keys: Sequence[object],
    *,
    strip: bool = False,
    casefold: bool = False,
) -> LinkReport:
    """Match the survey's ID column to case keys; see :func:`qualcode.core.survey.link_keys`.

    Raises
    ------
    DuplicateKeyError
        If an ID repeats; the message names the file and the rows.
    """
    check_unique_ids(table, id_column, strip=strip, casefold=casefold)
    return link_keys(
        survey_keys(table, id_column), case_keys, strip=strip, casefold=casefold, row_numbers=_rows(table)
    )


def text_column_documents(
    table: SurveyTable,
    id_column: str,
    text_column: str,
    *,
    strip: bool = False,
    casefold: bool = False,
) -> list[tuple[str, str]]:
    """One ``(key, text)`` per respondent who answered an open question.

    Empty, blank and user-missing answers are skipped. The text loses only
    surrounding whitespace (a trailing space in a cell is not part of the
    answer); the key is the respondent's ID as :func:`normalise_key` writes it,
    ready to find or create the case.

    Raises
    ------
    ValidationError
        If an answer has no ID, or IDs repeat.
    """
    check_unique_ids(table, id_column, strip=strip, casefold=casefold)
    if text_column not in table.frame.columns:
        raise ValidationError(f"{_where(table)}there is no column {text_column!r}.")
    answers = table.frame_with_missing_as_nan()[text_column]
    documents: list[tuple[str, str]] = []
    orphans: list[int] = []
    for raw_key, answer, row in zip(table.frame[id_column], answers, _rows(table)):
        text = answer if isinstance(answer, str) else normalise_key(answer)
        if text is None or not text.strip():
            continue
        key = normalise_key(raw_key, strip, casefold)
        if key is None:
            orphans.append(row)
            continue
        documents.append((key, text.strip()))
    if orphans:
        raise ValidationError(
            f"{_where(table)}rows {', '.join(map(str, orphans))} have an answer in {text_column!r} "
            f"but no ID in {id_column!r}; the answers cannot be linked to a case."
        )
    return documents
