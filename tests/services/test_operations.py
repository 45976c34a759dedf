"""Operations and the change hub, without Qt: what a subscriber hears when a code is
applied, undone, redone, refused, and when another subscriber breaks."""

from __future__ import annotations

import logging

import pytest

from qualcode.core.errors import ValidationError
from qualcode.core.span import Span
from qualcode.services.codebook import codes as codebook
from qualcode.services.coding import segments as coding
from qualcode.services.corpus.documents import add_document
from qualcode.services.operations.coding_ops import ApplyCodeOperation
from qualcode.services.operations.operation import OperationStack

TEXT = "I felt like a number in the shelter, and a person again in the peer group."


class Panel:
    """Stands in for the widget that asked for the edit."""


@pytest.fixture
def study(project, coder):
    doc = add_document(project, "P07", TEXT).value
    code = codebook.add_code(project, "Dehumanised").value
    heard: list = []
    project.hub.subscribe(heard.append)
    return project, coder, doc, code, heard


def _segments(project):
    with project.unit_of_work() as uow:
        return sorted(uow.segments.all(), key=lambda s: s.id)


def test_applying_a_code_through_the_service_publishes_its_ids_and_initiator(study):
    project, coder, doc, code, heard = study
    panel = Panel()

    segment = coding.apply_code(project, doc.id, Span(14, 22), code.id, coder.id, initiator=panel).value

    assert len(heard) == 1
    (changes,) = heard
    assert changes.segments
    assert changes.segment_ids == {segment.id}
    assert changes.document_ids == {doc.id}
    assert changes.code_ids == {code.id}
    assert changes.initiator is panel


def test_undo_and_redo_on_the_operation_stack_publish_the_same_ids(study):
    project, coder, doc, code, heard = study
    stack = OperationStack(project)
    operation = ApplyCodeOperation(project, doc.id, Span(14, 22), code.id, coder.id)

    stack.push(operation, initiator="panel")
    segment = operation.segment
    assert segment is not None and _segments(project) == [segment]

    stack.undo(initiator="undo menu")
    assert _segments(project) == []
    stack.redo()
    assert _segments(project) == [segment]  # same id, same timestamps

    assert [c.segment_ids for c in heard] == [{segment.id}] * 3
    assert [c.document_ids for c in heard] == [{doc.id}] * 3
    assert [c.code_ids for c in heard] == [{code.id}] * 3
    assert [c.initiator for c in heard] == ["panel", "undo menu", None]  # each step names who asked
    assert not stack.can_redo and stack.undo_label == "Code"


def test_a_refused_service_call_publishes_nothing_and_the_stack_keeps_nothing(study):
    project, coder, doc, code, heard = study
    stack = OperationStack(project)
    stack.push(ApplyCodeOperation(project, doc.id, Span(14, 22), code.id, coder.id))
    heard.clear()

    with pytest.raises(ValidationError, match="already coded"):
        stack.push(ApplyCodeOperation(project, doc.id, Span(14, 22), code.id, coder.id))
    with pytest.raises(ValidationError):
        coding.apply_code(project, doc.id, Span(10, 999), code.id, coder.id)

    assert heard == []
    assert len(_segments(project)) == 1
    stack.undo()
    assert not stack.can_undo  # only the first edit was kept


def test_a_subscriber_that_raises_does_not_undo_the_commit_or_silence_the_others(study, caplog):
    project, coder, doc, code, heard = study

    def broken(changes):
        raise RuntimeError("the panel crashed")

    project.hub.subscribe(broken)
    after: list = []
    project.hub.subscribe(after.append)

    with caplog.at_level(logging.ERROR, logger="qualcode.core.change_hub"):
        segment = coding.apply_code(project, doc.id, Span(14, 22), code.id, coder.id).value

    assert _segments(project) == [segment]
    assert len(heard) == 1 and len(after) == 1
    assert "the panel crashed" in caplog.text


def test_unsubscribed_listeners_hear_nothing_more(study):
    project, coder, doc, code, heard = study
    mine: list = []
    stop = project.hub.subscribe(mine.append)
    coding.apply_code(project, doc.id, Span(0, 6), code.id, coder.id)
    stop()
    coding.apply_code(project, doc.id, Span(14, 22), code.id, coder.id)
    assert len(mine) == 1 and len(heard) == 2


def test_a_service_that_calls_another_publishes_once(study):
    project, coder, doc, code, heard = study
    codebook.rename_code(project, code.id, "Reduced to a number", initiator="me")
    assert len(heard) == 1
    assert heard[0].code_ids == {code.id} and heard[0].initiator == "me"


def test_a_group_is_one_undo_step_published_once(study):
    project, coder, doc, code, heard = study
    stack = OperationStack(project)
    with stack.group("Code both"):
        first = ApplyCodeOperation(project, doc.id, Span(0, 6), code.id, coder.id)
        second = ApplyCodeOperation(project, doc.id, Span(14, 22), code.id, coder.id)
        stack.push(first)
        stack.push(second)
    assert len(heard) == 1
    assert first.segment and second.segment
    assert heard[0].segment_ids == {first.segment.id, second.segment.id}

    stack.undo()
    assert _segments(project) == [] and len(heard) == 2
    assert stack.redo_label == "Code both"


def test_a_group_that_fails_midway_takes_back_what_it_did(study):
    project, coder, doc, code, heard = study
    stack = OperationStack(project)
    with pytest.raises(ValidationError):
        with stack.group("Code twice"):
            stack.push(ApplyCodeOperation(project, doc.id, Span(0, 6), code.id, coder.id))
            stack.push(ApplyCodeOperation(project, doc.id, Span(0, 6), code.id, coder.id))
    assert _segments(project) == []
    assert not stack.can_undo


def test_undo_with_nothing_done_says_so(project):
    with pytest.raises(IndexError, match="nothing to undo"):
        OperationStack(project).undo()


def test_subscribers_hear_after_the_commit_so_they_can_read_the_new_rows(study):
    project, coder, doc, code, heard = study
    seen_in_callback: list = []
    project.hub.subscribe(lambda changes: seen_in_callback.extend(_segments(project)))
    segment = coding.apply_code(project, doc.id, Span(14, 22), code.id, coder.id).value
    assert seen_in_callback == [segment]


def test_correcting_a_documents_language_is_one_step_that_undo_takes_back(study):
    from qualcode.core.errors import NotFoundError
    from qualcode.services.corpus.document_language import document_languages, set_document_language
    from qualcode.services.operations.document_ops import SetDocumentLanguageOperation

    project, _coder, doc, _code, heard = study
    set_document_language(project, doc.id, "ru")  # as detected at import
    heard.clear()
    stack = OperationStack(project)

    stack.push(SetDocumentLanguageOperation(project, doc.id, "uz"), initiator="list")
    assert document_languages(project) == {doc.id: "uz"}
    assert stack.undo_label == "Set language of P07"
    stack.undo(initiator="undo menu")
    assert document_languages(project) == {doc.id: "ru"}
    stack.redo()
    assert document_languages(project) == {doc.id: "uz"}
    # each step published once, naming the document, so the views showing it refresh
    assert [(c.documents, c.document_ids, c.initiator) for c in heard] == [
        (True, {doc.id}, "list"), (True, {doc.id}, "undo menu"), (True, {doc.id}, None)]

    with pytest.raises(NotFoundError):
        SetDocumentLanguageOperation(project, 999, "ru")
    with pytest.raises(ValidationError):
        stack.push(SetDocumentLanguageOperation(project, doc.id, "Russian"))
    assert document_languages(project) == {doc.id: "uz"} and stack.undo_label == "Set language of P07"
