"""What the UI holds while a project is open: the project, the coder, one undo stack."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from qualcode.core.memo import Coder
from qualcode.services.projects import Project, ensure_coder
from qualcode.ui.events import ProjectEvents


class ProjectSession:
    def __init__(self, project: Project, coder_name: str) -> None:
        self.project = project
        self.coder: Coder = ensure_coder(project, coder_name)
        self.events = ProjectEvents(project.hub)
        self.undo_stack = QUndoStack()

    def close(self) -> None:
        self.undo_stack.clear()
        self.events.detach()
        self.project.close()
