"""The tests' own wait (tests/ui/qt_wait.py) lets worker threads run while it waits.

QTest.qWait keeps the GIL for its whole wait: a worker that gives up the GIL at every system call
(reading the files of a module it imports, a sleep) made one step per qWait call, and the analysis
translation test timed out waiting for a fit that needed ~2 s on its own.
"""

from __future__ import annotations

import threading
import time

import pytest

pytest.importorskip("pytestqt")

from tests.ui.qt_wait import wait, wait_until  # noqa: E402


def test_a_worker_thread_keeps_going_while_the_test_waits(qapp):
    steps: list[int] = []
    stop = threading.Event()

    def work() -> None:  # many short GIL releases, like an import reading its files
        while not stop.is_set() and len(steps) < 10_000:
            time.sleep(0.001)
            steps.append(1)

    thread = threading.Thread(target=work)
    thread.start()
    try:
        wait(300)
        done = len(steps)
    finally:
        stop.set()
        thread.join()
    assert done >= 20, f"{done} steps in 300 ms: the wait held the GIL"  # QTest.qWait(300): 1 or 2


def test_wait_until_says_what_it_waited_for(qapp):
    with pytest.raises(AssertionError, match="waiting for the fitted model"):
        wait_until(lambda: False, 100, "the fitted model")
