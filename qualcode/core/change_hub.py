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

__all__ = ["Batch", "ChangeHub", "RemoteOrigin", "Subscriber", "changes_from_dict", "changes_to_dict"]

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


# --- the team change feed: Changes to and from a JSON-able dict (additive) ---------------------

_FLAG_NAMES = ("documents", "segments", "codes", "themes", "cases", "memos", "links", "survey", "assistant_index")
_ID_NAMES = ("document_ids", "segment_ids", "code_ids", "theme_ids", "case_ids", "memo_ids")


@dataclass(frozen=True)
class RemoteOrigin:
    """The initiator of Changes another client made (heard on the team change feed).

    Views refresh on them like on any change; the feed never sends them on again.
    """

    client: str
    user: str = ""


def changes_to_dict(changes: Changes, *, with_ids: bool = True) -> dict[str, object]:
    """``changes`` as a JSON-able dict (flags, and the id lists unless ``with_ids`` is False)."""
    out: dict[str, object] = {name: True for name in _FLAG_NAMES if getattr(changes, name)}
    if with_ids:
        out.update({name: sorted(getattr(changes, name)) for name in _ID_NAMES if getattr(changes, name)})
    return out


def changes_from_dict(data: dict[str, object], initiator: object | None = None) -> Changes:
    """The :class:`Changes` a :func:`changes_to_dict` dict describes; unknown keys are ignored."""
    flags = {name: bool(data.get(name)) for name in _FLAG_NAMES}
    id_sets: dict[str, frozenset[int]] = {}
    for name in _ID_NAMES:
        value = data.get(name)
        if isinstance(value, list):
            id_sets[name] = frozenset(int(v) for v in value if isinstance(v, int))
    return Changes(**flags, **id_sets, initiator=initiator)  # type: ignore[arg-type]
