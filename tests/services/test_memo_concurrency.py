"""Two clients on one project: a memo saved by a teammate since I opened it is never overwritten."""

from __future__ import annotations

import pytest

from qualcode.core.memo import MemoTarget
from qualcode.services.coding import memos
from qualcode.services.operations.memo_ops import EditMemoOperation
from qualcode.services.operations.operation import OperationStack
from qualcode.services.projects import ensure_coder, load_project, new_project
from qualcode.storage.project import ConcurrentEditError


@pytest.fixture
def two_clients(tmp_path):
    path = tmp_path / "shared.qcproj"
    first = new_project(path)
    author = ensure_coder(first, "Ana").id
    memo = memos.add_memo(first, MemoTarget.PROJECT, None, "Draft: trust comes late.", author).value
    second = load_project(path)
    yield first, second, memo
    first.close()
    second.close()


def test_a_save_from_an_older_read_is_refused_and_the_teammates_text_kept(two_clients):
    mine, theirs, memo = two_clients
    seen = memos.find_memos(mine)[0]  # what my editor shows
    memos.edit_memo(theirs, memo.id, "Ben: trust comes late, after legal help.", expected_version=seen.version)
    with pytest.raises(ConcurrentEditError):
        memos.edit_memo(mine, memo.id, "Ana: trust never comes.", expected_version=seen.version)
    assert memos.find_memos(mine)[0].text == "Ben: trust comes late, after legal help."


def test_a_save_from_the_current_read_goes_through_and_undo_redo_stay_checked(two_clients):
    mine, theirs, memo = two_clients
    stack = OperationStack(mine)
    seen = memos.find_memos(mine)[0]
    stack.push(EditMemoOperation(mine, memo.id, "Ana: trust comes late.", read_version=seen.version))
    assert memos.find_memos(theirs)[0].text == "Ana: trust comes late."
    stack.undo()
    assert memos.find_memos(theirs)[0].text == "Draft: trust comes late."
    stack.redo()
    # a teammate edits after my redo: my undo must not silently put the old text back over theirs
    now = memos.find_memos(theirs)[0]
    memos.edit_memo(theirs, memo.id, "Ben: and after housing.", expected_version=now.version)
    with pytest.raises(ConcurrentEditError):
        stack.undo()
    assert memos.find_memos(mine)[0].text == "Ben: and after housing."
