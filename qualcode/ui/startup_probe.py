"""Record when the main window is first painted, for the start-up benchmark.

With ``QUALCODE_STARTUP_PROBE=FILE`` in the environment, the app writes the wall-clock
time (``time.time()``) of the window's first paint to FILE, then (unless
``QUALCODE_STARTUP_PROBE_STAY=1``) quits. ``benchmarks/startup_bench.py`` subtracts the
time it spawned the process. Without the variable nothing is installed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "QUALCODE_STARTUP_PROBE"


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, target: Path) -> None:
        super().__init__(window)
        self._target = target
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            painted = time.time()
            # after this paint is delivered: the frame is complete, then record and leave
            QTimer.singleShot(0, lambda: self._record(painted, watched))
        return False

    def _record(self, painted: float, window: QObject) -> None:
        title = window.windowTitle() if isinstance(window, QWidget) else ""
        self._target.write_text(f"{painted!r}\t{title}\n", "utf-8")
        if os.environ.get(f"{ENV}_STAY") != "1":
            if isinstance(window, QWidget):
                window.close()  # as the user would: the project closes, its threads stop
            QApplication.quit()


def install_startup_probe(window: QWidget) -> None:
    """Watch ``window`` for its first paint when the probe variable is set."""
    target = os.environ.get(ENV)
    if target:
        _FirstPaint(window, Path(target))
