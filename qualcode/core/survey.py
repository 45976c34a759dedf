"""Survey variables and the link between survey rows and cases.

Stdlib only: the readers in ``qualcode.io.surveys`` build these objects, storage
keeps them with the project, and services use :func:`link_keys` to join survey
rows to cases on an explicit key, never silently.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from qualcode.core.errors import ValidationError

# How many duplicates/unmatched keys an error message spells out before "...".
_MAX_LISTED = 20


class DuplicateKeyError(ValidationError):
    """Some IDs occur more than once. ``duplicates`` maps each to its row numbers."""

    def __init__(self, message: str, duplicates: Mapping[str, Sequence[int]]) -> None:
        super().__init__(message)
        self.duplicates = {key: list(rows) for key, rows in duplicates.items()}


class VariableType(str, Enum):
    """Measurement level of a survey variable, as the analysis will treat it."""

    CONTINUOUS = "continuous"
    BINARY = "binary"
    ORDINAL = "ordinal"
    CATEGORICAL = "categorical"
    COUNT = "count"
    TEXT = "text"
    ID = "id"


@dataclass(frozen=True)
class Variable:
    """One survey column and what we know about it.

    Parameters
    ----------
    name:
        Column name as in the file.
    label:
        Variable label (SPSS/Stata), or ``""``.
    type:
        Measurement level; inferred on import, the user may correct it.
    levels:
        For ordinal, binary and categorical variables: the levels in order,
        lowest first, as strings written the way :func:`normalise_key` writes
        the data values (``2.0`` -> ``"2"``, ``"often"`` stays ``"often"``).
        Labels for numeric codes are in ``value_labels``.
    value_labels:
        ``((code, label), ...)`` pairs, e.g. ``((1.0, "low"), (2.0, "high"))``.
    missing_values:
        User-missing codes (e.g. ``-99``, or Stata's ``"a"`` for ``.a``). The
        values stay in the data; analyses treat them as missing.
    missing_ranges:
        SPSS user-missing ranges ``((lo, hi), ...)``, inclusive.
    position:
        0-based column position in the source file.
    """

    name: str
    label: str = ""
    type: VariableType = VariableType.CATEGORICAL
    levels: tuple[str, ...] = ()
    value_labels: tuple[tuple[float | str, str], ...] = ()
    missing_values: tuple[float | str, ...] = ()
    missing_ranges: tuple[tuple[float, float], ...] = ()
    position: int = 0

    def __post_init__(self) -> None:
        if not self.name:
            raise ValidationError("A survey variable needs a name.")
        if not isinstance(self.type, VariableType):
            # Accept the stored string form ("ordinal") so storage can round-trip.
            object.__setattr__(self, "type", VariableType(self.type))
        if len(set(self.levels)) != len(self.levels):
            raise ValidationError(f"Variable {self.name!r}: a level is listed twice in {self.levels!r}.")
        for lo, hi in self.missing_ranges:
            if lo > hi:
                raise ValidationError(f"Variable {self.name!r}: missing range {lo}..{hi} is empty.")

    def is_missing_code(self, value: object) -> bool:
        """Whether ``value`` is one of this variable's user-missing codes."""
        if value in self.missing_values:
            return True
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return any(lo <= value <= hi for lo, hi in self.missing_ranges)
        return False

    def label_for(self, value: object) -> str | None:
        """The value label of ``value``, or ``None``."""
        for code, text in self.value_labels:
            if code == value:
                return text
        return None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (for storage with the project)."""
        return {
            "name": self.name,
            "label": self.label,
            "type": self.type.value,
            "levels": list(self.levels),
            "value_labels": [[code, text] for code, text in self.value_labels],
            "missing_values": list(self.missing_values),
            "missing_ranges": [[lo, hi] for lo, hi in self.missing_ranges],
            "position": self.position,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Variable:
        """Inverse of :meth:`to_dict`."""
        return cls(
            name=data["name"],
            label=data.get("label", ""),
            type=VariableType(data.get("type", "categorical")),
            levels=tuple(data.get("levels", ())),
            value_labels=tuple((code, text) for code, text in data.get("value_labels", ())),
            missing_values=tuple(data.get("missing_values", ())),
            missing_ranges=tuple((lo, hi) for lo, hi in data.get("missing_ranges", ())),
            position=int(data.get("position", 0)),
        )


@dataclass(frozen=True)
class LinkReport:
    """Result of matching survey keys to case keys.

    Keys are the normalised forms (see :func:`normalise_key`).

    Attributes
    ----------
    matched:
        Keys present in both, in survey order.
    rows_without_case:
        Survey keys with no case, in survey order.
    cases_without_row:
        Case keys with no survey row, in case order.
    rows_without_key:
        Row numbers of survey rows whose key is empty; they cannot be linked.
    near_matches:
        ``(survey_key, case_key)`` pairs that did not match but would match
        after trimming and case-folding -- a hint to offer those options.
    """

    matched: tuple[str, ...]
    rows_without_case: tuple[str, ...]
    cases_without_row: tuple[str, ...]
    rows_without_key: tuple[int, ...] = ()
    near_matches: tuple[tuple[str, str], ...] = field(default=())

    @property
    def is_complete(self) -> bool:
        """Every survey row and every case found its partner."""
        return not (self.rows_without_case or self.cases_without_row or self.rows_without_key)


def normalise_key(value: object, strip: bool = False, casefold: bool = False) -> str | None:
    """The string form of a linking key, or ``None`` when the key is missing.

    Numbers that are whole (``101.0``, which is how a numeric ID column with a
    gap is read) become ``"101"`` so they match a case key ``"101"``. Blank,
    ``None`` and NaN are missing. Trimming and case-folding happen only when
    asked: ``"ID1 "`` and ``"id1"`` are different participants unless the user
    says otherwise.

    Examples
    --------
    >>> normalise_key(101.0)
    '101'
    >>> normalise_key(" ID1 ", strip=True, casefold=True)
    'id1'
    """
    if value is None:
        return None
    if isinstance(value, bool):
        text = str(value)
    elif isinstance(value, float):
        if math.isnan(value):
            return None
        text = str(int(value)) if value.is_integer() else repr(value)
    elif isinstance(value, int):
        text = str(value)
    else:
        # numpy scalars arrive here; they format like Python numbers.
        text = _number_text(value)
    if not text.strip():
        return None
    if strip:
        text = text.strip()
    if casefold:
        text = text.casefold()
    return text


def _number_text(value: object) -> str:
    """``str(value)``, but whole-valued numeric scalars lose their ``.0``."""
    if hasattr(value, "dtype") and hasattr(value, "item"):
        item = value.item()
        if isinstance(item, (int, float)):
            result = normalise_key(item)
            return result if result is not None else ""
    text = str(value)
    return "" if text in ("nan", "NaN", "<NA>", "NaT") else text


def find_duplicate_keys(
    keys: Iterable[object],
    *,
    strip: bool = False,
    casefold: bool = False,
    row_numbers: Sequence[int] | None = None,
) -> dict[str, list[int]]:
    """Keys that occur more than once, with the rows they occur in.

    Parameters
    ----------
    keys:
        Raw key values in row order. Missing keys are ignored here.
    strip, casefold:
        Normalisation, see :func:`normalise_key`.
    row_numbers:
        The file row number of each key (e.g. 2 for the first data row under a
        header). Default: 1-based positions.

    Returns
    -------
    dict
        ``{normalised_key: [row, row, ...]}`` for each duplicated key, in
        order of first occurrence.

    Examples
    --------
    >>> find_duplicate_keys(["a", "b", "a"], row_numbers=[2, 3, 4])
    {'a': [2, 4]}
    """
    seen: dict[str, list[int]] = {}
    for index, raw in enumerate(keys):
        key = normalise_key(raw, strip, casefold)
        if key is None:
            continue
        row = row_numbers[index] if row_numbers is not None else index + 1
        seen.setdefault(key, []).append(row)
    return {key: rows for key, rows in seen.items() if len(rows) > 1}


def find_near_duplicate_keys(
    keys: Iterable[object],
    *,
    strip: bool = False,
    casefold: bool = False,
    row_numbers: Sequence[int] | None = None,
) -> list[list[tuple[str, int]]]:
    """Keys that differ only in upper/lower case or surrounding spaces (``P01``, ``p01``, `` P01 ``).

    Such keys are different participants as written, which is rarely what a
    researcher meant; with ``strip`` and ``casefold`` they would collide.

    Parameters
    ----------
    keys, strip, casefold, row_numbers:
        As for :func:`find_duplicate_keys`; keys equal under the chosen
        ``strip``/``casefold`` are duplicates, not near-duplicates.

    Returns
    -------
    list
        One group per loose key, in order of first occurrence: each a list of
        ``(key as written, row)`` with at least two different keys.

    Examples
    --------
    >>> find_near_duplicate_keys(["P01", "p01", "P02", " P01 "], row_numbers=[2, 3, 4, 5])
    [[('P01', 2), ('p01', 3), (' P01 ', 5)]]
    """
    groups: dict[str, list[tuple[str, int]]] = {}
    for index, raw in enumerate(keys):
        key = normalise_key(raw, strip, casefold)
        if key is None:
            continue
        row = row_numbers[index] if row_numbers is not None else index + 1
        groups.setdefault(key.strip().casefold(), []).append((key, row))
    return [group for group in groups.values() if len({key for key, _ in group}) > 1]


def describe_near_duplicates(groups: Sequence[Sequence[tuple[str, int]]], what: str) -> str:
    """A plain sentence naming near-duplicate keys and their rows."""
    parts = [
        f"{', '.join(repr(key) for key, _ in group)} (rows {', '.join(str(row) for _, row in group)})"
        for group in groups[:_MAX_LISTED]
    ]
    more = f" and {len(groups) - _MAX_LISTED} more" if len(groups) > _MAX_LISTED else ""
    return (
        f"{what[:1].upper()}{what[1:]} differ only in upper/lower case or surrounding spaces: {'; '.join(parts)}{more}. "
        "They are kept as different participants; if they are the same person, correct the file "
        "(with the trim/ignore-case options they would be duplicates)."
    )


def describe_duplicates(duplicates: Mapping[str, Sequence[int]], what: str) -> str:
    """A plain sentence listing duplicate keys and their rows."""
    parts = [f"{key!r} (rows {', '.join(str(r) for r in rows)})" for key, rows in duplicates.items()]
    more = ""
    if len(parts) > _MAX_LISTED:
        more = f" and {len(parts) - _MAX_LISTED} more"
        parts = parts[:_MAX_LISTED]
    return f"Duplicate {what}: {'; '.join(parts)}{more}. Each ID must occur once."


def link_keys(
    survey_keys: Sequence[object],
    case_keys: Sequence[object],
    *,
    strip: bool = False,
    casefold: bool = False,
    row_numbers: Sequence[int] | None = None,
) -> LinkReport:
    """Match survey rows to cases on their keys and report what did not match.

    Parameters
    ----------
    survey_keys:
        The chosen ID column, one value per survey row.
    case_keys:
        The keys of the project's cases.
    strip, casefold:
        Trim surrounding spaces / ignore case, only when the user asks.
    row_numbers:
        File row number of each survey key, used in messages.

    Returns
    -------
    LinkReport

    Raises
    ------
    DuplicateKeyError
        (a ValidationError) If a key occurs twice among the survey rows or among the cases (after
        normalisation); the message lists every duplicate with its rows.
    """
    duplicates = find_duplicate_keys(survey_keys, strip=strip, casefold=casefold, row_numbers=row_numbers)
    if duplicates:
        raise DuplicateKeyError(describe_duplicates(duplicates, "IDs in the survey"), duplicates)
    case_duplicates = find_duplicate_keys(case_keys, strip=strip, casefold=casefold)
    if case_duplicates:
        raise DuplicateKeyError(
            describe_duplicates(case_duplicates, "case keys (after trimming/case-folding)"), case_duplicates
        )

    case_norm = [normalise_key(k, strip, casefold) for k in case_keys]
    case_set = {k for k in case_norm if k is not None}
    matched: list[str] = []
    unmatched: list[str] = []
    no_key: list[int] = []
    survey_set: set[str] = set()
    for index, raw in enumerate(survey_keys):
        key = normalise_key(raw, strip, casefold)
        if key is None:
            no_key.append(row_numbers[index] if row_numbers is not None else index + 1)
            continue
        survey_set.add(key)
        (matched if key in case_set else unmatched).append(key)
    cases_without = [k for k in case_norm if k is not None and k not in survey_set]

    loose_cases: dict[str, str] = {}
    for key in cases_without:
        loose_cases.setdefault(key.strip().casefold(), key)
    near = tuple(
        (key, loose_cases[key.strip().casefold()]) for key in unmatched if key.strip().casefold() in loose_cases
    )
    return LinkReport(
        matched=tuple(matched),
        rows_without_case=tuple(unmatched),
        cases_without_row=tuple(cases_without),
        rows_without_key=tuple(no_key),
        near_matches=near,
    )
