"""Changes published on another thread (the team feed's listener, a pool worker) reach the
project's views on the UI thread, and never once the session is closed."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QObject

from qualcode.core.change_hub import ChangeHub
from qualcode.core.changes import Changes
from qualcode.ui.events import ProjectEvents


class _View(QObject):
    def __init__(self, events: ProjectEvents) -> None:
        super().__init__()
        self.seen: list[tuple[str, Changes]] = []
        events.changed.connect(self.on_changed)

    def on_changed(self, changes: Changes) -> None:
        self.seen.append((threading.current_thread().name, changes))


def _publish_elsewhere(hub: ChangeHub, changes: Changes) -> None:
    thread = threading.Thread(target=hub.publish, args=(changes,), name="listener")
    thread.start()
    thread.join(10)


def test_a_change_from_another_thread_arrives_on_the_ui_thread(qtbot):
    hub = ChangeHub()
    events = ProjectEvents(hub)
    view = _View(events)
    _publish_elsewhere(hub, Changes(codes=True))
    qtbot.waitUntil(lambda: bool(view.seen), timeout=5000)
    assert view.seen == [(threading.current_thread().name, Changes(codes=True))]
    events.detach()


def test_a_change_still_on_its_way_when_the_session_closes_is_dropped(qtbot):
    hub = ChangeHub()
    events = ProjectEvents(hub)
    view = _View(events)
    _publish_elsewhere(hub, Changes(codes=True))  # queued for the UI thread, not yet delivered
    events.detach()  # the session closes
    for _ in range(5):
        QCoreApplication.processEvents()
    assert view.seen == []


def test_a_change_on_its_way_to_deleted_events_is_dropped(qtbot):
    hub = ChangeHub()
    events = ProjectEvents(hub)
    _publish_elsewhere(hub, Changes(codes=True))
    del events
    gc.collect()
    for _ in range(5):  # pytest-qt fails the test on any error raised in a slot
        QCoreApplication.processEvents()


def test_a_change_made_on_the_ui_thread_is_delivered_at_once(qtbot):
    hub = ChangeHub()
    events = ProjectEvents(hub)
    view = _View(events)
    hub.publish(Changes(memos=True))
    assert view.seen == [(threading.current_thread().name, Changes(memos=True))]
    events.detach()
    hub.publish(Changes(memos=True))
    assert len(view.seen) == 1
