"""Closing a team project (or its window) while other coders' changes stream in over the live
feed never crashes and never hands a change to a window whose session is closed.

The feed listens on its own thread. Each scenario runs in a child process: the failure guarded
against is a segmentation fault (a thread inside ``emit()`` on a QObject the UI thread frees),
which would otherwise end the whole test run."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from qualcode.services.projects import new_project
from tests.storage.pg_fixtures import fresh_schema

pytestmark = pytest.mark.postgres

_COMMON = textwrap.dedent("""
    import gc, json, os, random, sys, threading, time
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    import psycopg
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.projects import load_project
    from qualcode.storage.live_feed import channel_for
    from qualcode.ui.session import ProjectSession

    url = sys.argv[1]
    late, heard = [], [0]

    class Window(QWidget):  # stands in for a view of the open project
        def __init__(self, session):
            super().__init__()
            self.open = True
            self.session = session  # as the panes do
            session.events.changed.connect(self._on_changed)

        def _on_changed(self, changes):
            heard[0] += 1
            if not self.open:
                late.append(changes)

    def pump(seconds):
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            QCoreApplication.processEvents()
            time.sleep(0.001)

    def close(window, session, *, delete=True):
        window.open = False  # what the window shows from now on belongs to no open project
        session.close()
        pump(0.01)  # anything still queued for the window arrives now, if at all
        if delete:
            drop(window)

    def drop(window):
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
""")

_STRESS = _COMMON + textwrap.dedent("""
    rounds = int(sys.argv[2])
    stop = threading.Event()

    def another_coder():  # a second client editing the project all along
        other, i = load_project(url), 0
        while not stop.is_set():
            add_code(other, f"code {os.getpid()} {i}")
            i += 1
        other.close()

    def many_clients():  # and a stream of change notices, as from a busy team
        probe = load_project(url)
        channel = channel_for(probe.engine)
        probe.close()
        payload = json.dumps({"client": "elsewhere", "user": "ana", "changes": {"codes": True, "code_ids": [1]}})
        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", autocommit=True) as conn:
            while not stop.is_set():
                conn.execute("select pg_notify(%s, %s)", (channel, payload))
                time.sleep(0.0005)

    writers = [threading.Thread(target=f, daemon=True) for f in (another_coder, many_clients)]
    for w in writers:
        w.start()
    random.seed(11)
    for n in range(rounds):
        session = ProjectSession(load_project(url), "Dilnoza")
        window = Window(session)
        pump(random.uniform(0.0, 0.03))
        close(window, session)
        del window, session
        if n % 10 == 0:
            gc.collect()
    stop.set()
    for w in writers:
        w.join(10)
    pump(0.2)
    print("rounds", rounds, "heard", heard[0], "late", len(late))
""")

_SLOW_STOP = _COMMON + textwrap.dedent("""
    from qualcode.core.change_hub import RemoteOrigin
    from qualcode.storage import live_feed

    busy, release = threading.Event(), threading.Event()
    real_send = live_feed.LiveFeed._send

    def slow_send(self, changes):  # the feed thread is held up while it hands a change on
        if isinstance(changes.initiator, RemoteOrigin) and not release.is_set():
            busy.set()
            release.wait(3 * live_feed._POLL_S + 2)  # longer than close() waits for the thread
        return real_send(self, changes)

    live_feed.LiveFeed._send = slow_send
    other = load_project(url)
    for n in range(3):
        busy.clear(); release.clear()
        session = ProjectSession(load_project(url), "Dilnoza")
        window = Window(session)
        add_code(other, f"late {n}")
        assert busy.wait(10), "the feed never heard the change"
        started = time.perf_counter()
        close(window, session, delete=False)  # the feed thread does not stop within close()'s wait
        print("close took", round(time.perf_counter() - started, 2), "s")
        del session
        gc.collect()
        pump(3 * live_feed._POLL_S + 2.5)  # the held-up change is handed on now; the window is still up
        drop(window)
        del window
        gc.collect()
        pump(0.2)
    release.set()
    # the feed still works for the next session
    session = ProjectSession(load_project(url), "Dilnoza")
    window = Window(session)
    before = heard[0]
    add_code(other, "after")
    end = time.perf_counter() + 10
    while heard[0] == before and time.perf_counter() < end:
        pump(0.05)
    assert heard[0] > before, "the next session heard nothing"
    close(window, session)
    other.close()
    print("late", len(late))
""")


def _run(tmp_path: Path, source: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "child.py"
    script.write_text(source, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1",
           "PYTHONPATH": os.pathsep.join(p for p in (str(root), os.environ.get("PYTHONPATH", "")) if p)}
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, env=env,
                          timeout=timeout, check=False)


def test_reopening_a_team_project_many_times_while_changes_stream_in(tmp_path):
    schemas = fresh_schema()
    url, _schema = next(schemas)
    try:
        new_project(url).close()
        done = _run(tmp_path, _STRESS, url, "120", timeout=400)
        assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout[-1000:]}\n{done.stderr[-3000:]}"
        assert "rounds 120 heard" in done.stdout
        assert done.stdout.strip().endswith("late 0"), done.stdout
    finally:
        next(schemas, None)


def test_closing_while_the_feed_thread_is_slow_to_stop(tmp_path):
    schemas = fresh_schema()
    url, _schema = next(schemas)
    try:
        new_project(url).close()
        done = _run(tmp_path, _SLOW_STOP, url, timeout=300)
        assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout[-1000:]}\n{done.stderr[-3000:]}"
        assert done.stdout.strip().endswith("late 0"), done.stdout
    finally:
        next(schemas, None)
