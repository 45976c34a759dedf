"""``read_survey``: one entry point that picks the reader by file extension."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from qualcode.core.errors import InputFileError
from qualcode.core.survey import Variable
from qualcode.io.surveys.csv_reader import read_csv_survey
from qualcode.io.surveys.infer_types import infer_levels, infer_variable_type
from qualcode.io.surveys.readstat_common import ColumnMeta
from qualcode.io.surveys.safety import check_file_size, check_zip_container
from qualcode.io.surveys.table import SurveyLimits, SurveyTable, mask_missing

SURVEY_SUFFIXES = {".csv": "csv", ".txt": "csv", ".tsv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".sav": "sav",
                   ".zsav": "sav", ".dta": "dta"}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def build_variables(frame: pd.DataFrame, meta: dict[str, ColumnMeta] | None = None) -> tuple[Variable, ...]:
    """Infer a :class:`Variable` for every column of ``frame``.

    ``meta`` carries labels, value labels and user-missing codes from .sav/.dta.
    """
    variables = []
    for position, name in enumerate(frame.columns):
        info = (meta or {}).get(name, ColumnMeta())
        draft = Variable(
            name=str(name),
            label=info.label,
            value_labels=info.value_labels,
            missing_values=info.missing_values,
            missing_ranges=info.missing_ranges,
            position=position,
        )
        column = mask_missing(frame[name], draft)
        valid_labels = tuple((code, text) for code, text in info.value_labels if not draft.is_missing_code(code))
        vtype = infer_variable_type(column, valid_labels, measure=info.measure)
        levels = infer_levels(column, vtype, valid_labels)
        variables.append(
            Variable(
                name=draft.name,
                label=draft.label,
                type=vtype,
                levels=levels,
                value_labels=draft.value_labels,
                missing_values=draft.missing_values,
                missing_ranges=draft.missing_ranges,
                position=position,
            )
        )
    return tuple(variables)


def read_survey(
    path: str | Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    limits: SurveyLimits | None = None,
) -> SurveyTable:
    """Read a survey file (.csv, .xlsx, .sav, .dta) with inferred variable types.

    Parameters
    ----------
    path:
        The file. Its extension picks the reader.
    sheet:
        For .xlsx: the sheet name (default: the first sheet).
    encoding:
        For .csv: override the sniffed encoding; for .sav/.dta: passed to
        pyreadstat for files that lack or misstate theirs.
    delimiter:
        For .csv: override the sniffed delimiter.
    limits:
        Size limits (default :class:`SurveyLimits`: CSV up to 200 MB).

    Returns
    -------
    SurveyTable

    Raises
    ------
    InputFileError
        For anything wrong with the file; the message names the file and,
        where it can, the row/line and column.

    Examples
    --------
    >>> table = read_survey("survey456.csv")  # doctest: +SKIP
    >>> [v.type.value for v in table.variables]  # doctest: +SKIP
    ['id', 'continuous', 'binary', 'categorical', 'text']
    """
    path = Path(path)
    limits = limits or SurveyLimits()
    kind = SURVEY_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputFileError(
            str(path), f"Unknown survey file type {path.suffix!r}; use .csv, .xlsx, .sav or .dta."
        )
    if kind == "csv":
        check_file_size(path, limits.max_text_bytes, "CSV")
        data = path.read_bytes()
        result = read_csv_survey(path, data, encoding=encoding, delimiter=delimiter)
        return SurveyTable(
            frame=result.frame,
            variables=build_variables(result.frame),
            format="csv",
            encoding=result.encoding,
            delimiter=result.delimiter,
            source_hash=hashlib.sha256(data).hexdigest(),
            warnings=result.warnings,
            path=str(path),
            row_numbers=result.row_numbers,
        )
    check_file_size(path, limits.max_binary_bytes, kind)
    if kind == "xlsx":
        from qualcode.io.surveys.xlsx_reader import read_xlsx_survey

        check_zip_container(path, limits)
        sheet_result = read_xlsx_survey(path, sheet=sheet)
        return SurveyTable(
            frame=sheet_result.frame,
            variables=build_variables(sheet_result.frame),
            format="xlsx",
            sheet=sheet_result.sheet,
            source_hash=_sha256(path),
            warnings=sheet_result.warnings,
            path=str(path),
            row_numbers=sheet_result.row_numbers,
        )
    if kind == "sav":
        from qualcode.io.surveys.spss_reader import read_sav_survey

        stat = read_sav_survey(path, encoding=encoding)
    else:
        from qualcode.io.surveys.stata_reader import read_dta_survey

        stat = read_dta_survey(path, encoding=encoding)
    if stat.frame.empty:
        raise InputFileError(str(path), "The file has no respondents (0 rows).")
    return SurveyTable(
        frame=stat.frame,
        variables=build_variables(stat.frame, stat.columns),
        format=kind,
        encoding=stat.encoding,
        source_hash=_sha256(path),
        warnings=stat.warnings,
        path=str(path),
        row_numbers=stat.row_numbers,
    )
