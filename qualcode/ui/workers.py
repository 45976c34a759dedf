"""Run a module-level pure function in a QThreadPool worker, with progress and cancel.

The function receives only plain values (a project handle, ids, strings) plus two
keyword arguments, ``cancel`` (a callable returning True once the user cancelled)
and ``progress`` (``progress(done, total)``). It must not touch widgets or the
session (STYLE.md §5); its result comes back on the UI thread through ``finished``.

A worker started with ``start(worker, owner=widget)`` is bound to that widget: when
the widget is destroyed (the window or project closed mid-run) the worker is
cancelled and nothing it reports later reaches any slot. The worker thread never
emits the public signals itself; it emits one private relay signal, delivered on
the UI thread to :meth:`WorkerSignals._deliver`, which drops everything once the
owner is gone. So a slot never runs on a deleted widget ("Internal C++ object
already deleted"). An unbound worker emits its public signals from the worker
thread, so a ``DirectConnection`` slot still runs there (tests use it to hold a run).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class WorkerSignals(QObject):
    """Lives in the thread that created the worker, so slots run on the UI thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    _relay = Signal(str, object)  # (which public signal, its arguments), from the worker thread

    def __init__(self) -> None:
        super().__init__()
        self.owner: QObject | None = None
        self.owner_gone = False
        self._relay.connect(self._deliver)

    @Slot(str, object)
    def _deliver(self, name: str, values: tuple[Any, ...]) -> None:
        if self.owner_gone or (self.owner is not None and not shiboken6.isValid(self.owner)):
            return  # the widget that asked is gone: drop the result
        getattr(self, name).emit(*values)


class FunctionWorker(QRunnable):
    """``FunctionWorker(search_project, project, "aid", mode="word")``; start with :func:`start`.

    Exactly one of ``finished``, ``failed`` or ``cancelled`` is emitted per run.
    """

    def __init__(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.function, self.args, self.kwargs = function, args, kwargs
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the owner keeps it (and its signals) alive

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        self._emit("progress", done, total)

    def _emit(self, name: str, *values: Any) -> None:
        try:
            if self.signals.owner is None:  # unbound: the public signal, from this thread as ever
                getattr(self.signals, name).emit(*values)
            else:
                self.signals._relay.emit(name, values)  # noqa: SLF001 - the worker half of the relay
        except RuntimeError:  # the signals object died with its owner: nothing to tell
            pass

    def run(self) -> None:
        try:
            result = self.function(*self.args, cancel=self._cancel.is_set, progress=self._progress, **self.kwargs)
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, never lost
            if self._cancel.is_set():
                self._emit("cancelled")
            else:
                self._emit("failed", exc)
            return
        if self._cancel.is_set():
            self._emit("cancelled")
        else:
            self._emit("finished", result)


def start(worker: FunctionWorker, pool: QThreadPool | None = None, *, owner: QObject | None = None) -> FunctionWorker:
    """Run ``worker`` on ``pool`` (the global pool by default).

    With ``owner`` the worker is cancelled when ``owner`` is destroyed and its
    signals are never delivered after that.
    """
    if owner is not None:
        bind(worker, owner)
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker


def bind(worker: FunctionWorker, owner: QObject) -> None:
    """Tie ``worker`` to ``owner``'s lifetime (see the module docstring)."""
    signals = worker.signals
    signals.owner = owner

    def gone(_obj: object = None) -> None:
        signals.owner_gone = True
        worker.cancel()

    owner.destroyed.connect(gone)
