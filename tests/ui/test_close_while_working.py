"""Closing the window (and its project) while a worker runs never reaches a deleted widget."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
from PySide6.QtWidgets import QWidget

from qualcode.services.projects import ensure_coder, new_project
from qualcode.ui import workers
from qualcode.ui.analysis import regression_panel
from qualcode.ui.main_window import MainWindow
from tests.ui.test_regression_panel import build_study


def test_closing_the_window_while_the_case_table_loads_raises_nothing(qtbot, tmp_path, monkeypatch):
    location = tmp_path / "study.qcproj"
    project = new_project(location)
    build_study(project, ensure_coder(project, "Dilnoza"), tmp_path)
    project.close()
    gate, entered = threading.Event(), threading.Event()
    real = regression_panel.load_case_table

    def slow_load(project, *, cancel, progress):  # held until the window is gone
        entered.set()
        gate.wait(20)
        return real(project, cancel=cancel, progress=progress)

    monkeypatch.setattr(regression_panel, "load_case_table", slow_load)
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    assert window.open_location(str(location))
    window.regression_dock.show()
    window.regression_dock.panel.reload_table()
    assert entered.wait(10)
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()
    gate.set()
    assert QThreadPool.globalInstance().waitForDone(20_000)
    for _ in range(5):  # deliver whatever the worker queued; pytest-qt fails the test on any slot error
        QCoreApplication.processEvents()


def test_a_bound_worker_reports_nothing_after_its_owner_is_destroyed(qtbot):
    gate = threading.Event()

    def job(*, cancel, progress):
        gate.wait(10)
        return 42

    owner = QWidget()
    seen: list[object] = []
    worker = workers.FunctionWorker(job)
    worker.signals.finished.connect(seen.append)
    worker.signals.cancelled.connect(lambda: seen.append("cancelled"))
    workers.start(worker, owner=owner)
    owner.deleteLater()
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, 52)  # DeferredDelete
    assert worker.is_cancelled  # the owner's end cancelled the run
    gate.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()
    assert seen == []


# Closing a project deletes its codebook pane; the pane's background code count may be just
# finishing. Each round opens a codebook, which starts counting (over a project large enough
# that the count takes a moment: a short busy wait stands in for it), and closes the pane as
# the count reports back. Run in a child process: the failure this guards against is a
# segmentation fault, which would otherwise end the whole test run.
_CLOSE_WHILE_COUNTING = textwrap.dedent("""
    import random, sys, threading, time
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    import qualcode.ui.models.code_counts_worker as counting
    from qualcode.services.projects import new_project
    from qualcode.ui.panes.codebook_pane import CodebookPane
    from qualcode.ui.session import ProjectSession

    real, counting_now = counting.code_counts, threading.Event()
    def count_of_a_large_project(project):
        counting_now.set()
        result = real(project)
        end = time.perf_counter() + 0.002
        while time.perf_counter() < end:
            pass
        return result
    counting.code_counts = count_of_a_large_project
    session = ProjectSession(new_project(sys.argv[1]), "Dilnoza")
    random.seed(7)
    for _ in range(int(sys.argv[2])):
        counting_now.clear()
        pane = CodebookPane(session)  # counts its codes in the background at once
        counting_now.wait(10)
        time.sleep(random.uniform(0, 0.004))
        pane.deleteLater()  # the project is closed: its panes go
        del pane
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()
    session.close()
    print("closed", sys.argv[2], "codebooks while counting")
""")


def test_closing_the_codebook_while_its_count_finishes_never_crashes(tmp_path):
    script = tmp_path / "close_while_counting.py"
    script.write_text(_CLOSE_WHILE_COUNTING, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1",
           "PYTHONPATH": os.pathsep.join(p for p in (str(root), os.environ.get("PYTHONPATH", "")) if p)}
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "p.qcproj"), "300"],
                          capture_output=True, text=True, env=env, timeout=240, check=False)
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stderr[-3000:]}"
    assert "closed 300 codebooks while counting" in done.stdout
