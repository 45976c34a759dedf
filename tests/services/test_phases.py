"""Six-phase progress: figures computed from the project, checked by hand on the real transcript."""

from __future__ import annotations

from qualcode.core.memo import MemoTarget
from qualcode.core.theme import ThemeStatus
from qualcode.services import export
from qualcode.services.themes import phases
from qualcode.services.themes import theme_edits as themes
from qualcode.services.coding.memos import add_memo
from tests.services.theme_project import QUOTES, build


def test_empty_project_starts_at_phase_one(project):
    progress = phases.phase_progress(project)
    assert [p.number for p in progress] == [1, 2, 3, 4, 5, 6]
    assert [p.name for p in progress][0] == "Familiarising yourself with the data"
    assert not any(p.started for p in progress)
    assert phases.current_phase(progress) == 1
    assert all(p.guidance for p in progress)


def test_progress_after_coding_and_themes(project, coder, tmp_path):
    b = build(project, coder.id)
    assert phases.mark_document_read(project, b.document_id, coder.id).value is True
    assert phases.mark_document_read(project, b.document_id, coder.id).value is False  # already read
    add_memo(project, MemoTarget.DOCUMENT, b.document_id, "First read: workload is a thread.", coder.id)
    progress = {p.number: p for p in phases.phase_progress(project)}
    assert progress[1].figures == {"documents": 1, "read": 1, "memoed": 1, "journal": 0}
    assert progress[1].complete
    # coded share by hand: the five coded quotes do not overlap, so covered = sum of lengths
    coded = sum(len(q) for q in QUOTES.values())
    assert progress[2].figures["coded_share"] == coded / len(b.text)
    assert progress[2].done_items[0] == "4 codes (4 inductive)"
    assert progress[3].figures["codes_in_themes"] == 3  # Workload, Lecture slides, Value (not the sub-code)
    assert not progress[3].complete  # the sub-code itself sits in no theme
    # one theme already has a definition and a narrative: phase 5 has started (the furthest)
    assert progress[5].started and not progress[4].started
    assert phases.current_phase(list(progress.values())) == 5
    themes.set_theme_status(project, b.themes["Struggling with materials"], ThemeStatus.DEFINED)
    progress = {p.number: p for p in phases.phase_progress(project)}
    assert progress[4].figures["reviewed"] == 0 and progress[4].started
    assert progress[5].done_items[0] == "1 of 2 themes defined"
    export.export_report_docx(project, tmp_path / "r.docx")
    progress = {p.number: p for p in phases.phase_progress(project)}
    assert progress[6].complete and progress[6].done_items[0].startswith("thematic report exported 20")


def test_unmark_read_is_the_undo(project, coder):
    b = build(project, coder.id)
    phases.mark_document_read(project, b.document_id)
    phases.unmark_document_read(project, b.document_id)
    assert phases.read_documents(project) == set()
