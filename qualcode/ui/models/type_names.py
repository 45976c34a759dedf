"""Translated names of survey variable types and theme/code measures (the keys stay English data)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

__all__ = ["type_name", "measure_name"]

_TYPES = {
    "continuous": QT_TRANSLATE_NOOP("VariableType", "continuous"),
    "binary": QT_TRANSLATE_NOOP("VariableType", "binary"),
    "ordinal": QT_TRANSLATE_NOOP("VariableType", "ordinal"),
    "count": QT_TRANSLATE_NOOP("VariableType", "count"),
    "categorical": QT_TRANSLATE_NOOP("VariableType", "categorical"),
    "text": QT_TRANSLATE_NOOP("VariableType", "text"),
    "id": QT_TRANSLATE_NOOP("VariableType", "id"),
}
_MEASURES = {
    "presence": QT_TRANSLATE_NOOP("Measure", "presence"),
    "count": QT_TRANSLATE_NOOP("Measure", "count"),
    "coverage": QT_TRANSLATE_NOOP("Measure", "coverage"),
}


def type_name(vtype: str) -> str:
    """``"ordinal"`` as the reader's language says it (unknown types stay as they are)."""
    return QCoreApplication.translate("VariableType", _TYPES[vtype]) if vtype in _TYPES else vtype


def measure_name(measure: str) -> str:
    """``"presence"`` / ``"count"`` / ``"coverage"`` in the reader's language."""
    return QCoreApplication.translate("Measure", _MEASURES[measure]) if measure in _MEASURES else measure
