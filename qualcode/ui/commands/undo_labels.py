"""Show undo step names ("Apply code", "Delete code Trust") in the interface language.

The steps are named by the Qt-free services in English and kept in English on the undo stack;
they are translated when shown (Edit › Undo …), so a step made before a language switch is shown
in the new language too. A name that matches no pattern is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

_C = "UndoLabel"

#: (pattern over the English name, translatable template with the pattern's named groups)
_PATTERNS: list[tuple[re.Pattern[str], str]] = [(re.compile(p), t) for p, t in (
    (r"^Code (?P<n>\d+) hits with (?P<code>.+)$", "hits with"),
    (r"^Code (?P<n>\d+) hits$", "hits"),
    (r"^Code with (?P<code>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Code with {code}")),
    (r"^Code$", QT_TRANSLATE_NOOP("UndoLabel", "Code")),
    (r"^Remove coding$", QT_TRANSLATE_NOOP("UndoLabel", "Remove coding")),
    (r"^Remove (?P<n>\d+) codings$", "codings"),
    (r"^In-vivo code “(?P<code>.+)”$", QT_TRANSLATE_NOOP("UndoLabel", "In-vivo code “{code}”")),
    (r"^In-vivo code$", QT_TRANSLATE_NOOP("UndoLabel", "In-vivo code")),
    (r"^Change segment boundaries$", QT_TRANSLATE_NOOP("UndoLabel", "Change segment boundaries")),
    (r"^Memo on segment$", QT_TRANSLATE_NOOP("UndoLabel", "Memo on segment")),
    (r"^Clear segment memo$", QT_TRANSLATE_NOOP("UndoLabel", "Clear segment memo")),
    (r"^Add code (?P<code>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Add code {code}")),
    (r"^Delete code (?P<code>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Delete code {code}")),
    (r"^Merge (?P<source>.+) into (?P<target>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Merge {source} into {target}")),
    (r"^Rename (?P<old>.+) to (?P<new>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Rename {old} to {new}")),
    (r"^Rename (?P<name>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Rename {name}")),
    (r"^Recolour (?P<name>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Recolour {name}")),
    (r"^Move (?P<name>.+) under the top level$", QT_TRANSLATE_NOOP("UndoLabel", "Move {name} to the top level")),
    (r"^Move (?P<name>.+) under (?P<parent>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Move {name} under {parent}")),
    (r"^Quick key (?P<key>\d) for (?P<name>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Quick key {key} for {name}")),
    (r"^Remove quick key$", QT_TRANSLATE_NOOP("UndoLabel", "Remove quick key")),
    (r"^Free key$", QT_TRANSLATE_NOOP("UndoLabel", "Free key")),
    (r"^Assign key$", QT_TRANSLATE_NOOP("UndoLabel", "Assign key")),
    (r"^Edit (?P<field>definition|inclusion|exclusion) of (?P<name>.+)$",
     QT_TRANSLATE_NOOP("UndoLabel", "Edit the {field} of {name}")),
    (r"^Set origin of (?P<name>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Set the origin of {name}")),
    (r"^Import (?P<n>\d+) transcripts?$", "transcripts"),
    (r"^Import codebook (?P<file>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Import codebook {file}")),
    (r"^Choose (?P<kind>typical|atypical) example$", QT_TRANSLATE_NOOP("UndoLabel", "Choose the {kind} example")),
    (r"^Clear (?P<kind>typical|atypical) example$", QT_TRANSLATE_NOOP("UndoLabel", "Clear the {kind} example")),
    (r"^New theme (?P<name>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "New theme {name}")),
    (r"^Delete theme (?P<name>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Delete theme {name}")),
    (r"^Define (?P<name>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Define {name}")),
    (r"^Add (?P<codes>.+) to (?P<theme>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Add {codes} to {theme}")),
    (r"^Take (?P<code>.+) off (?P<theme>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Take {code} off {theme}")),
    (r"^Place on map$", QT_TRANSLATE_NOOP("UndoLabel", "Place on map")),
    (r"^Move on map$", QT_TRANSLATE_NOOP("UndoLabel", "Move on map")),
    (r"^Remove from map$", QT_TRANSLATE_NOOP("UndoLabel", "Remove from map")),
    (r"^Draw link$", QT_TRANSLATE_NOOP("UndoLabel", "Draw link")),
    (r"^Label link$", QT_TRANSLATE_NOOP("UndoLabel", "Label link")),
    (r"^Delete link$", QT_TRANSLATE_NOOP("UndoLabel", "Delete link")),
    (r"^Auto-layout the map$", QT_TRANSLATE_NOOP("UndoLabel", "Auto-layout the map")),
    (r"^New journal entry$", QT_TRANSLATE_NOOP("UndoLabel", "New journal entry")),
    (r"^New memo$", QT_TRANSLATE_NOOP("UndoLabel", "New memo")),
    (r"^Edit memo$", QT_TRANSLATE_NOOP("UndoLabel", "Edit memo")),
    (r"^Delete memo$", QT_TRANSLATE_NOOP("UndoLabel", "Delete memo")),
    (r"^Set meta-inference$", QT_TRANSLATE_NOOP("UndoLabel", "Set meta-inference")),
    (r"^Choose quotes$", QT_TRANSLATE_NOOP("UndoLabel", "Choose quotes")),
    (r"^Automatic quotes$", QT_TRANSLATE_NOOP("UndoLabel", "Automatic quotes")),
    (r"^Delete joint-display row$", QT_TRANSLATE_NOOP("UndoLabel", "Delete joint-display row")),
    (r"^Add to joint display$", QT_TRANSLATE_NOOP("UndoLabel", "Add to joint display")),
    (r"^Add theme to joint display$", QT_TRANSLATE_NOOP("UndoLabel", "Add theme to joint display")),
    (r"^New joint display '(?P<name>.+)'$", QT_TRANSLATE_NOOP("UndoLabel", "New joint display “{name}”")),
    (r"^Delete joint display$", QT_TRANSLATE_NOOP("UndoLabel", "Delete joint display")),
    (r"^Save analysis '(?P<name>.+)'$", QT_TRANSLATE_NOOP("UndoLabel", "Save analysis “{name}”")),
    (r"^Pseudonymise (?P<n>\d+) identifiers?$", "identifiers"),
    (r"^Set output language$", QT_TRANSLATE_NOOP("UndoLabel", "Set output language")),
    (r"^Set language of (?P<name>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Set the language of {name}")),
    (r"^Move (?P<name>.+)$", QT_TRANSLATE_NOOP("UndoLabel", "Move {name}")),
)]


def translate_label(label: str) -> str:
    """``label`` (an English step name) in the interface language."""
    for pattern, template in _PATTERNS:
        match = pattern.match(label)
        if match is None:
            continue
        groups = match.groupdict()
        if "n" in groups:
            return _counted(template, int(groups.pop("n"))).format(**groups)
        if "field" in groups:
            groups["field"] = QCoreApplication.translate(_C, _FIELDS[groups["field"]])
        if "kind" in groups:
            groups["kind"] = QCoreApplication.translate(_C, _KINDS[groups["kind"]])
        return QCoreApplication.translate(_C, template).format(**groups)
    return label


def _counted(kind: str, n: int) -> str:
    """The step names with a number, with their plural forms."""
    translate = QCoreApplication.translate
    if kind == "transcripts":
        return translate("UndoLabel", "Import %n transcript(s)", "", n)
    if kind == "identifiers":
        return translate("UndoLabel", "Pseudonymise %n identifier(s)", "", n)
    if kind == "codings":
        return translate("UndoLabel", "Remove %n coding(s)", "", n)
    if kind == "hits with":
        return translate("UndoLabel", "Code %n hit(s) with {code}", "", n)
    return translate("UndoLabel", "Code %n hit(s)", "", n)


_FIELDS = {"definition": QT_TRANSLATE_NOOP("UndoLabel", "definition"), "inclusion": QT_TRANSLATE_NOOP("UndoLabel", "inclusion criteria"),
           "exclusion": QT_TRANSLATE_NOOP("UndoLabel", "exclusion criteria")}
_KINDS = {"typical": QT_TRANSLATE_NOOP("UndoLabel", "typical"), "atypical": QT_TRANSLATE_NOOP("UndoLabel", "atypical")}
