"""Property, through the real service and database: random texts, random codings, random
replacements of different lengths -> every coding reads the same words afterwards, with the
replaced words read as their replacements; undo gives back the exact spans."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode.core.errors import ValidationError
from qualcode.core.span import Span
from qualcode.nlp.identifiers import Finding
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code, segments_of_document
from qualcode.services.corpus.documents import add_document
from qualcode.services.operations.operation import OperationStack
from qualcode.services.operations.privacy_ops import PseudonymiseOperation
from qualcode.services.privacy import DocumentFinding
from qualcode.services.privacy.span_map import Replacement, apply_to_text
from qualcode.services.projects import ensure_coder, new_project

ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))  # stored text is NFC-clean


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]], list[tuple[int, int]]]:
    text = draw(st.text(ALPHABET, min_size=2, max_size=60).filter(lambda t: t.strip()))
    n = len(text)
    cuts = sorted(draw(st.sets(st.integers(0, n), min_size=2, max_size=10)))
    reps = [(a, b, draw(st.text(ALPHABET, min_size=1, max_size=9))) for a, b in zip(cuts[::2], cuts[1::2],
                                                                                    strict=False) if b > a]
    spans = sorted({(s, draw(st.integers(s + 1, n))) for s in draw(st.lists(st.integers(0, n - 1), max_size=6))})
    return text, reps, spans


def _expected(text: str, reps: list[Replacement], s: int, e: int) -> str:
    for r in reps:
        s = r.start if r.start <= s < r.end else s
        e = r.end if r.start < e <= r.end else e
    return apply_to_text(text[s:e], [Replacement(r.start - s, r.end - s, r.new) for r in reps
                                     if s <= r.start and r.end <= e])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_codings_keep_their_words_through_the_service_and_undo(case) -> None:
    raw, reps, spans = case
    with tempfile.TemporaryDirectory() as folder:
        project = new_project(Path(folder) / "p.qcproj")
        try:
            doc = add_document(project, "D", raw).value
            text = doc.text  # as stored (normalised)
            reps = [(a, b, new) for a, b, new in reps if b <= len(text)]
            spans = [(s, e) for s, e in spans if e <= len(text)]
            coder = ensure_coder(project, "c")
            code = add_code(project, "C").value
            for s, e in spans:
                apply_code(project, doc.id, Span(s, e), code.id, coder.id)
            findings = [DocumentFinding(doc.id, "D", Finding(a, b, text[a:b], "person", "roster", "x"), new)
                        for a, b, new in reps]
            stack = OperationStack(project)
            try:
                stack.push(PseudonymiseOperation(project, findings, "c"))
            except ValidationError:  # two codings would become one: refused, nothing changed
                with project.unit_of_work() as uow:
                    assert uow.documents.get(doc.id).text == text
                return
            with project.unit_of_work() as uow:
                new_text = uow.documents.get(doc.id).text
            by_start = sorted(segments_of_document(project, doc.id), key=lambda g: g.id)
            as_reps = [Replacement(a, b, new) for a, b, new in reps]
            assert new_text == apply_to_text(text, as_reps)
            for (s, e), seg in zip(sorted(spans), by_start, strict=True):
                assert new_text[seg.span.start:seg.span.end] == _expected(text, as_reps, s, e)
            stack.undo()
            restored = sorted(segments_of_document(project, doc.id), key=lambda g: g.id)
            assert [(g.span.start, g.span.end) for g in restored] == sorted(spans)
        finally:
            project.close()
