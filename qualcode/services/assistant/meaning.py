"""Search by meaning, and one ``search`` that runs any mode (plain, word, regex, lemma, meaning).

A meaning query is embedded with the same model as the index and compared with every
sentence and turn unit; the best units come back as the same keyword-in-context
:class:`~qualcode.services.coding.search.Hit` as a text search (with a ``score``), so
they are coded the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.core.errors import ValidationError
from qualcode.core.span import Span
from qualcode.services.assistant.index import unit_matrix
from qualcode.services.assistant.suggest import rank_units, shortlist
from qualcode.services.coding.search import MODES as TEXT_MODES, Hit, search_project
from qualcode.services.corpus.text_cache import document_texts
from qualcode.storage.project import Project

__all__ = ["SEARCH_MODES", "ScoredHit", "meaning_search", "search"]

SEARCH_MODES = (*TEXT_MODES, "meaning")


@dataclass(frozen=True)
class ScoredHit(Hit):
    """A meaning-search hit: a :class:`Hit` with its cosine similarity to the query."""

    score: float = 0.0


def meaning_search(project: Project, query: str, *, top: int = 50, context: int = 40) -> list[ScoredHit]:
    """The ``top`` sentence or turn units closest in meaning to ``query``, best first.

    Searches what the index holds (:func:`~qualcode.services.assistant.index.build_index`).

    Raises
    ------
    ValidationError
        The query has no words.
    """
    from qualcode.nlp.embeddings import load_embedder

    if not query.strip():
        raise ValidationError("Type something to search for.")
    matrix = unit_matrix(project)
    if len(matrix) == 0:
        return []
    vector = load_embedder().embed([query])[0]
    short = shortlist(matrix, vector, None, max(top * 40, 2000))
    fine = matrix.vectors(short) @ vector
    rows = rank_units(matrix, fine, None, top, short)
    scores = dict(zip(short.tolist(), fine.tolist(), strict=True))
    doc_ids = sorted({int(matrix.document_ids[r]) for r in rows})
    with project.unit_of_work(write=False) as uow:
        stamps = {d: v.stamp for d, v in uow.retrieval.document_stamps(doc_ids).items()}
        texts = document_texts(project, uow, stamps)
    hits = []
    for row in rows:
        text = texts.get(int(matrix.document_ids[row]))
        if text is None:
            continue
        start, end = int(matrix.starts[row]), int(matrix.ends[row])
        hits.append(ScoredHit(int(matrix.document_ids[row]), Span(start, end), text[max(0, start - context):start],
                              text[start:end], text[end:end + context], round(scores[row], 4)))
    return hits


def search(project: Project, query: str, mode: str = "plain", *, top: int = 50, case_sensitive: bool = False,
           language: str = "en", context: int = 40) -> list[Hit]:
    """Search in any mode: ``plain``, ``word``, ``regex`` and ``lemma`` find the text (every hit,
    in document order); ``meaning`` finds the ``top`` passages closest in meaning, best first."""
    if mode == "meaning":
        return list(meaning_search(project, query, top=top, context=context))
    if mode not in TEXT_MODES:
        raise ValidationError(f"Unknown search mode {mode!r}; use {', '.join(SEARCH_MODES)}.")
    return search_project(project, query, mode=mode, case_sensitive=case_sensitive, language=language,
                          context=context)
