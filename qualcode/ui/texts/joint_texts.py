"""The joint-display service's sentences (``qualcode.services.mixed.joint_view``): its notes under the
table, a row's problem, the median / threshold group labels, and why a display could not be made
(the "New joint display" dialog, core.joint_display)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qualcode.ui.texts.matcher import rules
from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

__all__ = ["ERRORS", "JOINT", "group_label"]

_CTX = "JointDisplayNotes"
_QUOTED = r"'[^']*'|\"[^\"]*\""

JOINT = [
    *rules(
        "JointDisplayNotes",
        QT_TRANSLATE_NOOP("JointDisplayNotes", "Cases n/N: linked cases (with transcripts and a survey row), N = {n}."),
        QT_TRANSLATE_NOOP("JointDisplayNotes", "Cells: linked cases in the group whose transcripts contain the theme, "
                          "and their % of the group's linked cases; column n is linked cases (survey n in brackets)."),
        QT_TRANSLATE_NOOP("JointDisplayNotes", "{variable} split at the survey median, {cut} (high: at or above)."),
        QT_TRANSLATE_NOOP("JointDisplayNotes", "{variable} split at the survey threshold, {cut} (high: at or above)."),
        QT_TRANSLATE_NOOP("JointDisplayNotes", "The saved analysis was deleted."),
        QT_TRANSLATE_NOOP("JointDisplayNotes", "The saved analysis of this row was deleted."),
        QT_TRANSLATE_NOOP("JointDisplayNotes", "The theme was deleted."),
        # a row's problem followed by "The theme was deleted." (the service joins the two)
        QT_TRANSLATE_NOOP("JointDisplayNotes", "{problem} The theme was deleted."),
        n=r"\d+", variable=r"\S+", cut=r"\S+",
    ),
    *rules("JointDisplayNotes", QT_TRANSLATE_NOOP("JointDisplayNotes", "{term} is not a term of {analysis}; terms are "
                                                                        "{terms}."),
           term=_QUOTED, analysis=_QUOTED, terms=r"(?:(?!\. ).)*?"),  # not "… The theme was deleted."
]
ERRORS = rules(
    "JointDisplayNotes",
    QT_TRANSLATE_NOOP("JointDisplayNotes", "Choose the survey variable that defines the groups."),
    QT_TRANSLATE_NOOP("JointDisplayNotes", "A threshold grouping needs a threshold value."),
    QT_TRANSLATE_NOOP("JointDisplayNotes", "Give the joint display a name."),
    QT_TRANSLATE_NOOP("JointDisplayNotes", "A statistics-by-themes display needs a grouping variable."),
    QT_TRANSLATE_NOOP("JointDisplayNotes", "There is no survey variable {name} in the case table."),
    QT_TRANSLATE_NOOP("JointDisplayNotes", "There is already a joint display named {name}."),
    QT_TRANSLATE_NOOP("JointDisplayNotes", "A statistics-by-themes row needs a theme."),
    QT_TRANSLATE_NOOP("JointDisplayNotes", "This project has no joint displays yet."),
)
_LEVELS = {"high": QT_TRANSLATE_NOOP("JointDisplayNotes", "high"), "low": QT_TRANSLATE_NOOP("JointDisplayNotes", "low")}


def group_label(label: str) -> str:
    """``"PWB: high"`` -> ``"PWB: высокий"``; level labels from the data stay as they are."""
    variable, sep, level = label.rpartition(": ")
    if sep and level in _LEVELS:
        return f"{variable}: {QCoreApplication.translate(_CTX, _LEVELS[level])}"
    return label
