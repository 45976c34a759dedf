"""QUndoCommands as thin adapters: :class:`OperationCommand` runs a Qt-free
:class:`~qualcode.services.operations.operation.Operation` (redo -> ``do()``,
undo -> ``undo()``); the services it calls publish on the project's hub, which
``ProjectEvents`` relays as one ``changed`` per step. :class:`ServiceCommand` is the
older form, for commands whose services do not publish yet: they :meth:`notify`."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from qualcode.core.changes import Changes
from qualcode.services.operations.operation import Operation
from qualcode.ui.session import ProjectSession

O = TypeVar("O", bound=Operation)


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
            # one step, one publish, whatever mix of notify() and publishing services it used
            with self.session.events.hub.batch():
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


class OperationCommand(ServiceCommand, Generic[O]):
    """Run ``operation`` on the undo stack: redo does it, undo undoes it.

    The operation's services publish their Changes; nothing is emitted here, so
    each step reaches the widgets exactly once through the hub relay. ``initiator``
    (the widget that pushed) is on the Changes of the first run only: later undo
    and redo come from the Undo menu, and that widget must refresh for them.
    """

    def __init__(self, session: ProjectSession, operation: O, *, initiator: object | None = None) -> None:
        super().__init__(session, operation.label)
        self.operation = operation
        self.initiator = initiator

    def do(self) -> None:
        self.operation.do(initiator=self.initiator if self.runs == 0 else None)
        self.setText(self.operation.label)  # an operation may name itself once it ran (in-vivo)

    def undo(self) -> None:
        if self.runs and self.failed is None:
            self.operation.undo()


def push_command(session: ProjectSession, command: ServiceCommand) -> None:
    session.undo_stack.push(command)
    if command.failed is not None:
        error = command.failed
        command.setObsolete(True)
        session.undo_stack.undo()  # obsolete commands are dropped from the stack
        raise error
