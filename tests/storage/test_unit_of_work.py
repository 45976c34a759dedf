"""The unit of work is the whole storage boundary: every repository hangs off it, and
its bulk reads come back as rows with named fields that agree with the core objects."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import replace

import pytest

from qualcode.core.codebook import CodeOrigin, new_code_draft
from qualcode.core.document import DocumentKind
from qualcode.core.span import Span
from qualcode.storage import repositories, workbench_queries

TEXT = "We waited for months. Then the peer group found us a lawyer who listened."


def _repository_classes() -> list[type]:
    """Every class in storage's repository modules that is built over a session."""
    modules = [importlib.import_module(f"{repositories.__name__}.{m.name}")
               for m in pkgutil.iter_modules(repositories.__path__)]
    modules.append(workbench_queries)
    found = []
    for module in modules:
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and list(inspect.signature(cls).parameters) == ["session"]:
                found.append(cls)
    return found


def test_every_repository_is_reachable_from_the_unit_of_work(project):
    classes = _repository_classes()
    assert len(classes) >= 15  # the scan found the repositories, not nothing
    with project.unit_of_work() as uow:
        exposed = {type(value) for value in vars(uow).values()}
    missing = sorted(cls.__name__ for cls in classes if cls not in exposed)
    assert not missing, f"add these to UnitOfWork so services need not build them over uow.session: {missing}"


@pytest.fixture
def coded(project, coder):
    with project.unit_of_work() as uow:
        doc = uow.documents.add("Ann.txt", TEXT, DocumentKind.INTERVIEW)
        codes = []
        for name in ("waiting", "lawyer"):
            draft = new_code_draft(uow.codes.all(), name, None, CodeOrigin.INDUCTIVE, None)
            codes.append(uow.codes.add(draft).id)
        # added out of order, and two on the same span: the reads must sort by start, then id
        for span, code_id in ((Span(31, 41), codes[1]), (Span(0, 20), codes[0]), (Span(31, 41), codes[0]),
                              (Span(47, 53), codes[1])):
            uow.segments.add(doc.id, code_id, span, coder.id, "")
    return doc, codes


def test_viewer_rows_name_the_same_segments_as_the_core_objects(project, coder, coded):
    doc, _codes = coded
    with project.unit_of_work() as uow:
        rows = uow.workbench.segment_tuples(doc.id)
        segments = uow.segments.all()
    expected = sorted((s for s in segments if s.document_id == doc.id), key=lambda s: (s.span.start, s.id))
    assert [(r.id, r.code_id, r.start, r.end, r.coder_id, r.memo) for r in rows] == [
        (s.id, s.code_id, s.span.start, s.span.end, s.coder_id, s.memo) for s in expected]


def test_code_frequencies_and_spans_are_named(project, coded):
    doc, (waiting, lawyer) = coded
    with project.unit_of_work() as uow:
        frequencies = uow.workbench.code_frequencies()
        spans = uow.segments.spans()
        headers = uow.documents.list_headers()
    assert (frequencies[waiting].segments, frequencies[waiting].documents) == (2, 1)
    assert (frequencies[lawyer].segments, frequencies[lawyer].documents) == (2, 1)
    assert sorted((s.code_id, TEXT[s.start:s.end]) for s in spans if s.document_id == doc.id) == sorted([
        (lawyer, TEXT[31:41]), (waiting, TEXT[0:20]), (waiting, TEXT[31:41]), (lawyer, TEXT[47:53])])
    assert [(h.id, h.name, h.case_id) for h in headers] == [(doc.id, "Ann.txt", None)]


def test_segments_with_documents_sorts_by_document_start_and_id(project, coded):
    doc, (waiting, lawyer) = coded
    with project.unit_of_work() as uow:
        rows = uow.retrieval.segments_with_documents(code_ids=[waiting, lawyer])
        stamp = uow.retrieval.document_stamps([doc.id])[doc.id]
    assert [(r.start, r.end, r.code_id) for r in rows] == [
        (0, 20, waiting), (31, 41, lawyer), (31, 41, waiting), (47, 53, lawyer)]
    assert {(r.document_name, r.document_kind, r.document_stamp) for r in rows} == {
        ("Ann.txt", doc.kind.value, stamp.stamp)}


def test_code_history_rows_name_their_fields(project, coder, coded):
    _doc, (waiting, _lawyer) = coded
    with project.unit_of_work() as uow:
        uow.codes.update(replace(uow.codes.get(waiting), name="waiting for help"), coder_id=coder.id)
    with project.unit_of_work() as uow:
        history = uow.codes.history(waiting)
    assert [(h.field, h.old, h.new, h.coder_id) for h in history] == [("name", "waiting", "waiting for help", coder.id)]
