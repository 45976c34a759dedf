"""Undoable edits without Qt: :class:`~.operation.Operation` over snapshots, an
:class:`~.operation.OperationStack`, and the ``@publishes`` plumbing that tells the
project's change hub after each commit (STYLE.md §4a)."""
