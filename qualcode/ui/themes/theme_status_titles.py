"""The shown (translated) names of a theme's status: candidate, reviewed, defined."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qualcode.core.theme import ThemeStatus

_TITLES = {
    ThemeStatus.CANDIDATE: QT_TRANSLATE_NOOP("ThemeStatus", "Candidate"),
    ThemeStatus.REVIEWED: QT_TRANSLATE_NOOP("ThemeStatus", "Reviewed"),
    ThemeStatus.DEFINED: QT_TRANSLATE_NOOP("ThemeStatus", "Defined"),
}


def status_title(status: ThemeStatus) -> str:
    """"Candidate", "Reviewed", "Defined" in the running language."""
    return QCoreApplication.translate("ThemeStatus", _TITLES[status])
