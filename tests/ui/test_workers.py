"""FunctionWorker: results, errors and cancel come back on the UI thread as signals."""

from __future__ import annotations

import threading
import time

from qualcode.ui.workers import FunctionWorker, start


def slow_count(n: int, *, cancel, progress) -> int:
    for i in range(n):
        if cancel():
            raise RuntimeError("stopped")
        progress(i + 1, n)
        time.sleep(0.01)
    return n


def boom(*, cancel, progress) -> None:
    raise ValueError("bad input")


def test_finished_with_progress(qtbot):
    worker = FunctionWorker(slow_count, 5)
    seen = []
    worker.signals.progress.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(worker.signals.finished, timeout=5000) as blocker:
        start(worker)
    assert blocker.args == [5]
    qtbot.waitUntil(lambda: len(seen) == 5)
    assert seen[-1] == (5, 5)


def test_failure_is_reported(qtbot):
    worker = FunctionWorker(boom)
    with qtbot.waitSignal(worker.signals.failed, timeout=5000) as blocker:
        start(worker)
    assert isinstance(blocker.args[0], ValueError)


def test_cancel_stops_the_work(qtbot):
    worker = FunctionWorker(slow_count, 10_000)
    main = threading.get_ident()
    worker.signals.progress.connect(lambda d, t: worker.cancel() if d == 3 else None)
    with qtbot.waitSignal(worker.signals.cancelled, timeout=5000):
        start(worker)
    assert threading.get_ident() == main
