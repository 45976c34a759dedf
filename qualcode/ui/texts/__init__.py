"""The services' own messages (import problems, REFI-QDA reports, merges, quant notes, project-file
errors, joint displays, team agreement, privacy, the assistant and search) in the interface language.

The Qt-free layers write plain English sentences with names, paths and numbers inside; each
area module here lists the sentences it knows, and :func:`service_text` rebuilds a known one from
its translation with the same names and numbers. A sentence no module knows is shown as written.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from qualcode.ui.texts.matcher import Fragment, Rule, translate_with

__all__ = ["group_label", "refi_report_lines", "service_error", "service_text"]


@cache
def _tables() -> tuple[list[Rule], list[Fragment]]:
    from qualcode.ui.texts import (
        assistant_texts,
        import_texts,
        joint_texts,
        merge_texts,
        privacy_texts,
        project_texts,
        quant_texts,
        refi_texts,
        storage_texts,
        team_texts,
    )

    table = [*import_texts.TRANSCRIPTS, *import_texts.SURVEYS, *refi_texts.ERRORS, *refi_texts.REPORT,
             *merge_texts.MESSAGES, *quant_texts.MODEL_NOTES, *quant_texts.NOTES, *quant_texts.ERRORS,
             *storage_texts.STORAGE, *project_texts.PROJECT, *joint_texts.JOINT, *joint_texts.ERRORS,
             *team_texts.TEAM, *privacy_texts.PRIVACY, *assistant_texts.ASSISTANT]
    return table, [*import_texts.FRAGMENTS, *assistant_texts.FRAGMENTS]


def service_text(text: str) -> str:
    """``text`` (an English sentence from services, io, storage or quant) in the interface language,
    when it is a known one; otherwise as it is."""
    table, fragments = _tables()
    return translate_with(table, fragments, text)


def service_error(exc: BaseException) -> str:
    """An exception's message as :func:`service_text` shows it."""
    return service_text(str(exc))


def group_label(label: str) -> str:
    """A joint display's group label (``"PWB: high"``) in the interface language."""
    from qualcode.ui.texts.joint_texts import group_label as label_text

    return label_text(label)


def refi_report_lines(report: Any) -> list[str]:
    """A REFI-QDA import or export report, line by line, in the interface language."""
    from qualcode.ui.texts.refi_texts import report_lines

    return report_lines(report, service_text)
