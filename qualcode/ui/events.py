"""The Qt face of the project's change hub: services publish Changes on ``project.hub``;
:class:`ProjectEvents` re-emits each one as ``changed`` so widgets refresh on the flags
they show. It adds nothing of its own: the CLI and tests subscribe to the same hub."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from qualcode.core.change_hub import ChangeHub
from qualcode.core.changes import Changes


class ProjectEvents(QObject):
    """Relay ``hub`` into Qt signals: ``changed(Changes)`` then ``saved()`` per publish.

    Parameters
    ----------
    hub : ChangeHub, optional
        The project's hub (``project.hub``); a private one when not given (tests).
    """

    changed = Signal(object)  # Changes
    saved = Signal()

    def __init__(self, hub: ChangeHub | None = None) -> None:
        super().__init__()
        self.hub = hub if hub is not None else ChangeHub()
        ref = weakref.ref(self)

        def relay(changes: Changes) -> None:  # a weak hold: the hub must not keep a dead QObject alive
            events = ref()
            if events is not None:
                events._relay(changes)

        self._unsubscribe = self.hub.subscribe(relay)

    def emit_changes(self, changes: Changes) -> None:
        """Publish ``changes`` on the hub (for edits whose service does not publish yet)."""
        self.hub.publish(changes)

    def detach(self) -> None:
        """Stop relaying (the session is closing)."""
        self._unsubscribe()

    def _relay(self, changes: Changes) -> None:
        if changes.any():
            self.changed.emit(changes)
            self.saved.emit()
