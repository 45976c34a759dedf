"""The result of reading a survey file: a DataFrame plus what we know about its columns."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
import pandas as pd

from qualcode.core.errors import ValidationError
from qualcode.core.survey import Variable, VariableType, normalise_key


def mask_missing(column: pd.Series, variable: Variable) -> pd.Series:
    """``column`` with ``variable``'s user-missing codes replaced by NaN.

    A column that was text only because of Stata's missing letters becomes
    numeric again.
    """
    if not (variable.missing_values or variable.missing_ranges):
        return column
    mask = column.isin(list(variable.missing_values))
    if variable.missing_ranges:
        numeric = pd.to_numeric(column, errors="coerce")
        for lo, hi in variable.missing_ranges:
            mask |= (numeric >= lo) & (numeric <= hi)
    if not mask.any():
        return column
    cleaned = column.astype(object).where(~mask, np.nan)
    converted = pd.to_numeric(cleaned, errors="coerce")
    # Only switch to numeric when nothing but the missing codes blocked it.
    if converted.notna().sum() == cleaned.notna().sum():
        return converted.astype(float)
    return cleaned


@dataclass(frozen=True)
class SurveyLimits:
    """Size limits that keep a hostile or mistaken file from exhausting memory.

    Parameters
    ----------
    max_text_bytes:
        Largest CSV accepted (default 200 MB).
    max_binary_bytes:
        Largest .sav/.dta/.xlsx file on disk (default 1 GB).
    max_uncompressed_bytes:
        Largest total uncompressed size of the parts of an .xlsx (a zip).
    max_compression_ratio:
        Largest uncompressed/compressed ratio of any large part of an .xlsx.
        Real sheets compress 5-20x; zip bombs reach 1000x.
    """

    max_text_bytes: int = 200 * 1024 * 1024
    max_binary_bytes: int = 1024 * 1024 * 1024
    max_uncompressed_bytes: int = 1024 * 1024 * 1024
    max_compression_ratio: float = 200.0


@dataclass(frozen=True, eq=False)
class SurveyTable:
    """A survey as read from a file.

    Attributes
    ----------
    frame:
        One row per respondent. User-missing codes (SPSS ``-99``, Stata
        ``.a``) are kept as values; see :meth:`frame_with_missing_as_nan`.
        Empty cells are NaN.
    variables:
        One :class:`~qualcode.core.survey.Variable` per column, in column order.
    format:
        ``"csv"``, ``"xlsx"``, ``"sav"`` or ``"dta"``.
    encoding, delimiter, sheet:
        What was used to read the file (``None`` where it does not apply).
    source_hash:
        SHA-256 of the file's bytes, to notice a changed file on re-import.
    warnings:
        Plain sentences about things we fixed up or guessed.
    path:
        The file read.
    row_numbers:
        For each frame row, the row (CSV: line) number in the file where it
        starts, so messages can point the user at the right place.
    """

    frame: pd.DataFrame
    variables: tuple[Variable, ...]
    format: str
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    source_hash: str = ""
    warnings: tuple[str, ...] = ()
    path: str = ""
    row_numbers: tuple[int, ...] = ()

    def variable(self, name: str) -> Variable:
        """The variable called ``name``."""
        for var in self.variables:
            if var.name == name:
                return var
        raise ValidationError(f"The survey has no column {name!r}.")

    def frame_with_missing_as_nan(self) -> pd.DataFrame:
        """A copy of :attr:`frame` in which user-missing codes are NaN.

        Columns that held numbers plus Stata missing letters become numeric.
        """
        out = self.frame.copy()
        for var in self.variables:
            if var.name in out:
                out[var.name] = mask_missing(out[var.name], var)
        return out

    def with_variable(
        self,
        name: str,
        *,
        type: VariableType | str | None = None,  # noqa: A002 - mirrors Variable.type
        levels: tuple[str, ...] | None = None,
        label: str | None = None,
    ) -> SurveyTable:
        """A copy with the user's correction of one variable.

        Raises
        ------
        ValidationError
            If an ordinal variable's levels miss a value that occurs in the data.
        """
        old = self.variable(name)
        changes: dict[str, object] = {}
        if type is not None:
            changes["type"] = VariableType(type)
        if levels is not None:
            changes["levels"] = tuple(levels)
        if label is not None:
            changes["label"] = label
        new = dataclasses.replace(old, **changes)  # type: ignore[arg-type]
        if new.type is VariableType.ORDINAL:
            if not new.levels:
                raise ValidationError(f"Give the levels of ordinal variable {name!r}, lowest first.")
            observed = self.observed_levels(name)
            missing = [value for value in observed if value not in new.levels]
            if missing:
                raise ValidationError(
                    f"Variable {name!r}: the values {missing!r} occur in the data but are not among the levels "
                    f"{list(new.levels)!r}."
                )
        variables = tuple(new if var.name == name else var for var in self.variables)
        return dataclasses.replace(self, variables=variables)

    def observed_levels(self, name: str) -> list[str]:
        """Distinct non-missing values of a column as level strings, in first-seen order."""
        column = self.frame_with_missing_as_nan()[name]
        seen: dict[str, None] = {}
        for value in column:
            key = normalise_key(value)
            if key is not None:
                seen.setdefault(key, None)
        return list(seen)
