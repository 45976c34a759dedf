"""The Qt face of the project's change hub: services publish Changes on ``project.hub``;
:class:`ProjectEvents` re-emits each one as ``changed`` so widgets refresh on the flags
they show. It adds nothing of its own: the CLI and tests subscribe to the same hub.

The hub calls its subscribers on the publishing thread, which is not always the UI thread:
the team live feed (``qualcode.storage.live_feed``) publishes other clients' changes from its
listener thread, and services run in pool workers publish from there. Such a thread never
emits on a :class:`ProjectEvents` (the UI thread deletes it with its session; PySide emits
without the GIL, so a thread inside ``emit()`` while the UI thread frees the object is a use
after free — the crash fixed in ``code_counts_worker``). It emits on one process-wide relay,
made on the UI thread and never deleted, with the token of the session's events; on the UI
thread the relay hands the changes to the events of that token if they are still attached.
A detached (closed) session's token is gone, so its late changes are dropped.
"""

from __future__ import annotations

import itertools
import threading
import weakref

from PySide6.QtCore import QObject, Signal, Slot

from qualcode.core.change_hub import ChangeHub
from qualcode.core.changes import Changes


class _Relay(QObject):
    """Carries ``(token, changes)`` from other threads to the UI thread; never deleted."""

    arrived = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.attached: weakref.WeakValueDictionary[int, ProjectEvents] = weakref.WeakValueDictionary()
        self.arrived.connect(self._hand_on)  # queued when emitted from another thread

    @Slot(object)
    def _hand_on(self, item: tuple[int, Changes]) -> None:
        token, changes = item
        events = self.attached.get(token)
        if events is not None:  # gone or detached: the session is closed, nobody may hear it
            events._relay(changes)


_relay: _Relay | None = None
_tokens = itertools.count(1)


def _shared_relay() -> _Relay:
    """The process-wide relay (made on first use, on the UI thread, and kept for good)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


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
        relay = _shared_relay()
        token = next(_tokens)
        self._token = token
        relay.attached[token] = self
        home = threading.get_ident()
        ref = weakref.ref(self)

        def forward(changes: Changes) -> None:
            if not changes.any():
                return
            if threading.get_ident() != home:  # never touch self from here: hand on through the relay
                relay.arrived.emit((token, changes))
                return
            if relay.attached.get(token) is not None:  # a weak hold: the hub keeps no dead QObject alive
                events = ref()
                if events is not None:
                    events._relay(changes)

        self._unsubscribe = self.hub.subscribe(forward)

    def emit_changes(self, changes: Changes) -> None:
        """Publish ``changes`` on the hub (for edits whose service does not publish yet)."""
        self.hub.publish(changes)

    def detach(self) -> None:
        """Stop relaying (the session is closing): changes still on their way are dropped."""
        self._unsubscribe()
        relay = _shared_relay()
        if relay.attached.get(self._token) is self:
            del relay.attached[self._token]

    def _relay(self, changes: Changes) -> None:
        if changes.any():
            self.changed.emit(changes)
            self.saved.emit()
