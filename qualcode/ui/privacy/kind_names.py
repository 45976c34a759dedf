"""Translated names of identifier kinds and finding sources (the keys stay English data)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

__all__ = ["kind_name", "source_name"]

_KINDS = {
    "participant": QT_TRANSLATE_NOOP("IdentifierKind", "participant"),
    "person": QT_TRANSLATE_NOOP("IdentifierKind", "person"),
    "staff": QT_TRANSLATE_NOOP("IdentifierKind", "staff"),
    "place": QT_TRANSLATE_NOOP("IdentifierKind", "place"),
    "organisation": QT_TRANSLATE_NOOP("IdentifierKind", "organisation"),
    "email": QT_TRANSLATE_NOOP("IdentifierKind", "email"),
    "date of birth": QT_TRANSLATE_NOOP("IdentifierKind", "date of birth"),
    "address": QT_TRANSLATE_NOOP("IdentifierKind", "address"),
    "id number": QT_TRANSLATE_NOOP("IdentifierKind", "id number"),
    "phone": QT_TRANSLATE_NOOP("IdentifierKind", "phone"),
}
_SOURCES = {
    "roster": QT_TRANSLATE_NOOP("IdentifierSource", "roster"),
    "pattern": QT_TRANSLATE_NOOP("IdentifierSource", "pattern"),
    "ner": QT_TRANSLATE_NOOP("IdentifierSource", "ner"),
}


def kind_name(kind: str) -> str:
    """``"date of birth"`` in the reader's language (unknown kinds as they are)."""
    return QCoreApplication.translate("IdentifierKind", _KINDS[kind]) if kind in _KINDS else kind


def source_name(source: str) -> str:
    """Where a finding came from (roster, pattern, NER) in the reader's language."""
    return QCoreApplication.translate("IdentifierSource", _SOURCES[source]) if source in _SOURCES else source
