"""Shared set-up for the Themes UI tests: a session over TA1's hand-coded real focus group
(tests/services/theme_project.py: the QualCoder example transcript, three speakers = three
cases; theme "Demanding but worthwhile" = Workload (+ sub-code "Too many assignments") and
"Value of the course", coded for id1 and id3 (4 segments); "Struggling with materials" =
"Lecture slides", coded once for id2)."""

from __future__ import annotations

import pytest

from qualcode.ui.session import ProjectSession
from tests.services.theme_project import build


@pytest.fixture
def themed(qapp, project):
    """(session, built): the session's undo stack is cleared at the end, as closing a project
    does, so Python-side commands are not left to Qt's shutdown."""
    session = ProjectSession(project, "Dilnoza")
    built = build(project, session.coder.id)
    yield session, built
    session.undo_stack.clear()
    import gc

    gc.collect()
