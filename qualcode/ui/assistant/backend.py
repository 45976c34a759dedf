"""The assistant's back end as the UI uses it: worker functions (module level, plain values
in and out, ``cancel``/``progress`` keywords, see :mod:`qualcode.ui.workers`) and one
place that knows the services' names, so the panes stay free of them.

The assistant's services need NumPy; they are imported when a function here first runs
(in the worker or on a click), so opening a project does not load them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from qualcode.services.codebook.codes import list_codes
from qualcode.services.coding.retrieval import retrieve_segments
from qualcode.services.corpus.documents import list_documents
from qualcode.services.projects import Project
from qualcode.ui.commands.base import OperationCommand
from qualcode.ui.session import ProjectSession

if TYPE_CHECKING:
    from qualcode.services.assistant import AcceptSuggestionOperation, ScoredHit, Suggestion
    from qualcode.services.assistant.candidate_themes import CandidateThemes
    from qualcode.services.assistant.inductive_prompts import InductivePrompts

__all__ = ["Place", "SuggestionView", "accept_command", "find_more_like", "meaning_hits", "propose", "prompts",
           "reject", "skip", "view_of", "views_of"]


@dataclass(frozen=True)
class Place:
    """Where a word-for-word copy of a suggested passage stands."""

    document_id: int
    document: str
    start: int
    end: int


@dataclass(frozen=True)
class SuggestionView:
    """What the pane shows of one suggestion (``marks``: offsets of matched words in ``text``;
    ``rank``: its place in the list as found, 0 first; ``copies``: where else it is said word for word)."""

    suggestion: Suggestion  # handed back to accept/reject/skip
    document_id: int
    document: str
    start: int
    end: int
    text: str
    score: float
    closest_text: str
    closest_document: str
    lemmas: tuple[str, ...]
    marks: tuple[tuple[int, int], ...]
    rank: int = 0
    copies: tuple[Place, ...] = ()


def view_of(suggestion: Suggestion, names: dict[int, str], closest_documents: dict[int, str] | None = None,
            rank: int = 0) -> SuggestionView:
    """The pane's view of a service :class:`Suggestion` (matched words located in its text)."""
    from qualcode.services.assistant.highlight import matched_word_spans

    lemmas = tuple(suggestion.matched_lemmas)
    closest = suggestion.closest_segment_id
    copies = tuple(sorted((Place(d, names.get(d, str(d)), a, b) for d, a, b in getattr(suggestion, "copies", ())),
                          key=lambda p: (p.document.casefold(), p.start)))
    return SuggestionView(
        suggestion, suggestion.document_id, names.get(suggestion.document_id, str(suggestion.document_id)),
        suggestion.start, suggestion.end, suggestion.text, float(suggestion.score), suggestion.closest_segment_text,
        (closest_documents or {}).get(closest, "") if closest is not None else "", lemmas,
        tuple(matched_word_spans(suggestion.text, lemmas)) if lemmas else (), rank, copies,
    )


def views_of(project: Project, suggestions: list[Suggestion]) -> list[SuggestionView]:
    """Views of ``suggestions`` with their documents' names and their closest segments' documents."""
    names = {h[0]: h[1] for h in list_documents(project)}
    closest_ids = sorted({s.closest_segment_id for s in suggestions if s.closest_segment_id is not None})
    closest: dict[int, str] = {}
    if closest_ids:
        closest = {r.segment_id: r.document for r in retrieve_segments(project, segment_ids=closest_ids)}
    return [view_of(s, names, closest, rank) for rank, s in enumerate(suggestions)]


def find_more_like(project: Project, code_id: int, *, top: int = 20, cancel: Callable[[], bool],
                   progress: Callable[[int, int], None]) -> list[Suggestion]:
    """Bring the embedding index up to date (only changed documents), then suggest for ``code_id``."""
    from qualcode.services.assistant import IndexCancelled, build_index, suggest

    build_index(project, progress=progress, cancel=cancel)
    if cancel():
        raise IndexCancelled("Cancelled.")
    return suggest(project, code_id, top=top)


def meaning_hits(project: Project, query: str, *, top: int = 50, context: int = 60, cancel: Callable[[], bool],
                 progress: Callable[[int, int], None]) -> list[ScoredHit]:
    """Search by meaning as KWIC hits (the index is brought up to date first)."""
    from qualcode.services.assistant import IndexCancelled, build_index, meaning_search

    build_index(project, progress=progress, cancel=cancel)
    if cancel():
        raise IndexCancelled("Cancelled.")
    return meaning_search(project, query, top=top, context=context)


def propose(project: Project, *, cancel: Callable[[], bool], progress: Callable[[int, int], None]) -> CandidateThemes:
    from qualcode.services.assistant.candidate_themes import propose_candidate_themes

    return propose_candidate_themes(project, cancel=cancel, progress=progress)


def prompts(project: Project, attribute: str, *, cancel: Callable[[], bool],
            progress: Callable[[int, int], None]) -> InductivePrompts:
    from qualcode.services.assistant.inductive_prompts import inductive_prompts

    return inductive_prompts(project, attribute, cancel=cancel, progress=progress)


def accept_command(session: ProjectSession, suggestion: Suggestion, code_id: int, *,
                   initiator: object | None = None,
                   with_copies: bool = False) -> OperationCommand[AcceptSuggestionOperation]:
    """The undo-stack command that codes ``suggestion`` with ``code_id`` (one undo step), and with
    ``with_copies`` its word-for-word copies too, still one step."""
    from qualcode.services.assistant import AcceptSuggestionOperation

    codes = list_codes(session.project)
    name = codes[code_id].name if code_id in codes else str(code_id)
    places = 1 + len(suggestion.copies) if with_copies else 1
    if places > 1:
        label = QCoreApplication.translate("FindMorePane", "Accept suggestion for %1 in %n place(s)", "", places)
    else:
        label = QCoreApplication.translate("FindMorePane", "Accept suggestion for %1")
    operation = AcceptSuggestionOperation(session.project, suggestion, code_id, session.coder.id, session.coder.name,
                                          label=label.replace("%1", name), with_copies=with_copies)
    return OperationCommand(session, operation, initiator=initiator)


def reject(session: ProjectSession, suggestion: Suggestion, code_id: int, *, initiator: object | None = None) -> object:
    """Record that the passage is not an instance of the code (with model, version and coder)."""
    from qualcode.services.assistant import reject_suggestion

    return reject_suggestion(session.project, suggestion, code_id, coder=session.coder.name, initiator=initiator)


def skip(session: ProjectSession, suggestion: Suggestion, code_id: int, *, initiator: object | None = None) -> object:
    """Record that the coder passed on the passage for now (it may be suggested again)."""
    from qualcode.services.assistant import skip_suggestion

    return skip_suggestion(session.project, suggestion, code_id, coder=session.coder.name, initiator=initiator)
