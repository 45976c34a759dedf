"""Recount segments · documents · cases per code off the UI thread.

``code_counts`` reads every segment (200,000 in a large project), so it runs in a
``QThreadPool`` worker: a module-level pure function call with the project handle in
and a plain dict out; the worker never touches widgets or the session. Requests
arriving while a count runs are folded into one re-run when it finishes; a count made
for a coder filter that has changed since is not shown (it is run again).

A count reports back through :func:`qualcode.ui.thread_relay.shared_relay`, never
through a ``QObject`` of its pane: a count reported through a relay owned by its pane
used to crash the process (segmentation fault) when the pane was deleted — project
closed, window closed — while the count was finishing, because the pool thread was
inside ``emit()`` (Qt's ``activate``, without the GIL) on a ``QObject`` the UI thread
was freeing. A refresher that is gone is unregistered and no longer receives.
"""

from __future__ import annotations

import weakref
from functools import partial

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from qualcode.services.codebook.code_counts import code_counts
from qualcode.services.team.coder_counts import code_counts_for
from qualcode.ui.thread_relay import ThreadRelay, shared_relay


class _CountRun(QRunnable):
    def __init__(self, project: object, relay: ThreadRelay, token: int, coder_ids: frozenset[int] | None = None) -> None:
        super().__init__()
        self.project, self.relay, self.token, self.coder_ids = project, relay, token, coder_ids

    def run(self) -> None:
        try:
            if self.coder_ids is None:
                result = code_counts(self.project)  # type: ignore[arg-type]
            else:  # the Team menu shows some coders only
                result = code_counts_for(self.project, self.coder_ids)  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - project closed meanwhile: nothing to show
            result = None
        self.relay.send(self.token, (self.coder_ids, result))  # the relay is never deleted


class CountsRefresher(QObject):
    """Debounced background recount; emits ``updated(dict)`` on the UI thread."""

    updated = Signal(object)

    def __init__(self, project: object, delay_ms: int = 150, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._relay = shared_relay()
        ref = weakref.ref(self)

        def hand_on(done: object) -> None:
            refresher = ref()
            if refresher is not None and shiboken6.isValid(refresher):
                refresher._finished(done)

        self._token = self._relay.register(hand_on)  # which counts on the shared relay are ours
        self.destroyed.connect(partial(self._relay.unregister, self._token))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._running = False
        self._again = False
        self.pool = QThreadPool.globalInstance()
        #: count only these coders' codings (None: everyone's)
        self.coder_ids: frozenset[int] | None = None

    def request(self) -> None:
        self._timer.start()

    def request_now(self) -> None:
        """Count at once, without the debounce (a pane's first counts, while the window is built)."""
        self._timer.stop()
        self._start()

    def _start(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        self.pool.start(_CountRun(self.project, self._relay, self._token, self.coder_ids))

    def _finished(self, done: object) -> None:
        coder_ids: frozenset[int] | None
        result: object
        coder_ids, result = done  # type: ignore[misc]
        self._running = False
        if coder_ids != self.coder_ids:  # counted for a filter that changed meanwhile: count again, show nothing stale
            self._again = True
        elif result is not None:
            self.updated.emit(result)
        if self._again:
            self._again = False
            self._start()
