"""Run a module-level pure function in a QThreadPool worker, with progress and cancel.

The function receives only plain values (a project handle, ids, strings) plus two
keyword arguments, ``cancel`` (a callable returning True once the user cancelled)
and ``progress`` (``progress(done, total)``). It must not touch widgets or the
session (STYLE.md §5); its result comes back on the UI thread through ``finished``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    """Lives in the thread that created the worker, so slots run on the UI thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()


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
        self._emit(self.signals.progress, done, total)

    def _emit(self, signal: Any, *values: Any) -> None:
        try:
            signal.emit(*values)
        except RuntimeError:  # receiver gone (window closed during the run): nothing to tell
            pass

    def run(self) -> None:
        try:
            result = self.function(*self.args, cancel=self._cancel.is_set, progress=self._progress, **self.kwargs)
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, never lost
            if self._cancel.is_set():
                self._emit(self.signals.cancelled)
            else:
                self._emit(self.signals.failed, exc)
            return
        if self._cancel.is_set():
            self._emit(self.signals.cancelled)
        else:
            self._emit(self.signals.finished, result)


def start(worker: FunctionWorker, pool: QThreadPool | None = None) -> FunctionWorker:
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker
