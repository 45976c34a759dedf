"""A live shared project on PostgreSQL: change feed between clients, row versions."""

from __future__ import annotations

import threading

import pytest

from qualcode.core.change_hub import RemoteOrigin
from qualcode.core.changes import Changes
from qualcode.core.span import Span
from tests.storage.pg_fixtures import fresh_schema

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url():
    yield from (url for url, _schema in fresh_schema())


def _wait_for(received: list[Changes], event: threading.Event, timeout: float = 5.0) -> list[Changes]:
    event.wait(timeout)
    return received


def test_a_coding_by_one_client_reaches_the_other_client_s_hub_marked_remote(pg_url):
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.coding.segments import apply_code
    from qualcode.services.corpus.documents import add_document
    from qualcode.services.projects import ensure_coder, load_project, new_project

    first = new_project(pg_url)
    second = load_project(pg_url)
    try:
        heard: list[Changes] = []
        arrived = threading.Event()

        def listen(changes: Changes) -> None:
            heard.append(changes)
            if changes.segments:
                arrived.set()

        second.hub.subscribe(listen)
        doc = add_document(first, "P01", "In the peer group I was a person again.").value
        code = add_code(first, "Peer support").value
        segment = apply_code(first, doc.id, Span(3, 18), code.id, ensure_coder(first, "Dilnoza").id).value
        _wait_for(heard, arrived)
        remote = [c for c in heard if c.segments]
        assert remote and segment.id in remote[0].segment_ids
        assert isinstance(remote[0].initiator, RemoteOrigin)
        assert all(isinstance(c.initiator, RemoteOrigin) for c in heard)
    finally:
        first.close()
        second.close()


def test_own_changes_are_not_heard_back_and_remote_ones_are_not_sent_on(pg_url):
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.projects import load_project, new_project

    first = new_project(pg_url)
    second = load_project(pg_url)
    third = load_project(pg_url)
    try:
        on_first: list[Changes] = []
        on_third: list[Changes] = []
        first.hub.subscribe(on_first.append)
        arrived = threading.Event()
        third.hub.subscribe(lambda c: (on_third.append(c), arrived.set()))
        add_code(first, "Peer support")
        arrived.wait(5)
        # second republished it locally, and must not have sent it on: third hears it once
        import time
        time.sleep(0.6)
        assert len([c for c in on_third if c.codes]) == 1
        assert all(not isinstance(c.initiator, RemoteOrigin) for c in on_first)
    finally:
        for p in (first, second, third):
            p.close()


def test_an_update_whose_row_changed_underneath_is_a_conflict_not_an_overwrite(pg_url):
    from qualcode.services.codebook.codes import add_code, list_codes, rename_code
    from qualcode.services.projects import load_project, new_project
    from qualcode.storage.project import ConcurrentEditError

    first = new_project(pg_url)
    second = load_project(pg_url)
    try:
        code = add_code(first, "Peer support").value
        from dataclasses import replace

        from qualcode.services.codebook.codes import update_code

        mine = list_codes(first)[code.id]  # what the first coder's view shows: version 1
        rename_code(second, code.id, "Peer solidarity")  # another coder saves version 2
        with pytest.raises(ConcurrentEditError, match="Another coder changed this"):
            update_code(first, replace(mine, definition="Help from equals"))
        assert list_codes(second)[code.id].name == "Peer solidarity"
        assert list_codes(second)[code.id].definition == ""
    finally:
        first.close()
        second.close()


def test_sqlite_rows_carry_versions_too(tmp_path):
    from qualcode.services.codebook.codes import add_code, rename_code
    from qualcode.services.projects import new_project

    project = new_project(tmp_path / "v.qcproj")
    code = add_code(project, "Peer support").value
    rename_code(project, code.id, "Peer solidarity")
    with project.engine.connect() as conn:
        from sqlalchemy import text

        assert conn.execute(text("select version from codes")).scalar() == 2
    project.close()


def test_undo_redo_of_a_code_edit_still_work_and_an_edit_in_between_is_refused(tmp_path):
    from dataclasses import replace

    from qualcode.services.codebook.codes import add_code, list_codes
    from qualcode.services.operations.codebook_ops import UpdateCodeOperation
    from qualcode.services.projects import new_project
    from qualcode.storage.project import ConcurrentEditError

    project = new_project(tmp_path / "u.qcproj")
    code = add_code(project, "Peer support").value
    op = UpdateCodeOperation(project, replace(list_codes(project)[code.id], name="Peers"), "Rename")
    op.apply()
    op.revert()
    op.apply()
    assert list_codes(project)[code.id].name == "Peers"
    other = UpdateCodeOperation(project, replace(list_codes(project)[code.id], colour="#000000"), "Recolour")
    other.apply()  # someone (another window, another coder) edits after our rename
    with pytest.raises(ConcurrentEditError):
        op.revert()
    assert list_codes(project)[code.id].colour == "#000000"
    project.close()
