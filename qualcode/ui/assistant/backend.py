"""The assistant's back end as the UI uses it: worker functions (module level, plain values
in and out, ``cancel``/``progress`` keywords, see :mod:`qualcode.ui.workers`) and one
place that knows the services' names, so the panes stay free of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from qualcode.services.assistant.candidate_themes import CandidateThemes, propose_candidate_themes
from qualcode.services.assistant.highlight import matched_word_spans
from qualcode.services.assistant.inductive_prompts import InductivePrompts, inductive_prompts

__all__ = ["SuggestionView", "find_more_like", "meaning_hits", "propose", "prompts", "view_of"]


@dataclass(frozen=True)
class SuggestionView:
    """What the pane shows of one suggestion (``marks``: offsets of matched words in ``text``)."""

    suggestion: Any  # the service's Suggestion, handed back to accept/reject
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


def view_of(suggestion: Any, names: dict[int, str]) -> SuggestionView:
    """The pane's view of a service Suggestion."""
    closest = getattr(suggestion, "closest", None)
    closest_text = getattr(suggestion, "closest_text", None) or getattr(closest, "text", "") or ""
    closest_doc = getattr(suggestion, "closest_document", None) or getattr(closest, "document", "") or ""
    lemmas = tuple(getattr(suggestion, "matched_lemmas", ()) or ())
    text = suggestion.text
    return SuggestionView(
        suggestion, suggestion.document_id, names.get(suggestion.document_id, str(suggestion.document_id)),
        suggestion.start, suggestion.end, text, float(suggestion.score), closest_text, str(closest_doc), lemmas,
        tuple(matched_word_spans(text, lemmas)) if lemmas else (),
    )


def find_more_like(project: Any, code_id: int, *, top: int = 20, cancel: Callable[[], bool],
                   progress: Callable[[int, int], None]) -> list[Any]:
    """Bring the embedding index up to date (only changed documents), then suggest for ``code_id``."""
    from qualcode.services.assistant import suggestions

    suggestions.build_index(project, progress=progress, cancel=cancel)
    if cancel():
        raise InterruptedError("Cancelled.")
    return list(suggestions.suggest(project, code_id, top=top))


def meaning_hits(project: Any, query: str, *, top: int = 50, context: int = 60, cancel: Callable[[], bool],
                 progress: Callable[[int, int], None]) -> list[Any]:
    """Search by meaning as KWIC :class:`~qualcode.services.coding.search.Hit` rows."""
    from qualcode.services.assistant import suggestions

    suggestions.build_index(project, progress=progress, cancel=cancel)
    if cancel():
        raise InterruptedError("Cancelled.")
    return list(suggestions.meaning_hits(project, query, top=top, context=context))


def propose(project: Any, *, cancel: Callable[[], bool], progress: Callable[[int, int], None]) -> CandidateThemes:
    return propose_candidate_themes(project, cancel=cancel, progress=progress)


def prompts(project: Any, attribute: str, *, cancel: Callable[[], bool],
            progress: Callable[[int, int], None]) -> InductivePrompts:
    return inductive_prompts(project, attribute, cancel=cancel, progress=progress)


def accept_command(session: Any, suggestion: Any, code_id: int, *, initiator: object | None = None) -> Any:
    """The undo-stack command that codes ``suggestion`` with ``code_id`` (one undo step)."""
    from qualcode.services.assistant import suggestions
    from qualcode.ui.commands.base import OperationCommand

    operation = suggestions.AcceptSuggestionOperation(session.project, suggestion, code_id, session.coder.id)
    return OperationCommand(session, operation, initiator=initiator)


def reject(session: Any, suggestion: Any, code_id: int, *, initiator: object | None = None) -> object:
    from qualcode.services.assistant import suggestions

    return suggestions.reject_suggestion(session.project, suggestion, code_id, initiator=initiator)


def skip(session: Any, suggestion: Any, code_id: int, *, initiator: object | None = None) -> object:
    from qualcode.services.assistant import suggestions

    return suggestions.skip_suggestion(session.project, suggestion, code_id, initiator=initiator)
