"""One change hub: services report Changes; widgets refresh on the flags they show."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from qualcode.core.changes import Changes


class ProjectEvents(QObject):
    changed = Signal(object)  # Changes
    saved = Signal()

    def emit_changes(self, changes: Changes) -> None:
        if changes.any():
            self.changed.emit(changes)
            self.saved.emit()
