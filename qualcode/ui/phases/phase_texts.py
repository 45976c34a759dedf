"""Braun & Clarke's six phases in the interface language.

The progress is computed by the Qt-free ``services.themes.phases`` in English; the navigator shows
the phase names and guidance from the tables below and rebuilds the "done" lines from the
English ones (their numbers are read back with the patterns), so every line is translated with
the right plural. A line no pattern knows is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

_C = "PhaseTexts"

NAMES = (
    QT_TRANSLATE_NOOP("PhaseTexts", "Familiarising yourself with the data"),
    QT_TRANSLATE_NOOP("PhaseTexts", "Generating initial codes"),
    QT_TRANSLATE_NOOP("PhaseTexts", "Searching for themes"),
    QT_TRANSLATE_NOOP("PhaseTexts", "Reviewing themes"),
    QT_TRANSLATE_NOOP("PhaseTexts", "Defining and naming themes"),
    QT_TRANSLATE_NOOP("PhaseTexts", "Producing the report"),
)

GUIDANCE = (
    QT_TRANSLATE_NOOP("PhaseTexts", "Read and re-read every transcript before coding; note first ideas in a document memo "
                          "and keep a reflexive journal of your own position."),
    QT_TRANSLATE_NOOP("PhaseTexts", "Code the whole data set systematically, giving each interesting feature equal attention. "
                          "Write a definition for each code; a deductive codebook can be imported and extended."),
    QT_TRANSLATE_NOOP("PhaseTexts", "Sort codes into candidate themes: drag codes onto a theme, nest sub-themes, and draw "
                          "the relations on the thematic map. Keep a 'miscellaneous' theme for codes that fit "
                          "nowhere yet."),
    QT_TRANSLATE_NOOP("PhaseTexts", "Check each theme against its coded extracts, then against the whole data set: does it "
                          "form a coherent pattern? Thin themes may merge or go; overlapping themes may be one theme."),
    QT_TRANSLATE_NOOP("PhaseTexts", "Write what each theme is about and what it is not, in a sentence or two, and a narrative "
                          "of the story it tells. Give each a concise, telling name."),
    QT_TRANSLATE_NOOP("PhaseTexts", "Tell the story of the data across themes with vivid extracts, linked to your research "
                          "question. Export the thematic report and the codebook to Word and edit them there."),
)

#: English done-line pattern -> the translated template for the plural number "n"; other groups are formatted in
_DONE: list[tuple[re.Pattern[str], Callable[[int], str]]] = [(re.compile(p), t) for p, t in (
    (r"^(?P<k>\d+) of (?P<n>\d+) documents read$", lambda n: QCoreApplication.translate("PhaseTexts", "{k} of %n document(s) read", "", n)),
    (r"^(?P<k>\d+) of (?P<n>\d+) documents memo'd$", lambda n: QCoreApplication.translate("PhaseTexts", "{k} of %n document(s) with a memo", "", n)),
    (r"^(?P<n>\d+) reflexive journal entries$", lambda n: QCoreApplication.translate("PhaseTexts", "%n reflexive journal entry(-ies)", "", n)),
    (r"^(?P<n>\d+) codes \(none yet\)$", lambda n: QCoreApplication.translate("PhaseTexts", "%n code(s) (none yet)", "", n)),
    (r"^(?P<n>\d+) codes \((?P<origins>.+)\)$", lambda n: QCoreApplication.translate("PhaseTexts", "%n code(s) ({origins})", "", n)),
    (r"^(?P<n>\d+) coded segments$", lambda n: QCoreApplication.translate("PhaseTexts", "%n coded segment(s)", "", n)),
    (r"^(?P<share>.+) of the text coded$", lambda n: QCoreApplication.translate("PhaseTexts", "{share} of the text coded")),
    (r"^(?P<n>\d+) themes \((?P<k>\d+) candidate\)$", lambda n: QCoreApplication.translate("PhaseTexts", "%n theme(s) ({k} candidate)", "", n)),
    (r"^(?P<k>\d+) of (?P<n>\d+) codes placed in a theme$", lambda n: QCoreApplication.translate("PhaseTexts", "{k} of %n code(s) placed in a theme", "", n)),
    (r"^(?P<k>\d+) of (?P<n>\d+) themes reviewed$", lambda n: QCoreApplication.translate("PhaseTexts", "{k} of %n theme(s) reviewed", "", n)),
    (r"^(?P<n>\d+) thin \(fewer than 20 % of cases\)$", lambda n: QCoreApplication.translate("PhaseTexts", "%n thin (fewer than 20 % of cases)", "", n)),
    (r"^(?P<n>\d+) overlapping another theme$", lambda n: QCoreApplication.translate("PhaseTexts", "%n overlapping another theme", "", n)),
    (r"^(?P<k>\d+) of (?P<n>\d+) themes defined$", lambda n: QCoreApplication.translate("PhaseTexts", "{k} of %n theme(s) defined", "", n)),
    (r"^(?P<n>\d+) with a definition and a narrative$", lambda n: QCoreApplication.translate("PhaseTexts", "%n with a definition and a narrative", "", n)),
    (r"^thematic report exported (?P<date>\S+)$", lambda n: QCoreApplication.translate("PhaseTexts", "thematic report exported {date}")),
    (r"^thematic report not exported yet$", lambda n: QCoreApplication.translate("PhaseTexts", "thematic report not exported yet")),
    (r"^codebook exported (?P<date>\S+)$", lambda n: QCoreApplication.translate("PhaseTexts", "codebook exported {date}")),
    (r"^codebook not exported yet$", lambda n: QCoreApplication.translate("PhaseTexts", "codebook not exported yet")),
)]

_ORIGINS = {"deductive": QT_TRANSLATE_NOOP("PhaseTexts", "deductive"), "inductive": QT_TRANSLATE_NOOP("PhaseTexts", "inductive"),
            "in_vivo": QT_TRANSLATE_NOOP("PhaseTexts", "in vivo"), "in-vivo": QT_TRANSLATE_NOOP("PhaseTexts", "in vivo"),
            "imported": QT_TRANSLATE_NOOP("PhaseTexts", "imported")}


def phase_name(number: int, english: str) -> str:
    return QCoreApplication.translate(_C, NAMES[number - 1]) if 1 <= number <= 6 else english


def phase_guidance(number: int, english: str) -> str:
    if 1 <= number <= 6 and english == GUIDANCE[number - 1]:
        return QCoreApplication.translate(_C, GUIDANCE[number - 1])
    return english


def _origins(text: str) -> str:
    """"5 deductive, 3 inductive" with the origin words translated."""
    parts = []
    for part in text.split(", "):
        count, _, word = part.partition(" ")
        parts.append(f"{count} {QCoreApplication.translate(_C, _ORIGINS[word])}" if word in _ORIGINS else part)
    return ", ".join(parts)


def done_line(english: str) -> str:
    for pattern, template in _DONE:
        match = pattern.match(english)
        if match is None:
            continue
        groups = match.groupdict()
        if "origins" in groups:
            groups["origins"] = _origins(groups["origins"])
        n = int(groups.pop("n")) if "n" in groups else -1
        return template(n).format(**groups)
    return english
