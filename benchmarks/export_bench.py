"""Export figures: the Word codebook for 500 codes with 3 quotes each (target <= 3 s, issue 5),
and the thematic report for 25 themes over the same project."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.timing import row, seconds
from qualcode.core.codebook import Code, CodeOrigin, palette_colour
from qualcode.core.document import DocumentKind
from qualcode.core.span import Span
from qualcode.services.export import export_codebook_docx, export_report_docx
from qualcode.services.projects import ensure_coder, load_project, new_project
from qualcode.services.themes.theme_edits import create_theme

SENTENCE = ("In the shelter I was a number, but in the peer group I was a person again. "
            "Finally I got some legal help and I started to feel like I had some rights. ")


def build(path: Path, n_codes: int = 500, quotes: int = 3, n_docs: int = 40) -> None:
    """A project with ``n_codes`` codes (50 parents with sub-codes), ``quotes`` segments each."""
    project = new_project(path)
    coder = ensure_coder(project, "bench")
    with project.unit_of_work() as uow:
        cases = [uow.cases.add(f"P{i:02d}") for i in range(n_docs)]
        doc_ids = [uow.documents.add(f"Interview P{i:02d}", SENTENCE * 120, DocumentKind.INTERVIEW, case_id=cases[i].id).id
                   for i in range(n_docs)]
        code_ids: list[int] = []
        parents: list[int] = []
        for i in range(n_codes):
            parent = parents[i % len(parents)] if i >= 50 else None
            code = uow.codes.add(Code(
                0, f"Code {i:03d}", parent, palette_colour(i), definition=f"Definition of code {i}. " * 3,
                inclusion="Include talk about this.", exclusion="Exclude talk about that.",
                example="A typical example.", atypical_example="An atypical one.", origin=CodeOrigin.DEDUCTIVE,
                position=i,
            ))
            code_ids.append(code.id)
            if i < 50:
                parents.append(code.id)
        length = len(SENTENCE) * 120
        for k, code_id in enumerate(code_ids):
            for q in range(quotes):
                start = ((k * 7 + q * 131) * 37) % (length - 200)
                uow.segments.add(doc_ids[(k + q) % n_docs], code_id, Span(start, start + 150), coder.id)
    for t in range(25):
        create_theme(project, f"Theme {t}", code_ids=code_ids[t * 20:(t + 1) * 20])
    project.close()


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.qcproj"
        build(path)
        project = load_project(path)
        try:
            codebook_s = seconds(lambda: export_codebook_docx(project, Path(tmp) / "codebook.docx"))
            report_s = seconds(lambda: export_report_docx(project, Path(tmp) / "report.docx"))
        finally:
            project.close()
    return [
        row("export: Word codebook, 500 codes x 3 quotes", codebook_s, "s", 3.0),
        row("export: Word thematic report, 25 themes (map drawn)", report_s, "s", 3.0),
    ]
