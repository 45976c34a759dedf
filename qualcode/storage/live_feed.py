"""The team change feed on PostgreSQL: LISTEN/NOTIFY carries every committed Changes.

Each client sends what its services publish on ``project.hub`` (after the commit) as a
NOTIFY on the project's channel, and a listener thread republishes what *other* clients
sent on the same hub with a :class:`~qualcode.core.change_hub.RemoteOrigin` initiator, so
open views refresh within a second. Remote changes are never sent on again.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import uuid
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine

from qualcode.core.change_hub import (
    ChangeHub,
    RemoteOrigin,
    changes_from_dict,
    changes_to_dict,
)
from qualcode.core.changes import Changes

log = logging.getLogger(__name__)
#: PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; bigger ones go without id lists.
_PAYLOAD_LIMIT = 7900
_POLL_S = 0.2


def channel_for(engine: Engine) -> str:
    """One channel per project: the database and schema (several projects share a server)."""
    with engine.connect() as conn:
        database, schema = conn.execute(text("select current_database(), current_schema()")).one()
    name = re.sub(r"[^a-z0-9_]", "_", f"qualcode_{database}_{schema}".lower())
    return name[:63]


class LiveFeed:
    """Send this client's Changes to the others and hear theirs (one listener thread).

    Parameters
    ----------
    engine
        The project's PostgreSQL engine (its connect arguments, e.g. the password, are reused).
    hub
        The project's hub: local Changes are read from it, remote ones published on it.
    """

    def __init__(self, engine: Engine, hub: ChangeHub, *, user: str = "") -> None:
        self.engine, self.hub = engine, hub
        self.client = uuid.uuid4().hex
        self.user = user
        self.channel = channel_for(engine)
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._raw: Any = None
        self._thread = threading.Thread(target=self._listen, name="qualcode-live-feed", daemon=True)
        self._thread.start()
        self._ready.wait(5)
        self._unsubscribe = hub.subscribe(self._send)

    def _send(self, changes: Changes) -> None:
        if isinstance(changes.initiator, RemoteOrigin):
            return
        body: dict[str, object] = {"client": self.client, "user": self.user, "changes": changes_to_dict(changes)}
        payload = json.dumps(body)
        if len(payload.encode()) > _PAYLOAD_LIMIT:
            body["changes"] = changes_to_dict(changes, with_ids=False)
            payload = json.dumps(body)
        with self.engine.connect() as conn:
            conn.execute(select(func.pg_notify(self.channel, payload)))
            conn.commit()

    def _listen(self) -> None:
        try:
            raw = self.engine.raw_connection()
            conn: Any = raw.driver_connection
            raw.detach()  # a dedicated connection, never handed back to the pool
            self._raw = conn
            conn.rollback()
            conn.autocommit = True
            conn.execute(f'LISTEN "{self.channel}"')
        except Exception:
            log.exception("The team change feed could not start; other clients' edits show on reload")
            self._ready.set()
            return
        self._ready.set()
        try:
            while not self._stop.is_set():
                try:
                    for note in conn.notifies(timeout=_POLL_S, stop_after=50):
                        if self._stop.is_set():  # closed meanwhile: nothing more is published
                            return
                        self._deliver(note.payload)
                except Exception:
                    if not self._stop.is_set():
                        log.exception("The team change feed stopped")
                    return
        finally:
            self._close_connection()  # on this thread: never while it is inside notifies()

    def _close_connection(self) -> None:
        raw, self._raw = self._raw, None
        if raw is not None:
            try:
                raw.close()
            except Exception:  # closing a dead connection is not an error to report
                log.debug("The team change feed's connection was already gone", exc_info=True)

    def _deliver(self, payload: str) -> None:
        try:
            body = json.loads(payload)
            if body.get("client") == self.client:
                return
            origin = RemoteOrigin(str(body.get("client", "")), str(body.get("user", "")))
            self.hub.publish(changes_from_dict(body.get("changes") or {}, origin))
        except (ValueError, TypeError, AttributeError):
            log.warning("Ignored a malformed change notice: %.200s", payload)

    def close(self) -> None:
        """Stop listening and sending.

        The listener thread is given a moment to stop; one that does not (a slow subscriber)
        publishes nothing more once it sees the stop, and closes its own connection then: the
        connection is never closed under it while it waits in ``notifies()``. What it was
        already publishing may still reach the hub's subscribers on that thread (the Qt
        relay drops changes for a closed session).
        """
        self._unsubscribe()
        self._stop.set()
        self._thread.join(2 * _POLL_S + 1)
        if self._thread.is_alive():
            log.warning("The team change feed did not stop in time; it closes its connection when it does")
            return
        self._close_connection()
