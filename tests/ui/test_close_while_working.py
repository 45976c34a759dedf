"""Closing the window (and its project) while a worker runs never reaches a deleted widget."""

from __future__ import annotations

import threading

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
