"""The shown (translated) names of a theme's status: candidate, reviewed, defined."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

from qualcode.core.theme import ThemeStatus

_TITLES = {
    ThemeStatus.CANDIDATE: QT_TRANSLATE_NOOP("ThemeStatus", "Candidate"),
    ThemeStatus.REVIEWED: QT_TRANSLATE_NOOP("ThemeStatus", "Reviewed"),
    ThemeStatus.DEFINED: QT_TRANSLATE_NOOP("ThemeStatus", "Defined"),
}


#: the board's column headers (plural in Russian: "Предварительные" themes)
_COLUMNS = {
    ThemeStatus.CANDIDATE: QT_TRANSLATE_NOOP("ThemeColumn", "Candidate"),
    ThemeStatus.REVIEWED: QT_TRANSLATE_NOOP("ThemeColumn", "Reviewed"),
    ThemeStatus.DEFINED: QT_TRANSLATE_NOOP("ThemeColumn", "Defined"),
}


def status_title(status: ThemeStatus) -> str:
    """"Candidate", "Reviewed", "Defined" (a theme's status) in the running language."""
    return QCoreApplication.translate("ThemeStatus", _TITLES[status])


def column_title(status: ThemeStatus) -> str:
    """The board column of themes with ``status``, in the running language."""
    return QCoreApplication.translate("ThemeColumn", _COLUMNS[status])
