from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from qualcode.core.changes import Changes
from qualcode.ui.session import ProjectSession


class ServiceCommand(QUndoCommand):
    """Base: keeps the session, emits the Changes of each step.

    Subclasses implement :meth:`do` (call ONE service, remember what undo needs,
    :meth:`notify`) and ``undo``. ``push()`` runs ``redo()`` at once, so never call
    the service before pushing. If the first run raises, the error is kept in
    ``failed`` and :func:`push_command` pops the command and re-raises it, so the UI
    can show the error and nothing stays on the stack; a later redo that fails
    (the project changed underneath) raises as usual.
    """

    def __init__(self, session: ProjectSession, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.failed: Exception | None = None
        self.runs = 0  # successful redos so far

    def redo(self) -> None:
        try:
            self.do()
        except Exception as exc:  # noqa: BLE001 - re-raised by push_command on the first run
            if self.runs == 0 and self.failed is None:
                self.failed = exc
                return
            raise
        self.runs += 1

    def do(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def notify(self, changes: Changes) -> None:
        self.session.events.emit_changes(changes)


def push_command(session: ProjectSession, command: ServiceCommand) -> None:
    session.undo_stack.push(command)
    if command.failed is not None:
        error = command.failed
        command.setObsolete(True)
        session.undo_stack.undo()  # obsolete commands are dropped from the stack
        raise error
