"""Survey data in and out: .csv, .xlsx, SPSS .sav and Stata .dta.

``read_survey`` returns a :class:`SurveyTable` whose variables carry inferred
types the user can correct; ``link_survey_to_cases`` reports how rows match
cases; ``text_column_documents`` turns an open-ended column into documents;
``write_csv`` / ``write_xlsx`` / ``write_sav`` / ``write_dta`` export.
"""

from __future__ import annotations

from qualcode.io.surveys.infer_types import infer_levels, infer_variable_type
from qualcode.io.surveys.keys import (
    check_unique_ids,
    link_survey_to_cases,
    near_duplicate_warning,
    survey_keys,
    text_column_documents,
)
from qualcode.io.surveys.reader import build_variables, read_survey
from qualcode.io.surveys.table import SurveyLimits, SurveyTable
from qualcode.io.surveys.writers import write_csv, write_dta, write_sav, write_xlsx

__all__ = [
    "SurveyLimits",
    "SurveyTable",
    "build_variables",
    "check_unique_ids",
    "infer_levels",
    "infer_variable_type",
    "link_survey_to_cases",
    "near_duplicate_warning",
    "read_survey",
    "survey_keys",
    "text_column_documents",
    "write_csv",
    "write_dta",
    "write_sav",
    "write_xlsx",
]
