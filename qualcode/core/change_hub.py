"""A plain-callback hub for :class:`Changes` (no Qt): glue's Hub, Anki's op-change hook.

Services publish on the hub of the project they changed, after the commit. The Qt
relay (``qualcode.ui.events.ProjectEvents``), the CLI and tests subscribe to the
same hub, so everyone sees the same events.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from qualcode.core.changes import Changes

__all__ = ["Batch", "ChangeHub", "Subscriber"]

Subscriber = Callable[[Changes], None]
log = logging.getLogger(__name__)


@dataclass
class Batch:
    """The changes published inside one :meth:`ChangeHub.batch`, merged."""

    changes: Changes


class ChangeHub:
    """Deliver each published :class:`Changes` to every subscriber, in subscription order.

    A subscriber that raises is logged and skipped: the change it was told about is
    already committed, so the caller and the other subscribers carry on. Subscribers
    run on the publishing thread (the Qt relay's signal queues itself to the UI thread);
    batches are per thread.

    Examples
    --------
    >>> hub = ChangeHub()
    >>> seen = []
    >>> stop = hub.subscribe(seen.append)
    >>> hub.publish(Changes(codes=True))
    >>> stop()
    >>> hub.publish(Changes(codes=True))
    >>> len(seen)
    1
    """

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._local = threading.local()

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback(changes)`` on every publish; returns the function that stops it."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        """Tell the subscribers about ``changes`` (nothing if nothing changed).

        Inside :meth:`batch` the changes are held back and merged into one publish
        at the end of the outermost batch.
        """
        if not changes.any():
            return
        stack = self._batches()
        if stack:
            stack[-1].changes = stack[-1].changes | changes
            return
        for callback in list(self._subscribers):
            try:
                callback(changes)
            except Exception:
                log.exception("A change subscriber failed on %r", changes)

    @contextmanager
    def batch(self) -> Iterator[Batch]:
        """Merge every publish inside the block into one, published when the block ends.

        What was published before an error is still published (it was committed),
        then the error propagates. Nested batches fold into the outermost one.
        """
        stack = self._batches()
        current = Batch(Changes())
        stack.append(current)
        try:
            yield current
        finally:
            stack.pop()
            self.publish(current.changes)

    def _batches(self) -> list[Batch]:
        stack: list[Batch] | None = getattr(self._local, "stack", None)
        if stack is None:
            stack = self._local.stack = []
        return stack
