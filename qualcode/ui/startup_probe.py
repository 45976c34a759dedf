"""Record when the main window is first painted and when it is complete, for the start-up benchmark.

With ``QUALCODE_STARTUP_PROBE=FILE`` in the environment, the app writes one line to FILE,
``PAINTED<TAB>TITLE<TAB>COMPLETE``: the wall-clock times (``time.time()``) of the window's
first paint and of the moment everything it shows is filled in (the codebook's counts come
from a worker and may land just after the first paint; ``MainWindow.is_complete``), and the
window title at the first paint. Then (unless ``QUALCODE_STARTUP_PROBE_STAY=1``) it quits.
``benchmarks/startup_bench.py`` subtracts the time it spawned the process. Without the
variable nothing is installed.
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
            title = watched.windowTitle() if isinstance(watched, QWidget) else ""
            complete = getattr(watched, "is_complete", lambda: True)()  # this frame shows everything
            # after this paint is delivered: the frame is complete
            QTimer.singleShot(0, lambda: self._wait_for_fill(painted, title, complete, watched))
        return False

    def _wait_for_fill(self, painted: float, title: str, complete: bool, window: QObject) -> None:
        if complete:
            self._record(painted, title, painted, window)
            return
        # the late fill is shown by the next frame: record after the events it posted
        window.when_complete(  # type: ignore[attr-defined]
            lambda: QTimer.singleShot(0, lambda: self._record(painted, title, time.time(), window)))

    def _record(self, painted: float, title: str, complete: float, window: QObject) -> None:
        self._target.write_text(f"{painted!r}\t{title}\t{max(painted, complete)!r}\n", "utf-8")
        if os.environ.get(f"{ENV}_STAY") != "1":
            if isinstance(window, QWidget):
                window.close()  # as the user would: the project closes, its threads stop
            QApplication.quit()


def install_startup_probe(window: QWidget) -> None:
    """Watch ``window`` for its first paint when the probe variable is set."""
    target = os.environ.get(ENV)
    if target:
        _FirstPaint(window, Path(target))
