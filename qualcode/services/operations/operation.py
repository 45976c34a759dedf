"""Qt-free undo: an :class:`Operation` does and undoes one edit; an :class:`OperationStack`
keeps them (glue's ``Command``/``CommandStack``, Anki's backend-owned undo).

An operation calls services, which publish their :class:`Changes` on ``project.hub``
after each commit. :meth:`Operation.do` and :meth:`Operation.undo` run inside one
:meth:`ChangeHub.batch`, so each step is published exactly once, whatever number of
services it calls, and they return what was published. The Qt undo commands in
``qualcode.ui.commands`` are thin adapters over these.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from qualcode.core.changes import Changes
from qualcode.storage.project import Project

__all__ = ["Operation", "OperationGroup", "OperationStack"]


class Operation(ABC):
    """One undoable edit of ``project``.

    Subclasses implement :meth:`apply` (call the service, keep the value or snapshot
    undo needs) and :meth:`revert` (call the inverse service). The first
    :meth:`apply` creates; later ones (redo after undo) restore with the same ids.
    The ``initiator`` of the current step (:attr:`initiator`) is passed to every
    service, so it is on every Changes that step publishes.

    Parameters
    ----------
    project : Project
        The project the edit applies to; its hub publishes the changes.
    label : str
        What the edit is called in an Undo menu ("Code with Trust").
    """

    def __init__(self, project: Project, label: str) -> None:
        self.project = project
        self.label = label
        self.initiator: object | None = None  # who asked for the step now running

    def do(self, *, initiator: object | None = None) -> Changes:
        """Apply the edit; publish and return what it changed (once).

        ``initiator`` is who asked (a widget, a CLI tag): it rides on the published
        Changes so that asker can recognise its own echo. Undo and redo are asked
        for by whoever runs them (an Undo menu), so each step names its own.
        """
        self.initiator = initiator
        with self.project.hub.batch() as batch:
            self.apply()
        return batch.changes

    def undo(self, *, initiator: object | None = None) -> Changes:
        """Take the edit back; publish and return what that changed (once)."""
        self.initiator = initiator
        with self.project.hub.batch() as batch:
            self.revert()
        return batch.changes

    @abstractmethod
    def apply(self) -> None:
        """Call the service(s) of the edit (first run) or restore its snapshot (redo)."""

    @abstractmethod
    def revert(self) -> None:
        """Call the inverse service(s), using what :meth:`apply` kept."""


class OperationGroup(Operation):
    """Several operations as one step (a macro): done in order, undone in reverse.

    If one fails while doing, those already done are undone again and the error
    propagates, so the group is all or nothing.
    """

    def __init__(self, project: Project, label: str, operations: Sequence[Operation]) -> None:
        super().__init__(project, label)
        self.operations = list(operations)

    def apply(self) -> None:
        done: list[Operation] = []
        try:
            for operation in self.operations:
                operation.do(initiator=self.initiator)
                done.append(operation)
        except Exception:
            for operation in reversed(done):
                operation.undo(initiator=self.initiator)
            raise

    def revert(self) -> None:
        for operation in reversed(self.operations):
            operation.undo(initiator=self.initiator)


class OperationStack:
    """Undo and redo history of operations, without Qt (for tests, the CLI, scripts).

    Examples
    --------
    >>> stack = OperationStack(project)  # doctest: +SKIP
    >>> stack.push(ApplyCodeOperation(project, doc_id, Span(0, 5), code_id, coder_id))  # doctest: +SKIP
    >>> stack.undo()  # doctest: +SKIP
    """

    def __init__(self, project: Project) -> None:
        self.project = project
        self._done: list[Operation] = []
        self._undone: list[Operation] = []
        self._group: list[Operation] | None = None

    def push(self, operation: Operation, *, initiator: object | None = None) -> Changes:
        """Do ``operation`` and keep it for undo. If it raises, the stack is unchanged."""
        changes = operation.do(initiator=initiator)
        if self._group is not None:
            self._group.append(operation)
        else:
            self._done.append(operation)
            self._undone.clear()
        return changes

    def undo(self, *, initiator: object | None = None) -> Changes:
        """Undo the last operation done; an error if there is none."""
        if self._group is not None:
            raise RuntimeError("Finish the group before undoing.")
        if not self._done:
            raise IndexError("There is nothing to undo.")
        changes = self._done[-1].undo(initiator=initiator)
        self._undone.append(self._done.pop())
        return changes

    def redo(self, *, initiator: object | None = None) -> Changes:
        """Do again the last operation undone; an error if there is none."""
        if not self._undone:
            raise IndexError("There is nothing to redo.")
        changes = self._undone[-1].do(initiator=initiator)
        self._done.append(self._undone.pop())
        return changes

    @contextmanager
    def group(self, label: str) -> Iterator[None]:
        """Operations pushed inside the block become one undo step, published once.

        If the block raises, the operations it did are undone and nothing is kept.
        """
        if self._group is not None:
            raise RuntimeError("Groups do not nest.")
        self._group = []
        try:
            with self.project.hub.batch():
                try:
                    yield
                except BaseException:
                    for operation in reversed(self._group):
                        operation.undo()
                    raise
        finally:
            operations, self._group = self._group, None
        if operations:
            self._done.append(OperationGroup(self.project, label, operations))
            self._undone.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_label(self) -> str:
        return self._done[-1].label if self._done else ""

    @property
    def redo_label(self) -> str:
        return self._undone[-1].label if self._undone else ""
