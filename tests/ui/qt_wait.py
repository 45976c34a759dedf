"""Waiting in UI tests without starving the worker threads.

``QTest.qWait`` (PySide6 6.11) keeps the GIL for the whole wait, so a pool worker running Python
advances only between two ``qWait`` calls: each time it gives up the GIL (a file read, a stat, a
sleep) it waits for the next call. Polling with ``QTest.qWait(50)`` made the regression panel's
first fit, which imports statsmodels in its worker (~2 s of reads on its own), take ~55 s, and
timed out the analysis translation test. A nested ``QEventLoop``, as ``qtbot.wait`` uses, lets
the other threads run while it waits. Use ``qtbot.wait`` / ``qtbot.waitUntil`` in tests, and these
two in module-scoped fixtures, which cannot take ``qtbot``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer


def wait(ms: int) -> None:
    """Process events for ``ms`` milliseconds (queued signals, timers, deferred deletions)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_until(condition: Callable[[], object], timeout_ms: int, what: str) -> None:
    """Process events until ``condition()`` is true; fail after ``timeout_ms`` saying ``what``."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        assert time.monotonic() < deadline, f"timed out after {timeout_ms / 1000:.0f} s waiting for {what}"
        wait(50)
