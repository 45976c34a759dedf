"""The six phases of reflexive thematic analysis (Braun & Clarke 2006; 2021): what has been
done in each, with plain-language guidance. Advisory only: nothing is ever locked.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from qualcode.core.changes import Changes, OpResult
from qualcode.core.clock import utcnow
from qualcode.core.span import Span, covered_length
from qualcode.core.theme import ThemeStatus
from qualcode.services.themes.theme_review import themes_overview
from qualcode.storage.project import Project

PHASE_NAMES = (
    "Familiarising yourself with the data",
    "Generating initial codes",
    "Searching for themes",
    "Reviewing themes",
    "Defining and naming themes",
    "Producing the report",
)

#: project_meta keys written by services.export when a document is produced.
REPORT_EXPORTED = "report_exported_at"
CODEBOOK_EXPORTED = "codebook_exported_at"


@dataclass(frozen=True)
class PhaseStatus:
    """One phase: what has been done (short lines for the navigator) and what might come next."""

    number: int
    name: str
    done_items: tuple[str, ...]
    guidance: str
    started: bool
    complete: bool
    figures: dict[str, float]  # the numbers behind done_items, for badges and tests


def mark_document_read(project: Project, document_id: int, coder_id: int | None = None) -> OpResult[bool]:
    """Record that the researcher has read a document (phase 1). Returns ``False`` if it
    already was marked; undo of a ``True`` result is :func:`unmark_document_read`."""
    with project.unit_of_work() as uow:
        uow.documents.get(document_id)  # a clear NotFoundError for a wrong id
        created = uow.progress.mark_read(document_id, coder_id, utcnow())
        return OpResult(created, Changes(documents=True))


def unmark_document_read(project: Project, document_id: int) -> OpResult[None]:
    with project.unit_of_work() as uow:
        uow.progress.unmark_read(document_id)
    return OpResult(None, Changes(documents=True))


def read_documents(project: Project) -> set[int]:
    with project.unit_of_work() as uow:
        return uow.progress.read_document_ids()


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "0 %"


def phase_progress(project: Project) -> list[PhaseStatus]:
    """Progress through the six phases, computed from the project (a few aggregate queries)."""
    with project.unit_of_work() as uow:
        progress = uow.progress
        lengths = progress.document_lengths()
        read = progress.read_document_ids() & set(lengths)
        memoed = progress.memoed_document_ids() & set(lengths)
        journal = sum(1 for m in uow.memos.list() if m.is_journal)
        spans = progress.segment_spans()
        codes = uow.codes.all()
        themes = uow.themes.all()
        report_at = uow.meta.get(REPORT_EXPORTED)
        codebook_at = uow.meta.get(CODEBOOK_EXPORTED)
    n_docs = len(lengths)
    per_doc: dict[int, list[Span]] = defaultdict(list)
    for doc_id, start, end in spans:
        per_doc[doc_id].append(Span(start, end))
    covered = sum(covered_length(v) for v in per_doc.values())
    total_chars = sum(lengths.values())
    share = covered / total_chars if total_chars else 0.0
    by_origin: dict[str, int] = defaultdict(int)
    for code in codes.values():
        by_origin[code.origin.value] += 1
    by_status = {s: sum(1 for t in themes if t.status is s) for s in ThemeStatus}
    coded_in_theme = {c for t in themes for c in t.code_ids}
    overview = themes_overview(project) if themes else {}
    thin = sum(1 for c in overview.values() if c.thin)
    overlapping = sum(1 for c in overview.values() if c.overlapping)
    defined_full = sum(1 for t in themes if t.definition.strip() and t.narrative.strip())

    origin_text = ", ".join(f"{n} {o}" for o, n in sorted(by_origin.items())) or "none yet"
    phases = [
        PhaseStatus(
            1, PHASE_NAMES[0],
            (f"{len(read)} of {n_docs} documents read", f"{len(memoed)} of {n_docs} documents memo'd",
             f"{journal} reflexive journal entries"),
            "Read and re-read every transcript before coding; note first ideas in a document memo "
            "and keep a reflexive journal of your own position.",
            started=bool(read or memoed or journal), complete=n_docs > 0 and len(read) == n_docs,
            figures={"documents": n_docs, "read": len(read), "memoed": len(memoed), "journal": journal},
        ),
        PhaseStatus(
            2, PHASE_NAMES[1],
            (f"{len(codes)} codes ({origin_text})", f"{len(spans)} coded segments",
             f"{_pct(share, 1)} of the text coded"),
            "Code the whole data set systematically, giving each interesting feature equal attention. "
            "Write a definition for each code; a deductive codebook can be imported and extended.",
            started=bool(codes or spans), complete=bool(spans) and all(d in per_doc for d in lengths),
            figures={"codes": len(codes), "segments": len(spans), "coded_share": share},
        ),
        PhaseStatus(
            3, PHASE_NAMES[2],
            (f"{len(themes)} themes ({by_status[ThemeStatus.CANDIDATE]} candidate)",
             f"{len(coded_in_theme & set(codes))} of {len(codes)} codes placed in a theme"),
            "Sort codes into candidate themes: drag codes onto a theme, nest sub-themes, and draw "
            "the relations on the thematic map. Keep a 'miscellaneous' theme for codes that fit nowhere yet.",
            started=bool(themes), complete=bool(themes) and bool(codes) and set(codes) <= coded_in_theme,
            figures={"themes": len(themes), "candidate": by_status[ThemeStatus.CANDIDATE],
                     "codes_in_themes": len(coded_in_theme & set(codes))},
        ),
        PhaseStatus(
            4, PHASE_NAMES[3],
            (f"{by_status[ThemeStatus.REVIEWED] + by_status[ThemeStatus.DEFINED]} of {len(themes)} themes reviewed",
             f"{thin} thin (fewer than 20 % of cases)", f"{overlapping} overlapping another theme"),
            "Check each theme against its coded extracts, then against the whole data set: does it "
            "form a coherent pattern? Thin themes may merge or go; overlapping themes may be one theme.",
            started=by_status[ThemeStatus.REVIEWED] + by_status[ThemeStatus.DEFINED] > 0,
            complete=bool(themes) and by_status[ThemeStatus.CANDIDATE] == 0,
            figures={"reviewed": by_status[ThemeStatus.REVIEWED], "thin": thin, "overlapping": overlapping},
        ),
        PhaseStatus(
            5, PHASE_NAMES[4],
            (f"{by_status[ThemeStatus.DEFINED]} of {len(themes)} themes defined",
             f"{defined_full} with a definition and a narrative"),
            "Write what each theme is about and what it is not, in a sentence or two, and a narrative "
            "of the story it tells. Give each a concise, telling name.",
            started=by_status[ThemeStatus.DEFINED] > 0 or defined_full > 0,
            complete=bool(themes) and by_status[ThemeStatus.DEFINED] == len(themes) and defined_full == len(themes),
            figures={"defined": by_status[ThemeStatus.DEFINED], "with_narrative": defined_full},
        ),
        PhaseStatus(
            6, PHASE_NAMES[5],
            (f"thematic report {'exported ' + report_at[:10] if report_at else 'not exported yet'}",
             f"codebook {'exported ' + codebook_at[:10] if codebook_at else 'not exported yet'}"),
            "Tell the story of the data across themes with vivid extracts, linked to your research "
            "question. Export the thematic report and the codebook to Word and edit them there.",
            started=bool(report_at or codebook_at), complete=bool(report_at),
            figures={"report_exported": float(bool(report_at)), "codebook_exported": float(bool(codebook_at))},
        ),
    ]
    return phases


def current_phase(progress: list[PhaseStatus]) -> int:
    """The phase to highlight: the furthest one started (1 in a new project). Reflexive TA is
    recursive, so earlier phases may still be incomplete; the navigator shows that advisorily."""
    started = [p.number for p in progress if p.started]
    return max(started, default=1)
