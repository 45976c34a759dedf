"""The Qt face of the project's change hub: services publish Changes on ``project.hub``;
:class:`ProjectEvents` re-emits each one as ``changed`` so widgets refresh on the flags
they show. It adds nothing of its own: the CLI and tests subscribe to the same hub.

The hub calls its subscribers on the publishing thread, which is not always the UI thread:
the team live feed (``qualcode.storage.live_feed``) publishes other clients' changes from its
listener thread, and services run in pool workers publish from there. Such a thread never
emits on a :class:`ProjectEvents` (the UI thread deletes it with its session): the changes go
through :func:`qualcode.ui.thread_relay.shared_relay` under the events' token, and a detached
(closed) session's token is gone, so its late changes are dropped.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from qualcode.core.change_hub import ChangeHub
from qualcode.core.changes import Changes
from qualcode.ui.thread_relay import shared_relay


class ProjectEvents(QObject):
    """Relay ``hub`` into Qt signals: ``changed(Changes)`` then ``saved()`` per publish,
    always on the thread that made it (the UI thread).

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
        relay = shared_relay()
        ref = weakref.ref(self)  # neither the relay nor the hub keeps a dead session's events alive

        def hand_on(changes: object) -> None:
            events = ref()
            if events is not None:
                events._relay(changes)  # type: ignore[arg-type]

        token = self._token = relay.register(hand_on)
        weakref.finalize(self, relay.unregister, token)

        def forward(changes: Changes) -> None:
            if changes.any():  # at once on the UI thread, queued to it from any other thread
                relay.send(token, changes)

        self._unsubscribe = self.hub.subscribe(forward)

    def emit_changes(self, changes: Changes) -> None:
        """Publish ``changes`` on the hub (for edits whose service does not publish yet)."""
        self.hub.publish(changes)

    def detach(self) -> None:
        """Stop relaying (the session is closing): changes still on their way are dropped."""
        self._unsubscribe()
        shared_relay().unregister(self._token)

    def _relay(self, changes: Changes) -> None:
        if changes.any():
            self.changed.emit(changes)
            self.saved.emit()
