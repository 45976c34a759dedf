from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from qualcode.core.changes import Changes
from qualcode.ui.session import ProjectSession


class ServiceCommand(QUndoCommand):
    """Base: keeps the session, emits the Changes of each step.

    ``push()`` runs ``redo()`` at once, so never call the service before pushing.
    If the first redo raises, :func:`push_command` undoes the push and re-raises so
    the UI can show the error and nothing stays on the stack.
    """

    def __init__(self, session: ProjectSession, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.failed: Exception | None = None

    def notify(self, changes: Changes) -> None:
        self.session.events.emit_changes(changes)


def push_command(session: ProjectSession, command: ServiceCommand) -> None:
    session.undo_stack.push(command)
    if command.failed is not None:
        error = command.failed
        command.setObsolete(True)
        session.undo_stack.undo()  # obsolete commands are dropped from the stack
        raise error
