"""Hand values from other threads (pool workers, the team live feed) to the UI thread, safely.

PySide emits a signal without holding the GIL, so a thread inside ``emit()`` on a QObject
that the UI thread frees meanwhile reads freed memory and crashes the process (the codebook
counts crashed this way when a pane closed as its count finished). So no background thread
emits on a QObject the UI thread may delete. They all emit on one process-wide relay, made
on the UI thread and never deleted, with a token; on the UI thread the relay hands the value
to whoever registered that token, if it is still registered. Unregistering (a pane or a
session closing, a worker's run over) drops whatever is still on its way.

Emitted on the UI thread itself, the value is handed on at once (Qt's automatic connection
calls the slot directly); from any other thread it is queued to the UI thread.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

__all__ = ["ThreadRelay", "shared_relay"]


class ThreadRelay(QObject):
    """Carries ``(token, value)`` to the receiver registered under ``token``, on the UI thread."""

    arrived = Signal(object)  # (token, value), from any thread

    def __init__(self) -> None:
        super().__init__()
        self._receivers: dict[int, Callable[[object], None]] = {}
        self._tokens = itertools.count(1)
        self.arrived.connect(self._hand_on)

    def register(self, receive: Callable[[object], None]) -> int:
        """A new token whose values go to ``receive`` (called on the UI thread)."""
        token = next(self._tokens)
        self._receivers[token] = receive
        return token

    def unregister(self, token: int) -> None:
        """Values for ``token`` still on their way are dropped from now on."""
        self._receivers.pop(token, None)

    def is_registered(self, token: int) -> bool:
        return token in self._receivers

    def send(self, token: int, value: object) -> None:
        """From any thread: hand ``value`` to ``token``'s receiver on the UI thread."""
        self.arrived.emit((token, value))

    @Slot(object)
    def _hand_on(self, item: tuple[int, object]) -> None:
        token, value = item
        receive = self._receivers.get(token)
        if receive is not None:  # unregistered: its owner is gone, nobody may hear it
            receive(value)


_relay: ThreadRelay | None = None


def shared_relay() -> ThreadRelay:
    """The process-wide relay: made on first use, living in the application's (UI) thread,
    and kept for good."""
    global _relay
    if _relay is None:
        _relay = ThreadRelay()
        app = QCoreApplication.instance()
        if app is not None and _relay.thread() is not app.thread():
            _relay.moveToThread(app.thread())
    return _relay
