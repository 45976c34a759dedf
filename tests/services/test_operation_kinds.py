"""Codebook, memo, in-vivo and theme operations on the Qt-free stack: each step says
which ids it touched, and undo/redo come back to the same rows."""

from __future__ import annotations

import pytest

from qualcode.core.memo import MemoTarget
from qualcode.core.span import Span
from qualcode.services.codebook import codes as codebook
from qualcode.services.coding import segments as coding
from qualcode.services.coding import memos
from qualcode.services.themes import theme_edits as themes
from qualcode.services.corpus.documents import add_document
from qualcode.services.operations.codebook_ops import DeleteCodeOperation, MergeCodesOperation
from qualcode.services.operations.coding_ops import InVivoOperation
from qualcode.services.operations.memo_ops import AddMemoOperation
from qualcode.services.operations.operation import OperationStack
from qualcode.services.operations.theme_ops import CreateThemeOperation

TEXT = "We had no lawyer. Then the legal clinic took our case, and I felt I had rights."


@pytest.fixture
def study(project, coder):
    doc = add_document(project, "P12", TEXT).value
    legal = codebook.add_code(project, "Legal aid").value
    clinic = codebook.add_code(project, "Clinic", parent_id=legal.id).value
    rights = codebook.add_code(project, "Rights").value
    seg = coding.apply_code(project, doc.id, Span(23, 35), clinic.id, coder.id).value
    heard: list = []
    project.hub.subscribe(heard.append)
    return project, coder, doc, legal, clinic, rights, seg, heard


def _state(project):
    with project.unit_of_work() as uow:
        return uow.codes.all(), sorted(uow.segments.all(), key=lambda s: s.id)


def test_deleting_a_code_names_its_subtree_and_codings_and_undo_restores_them(study):
    project, coder, doc, legal, clinic, rights, seg, heard = study
    before = _state(project)
    stack = OperationStack(project)
    stack.push(DeleteCodeOperation(project, legal), initiator="codebook")
    assert legal.id not in _state(project)[0]
    stack.undo()
    assert _state(project) == before
    deleted, restored = heard
    for changes in heard:
        assert changes.codes and changes.segments
        assert changes.code_ids == {legal.id, clinic.id}
        assert changes.segment_ids == {seg.id} and changes.document_ids == {doc.id}
    assert deleted.initiator == "codebook" and restored.initiator is None


def test_merging_names_both_codes_and_the_moved_segments(study):
    project, coder, doc, legal, clinic, rights, seg, heard = study
    before = _state(project)
    stack = OperationStack(project)
    stack.push(MergeCodesOperation(project, clinic, rights))
    assert heard[0].code_ids >= {clinic.id, rights.id} and seg.id in heard[0].segment_ids
    stack.undo()
    assert _state(project) == before and len(heard) == 2


def test_a_memo_on_a_code_names_the_memo_and_the_code(study):
    project, coder, doc, legal, clinic, rights, seg, heard = study
    stack = OperationStack(project)
    op = AddMemoOperation(project, MemoTarget.CODE, rights.id, "Rights talk comes after legal help.", coder.id)
    stack.push(op)
    assert op.memo is not None
    stack.undo()
    assert memos.find_memos(project) == []
    stack.redo()
    assert memos.find_memos(project) == [op.memo]  # same id and timestamps
    assert all(c.memos and c.memo_ids == {op.memo.id} and c.code_ids == {rights.id} for c in heard)


def test_in_vivo_names_its_new_code_and_segment_and_relabels_itself(study):
    project, coder, doc, legal, clinic, rights, seg, heard = study
    start = TEXT.index("I had rights")
    op = InVivoOperation(project, doc.id, Span(start, start + len("I had rights")), coder.id)
    OperationStack(project).push(op)
    assert op.code is not None and op.segment is not None
    assert op.label == "In-vivo code “I had rights”"
    (changes,) = heard
    assert changes.codes and changes.segments
    assert changes.code_ids == {op.code.id} and changes.segment_ids == {op.segment.id}


def test_a_theme_made_from_codes_names_the_theme_and_the_codes(study):
    project, coder, doc, legal, clinic, rights, seg, heard = study
    stack = OperationStack(project)
    op = CreateThemeOperation(project, "Becoming a rights holder", code_ids=[legal.id, rights.id])
    stack.push(op)
    assert op.theme is not None
    stack.undo()
    assert themes.list_themes(project) == []
    stack.redo()
    assert [t.id for t in themes.list_themes(project)] == [op.theme.id]
    assert heard[0].theme_ids == {op.theme.id} and heard[0].code_ids == {legal.id, rights.id}
    assert all(c.themes and c.theme_ids == {op.theme.id} for c in heard)
