"""FunctionWorker: results, errors and cancel come back on the UI thread as signals."""

from __future__ import annotations

import threading

from qualcode.ui.workers import FunctionWorker, start


def stepwise(n: int, gate: threading.Event, *, cancel, progress) -> int:
    """Counts to n; before each next step it waits for the test to open ``gate`` (no sleeps)."""
    for i in range(n):
        if cancel():
            raise RuntimeError("stopped")
        progress(i + 1, n)
        if not gate.wait(10):
            raise TimeoutError("the test never opened the gate")
    return n


def boom(*, cancel, progress) -> None:
    raise ValueError("bad input")


def _thread_of(signal) -> list[int]:
    """The threads the slots connected to ``signal`` ran on."""
    threads: list[int] = []
    signal.connect(lambda *_: threads.append(threading.get_ident()))
    return threads


def test_finished_with_progress_on_the_ui_thread(qtbot):
    gate = threading.Event()
    gate.set()
    worker = FunctionWorker(stepwise, 5, gate)
    seen = []
    worker.signals.progress.connect(lambda d, t: seen.append((d, t)))
    progress_threads = _thread_of(worker.signals.progress)
    finished_threads = _thread_of(worker.signals.finished)
    with qtbot.waitSignal(worker.signals.finished, timeout=5000) as blocker:
        start(worker)
    assert blocker.args == [5]
    qtbot.waitUntil(lambda: len(seen) == 5)
    assert seen == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    ui = threading.get_ident()
    assert set(progress_threads) == set(finished_threads) == {ui}


def test_failure_is_reported_on_the_ui_thread(qtbot):
    worker = FunctionWorker(boom)
    failed_threads = _thread_of(worker.signals.failed)
    with qtbot.waitSignal(worker.signals.failed, timeout=5000) as blocker:
        start(worker)
    assert isinstance(blocker.args[0], ValueError)
    assert failed_threads == [threading.get_ident()]


def test_cancel_stops_the_work(qtbot):
    gate = threading.Event()
    worker = FunctionWorker(stepwise, 10_000, gate)
    seen: list[int] = []

    def on_progress(done: int, _total: int) -> None:
        seen.append(done)
        worker.cancel()  # the user presses Cancel after the first step ...
        gate.set()  # ... and only then may the worker look again

    worker.signals.progress.connect(on_progress)
    cancelled_threads = _thread_of(worker.signals.cancelled)
    with qtbot.waitSignal(worker.signals.cancelled, timeout=5000):
        start(worker)
    assert seen == [1]  # it stopped at the next check, not after 10,000 steps
    assert cancelled_threads == [threading.get_ident()]
