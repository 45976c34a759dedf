"""Run a module-level pure function in a QThreadPool worker, with progress and cancel.

The function receives only plain values (a project handle, ids, strings) plus two
keyword arguments, ``cancel`` (a callable returning True once the user cancelled)
and ``progress`` (``progress(done, total)``). It must not touch widgets or the
session (STYLE.md §5); its result comes back on the UI thread through ``finished``.

A worker started with ``start(worker, owner=widget)`` is bound to that widget: when
the widget is destroyed (the window or project closed mid-run) the worker is
cancelled and nothing it reports later reaches any slot. A bound run never emits
the public signals from the pool thread: it reports through one process-wide relay,
delivered on the UI thread, which drops everything once the owner is gone. So a slot
never runs on a deleted widget ("Internal C++ object already deleted"). An unbound
worker emits its public signals from the pool thread, so a ``DirectConnection`` slot
still runs there (tests use it to hold a run).

Lifetime. A run releases what it was given (the function, its arguments — often the
project, i.e. an open database — and keyword arguments) as soon as the function
returns. The pool is never handed the ``FunctionWorker`` itself (``QThreadPool.start``
takes a Python runnable over to C++ for good, so every worker, its signals and its
arguments used to stay alive for the whole session) but a small runnable that the
pool deletes after the run. ``start`` keeps the worker and its ``WorkerSignals``
alive on the UI thread until the run's last report has been delivered there; only
then does it let go, disconnect the worker's slots (a slot that captures its worker,
``lambda r, w=worker: ...``, would otherwise keep both alive through Qt) and drop the
owner's ``destroyed`` hook. The pool thread lets go of the signals before it sends
that last report, so a ``WorkerSignals`` is always freed on the UI thread and never
while the pool thread emits on it (PySide emits without the GIL: freeing a QObject
another thread is emitting on crashes the process). Reports travel through
:func:`qualcode.ui.thread_relay.shared_relay`, made on the UI thread and never deleted.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import SIGNAL, QObject, QRunnable, QThreadPool, Signal

from qualcode.ui.thread_relay import ThreadRelay, shared_relay

_FINAL = frozenset({"finished", "failed", "cancelled"})
_SIGNATURES = {"progress": "progress(int,int)", "finished": "finished(PyObject)", "failed": "failed(PyObject)",
               "cancelled": "cancelled()"}
_DONE = ""  # a relay report that only says "the run is over" (an unbound run told its slots itself)


class WorkerSignals(QObject):
    """Lives in the thread that created the worker, so slots run on the UI thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.owner: QObject | None = None
        self.owner_gone = False

    def _disconnect_all(self) -> None:
        """No more reports will come: let go of every slot (and whatever the slots hold)."""
        for name, signature in _SIGNATURES.items():
            if self.receivers(SIGNAL(signature)):  # (QMetaMethod.fromSignal would hold a reference to self)
                getattr(self, name).disconnect()


def _deliver(worker: FunctionWorker, report: object) -> None:
    """UI thread: one report of ``worker``'s run ((signal name or _DONE, its arguments))."""
    name: str
    values: tuple[Any, ...]
    name, values = report  # type: ignore[misc]
    final = name in _FINAL or name == _DONE
    if final:  # the run is over: the owner's reference is the only one left
        shared_relay().unregister(worker.token)
    signals = worker.signals
    owner = signals.owner
    if name != _DONE and not (signals.owner_gone or (owner is not None and not shiboken6.isValid(owner))):
        getattr(signals, name).emit(*values)
    if final:
        worker._release()


class _Run(QRunnable):
    """What the pool runs (and deletes afterwards): the call, and where to report."""

    def __init__(self, worker: FunctionWorker, relay: ThreadRelay | None) -> None:
        super().__init__()
        self.function, self.args, self.kwargs = worker.function, worker.args, worker.kwargs
        worker.function, worker.args, worker.kwargs = None, (), {}  # the run holds them, only while it runs
        self.cancel = worker._cancel
        self.signals: WorkerSignals | None = worker.signals
        self.token = worker.token
        self.relay = relay

    def _emit(self, name: str, *values: Any) -> None:
        signals = self.signals
        if signals is None:  # the run is over
            return
        if signals.owner is None or self.relay is None:  # unbound: the public signal, from this thread as ever
            getattr(signals, name).emit(*values)
        else:
            self.relay.send(self.token, (name, values))

    def _progress(self, done: int, total: int) -> None:
        self._emit("progress", done, total)

    def run(self) -> None:
        name: str
        values: tuple[Any, ...]
        try:
            function, args, kwargs = self.function, self.args, self.kwargs
            assert function is not None
            self.function, self.args, self.kwargs = None, (), {}
            try:
                result = function(*args, cancel=self.cancel.is_set, progress=self._progress, **kwargs)
            finally:
                del function, args, kwargs  # release the project and the rest now, not with the runnable
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, never lost
            traceback.clear_frames(exc.__traceback__)  # the frames' locals (the project...) go; the lines stay
            name, values = ("cancelled", ()) if self.cancel.is_set() else ("failed", (exc,))
        else:
            name, values = ("cancelled", ()) if self.cancel.is_set() else ("finished", (result,))
            del result
        self._finish(name, values)

    def _finish(self, name: str, values: tuple[Any, ...]) -> None:
        signals, self.signals = self.signals, None
        if self.relay is None:  # run by hand (FunctionWorker.run): nothing to hand back
            assert signals is not None
            getattr(signals, name).emit(*values)
            return
        assert signals is not None
        if signals.owner is None:  # unbound: tell the slots from here, then tell the relay the run is over
            getattr(signals, name).emit(*values)
            name, values = _DONE, ()
        # Let go of the signals before the last report: from then on the UI thread may free them.
        del signals
        self.relay.send(self.token, (name, values))


class FunctionWorker(QRunnable):
    """``FunctionWorker(search_project, project, "aid", mode="word")``; start with :func:`start`.

    Exactly one of ``finished``, ``failed`` or ``cancelled`` is emitted per run.
    Hand it to :func:`start`, never to ``QThreadPool.start`` directly (see the module docstring).
    """

    def __init__(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.function: Callable[..., Any] | None = function
        self.args: tuple[Any, ...] = args
        self.kwargs: dict[str, Any] = kwargs
        self.signals = WorkerSignals()
        self.token = 0  # its run's token on the shared relay, given by start()
        self._cancel = threading.Event()
        self._owner_hook: Callable[..., None] | None = None
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        """Run in the calling thread (what :func:`start` runs in the pool)."""
        if self.function is not None:
            _Run(self, None).run()

    def _release(self) -> None:
        """UI thread, after the last report: drop the slots and the owner's hook."""
        self.signals._disconnect_all()
        owner, hook, self._owner_hook = self.signals.owner, self._owner_hook, None
        self.signals.owner = None  # the run is over: keep no widget alive
        if hook is not None and owner is not None and shiboken6.isValid(owner):
            owner.destroyed.disconnect(hook)


def start(worker: FunctionWorker, pool: QThreadPool | None = None, *, owner: QObject | None = None) -> FunctionWorker:
    """Run ``worker`` on ``pool`` (the global pool by default).

    With ``owner`` the worker is cancelled when ``owner`` is destroyed and its
    signals are never delivered after that. A worker runs once.
    """
    if worker.function is None:
        raise RuntimeError("a FunctionWorker runs once")
    if owner is not None:
        bind(worker, owner)
    relay = shared_relay()
    worker.token = relay.register(partial(_deliver, worker))  # kept until its last report is delivered
    run = _Run(worker, relay)
    run.setAutoDelete(True)
    (pool or QThreadPool.globalInstance()).start(run)
    return worker


def bind(worker: FunctionWorker, owner: QObject) -> None:
    """Tie ``worker`` to ``owner``'s lifetime (see the module docstring)."""
    signals = worker.signals
    signals.owner = owner
    cancel = worker._cancel

    def gone(_obj: object = None) -> None:
        signals.owner_gone = True
        cancel.set()

    worker._owner_hook = gone
    owner.destroyed.connect(gone)
