"""Show undo step names ("Apply code", "Delete code Trust") in the interface language.

The steps are named by the Qt-free services in English and kept in English on the undo stack;
they are translated when shown (Edit › Undo …), so a step made before a language switch is shown
in the new language too. A name that matches no pattern is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

_C = "UndoLabel"

#: (pattern over the English name, translatable template with the pattern's named groups)
_PATTERNS: list[tuple[re.Pattern[str], str]] = [(re.compile(p), t) for p, t in (
    (r"^Code (?P<n>\d+) hits with (?P<code>.+)$", QT_TRANSLATE_NOOP(_C, "Code {n} hits with {code}")),
    (r"^Code (?P<n>\d+) hits$", QT_TRANSLATE_NOOP(_C, "Code {n} hits")),
    (r"^Code with (?P<code>.+)$", QT_TRANSLATE_NOOP(_C, "Code with {code}")),
    (r"^Code$", QT_TRANSLATE_NOOP(_C, "Code")),
    (r"^Remove coding$", QT_TRANSLATE_NOOP(_C, "Remove coding")),
    (r"^Remove (?P<n>\d+) codings$", QT_TRANSLATE_NOOP(_C, "Remove {n} codings")),
    (r"^In-vivo code “(?P<code>.+)”$", QT_TRANSLATE_NOOP(_C, "In-vivo code “{code}”")),
    (r"^In-vivo code$", QT_TRANSLATE_NOOP(_C, "In-vivo code")),
    (r"^Change segment boundaries$", QT_TRANSLATE_NOOP(_C, "Change segment boundaries")),
    (r"^Memo on segment$", QT_TRANSLATE_NOOP(_C, "Memo on segment")),
    (r"^Clear segment memo$", QT_TRANSLATE_NOOP(_C, "Clear segment memo")),
    (r"^Add code (?P<code>.+)$", QT_TRANSLATE_NOOP(_C, "Add code {code}")),
    (r"^Delete code (?P<code>.+)$", QT_TRANSLATE_NOOP(_C, "Delete code {code}")),
    (r"^Merge (?P<source>.+) into (?P<target>.+)$", QT_TRANSLATE_NOOP(_C, "Merge {source} into {target}")),
    (r"^Rename (?P<old>.+) to (?P<new>.+)$", QT_TRANSLATE_NOOP(_C, "Rename {old} to {new}")),
    (r"^Rename (?P<name>.+)$", QT_TRANSLATE_NOOP(_C, "Rename {name}")),
    (r"^Recolour (?P<name>.+)$", QT_TRANSLATE_NOOP(_C, "Recolour {name}")),
    (r"^Move (?P<name>.+) under the top level$", QT_TRANSLATE_NOOP(_C, "Move {name} to the top level")),
    (r"^Move (?P<name>.+) under (?P<parent>.+)$", QT_TRANSLATE_NOOP(_C, "Move {name} under {parent}")),
    (r"^Quick key (?P<key>\d) for (?P<name>.+)$", QT_TRANSLATE_NOOP(_C, "Quick key {key} for {name}")),
    (r"^Remove quick key$", QT_TRANSLATE_NOOP(_C, "Remove quick key")),
    (r"^Free key$", QT_TRANSLATE_NOOP(_C, "Free key")),
    (r"^Assign key$", QT_TRANSLATE_NOOP(_C, "Assign key")),
    (r"^Edit (?P<field>definition|inclusion|exclusion) of (?P<name>.+)$",
     QT_TRANSLATE_NOOP(_C, "Edit the {field} of {name}")),
    (r"^Set origin of (?P<name>.+)$", QT_TRANSLATE_NOOP(_C, "Set the origin of {name}")),
    (r"^Import (?P<n>\d+) transcripts?$", QT_TRANSLATE_NOOP(_C, "Import %n transcript(s)")),
    (r"^Import codebook (?P<file>.+)$", QT_TRANSLATE_NOOP(_C, "Import codebook {file}")),
    (r"^Choose (?P<kind>typical|atypical) example$", QT_TRANSLATE_NOOP(_C, "Choose the {kind} example")),
    (r"^Clear (?P<kind>typical|atypical) example$", QT_TRANSLATE_NOOP(_C, "Clear the {kind} example")),
    (r"^New theme (?P<name>.+)$", QT_TRANSLATE_NOOP(_C, "New theme {name}")),
    (r"^Delete theme (?P<name>.+)$", QT_TRANSLATE_NOOP(_C, "Delete theme {name}")),
    (r"^Define (?P<name>.+)$", QT_TRANSLATE_NOOP(_C, "Define {name}")),
    (r"^Add (?P<codes>.+) to (?P<theme>.+)$", QT_TRANSLATE_NOOP(_C, "Add {codes} to {theme}")),
    (r"^Take (?P<code>.+) off (?P<theme>.+)$", QT_TRANSLATE_NOOP(_C, "Take {code} off {theme}")),
    (r"^Place on map$", QT_TRANSLATE_NOOP(_C, "Place on map")),
    (r"^Move on map$", QT_TRANSLATE_NOOP(_C, "Move on map")),
    (r"^Remove from map$", QT_TRANSLATE_NOOP(_C, "Remove from map")),
    (r"^Draw link$", QT_TRANSLATE_NOOP(_C, "Draw link")),
    (r"^Label link$", QT_TRANSLATE_NOOP(_C, "Label link")),
    (r"^Delete link$", QT_TRANSLATE_NOOP(_C, "Delete link")),
    (r"^Auto-layout the map$", QT_TRANSLATE_NOOP(_C, "Auto-layout the map")),
    (r"^New journal entry$", QT_TRANSLATE_NOOP(_C, "New journal entry")),
    (r"^New memo$", QT_TRANSLATE_NOOP(_C, "New memo")),
    (r"^Edit memo$", QT_TRANSLATE_NOOP(_C, "Edit memo")),
    (r"^Delete memo$", QT_TRANSLATE_NOOP(_C, "Delete memo")),
    (r"^Set meta-inference$", QT_TRANSLATE_NOOP(_C, "Set meta-inference")),
    (r"^Choose quotes$", QT_TRANSLATE_NOOP(_C, "Choose quotes")),
    (r"^Automatic quotes$", QT_TRANSLATE_NOOP(_C, "Automatic quotes")),
    (r"^Delete joint-display row$", QT_TRANSLATE_NOOP(_C, "Delete joint-display row")),
    (r"^Add to joint display$", QT_TRANSLATE_NOOP(_C, "Add to joint display")),
    (r"^Add theme to joint display$", QT_TRANSLATE_NOOP(_C, "Add theme to joint display")),
    (r"^New joint display '(?P<name>.+)'$", QT_TRANSLATE_NOOP(_C, "New joint display “{name}”")),
    (r"^Delete joint display$", QT_TRANSLATE_NOOP(_C, "Delete joint display")),
    (r"^Save analysis '(?P<name>.+)'$", QT_TRANSLATE_NOOP(_C, "Save analysis “{name}”")),
    (r"^Pseudonymise (?P<n>\d+) identifiers?$", QT_TRANSLATE_NOOP(_C, "Pseudonymise %n identifier(s)")),
    (r"^Move (?P<name>.+)$", QT_TRANSLATE_NOOP(_C, "Move {name}")),
)]


def translate_label(label: str) -> str:
    """``label`` (an English step name) in the interface language."""
    for pattern, template in _PATTERNS:
        match = pattern.match(label)
        if match is None:
            continue
        groups = match.groupdict()
        if "%n" in template:
            return QCoreApplication.translate(_C, template, "", int(groups.pop("n")))
        if "field" in groups:
            groups["field"] = QCoreApplication.translate(_C, _FIELDS[groups["field"]])
        if "kind" in groups:
            groups["kind"] = QCoreApplication.translate(_C, _KINDS[groups["kind"]])
        return QCoreApplication.translate(_C, template).format(**groups)
    return label


_FIELDS = {"definition": QT_TRANSLATE_NOOP(_C, "definition"), "inclusion": QT_TRANSLATE_NOOP(_C, "inclusion criteria"),
           "exclusion": QT_TRANSLATE_NOOP(_C, "exclusion criteria")}
_KINDS = {"typical": QT_TRANSLATE_NOOP(_C, "typical"), "atypical": QT_TRANSLATE_NOOP(_C, "atypical")}
