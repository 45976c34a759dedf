"""remove_documents / restore_documents: snapshot, delete, restore is the identity (same ids)."""

from __future__ import annotations

from pathlib import Path

from qualcode.core.document import DocumentKind
from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code
from qualcode.services.corpus.documents import (
    list_cases,
    list_documents,
    remove_documents,
    restore_documents,
    speaker_mappings,
)
from qualcode.services.corpus.importing import import_transcripts
from tests.table_dump import dump_tables

FOCUS_GROUP = Path(__file__).parents[1] / "data" / "transcripts" / "qualcoder-examples" / "transcript.txt"


def test_remove_then_restore_gives_back_the_same_rows(project, coder):
    before_import = dump_tables(project.location, ignore_times=True)
    cases_before = {c.id for c in list_cases(project)}
    report = import_transcripts(project, [FOCUS_GROUP], kind=DocumentKind.FOCUS_GROUP).value
    doc_id = report[0].document_id
    code = add_code(project, "Course workload").value
    # "[id2] I am struggling" starts line 3; a span inside the text is enough here.
    apply_code(project, doc_id, Span(10, 30), code.id, coder.id)
    created = [c.id for c in list_cases(project) if c.id not in cases_before]
    assert sorted(c.key for c in list_cases(project)) == ["id1", "id2", "id3"]  # one case per speaker
    after_import = dump_tables(project.location, ignore_times=True)

    snapshot = remove_documents(project, [doc_id], case_ids=created).value
    assert list_documents(project) == []
    assert list_cases(project) == []
    assert speaker_mappings(project) == []
    assert len(snapshot.segments) == 1 and len(snapshot.mappings) == 3 and len(snapshot.turns[0]) == 7
    removed = dump_tables(project.location, ignore_times=True)
    # Only the code (and coder) remain from what happened after the first dump.
    assert removed["documents"] == before_import["documents"] == []
    assert removed["turns"] == [] and removed["segments"] == [] and removed["speaker_mappings"] == []

    restore_documents(project, snapshot)
    assert dump_tables(project.location, ignore_times=True) == after_import
