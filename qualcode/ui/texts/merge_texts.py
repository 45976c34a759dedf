"""Merging two copies of a project: the errors, warnings, conflicts and counts as the merge
service words them, for the merge dialog."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from qualcode.ui.texts.matcher import rules
from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

MESSAGES = rules(
    "MergeTexts",
    QT_TRANSLATE_NOOP("MergeTexts", "{path} does not exist or is not a project file."),
    QT_TRANSLATE_NOOP("MergeTexts", "{path} already exists; the merge writes a new project file."),
    QT_TRANSLATE_NOOP("MergeTexts", "{path} is given twice; merge two different copies."),
    QT_TRANSLATE_NOOP("MergeTexts", "The folder {path} does not exist."),
    QT_TRANSLATE_NOOP("MergeTexts", "decision for {conflict} matches no conflict of this merge; nothing was "
                                    "written."),
    QT_TRANSLATE_NOOP("MergeTexts", "decision {choice} for {conflict} is not one of {options}."),
    QT_TRANSLATE_NOOP("MergeTexts", "{path} must hold one JSON object of conflict id -> option strings."),
    QT_TRANSLATE_NOOP("MergeTexts", "{path}: {conflict} is not a conflict id (kind:entity:id)."),
    QT_TRANSLATE_NOOP("MergeTexts", "{path}: cannot read the decisions file ({reason})."),
    QT_TRANSLATE_NOOP("MergeTexts", "{path} is not a JSON decisions file ({reason})."),
    QT_TRANSLATE_NOOP("MergeTexts", "{count} document(s) only in A were kept: {names}"),
    QT_TRANSLATE_NOOP("MergeTexts", "{count} theme(s) have a different status, definition or narrative in B; A's "
                                    "are kept: {names}"),
    # what a conflict is about
    QT_TRANSLATE_NOOP("MergeTexts", "coding {start}-{end} of document {document} by {coder}"),
    QT_TRANSLATE_NOOP("MergeTexts", "memo {title}"),
    QT_TRANSLATE_NOOP("MergeTexts", "edited {fields}"),
    QT_TRANSLATE_NOOP("MergeTexts", "edited {fields}; coded new text"),
    QT_TRANSLATE_NOOP("MergeTexts", "coded new text"),
    QT_TRANSLATE_NOOP("MergeTexts", "deleted"),
    count=r"\d+", start=r"\d+", end=r"\d+", document=r"\d+",
)

_KINDS = {
    "rename_vs_edit": QT_TRANSLATE_NOOP("MergeTexts", "renamed in one copy, edited in the other"),
    "move_vs_edit": QT_TRANSLATE_NOOP("MergeTexts", "moved in one copy, edited in the other"),
    "field_edited_both": QT_TRANSLATE_NOOP("MergeTexts", "edited in both copies"),
    "delete_vs_edit": QT_TRANSLATE_NOOP("MergeTexts", "deleted in one copy, edited in the other"),
    "memo_edited_both": QT_TRANSLATE_NOOP("MergeTexts", "memo edited in both copies"),
}
_OPTIONS = {
    "both": QT_TRANSLATE_NOOP("MergeTexts", "keep both"),
    "a": QT_TRANSLATE_NOOP("MergeTexts", "keep A"),
    "b": QT_TRANSLATE_NOOP("MergeTexts", "keep B"),
    "keep": QT_TRANSLATE_NOOP("MergeTexts", "keep it"),
    "delete": QT_TRANSLATE_NOOP("MergeTexts", "delete it"),
}
#: a code's fields, as a field conflict names them ("Barriers / Stigma: definition")
_FIELDS = {
    "name": QT_TRANSLATE_NOOP("MergeTexts", "name"),
    "parent_id": QT_TRANSLATE_NOOP("MergeTexts", "parent"),
    "colour": QT_TRANSLATE_NOOP("MergeTexts", "colour"),
    "definition": QT_TRANSLATE_NOOP("MergeTexts", "definition"),
    "inclusion": QT_TRANSLATE_NOOP("MergeTexts", "inclusion criteria"),
    "exclusion": QT_TRANSLATE_NOOP("MergeTexts", "exclusion criteria"),
    "example": QT_TRANSLATE_NOOP("MergeTexts", "example"),
    "atypical_example": QT_TRANSLATE_NOOP("MergeTexts", "atypical example"),
    "quick_key": QT_TRANSLATE_NOOP("MergeTexts", "quick key"),
    "position": QT_TRANSLATE_NOOP("MergeTexts", "position"),
    "text": QT_TRANSLATE_NOOP("MergeTexts", "text"),
    "memo": QT_TRANSLATE_NOOP("MergeTexts", "memo"),
}
_COUNTS = {
    "codes_matched_by_name": QT_TRANSLATE_NOOP("MergeTexts", "codes matched by name: {n}"),
    "codes_added_from_b": QT_TRANSLATE_NOOP("MergeTexts", "codes added from B: {n}"),
    "codes_deleted_in_a": QT_TRANSLATE_NOOP("MergeTexts", "codes deleted in A: {n}"),
    "codes_deleted_in_b": QT_TRANSLATE_NOOP("MergeTexts", "codes deleted in B: {n}"),
    "documents_added_from_b": QT_TRANSLATE_NOOP("MergeTexts", "documents added from B: {n}"),
    "segments_added_from_b": QT_TRANSLATE_NOOP("MergeTexts", "segments added from B: {n}"),
    "segments_already_coded": QT_TRANSLATE_NOOP("MergeTexts", "segments coded in both: {n}"),
    "segments_deleted_in_a": QT_TRANSLATE_NOOP("MergeTexts", "segments deleted in A: {n}"),
    "segments_deleted_in_b": QT_TRANSLATE_NOOP("MergeTexts", "segments deleted in B: {n}"),
    "segments_dropped_with_code": QT_TRANSLATE_NOOP("MergeTexts", "segments dropped with their code: {n}"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("MergeTexts", source)


def option_text(option: str) -> str:
    """A decision as the combo box offers it ("keep both"); the option itself stays the data."""
    return _tr(_OPTIONS[option]) if option in _OPTIONS else option


def field_text(name: str) -> str:
    return _tr(_FIELDS[name]) if name in _FIELDS else name


def conflict_text(conflict: Mapping[str, Any], phrase: Callable[[str], str]) -> str:
    """``"<what happened>: <what it is about>"`` for the dialog's first column."""
    kind = _tr(_KINDS[conflict["kind"]]) if conflict["kind"] in _KINDS else conflict["kind"]
    label = str(conflict["label"])
    head, sep, field = label.rpartition(": ")
    if sep and field in _FIELDS:  # a field conflict: "<code path>: definition"
        return f"{kind}: {head}: {field_text(field)}"
    return f"{kind}: {phrase(label)}"


def side_text(value: Any, phrase: Callable[[str], str]) -> str:
    """One side's value in the conflict table ("deleted", the changed fields, a memo's text)."""
    if isinstance(value, dict):
        return "; ".join(f"{field_text(k)}: {v}" for k, v in value.items())
    if value is None:
        return ""
    return phrase(str(value)) if isinstance(value, str) else str(value)


def counts_text(counts: Mapping[str, int]) -> str:
    """What the merge wrote, e.g. "codes added from B: 3, segments added from B: 12"."""
    return ", ".join(_tr(_COUNTS[k]).format(n=v) if k in _COUNTS else f"{k.replace('_', ' ')} {v}"
                     for k, v in counts.items() if v)
