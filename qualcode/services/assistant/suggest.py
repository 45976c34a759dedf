"""Find more like these: passages that resemble a code's coded segments and its definition.

Each unit (sentence or turn) is scored by cosine similarity to the code's *prototypes*
(its coded segments; many segments are grouped into at most 16 centres so a query on
600,000 units stays one small matrix product) and to its description (name,
definition, inclusion criteria, example). Units overlapping text already coded with
the code, or passages a coder rejected for it (and their word-for-word copies), are left out; of overlapping units
(a sentence inside a turn) only the better one is kept. The turns of a speaker mapped
as the interviewer (moderator) are not offered (:mod:`.speaker_roles`), and a passage
said word for word in several places is offered once, saying how many other copies
there are (:mod:`.identical_passages`). The order is hybrid: the meaning ranking of the
1,000 nearest units is fused with a keyword (BM25) ranking of the same units
(:mod:`.keyword_score`), so passages sharing the code's words move up. Every suggestion
says why: the closest coded segment, the content-word lemmas it shares with that segment
and with the code's description, and the code's keywords that raised it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qualcode.core.assistant import SuggestionDecision
from qualcode.core.codebook import Code
from qualcode.core.errors import ValidationError
from qualcode.core.segment import Segment
from qualcode.services.assistant.identical_passages import identical_groups
from qualcode.services.assistant.keyword_score import code_keywords, fused_scores, keyword_scores
from qualcode.services.assistant.index import UnitMatrix, unit_matrix
from qualcode.services.assistant.speaker_roles import interviewer_units
from qualcode.services.corpus.text_cache import document_texts
from qualcode.storage.project import Project

__all__ = ["Suggestion", "code_description", "rank_units", "shortlist", "suggest"]

_PROTOTYPES = 16
_DESCRIPTION_WEIGHT = 0.25  # of the score, when the code has coded segments
_CENTROID_WEIGHT = 0.25
_SHORTLIST = 4000  # units re-scored with full vectors after the coarse pass
_LEXICAL = 1000  # of those, the nearest in meaning also scored by keywords


@dataclass(frozen=True)
class Suggestion:
    """A passage the assistant proposes for a code, and why.

    ``score`` is the cosine similarity blend in [-1, 1] (higher is closer in meaning; the
    order also weighs keywords, so it need not fall monotonically);
    ``closest_segment_id``/``closest_segment_text`` the coded segment it resembles most
    (``None``/"" when the code has no segments yet); ``matched_lemmas`` the content
    words (lemmas) it shares with that segment and the code's description.
    ``identical_elsewhere`` counts the other passages of the same text among the few thousand units nearest the code, not coded with it, not
    rejected and not the interviewer's: they are not suggested separately; ``copies``
    says where they are, as ``(document_id, start, end)``.
    """

    code_id: int
    document_id: int
    start: int
    end: int
    text: str
    score: float
    closest_segment_id: int | None
    closest_segment_text: str
    matched_lemmas: tuple[str, ...]
    kind: str = "sentence"
    model: str = ""
    model_version: str = ""
    identical_elsewhere: int = 0
    copies: tuple[tuple[int, int, int], ...] = ()
    keywords: tuple[str, ...] = ()  # the code's keywords in the passage that raised its rank


def code_description(code: Code) -> str:
    """The words of a code the assistant reads: name, definition, inclusion criteria, example."""
    return " ".join(p for p in (code.name, code.definition, code.inclusion, code.example) if p.strip())


def _prototypes(vectors: np.ndarray) -> np.ndarray:
    """At most 16 unit-length centres of ``vectors`` (spherical k-means, a few rounds)."""
    if len(vectors) <= _PROTOTYPES:
        return vectors
    rng = np.random.default_rng(0)
    centres = vectors[rng.choice(len(vectors), _PROTOTYPES, replace=False)].copy()
    for _ in range(8):
        nearest = np.argmax(vectors @ centres.T, axis=1)
        for k in range(_PROTOTYPES):
            members = vectors[nearest == k]
            if len(members):
                centre = members.sum(axis=0)
                centres[k] = centre / max(float(np.linalg.norm(centre)), 1e-12)
    return centres


def _excluded(matrix: UnitMatrix, spans: list[tuple[int, int, int]]) -> np.ndarray:
    """Rows of units overlapping any (document, start, end) span."""
    mask = np.zeros(len(matrix), dtype=bool)
    for document_id, start, end in spans:
        rows = matrix.rows_of.get(document_id)
        if rows is None:
            continue
        a, b = rows
        mask[a:b] |= (matrix.starts[a:b] < end) & (matrix.ends[a:b] > start)
    return mask


def shortlist(matrix: UnitMatrix, query: np.ndarray, excluded: np.ndarray | None, size: int) -> np.ndarray:
    """Rows of the ``size`` units nearest ``query`` on the coarse first pass (excluded rows left out)."""
    scores = matrix.coarse_scores(query)
    if excluded is not None:
        scores[excluded] = -np.inf
    size = min(size, len(scores))
    rows = np.argpartition(-scores, size - 1)[:size] if size < len(scores) else np.arange(len(scores))
    return rows[np.isfinite(scores[rows])]


def rank_units(matrix: UnitMatrix, scores: np.ndarray, excluded: np.ndarray | None, top: int,
               rows: np.ndarray | None = None, groups: np.ndarray | None = None) -> list[int]:
    """Row numbers of the ``top`` best units, best first, skipping a unit that overlaps a better one.

    ``scores`` are of every unit, or, with ``rows``, of those rows only (a short list).
    ``groups`` (parallel to ``scores``) numbers units with identical texts (-1: none);
    only the best of a group is taken, and the others do not block what they overlap.
    """
    if rows is None:
        rows = np.arange(len(scores))
    if groups is None:
        groups = np.full(len(scores), -1, dtype=np.int64)
    if excluded is not None:
        keep = ~excluded[rows]
        rows, scores, groups = rows[keep], scores[keep], groups[keep]
    keep = np.isfinite(scores)
    rows, scores, groups = rows[keep], scores[keep], groups[keep]
    pool = min(len(scores), max(top * 8, 200) + int((groups >= 0).sum()))
    if pool == 0:
        return []
    best = np.argpartition(-scores, pool - 1)[:pool] if pool < len(scores) else np.arange(len(scores))
    best = best[np.argsort(-scores[best], kind="stable")]
    taken: dict[int, list[tuple[int, int]]] = {}
    said: set[int] = set()
    out: list[int] = []
    for row, group in zip(rows[best].tolist(), groups[best].tolist(), strict=True):
        if group in said:
            continue
        d, a, b = int(matrix.document_ids[row]), int(matrix.starts[row]), int(matrix.ends[row])
        spans = taken.setdefault(d, [])
        if any(a < e and s < b for s, e in spans):
            continue
        if group >= 0:
            said.add(group)
        spans.append((a, b))
        out.append(row)
        if len(out) >= top:
            break
    return out


def suggest(project: Project, code_id: int, *, top: int = 20, language: str = "en") -> list[Suggestion]:
    """Up to ``top`` passages for code ``code_id``, best first (build the index first:
    :func:`~qualcode.services.assistant.index.build_index`; documents not yet indexed are
    not searched).

    Raises
    ------
    NotFoundError
        No such code.
    ValidationError
        The code has neither coded segments nor any words to compare with.
    """
    from qualcode.nlp.embeddings import load_embedder

    embedder = load_embedder()
    with project.unit_of_work(write=False) as uow:
        code = uow.codes.get(code_id)
        segments = uow.segments.for_codes([code_id])
        stamps = {d: v.stamp for d, v in uow.retrieval.document_stamps(
            sorted({s.document_id for s in segments})).items()}
        texts = document_texts(project, uow, stamps)
        rejected = [(d.document_id, d.start, d.end) for d in uow.assistant.decisions(code_id)
                    if d.decision is SuggestionDecision.REJECT]
    segments = [s for s in segments if s.document_id in texts]
    segment_texts = [texts[s.document_id][s.span.start:s.span.end] for s in segments]
    description = code_description(code)
    if not segments and not description.strip():
        raise ValidationError(f"The code {code.name!r} has no coded segments and no definition to compare with.")
    matrix = unit_matrix(project)
    if len(matrix) == 0:
        return []
    described = embedder.embed([description])[0]
    excluded = _excluded(matrix, [(s.document_id, s.span.start, s.span.end) for s in segments] + rejected)
    excluded |= interviewer_units(project, matrix)
    if segments:
        seg_vectors = embedder.embed(segment_texts)
        protos = _prototypes(seg_vectors)
        centroid = seg_vectors.mean(axis=0)
        centroid /= max(float(np.linalg.norm(centroid)), 1e-12)
        first = (1 - _DESCRIPTION_WEIGHT) * centroid + _DESCRIPTION_WEIGHT * described
    else:
        seg_vectors = np.zeros((0, embedder.dim), dtype=np.float32)
        first = described
    short = shortlist(matrix, first, excluded, max(top * 100, _SHORTLIST))
    short = _without_copies_of(project, matrix, short, rejected)
    vectors = matrix.vectors(short)
    if segments:
        queries = np.vstack([protos, centroid[None, :], described[None, :]]).astype(np.float32)
        sims = vectors @ queries.T
        near = sims[:, :len(protos)].max(axis=1)
        fine = ((1 - _DESCRIPTION_WEIGHT - _CENTROID_WEIGHT) * near + _CENTROID_WEIGHT * sims[:, -2]
                + _DESCRIPTION_WEIGHT * sims[:, -1])
    else:
        fine = vectors @ described
    keywords = code_keywords(description, segment_texts, language)
    near = np.argsort(-fine, kind="stable")[:max(top * 50, _LEXICAL)]  # the lexical half reads these only
    unit_lemmas = _unit_lemmas(project, matrix, short[near], language)
    lexical = np.zeros(len(short))
    lexical[near] = keyword_scores(unit_lemmas, keywords)
    order = fused_scores(fine, lexical)
    groups = identical_groups(project, matrix, short)
    rows = rank_units(matrix, order, None, top, short, groups)
    score_of = dict(zip(short.tolist(), fine.tolist(), strict=True))
    at = {r: i for i, r in enumerate(short[near].tolist())}
    raised = {r: tuple(sorted(unit_lemmas[at[r]] & keywords.keys(), key=lambda w: (-keywords[w], w))[:8])
              for r in rows if r in at and lexical[near[at[r]]] > 0}
    return _explain(project, matrix, rows, score_of, code, segments, segment_texts, seg_vectors, language,
                    _copies(matrix, short, groups, rows), raised)


def _rows_at(matrix: UnitMatrix, spans: list[tuple[int, int, int]]) -> np.ndarray:
    """Rows of the units exactly at these (document, start, end) spans (a span that is no unit: none)."""
    found: list[int] = []
    for document_id, start, end in spans:
        rows = matrix.rows_of.get(document_id)
        if rows is not None:
            a, b = rows
            hit = np.flatnonzero((matrix.starts[a:b] == start) & (matrix.ends[a:b] == end))
            found.extend((a + hit).tolist())
    return np.asarray(found, dtype=np.int64)


def _without_copies_of(project: Project, matrix: UnitMatrix, short: np.ndarray,
                       rejected: list[tuple[int, int, int]]) -> np.ndarray:
    """``short`` without the word-for-word copies of passages rejected for the code: a copy has
    the same vector and words as the passage turned down, so it would ask the coder again."""
    turned_down = _rows_at(matrix, rejected)
    if not len(turned_down) or not len(short):
        return short
    groups = identical_groups(project, matrix, np.concatenate((short, turned_down)))
    same = np.setdiff1d(groups[len(short):], [-1])
    return short[~np.isin(groups[:len(short)], same)]


def _unit_lemmas(project: Project, matrix: UnitMatrix, rows: np.ndarray, language: str) -> list[set[str]]:
    """The content lemmas of each of ``rows``' texts (the quick lookup lemmatiser)."""
    from qualcode.nlp.units import quick_content_lemmas

    doc_ids = sorted({int(d) for d in matrix.document_ids[rows]})
    with project.unit_of_work(write=False) as uow:
        stamps = {d: v.stamp for d, v in uow.retrieval.document_stamps(doc_ids).items()}
        texts = document_texts(project, uow, stamps)
    passages = [texts.get(int(d), "")[int(a):int(b)]
                for d, a, b in zip(matrix.document_ids[rows], matrix.starts[rows], matrix.ends[rows], strict=True)]
    return quick_content_lemmas(passages, language)


def _copies(matrix: UnitMatrix, short: np.ndarray, groups: np.ndarray,
            chosen: list[int]) -> dict[int, tuple[tuple[int, int, int], ...]]:
    """``row -> (document_id, start, end)`` of the other passages identical to each chosen row."""
    members: dict[int, list[int]] = {}
    for row, group in zip(short.tolist(), groups.tolist(), strict=True):
        if group >= 0:
            members.setdefault(group, []).append(row)
    group_of = dict(zip(short.tolist(), groups.tolist(), strict=True))
    return {row: tuple((int(matrix.document_ids[r]), int(matrix.starts[r]), int(matrix.ends[r]))
                       for r in members[group_of[row]] if r != row)
            for row in chosen if group_of.get(row, -1) >= 0}


def _explain(project: Project, matrix: UnitMatrix, rows: list[int], scores: dict[int, float], code: Code,
             segments: list[Segment], segment_texts: list[str], seg_vectors: np.ndarray,
             language: str, copies: dict[int, tuple[tuple[int, int, int], ...]],
             raised: dict[int, tuple[str, ...]]) -> list[Suggestion]:
    """The suggestions of ``rows`` with their reasons: closest coded segment, shared lemmas."""
    from qualcode.nlp.units import content_lemmas

    description = code_description(code)
    if not rows:
        return []
    doc_ids = sorted({int(matrix.document_ids[r]) for r in rows})
    with project.unit_of_work(write=False) as uow:
        stamps = {d: v.stamp for d, v in uow.retrieval.document_stamps(doc_ids).items()}
        texts = document_texts(project, uow, stamps)
    found = [(r, texts[int(matrix.document_ids[r])][int(matrix.starts[r]):int(matrix.ends[r])])
             for r in rows if int(matrix.document_ids[r]) in texts]
    closest = (np.argmax(matrix.vectors(np.asarray([r for r, _ in found])) @ seg_vectors.T, axis=1)
               if len(seg_vectors) and found else None)
    nearest_ids = sorted({int(c) for c in closest}) if closest is not None else []
    lemma_sets = content_lemmas([t for _, t in found] + [description] + [segment_texts[j] for j in nearest_ids],
                                language)
    described = lemma_sets[len(found)]
    seg_lemmas = dict(zip(nearest_ids, lemma_sets[len(found) + 1:], strict=True))
    out = []
    for i, (row, text) in enumerate(found):
        nearest = int(closest[i]) if closest is not None else None
        reference = described | (seg_lemmas[nearest] if nearest is not None else set())
        matched = tuple(sorted(lemma_sets[i] & reference))
        out.append(Suggestion(
            code.id, int(matrix.document_ids[row]), int(matrix.starts[row]), int(matrix.ends[row]), text,
            round(scores[row], 4), segments[nearest].id if nearest is not None else None,
            segment_texts[nearest] if nearest is not None else "", matched,
            "turn" if int(matrix.kinds[row]) == 1 else "sentence", matrix.model, matrix.version,
            len(copies.get(row, ())), copies.get(row, ()), raised.get(row, ())))
    return out
