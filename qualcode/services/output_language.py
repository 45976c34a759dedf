"""The project's output language: fixed labels of Word and table output in English, Russian
or Uzbek, and the decimal mark of their numbers.

Stored in ``project_meta`` (no migration): ``output.language`` (``en``/``ru``/``uz``, default
``en``) and ``output.decimal_comma`` (``1``/``0``; absent = the language's journal convention:
a point for English/APA, a comma for Russian and Uzbek). Exports take an explicit
``language`` too (``qualcode export --language ru``), which wins over the setting for that
file. Transcript languages are separate: each document's is detected at import
(:mod:`qualcode.core.languages`) and only picks lemma tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.core.changes import Changes, OpResult
from qualcode.core.labels import (
    OUTPUT_LANGUAGES,
    OutputLabels,
    check_output_language,
    default_decimal_comma,
    output_labels,
)
from qualcode.services.operations.publish import publishes
from qualcode.storage.project import Project

__all__ = ["OUTPUT_LANGUAGES", "OutputLabels", "OutputSettings", "output_settings", "project_labels",
           "set_project_language"]

LANGUAGE_KEY = "output.language"
DECIMAL_KEY = "output.decimal_comma"


@dataclass(frozen=True)
class OutputSettings:
    """The output language, its decimal mark, and whether the mark is the language's default."""

    language: str = "en"
    decimal_comma: bool = False
    decimal_default: bool = True


def output_settings(project: Project) -> OutputSettings:
    """The project's output language and decimal mark (defaults: English, the language's mark)."""
    with project.unit_of_work() as uow:
        language = uow.meta.get(LANGUAGE_KEY) or "en"
        stored = uow.meta.get(DECIMAL_KEY)
    if language not in OUTPUT_LANGUAGES:  # a newer version's language: write English rather than fail
        language = "en"
    comma = default_decimal_comma(language) if stored in (None, "") else stored == "1"
    return OutputSettings(language, comma, stored in (None, ""))


def project_labels(project: Project, language: str | None = None,
                   decimal_comma: bool | None = None) -> OutputLabels:
    """The labels an export uses: ``language`` if given (then its own decimal convention unless
    ``decimal_comma`` says), else the project's setting.

    Raises
    ------
    ValidationError
        ``language`` is not one of en, ru, uz.
    """
    if language is not None:
        return output_labels(check_output_language(language), decimal_comma)
    settings = output_settings(project)
    return output_labels(settings.language, settings.decimal_comma if decimal_comma is None else decimal_comma)


@publishes
def set_project_language(project: Project, language: str, *, decimal_comma: bool | None = None,
                         initiator: object | None = None) -> OpResult[OutputSettings]:
    """Set the language of Word and table output (``en``, ``ru``, ``uz``); ``decimal_comma``
    ``None`` follows the language's convention.

    Raises
    ------
    ValidationError
        Unknown language; nothing is changed.
    """
    check_output_language(language)
    with project.unit_of_work() as uow:
        uow.meta.set(LANGUAGE_KEY, language)
        uow.meta.set(DECIMAL_KEY, "" if decimal_comma is None else ("1" if decimal_comma else "0"))
    return OpResult(output_settings(project), Changes(initiator=initiator))
