"""Candidate themes (Braun & Clarke phase 3): codes grouped by what their segments mean.

Each code's coded segments are embedded (the local embedding model of
:mod:`qualcode.nlp.embeddings`; nothing leaves the computer); a code's centroid is the
normalised mean of its segments' vectors. Codes are clustered by average-linkage
hierarchical clustering on the cosine distance between centroids (scipy). The cut:

* with ``threshold`` given, codes closer than that distance join (at most ``max_groups``);
* otherwise the number of groups (2 .. ``max_groups``) with the best mean silhouette
  (Rousseeuw 1987) on the same distances, so no distance constant depends on the model.

Each grouping of two or more codes is proposed with its most typical quotes (the
segments closest to the group's centroid) and a suggested name (the lemmas most
distinctive of the group's segments against all other segments, by weighted log-odds,
those the codes' names and definitions also use first).
The researcher accepts a grouping as a candidate theme (:class:`AcceptCandidateThemeOperation`,
one undo step, through the themes services) or ignores it; nothing is created by itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

from qualcode.core.changes import OpResult
from qualcode.core.errors import ValidationError
from qualcode.core.theme import Theme
from qualcode.services.assistant.distinctive_terms import distinctive_terms
from qualcode.services.coding.retrieval import RetrievedSegment, retrieve_segments
from qualcode.services.operations.operation import Operation
from qualcode.services.operations.publish import publishes
from qualcode.services.themes import theme_edits as themes
from qualcode.storage.project import Project

__all__ = ["AcceptCandidateThemeOperation", "CandidateGrouping", "CandidateThemes", "Embedder", "TypicalQuote",
           "accept_candidate_theme", "propose_candidate_themes"]


class Embedder(Protocol):
    """What this module needs of :func:`qualcode.nlp.embeddings.load_embedder`'s result."""

    model_name: str
    version: str

    def embed(self, texts: list[str]) -> NDArray[np.float32]: ...


@dataclass(frozen=True)
class TypicalQuote:
    """A coded segment close to its group's centroid (``similarity``: cosine, 1 = the centroid)."""

    segment_id: int
    document_id: int
    document: str
    start: int
    end: int
    text: str
    code_id: int
    code: str
    similarity: float


@dataclass(frozen=True)
class CandidateGrouping:
    """Codes whose segments mean similar things, proposed as one candidate theme.

    ``cohesion`` is the mean cosine similarity of the codes' centroids to the group
    centroid (1 = identical meaning); ``suggested_name`` joins the top ``lemmas``.
    """

    code_ids: tuple[int, ...]
    code_names: tuple[str, ...]
    suggested_name: str
    lemmas: tuple[str, ...]
    quotes: tuple[TypicalQuote, ...]
    cohesion: float
    segments: int


@dataclass(frozen=True)
class CandidateThemes:
    """The proposal with how it was made (for the methods section and the UI)."""

    groupings: tuple[CandidateGrouping, ...]
    codes_clustered: int
    codes_without_segments: int
    cut: str  # "silhouette (k=4, 0.31)" or "distance threshold 0.40"
    model: str  # embedding model name and version


def _centroid(vectors: NDArray[np.floating[Any]]) -> NDArray[np.float64]:
    mean = vectors.astype(np.float64).mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm > 0 else mean


def _silhouette(distances: NDArray[np.float64], labels: NDArray[np.int_]) -> float:
    """Mean silhouette width of ``labels`` on a square distance matrix (singletons score 0)."""
    scores = []
    for i in range(len(labels)):
        own = labels == labels[i]
        if own.sum() <= 1:
            scores.append(0.0)
            continue
        a = distances[i, own].sum() / (own.sum() - 1)
        b = min(distances[i, labels == other].mean() for other in set(labels.tolist()) if other != labels[i])
        scores.append((b - a) / max(a, b) if max(a, b) > 0 else 0.0)
    return float(np.mean(scores))


def _cut(centroids: NDArray[np.float64], threshold: float | None, max_groups: int) -> tuple[NDArray[np.int_], str]:
    from scipy.cluster.hierarchy import fcluster, linkage  # scipy loads when themes are proposed, not at start
    from scipy.spatial.distance import pdist, squareform

    n = len(centroids)
    condensed = np.clip(pdist(centroids, metric="cosine"), 0.0, 2.0)
    tree = linkage(condensed, method="average")
    if threshold is not None:
        labels = fcluster(tree, t=threshold, criterion="distance")
        if len(set(labels.tolist())) > max_groups:
            labels = fcluster(tree, t=max_groups, criterion="maxclust")
        return labels, f"distance threshold {threshold:.2f}"
    distances = squareform(condensed)
    best: tuple[float, int, NDArray[np.int_]] | None = None
    for k in range(2, min(max_groups, n - 1) + 1):
        labels = fcluster(tree, t=k, criterion="maxclust")
        if len(set(labels.tolist())) < 2:
            continue
        score = _silhouette(distances, labels)
        if best is None or score > best[0] + 1e-9:
            best = (score, k, labels)
    if best is None:  # two or three codes: one group if they are closer than they are far
        labels = fcluster(tree, t=0.5, criterion="distance")
        return labels, "distance threshold 0.50 (too few codes for a silhouette)"
    return best[2], f"silhouette (k={best[1]}, {best[0]:.2f})"


def propose_candidate_themes(
    project: Project, *, embedder: Embedder | None = None, threshold: float | None = None, max_groups: int = 8,
    quotes: int = 3, code_ids: Sequence[int] | None = None, language: str = "en",
    cancel: Callable[[], bool] | None = None, progress: Callable[[int, int], None] | None = None,
) -> CandidateThemes:
    """Group the codes (or ``code_ids``) by the meaning of their segments.

    Parameters
    ----------
    embedder:
        The embedding model; ``None`` loads the bundled one (no download).
    threshold:
        Cosine distance under which codes join; ``None`` picks the cut by silhouette.
    max_groups:
        At most this many groups (before single-code groups are dropped).
    quotes:
        Typical quotes per grouping.
    cancel, progress:
        For a worker thread; progress counts embedded segments.

    Returns
    -------
    CandidateThemes
        Groupings of two or more codes, most cohesive first.
    """
    if max_groups < 1:
        raise ValidationError("max_groups must be at least 1.")
    if embedder is None:
        from qualcode.nlp.embeddings import load_embedder  # loads the model only when asked

        embedder = load_embedder()
    segments = [s for s in retrieve_segments(project, code_ids) if s.text.strip()]
    with project.unit_of_work() as uow:
        all_codes = uow.codes.all()
    wanted = set(all_codes) if code_ids is None else set(code_ids) & set(all_codes)
    by_code: dict[int, list[RetrievedSegment]] = {}
    for seg in segments:
        by_code.setdefault(seg.code_id, []).append(seg)
    model = f"{getattr(embedder, 'model_name', '?')} {getattr(embedder, 'version', '')}".strip()
    empty = len(wanted - set(by_code))
    if len(by_code) < 2:
        return CandidateThemes((), len(by_code), empty, "fewer than two codes with segments", model)
    ordered = [s for cid in sorted(by_code) for s in by_code[cid]]
    vectors = _embed_all(embedder, [s.text for s in ordered], cancel, progress)
    code_list = sorted(by_code)
    rows: dict[int, NDArray[np.intp]] = {}
    position = 0
    for cid in code_list:
        rows[cid] = np.arange(position, position + len(by_code[cid]))
        position += len(by_code[cid])
    centroids = np.vstack([_centroid(vectors[rows[cid]]) for cid in code_list])
    labels, cut = _cut(centroids, threshold, max_groups)
    from qualcode.nlp.terms import lemma_sequences  # spaCy loads only here

    lemmas = lemma_sequences([s.text for s in ordered], language)
    described = lemma_sequences([f"{all_codes[c].name} {all_codes[c].definition}" for c in code_list], language)
    code_words = {cid: set(words) for cid, words in zip(code_list, described)}
    groupings = []
    for label in sorted(set(labels.tolist())):
        members = [cid for cid, lab in zip(code_list, labels.tolist()) if lab == label]
        if len(members) < 2:
            continue
        named_by = set().union(*(code_words[cid] for cid in members))
        groupings.append(_grouping(members, by_code, rows, vectors, centroids, code_list, lemmas, quotes, named_by))
    groupings.sort(key=lambda g: (-g.cohesion, g.code_names))
    return CandidateThemes(tuple(groupings), len(code_list), empty, cut, model)


def _embed_all(embedder: Embedder, texts: list[str], cancel: Callable[[], bool] | None,
               progress: Callable[[int, int], None] | None) -> NDArray[np.float64]:
    out = []
    for first in range(0, len(texts), 256):
        if cancel is not None and cancel():
            raise InterruptedError("Cancelled.")
        batch = np.asarray(embedder.embed(texts[first:first + 256]), dtype=np.float64)
        norms = np.linalg.norm(batch, axis=1, keepdims=True)
        out.append(batch / np.where(norms > 0, norms, 1.0))
        if progress is not None:
            progress(min(first + 256, len(texts)), len(texts))
    return np.vstack(out)


def _grouping(members: list[int], by_code: dict[int, list[RetrievedSegment]], rows: dict[int, NDArray[np.intp]],
              vectors: NDArray[np.float64], centroids: NDArray[np.float64], code_list: list[int],
              lemmas: list[tuple[str, ...]], quotes: int, code_words: set[str]) -> CandidateGrouping:
    index = np.concatenate([rows[cid] for cid in members])
    centre = _centroid(vectors[index])
    similarity = vectors[index] @ centre
    ordered_segments = [s for cid in code_list for s in by_code[cid]]
    picked: list[TypicalQuote] = []
    seen_codes: Counter[int] = Counter()
    seen_texts: set[str] = set()
    # the closest segments, each text once, at most one per code while other codes still have one
    for pos in np.argsort(-similarity, kind="stable"):
        seg = ordered_segments[int(index[pos])]
        said = " ".join(seg.text.casefold().split())
        if said in seen_texts or (seen_codes[seg.code_id] and len(seen_codes) < len(members)):
            continue
        seen_texts.add(said)
        seen_codes[seg.code_id] += 1
        picked.append(TypicalQuote(seg.segment_id, seg.document_id, seg.document, seg.span.start, seg.span.end,
                                   seg.text, seg.code_id, seg.code, round(float(similarity[pos]), 3)))
        if len(picked) >= quotes:
            break
    members_rows = set(index.tolist())
    inside = Counter(w for i in members_rows for w in lemmas[i])
    outside = Counter(w for i in range(len(lemmas)) if i not in members_rows for w in lemmas[i])
    # distinctive words of the segments; those the codes' own names and definitions use come first
    ranked = [t.term for t in distinctive_terms(inside, outside, top=15)]
    top = tuple(sorted(ranked, key=lambda w: w not in code_words)[:5])
    member_rows = [code_list.index(cid) for cid in members]
    cohesion = float(np.mean(centroids[member_rows] @ centre))
    return CandidateGrouping(
        code_ids=tuple(members), code_names=tuple(by_code[cid][0].code for cid in members),
        suggested_name=" · ".join(top[:3]).capitalize() if top else "Candidate theme",
        lemmas=top, quotes=tuple(picked), cohesion=round(cohesion, 3), segments=int(len(index)),
    )


class AcceptCandidateThemeOperation(Operation):
    """Accept a grouping as a candidate theme named ``name`` with its codes: one undo step
    (undo deletes the theme, the codes stay; redo brings it back with the same id)."""

    def __init__(self, project: Project, grouping: CandidateGrouping, name: str) -> None:
        super().__init__(project, f"Accept candidate theme {name}")
        self.grouping, self.name = grouping, name
        self.theme: Theme | None = None
        self.snapshot: themes.ThemeSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is None:
            self.theme = accept_candidate_theme(self.project, self.grouping, name=self.name,
                                                initiator=self.initiator).value
        else:
            themes.restore_theme(self.project, self.snapshot, initiator=self.initiator)

    def revert(self) -> None:
        if self.theme is not None:
            self.snapshot = themes.delete_theme(self.project, self.theme.id, initiator=self.initiator).value


@publishes
def accept_candidate_theme(project: Project, grouping: CandidateGrouping, *, name: str,
                           initiator: object | None = None) -> OpResult[Theme]:
    """Create the candidate theme ``name`` with the grouping's codes (the themes service
    publishes the change). Use :class:`AcceptCandidateThemeOperation` for an undoable step."""
    if not name.strip():
        raise ValidationError("A candidate theme needs a name.")
    return themes.create_theme(project, name, code_ids=grouping.code_ids, initiator=initiator)
