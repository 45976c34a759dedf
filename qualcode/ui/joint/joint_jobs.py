"""Worker jobs of the joint-display view (module-level, plain values in and out).

They run in a QThreadPool worker, never touch widgets or the session (STYLE.md §5).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from qualcode.core.joint_display import JointDisplayView
from qualcode.core.survey import Variable
from qualcode.services.mixed.joint_export import export_joint_displays_docx
from qualcode.services.mixed.joint_view import compute_joint_display
from qualcode.services.mixed.linking import build_case_table
from qualcode.services.projects import Project

__all__ = ["ComputedDisplay", "compute_display", "export_displays"]


@dataclass(frozen=True)
class ComputedDisplay:
    """A display as computed now, and the survey variables (for the New display dialog)."""

    display_id: int | None
    view: JointDisplayView | None
    variables: tuple[Variable, ...]


def compute_display(project: Project, display_id: int | None, *, cancel: Callable[[], bool] | None = None,
                    progress: Callable[[int, int], None] | None = None) -> ComputedDisplay:
    """Build the case table once and compute ``display_id`` on it (``None``: variables only)."""
    table = build_case_table(project)
    if display_id is None or (cancel is not None and cancel()):
        return ComputedDisplay(display_id, None, table.survey_variables)
    view = compute_joint_display(project, display_id, table=table)
    return ComputedDisplay(display_id, view, table.survey_variables)


def export_displays(project: Project, path: str, *, cancel: Callable[[], bool] | None = None,
                    progress: Callable[[int, int], None] | None = None) -> str:
    """Every joint display, computed now, written to a Word file; returns the path."""
    export_joint_displays_docx(project, Path(path))
    return path
