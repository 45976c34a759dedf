"""Typical / atypical examples linked to real segments, with undo."""

from __future__ import annotations

import pytest

from qualcode.core.errors import ValidationError
from qualcode.core.span import Span
from qualcode.services.codebook import code_examples
from qualcode.services.codebook import codes as codebook
from qualcode.services.coding import segments as coding
from qualcode.services.corpus.documents import add_document

TEXT = "In the shelter I was a number, but in the peer group I was a person again."


def _setup(project, coder):
    doc = add_document(project, "P07", TEXT).value
    code = codebook.add_code(project, "Peer support").value
    other = codebook.add_code(project, "Stigma").value
    a = coding.apply_code(project, doc.id, Span(42, 74), code.id, coder.id).value  # "peer group ... again."
    b = coding.apply_code(project, doc.id, Span(0, 29), code.id, coder.id).value  # "In the shelter ... number"
    c = coding.apply_code(project, doc.id, Span(0, 29), other.id, coder.id).value
    return doc, code, a, b, c


def test_choosing_a_segment_writes_the_quote_and_links_it(project, coder):
    _doc, code, a, b, _c = _setup(project, coder)
    snap = code_examples.set_code_example(project, code.id, a.id, "typical", coder_id=coder.id).value
    got = codebook.list_codes(project)[code.id]
    assert got.example == "“peer group I was a person again.” — P07"
    assert code_examples.code_examples(project, code.id) == {"typical": a.id}
    # choosing another typical example replaces the first; atypical is independent
    code_examples.set_code_example(project, code.id, b.id, "typical")
    code_examples.set_code_example(project, code.id, a.id, "atypical")
    assert code_examples.code_examples(project, code.id) == {"typical": b.id, "atypical": a.id}
    assert codebook.list_codes(project)[code.id].example.startswith("“In the shelter I was a number")
    # undo of the first step puts back the empty field and no link
    code_examples.restore_code_examples(project, snap)
    assert code_examples.code_examples(project, code.id) == {}
    assert codebook.list_codes(project)[code.id].example == ""
    with project.unit_of_work() as uow:
        fields = [h[2] for h in uow.codes.history(code.id)]
    assert "example" in fields and "atypical_example" in fields  # the version history shows it


def test_an_example_must_be_coded_with_the_code(project, coder):
    _doc, code, _a, _b, c = _setup(project, coder)
    with pytest.raises(ValidationError, match="coded with this code"):
        code_examples.set_code_example(project, code.id, c.id, "typical")
    with pytest.raises(ValidationError, match="typical"):
        code_examples.set_code_example(project, code.id, c.id, "best")


def test_clear_then_restore(project, coder):
    _doc, code, a, _b, _c = _setup(project, coder)
    code_examples.set_code_example(project, code.id, a.id, "atypical")
    snap = code_examples.clear_code_example(project, code.id, "atypical").value
    assert codebook.list_codes(project)[code.id].atypical_example == ""
    assert code_examples.code_examples(project, code.id) == {}
    code_examples.restore_code_examples(project, snap)
    assert code_examples.code_examples(project, code.id) == {"atypical": a.id}
    assert "person again" in codebook.list_codes(project)[code.id].atypical_example
