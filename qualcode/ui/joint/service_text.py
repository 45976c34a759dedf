"""The joint-display service's fixed sentences in the reader's language.

``compute_joint_display`` (services, no Qt) writes its notes, problems and the median /
threshold group labels in English; the view shows them through :func:`readable` and
:func:`group_label`, which translate the known sentences and keep anything else (and every
name and number in them) as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

__all__ = ["readable", "group_label", "effect_text"]

_CTX = "JointDisplayNotes"
#: (the service's sentence as a pattern, its English text as a translation source with the same fields)
_SENTENCES = (
    (r"Cases n/N: linked cases \(with transcripts and a survey row\), N = (?P<n>\d+)\.",
     QT_TRANSLATE_NOOP("JointDisplayNotes", "Cases n/N: linked cases (with transcripts and a survey row), N = {n}.")),
    (r"Cells: linked cases in the group whose transcripts contain the theme, and their % of the group's linked "
     r"cases; column n is linked cases \(survey n in brackets\)\.",
     QT_TRANSLATE_NOOP("JointDisplayNotes", "Cells: linked cases in the group whose transcripts contain the theme, "
                       "and their % of the group's linked cases; column n is linked cases (survey n in brackets).")),
    (r"(?P<variable>\S+) split at the survey median, (?P<cut>\S+) \(high: at or above\)\.",
     QT_TRANSLATE_NOOP("JointDisplayNotes", "{variable} split at the survey median, {cut} (high: at or above).")),
    (r"(?P<variable>\S+) split at the survey threshold, (?P<cut>\S+) \(high: at or above\)\.",
     QT_TRANSLATE_NOOP("JointDisplayNotes", "{variable} split at the survey threshold, {cut} (high: at or above).")),
    (r"The saved analysis was deleted\.",
     QT_TRANSLATE_NOOP("JointDisplayNotes", "The saved analysis was deleted.")),
    (r"The saved analysis of this row was deleted\.",
     QT_TRANSLATE_NOOP("JointDisplayNotes", "The saved analysis of this row was deleted.")),
    (r"The theme was deleted\.",
     QT_TRANSLATE_NOOP("JointDisplayNotes", "The theme was deleted.")),
    (r"(?P<term>'[^']*'|\"[^\"]*\") is not a term of (?P<analysis>'[^']*'|\"[^\"]*\"); terms are (?P<terms>.*?)\.$",
     QT_TRANSLATE_NOOP("JointDisplayNotes", "{term} is not a term of {analysis}; terms are {terms}.")),
)
_LEVELS = {"high": QT_TRANSLATE_NOOP("JointDisplayNotes", "high"), "low": QT_TRANSLATE_NOOP("JointDisplayNotes", "low")}


def readable(text: str) -> str:
    """Every known sentence of ``text`` translated (sentences are matched whole, in place)."""
    for pattern, source in _SENTENCES:
        translated = QCoreApplication.translate(_CTX, source)
        text = re.sub(pattern, lambda m, t=translated: t.format(**m.groupdict()), text)
    return text


def group_label(label: str) -> str:
    """``"PWB: high"`` -> ``"PWB: высокий"``; level labels from the data stay as they are."""
    variable, sep, level = label.rpartition(": ")
    if sep and level in _LEVELS:
        return f"{variable}: {QCoreApplication.translate(_CTX, _LEVELS[level])}"
    return label


def effect_text(text: str) -> str:
    """``"OR 3.30 [1.32, 8.22], p = .010"`` with the effect's abbreviation as the results table writes it
    (ОШ, ShN...); numbers and the statistical symbols (B, p, β) as they are."""
    label, sep, rest = text.partition(" ")
    if sep and label in ("OR", "IRR"):
        return f"{QCoreApplication.translate('ResultTable', label)} {rest}"
    return text
