"""A finished worker lets go of what it was given: no worker, signals or project outlives its run.

A long session runs thousands of background jobs (every search, count, matrix); each
is handed the project, i.e. an open database. What a job held must go once its result
is in: otherwise memory grows all session long and a closed project's database handle
stays open (on Windows the file can then not be moved or deleted, and an encrypted
project's decrypted data stays in memory after it was closed).
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import threading
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QWidget

from qualcode.services.projects import new_project
from qualcode.ui.session import ProjectSession
from qualcode.ui.workers import FunctionWorker, start


class Handle:
    """Stands in for a project handle (anything a job is given)."""


class Job:
    """A callable job object, so the test can see whether the function itself is still held."""

    def __init__(self, outcome: str, gate: threading.Event | None = None) -> None:
        self.outcome, self.gate = outcome, gate

    def __call__(self, handle: Handle, *, options: Handle, cancel, progress) -> str:
        progress(1, 2)
        if self.gate is not None:
            self.gate.wait(10)
        if self.outcome == "fail":
            raise ValueError("bad input")
        if cancel():
            raise RuntimeError("stopped")
        return "done"


def _settle() -> None:
    assert QThreadPool.globalInstance().waitForDone(20_000)
    for _ in range(3):
        QCoreApplication.processEvents()
    gc.collect()


@pytest.mark.parametrize("bound", [False, True], ids=["unbound", "bound"])
@pytest.mark.parametrize("outcome", ["finish", "fail", "cancel"])
def test_a_run_lets_go_of_its_function_and_arguments(qtbot, outcome, bound):
    owner = QWidget() if bound else None
    gate = threading.Event()
    job, handle, options = Job(outcome, gate), Handle(), Handle()
    refs = {"function": weakref.ref(job), "argument": weakref.ref(handle), "keyword argument": weakref.ref(options)}
    worker = FunctionWorker(job, handle, options=options)
    del job, handle, options
    results: list[object] = []
    worker.signals.finished.connect(results.append)
    worker.signals.failed.connect(lambda exc: results.append(type(exc).__name__))
    worker.signals.cancelled.connect(lambda: results.append("cancelled"))
    ended = {"finish": worker.signals.finished, "fail": worker.signals.failed, "cancel": worker.signals.cancelled}
    with qtbot.waitSignal(ended[outcome], timeout=10_000):
        start(worker, owner=owner)
        if outcome == "cancel":
            worker.cancel()  # the user pressed Cancel
        gate.set()
    assert results == [{"finish": "done", "fail": "ValueError", "cancel": "cancelled"}[outcome]]
    _settle()
    # The owner still holds its worker (``self.worker``) until it starts the next one ...
    assert {name: ref() is None for name, ref in refs.items()} == dict.fromkeys(refs, True)
    # ... and once it lets go, the worker and its signals go too.
    worker_ref, signals_ref = weakref.ref(worker), weakref.ref(worker.signals)
    del worker
    gc.collect()
    assert worker_ref() is None and signals_ref() is None


def test_a_closed_projects_handle_is_freed_after_a_background_job_ran_on_it(qtbot, tmp_path):
    session = ProjectSession(new_project(tmp_path / "study.qcproj"), "Dilnoza")
    project_ref = weakref.ref(session.project)
    pane = QWidget()

    def count_documents(project, *, cancel, progress):
        with project.unit_of_work() as uow:  # touches the database from the pool thread
            return uow is not None

    worker = FunctionWorker(count_documents, session.project)
    with qtbot.waitSignal(worker.signals.finished, timeout=10_000):
        start(worker, owner=pane)
    session.close()  # the user closes the project; the pane still holds its last worker
    del session
    _settle()
    assert project_ref() is None, "the closed project is still alive: " + repr(
        [type(r).__name__ for r in gc.get_referrers(project_ref())][:10])
    pane.deleteLater()


def test_five_hundred_runs_leave_no_workers_behind(qtbot):
    """A pane that searches all session long: each run replaces the previous worker."""
    pane = QWidget()
    seen: list[object] = []

    def job(n, *, cancel, progress):
        progress(1, 1)
        return n

    alive: list[weakref.ref] = []
    current = None
    for n in range(500):
        worker = FunctionWorker(job, n)
        alive += [weakref.ref(worker), weakref.ref(worker.signals)]
        # The panes' idiom: a slot that captures its worker (a reference cycle through Qt).
        worker.signals.finished.connect(lambda result, w=worker: seen.append((result, w.is_cancelled)))
        worker.signals.progress.connect(lambda done, total: None)
        with qtbot.waitSignal(worker.signals.finished, timeout=10_000):
            current = start(worker, owner=pane if n % 2 else None)
        del worker
    assert [result for result, _ in seen] == list(range(500))
    del current
    _settle()
    still = [type(ref()).__name__ for ref in alive if ref() is not None]
    assert len(still) <= 2, f"{len(still)} of 500 workers and their signals still alive: {sorted(set(still))}"
    pane.deleteLater()


# Owners are deleted (window or project closed) and drop their workers while the runs are
# finishing: the pool thread may be inside emit() at that moment. Freeing a QObject another
# thread is emitting on crashes the process, so run in a child process: a segmentation fault
# fails this test instead of ending the whole test run.
_OWNERS_GONE_WHILE_FINISHING = textwrap.dedent("""
    import gc, random, sys, threading, time
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    from qualcode.ui.workers import FunctionWorker, start

    class Pane(QWidget):
        def __init__(self):
            super().__init__()
            self.worker = None
            self.results = []
        def on_progress(self, done, total):
            if done == 20 and self.worker is not None and self.worker.token % 4 == 0:
                self.worker.cancel()  # the user presses Cancel and the pane forgets its worker
                self.worker = None
        def finished(self, result):
            self.results.append(result)
            self.worker = None

    def job(n, *, cancel, progress):
        for i in range(40):
            progress(i, 40)
        end = time.perf_counter() + random.uniform(0, 0.002)
        while time.perf_counter() < end:
            pass
        progress(40, 40)
        return n

    random.seed(11)
    rounds = int(sys.argv[1])
    for n in range(rounds):
        pane = Pane()
        worker = FunctionWorker(job, n)
        worker.signals.progress.connect(lambda d, t, w=worker: None)
        worker.signals.finished.connect(pane.finished)
        worker.signals.progress.connect(pane.on_progress)
        pane.worker = start(worker, owner=pane if n % 3 else None)
        del worker
        time.sleep(random.uniform(0, 0.003))
        if n % 2:
            QCoreApplication.processEvents()
        pane.deleteLater()  # the window closes: its panes go, their workers with them
        del pane
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if n % 50 == 0:
            gc.collect()
    QThreadPool.globalInstance().waitForDone(20_000)
    QCoreApplication.processEvents()
    gc.collect()
    print("deleted", rounds, "owners while their workers finished")
""")


def test_owners_deleted_while_their_workers_finish_never_crash(tmp_path):
    script = tmp_path / "owners_gone.py"
    script.write_text(_OWNERS_GONE_WHILE_FINISHING, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1",
           "PYTHONPATH": os.pathsep.join(p for p in (str(root), os.environ.get("PYTHONPATH", "")) if p)}
    done = subprocess.run([sys.executable, str(script), "300"],
                          capture_output=True, text=True, env=env, timeout=240, check=False)
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stderr[-3000:]}"
    assert "deleted 300 owners while their workers finished" in done.stdout
