"""The assistant's embedding index: sentence and turn units of every document, stored in the project.

Built incrementally: a document is (re)embedded only when it is new, its text changed
(SHA-256 of the text) or the model/version changed; documents that are gone lose
their units. Work goes in batches of documents, each committed on its own, so a
cancelled build keeps what it finished and the next build carries on from there.

Queries use one float32 matrix of every unit, cached per open project and reloaded
when the index changes (its fingerprint: documents, units and last build time).
"""

from __future__ import annotations

import hashlib
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from qualcode.core.assistant import PackedUnits
from qualcode.core.changes import Changes
from qualcode.services.assistant_index_summary import IndexSummary, index_summary
from qualcode.storage.project import Project

__all__ = ["IndexCancelled", "IndexReport", "IndexStatus", "IndexSummary", "UnitMatrix", "build_index",
           "index_status", "index_summary", "unit_matrix", "SENTENCE", "TURN", "COARSE", "quantise", "dequantise",
           "index_version"]

SENTENCE, TURN = 0, 1
_BATCH = 25  # documents embedded and committed together

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class IndexCancelled(Exception):
    """The user cancelled the build; the documents finished so far are kept in the index."""


@dataclass(frozen=True)
class IndexReport:
    """What a build did: documents (re)embedded and removed, units now indexed, time taken."""

    embedded: int
    removed: int
    documents: int
    units: int
    seconds: float
    model: str
    version: str


@dataclass(frozen=True)
class IndexStatus:
    """Whether the index is current: documents still to (re)embed and index rows to remove."""

    stale: tuple[int, ...]
    orphaned: tuple[int, ...]
    documents: int

    @property
    def current(self) -> bool:
        return not self.stale and not self.orphaned


@dataclass
class UnitMatrix:
    """Every indexed unit: parallel arrays, and its vector twice.

    ``coarse`` holds the first 64 dimensions as float32, renormalised (WordLlama's smaller
    Matryoshka model) for a first pass over every unit; ``fine`` the full vectors as int8 with a
    scale per row, read back only for a short list (:meth:`vectors`). A million units take
    ~390 MB instead of 512 MB of float32, and one pass reads half as much memory.
    ``rows_of[document_id]`` is the ``(first, stop)`` row range of a document's units.
    """

    document_ids: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    kinds: np.ndarray
    coarse: np.ndarray
    fine: np.ndarray
    scales: np.ndarray
    rows_of: dict[int, tuple[int, int]]
    signature: tuple[int, int, str]  # the index's fingerprint when loaded
    model: str
    version: str

    def __len__(self) -> int:
        return int(self.document_ids.size)

    def vectors(self, rows: np.ndarray) -> np.ndarray:
        """The full float32 vectors (length 1) of these rows."""
        out = self.fine[rows].astype(np.float32) * self.scales[rows, None]
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out

    def coarse_scores(self, query: np.ndarray) -> np.ndarray:
        """Cosine similarity of every unit to ``query`` (full-length vector) on the first pass."""
        head = np.ascontiguousarray(query[:COARSE], dtype=np.float32)
        return self.coarse @ (head / max(float(np.linalg.norm(head)), 1e-12))


COARSE = 64
#: The index's storage format, part of the stored version: a new format means a rebuild.
_FORMAT = "int8-1"


def quantise(vectors: np.ndarray) -> bytes:
    """float32 rows -> stored bytes: a float32 scale per row, then the rows as int8."""
    scales = np.maximum(np.abs(vectors).max(axis=1), 1e-12) / 127.0
    q = np.rint(vectors / scales[:, None]).astype(np.int8)
    return scales.astype(np.float32).tobytes() + q.tobytes()


def dequantise(blob: bytes, count: int, dim: int) -> tuple[np.ndarray, np.ndarray]:
    """Stored bytes -> (int8 rows, float32 scales)."""
    scales = np.frombuffer(blob, dtype=np.float32, count=count)
    return np.frombuffer(blob, dtype=np.int8, offset=4 * count).reshape(count, dim), scales


def index_version(embedder_version: str) -> str:
    return f"{embedder_version}|{_FORMAT}"


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _text_hashes(project: Project) -> dict[int, str]:
    with project.unit_of_work(write=False) as uow:
        ids = [h.id for h in uow.documents.list_headers()]
        out: dict[int, str] = {}
        for first in range(0, len(ids), 100):
            texts = uow.retrieval.texts_of(ids[first:first + 100])
            out.update({d: _hash(t) for d, (_, t) in texts.items()})
    return out


def _status(project: Project, hashes: dict[int, str], model: str, version: str) -> IndexStatus:
    with project.unit_of_work(write=False) as uow:
        indexed = uow.assistant.indexed()
    stale = tuple(d for d, h in hashes.items()
                  if (i := indexed.get(d)) is None or i.text_hash != h or i.model != model or i.version != version)
    orphaned = tuple(d for d in indexed if d not in hashes)
    return IndexStatus(stale, orphaned, len(hashes))


def index_status(project: Project) -> IndexStatus:
    """Which documents the index lacks or holds stale (reads every text to hash it)."""
    from qualcode.nlp.embeddings import load_embedder

    embedder = load_embedder()
    return _status(project, _text_hashes(project), embedder.model_name, index_version(embedder.version))


def document_units(text: str, turns: tuple[list[int], list[int], list[str]] | None,
                   language: str = "en") -> np.ndarray:
    """``(n, 3)`` int64 rows ``(start, end, kind)``: the sentences of each turn (speaker labels and
    time stamps left out), then each turn of more than one sentence; a text without turns is one
    region. Sentences of fewer than three words ("Yes.", "Right, okay.") are not units of their
    own when their turn has others: they are read within the turn."""
    from qualcode.nlp.units import quick_sentence_spans

    regions = sorted(zip(turns[0], turns[1], strict=True)) if turns and turns[0] else [(0, len(text))]
    sentences = quick_sentence_spans(text, regions)
    if len(sentences) == 0:
        return np.zeros((0, 3), dtype=np.int64)
    bounds = np.asarray(regions, dtype=np.int64).reshape(-1, 2)
    region_of = np.searchsorted(bounds[:, 0], sentences[:, 0], side="right") - 1
    _, first_index, counts = np.unique(region_of, return_index=True, return_counts=True)
    alone = np.repeat(counts == 1, counts)
    keep = alone | (sentences[:, 2] >= 3)
    kept = sentences[keep]
    kept[:, 2] = SENTENCE
    many = counts > 1
    turns_out = np.stack((sentences[first_index[many], 0], sentences[(first_index + counts - 1)[many], 1],
                          np.full(int(many.sum()), TURN, dtype=np.int64)), axis=1)
    return np.concatenate((kept, turns_out))


def _embed_batch(project: Project, ids: list[int], languages: dict[int, str],
                 embedder: object) -> tuple[list[PackedUnits], dict[int, str]]:
    with project.unit_of_work(write=False) as uow:
        texts = {d: t for d, (_, t) in uow.retrieval.texts_of(ids).items()}
        turns = uow.retrieval.turns_of(list(texts))
    packed: list[PackedUnits] = []
    for document_id, text in texts.items():
        units = document_units(text, turns.get(document_id), languages.get(document_id, "en"))
        spans = units.astype(np.int32)
        vectors = embedder.embed_spans(text, units[:, :2])  # type: ignore[attr-defined]
        packed.append(PackedUnits(document_id, len(spans), vectors.shape[1], spans.tobytes(), quantise(vectors)))
    return packed, {d: _hash(t) for d, t in texts.items()}


def build_index(project: Project, *, progress: ProgressFn | None = None,
                cancel: CancelFn | None = None, initiator: object | None = None) -> IndexReport:
    """Bring the project's index up to date (for a worker thread).

    Parameters
    ----------
    progress
        ``progress(done, total)``: documents embedded so far of those that need it.
    cancel
        Polled between batches; a true value raises :class:`IndexCancelled` (finished
        batches stay in the index).
    initiator
        Who asked (a widget, a CLI tag), carried on the published change.

    The index is derived data, like a cache, but views depend on it (search by meaning,
    suggestions): when a build embeds or removes anything, one
    ``Changes(assistant_index=True, document_ids=...)`` is published on the project's hub
    (from the calling thread), also for the batches finished before a cancel.
    """
    from qualcode.nlp.embeddings import load_embedder

    began = time.perf_counter()
    embedder = load_embedder()
    model, version = embedder.model_name, index_version(embedder.version)
    hashes = _text_hashes(project)
    status = _status(project, hashes, model, version)
    with project.hub.batch():  # one publish for the whole build, even when it is cancelled
        if status.orphaned:
            with project.unit_of_work() as uow:
                uow.assistant.remove_documents(list(status.orphaned))
            project.hub.publish(_index_changed(status.orphaned, initiator))
        with project.unit_of_work(write=False) as uow:
            languages = uow.assistant.document_languages()
        todo = list(status.stale)
        if progress is not None:
            progress(0, len(todo))
        for first in range(0, len(todo), _BATCH):
            if cancel is not None and cancel():
                raise IndexCancelled("Building the assistant's index was cancelled.")
            packed, batch_hashes = _embed_batch(project, todo[first:first + _BATCH], languages, embedder)
            with project.unit_of_work() as uow:
                uow.assistant.replace_units(packed, batch_hashes, model, version)
            project.hub.publish(_index_changed(batch_hashes, initiator))
            if progress is not None:
                progress(min(first + _BATCH, len(todo)), len(todo))
    with project.unit_of_work(write=False) as uow:
        indexed = uow.assistant.indexed()
    return IndexReport(len(todo), len(status.orphaned), len(indexed), sum(i.count for i in indexed.values()),
                       time.perf_counter() - began, model, version)


def _index_changed(document_ids: Iterable[int], initiator: object | None) -> Changes:
    return Changes(assistant_index=True, document_ids=frozenset(document_ids), initiator=initiator)


_matrices: weakref.WeakKeyDictionary[Project, UnitMatrix] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def unit_matrix(project: Project) -> UnitMatrix:
    """Every unit of the current model as one matrix (cached; reloaded when the index changed)."""
    from qualcode.nlp.embeddings import load_embedder

    embedder = load_embedder()
    version = index_version(embedder.version)
    with project.unit_of_work(write=False) as uow:
        fingerprint = uow.assistant.fingerprint(embedder.model_name, version)
        with _lock:
            cached = _matrices.get(project)
        if cached is not None and cached.signature == fingerprint:
            return cached
        indexed = uow.assistant.indexed()
        signature = frozenset((d, i.text_hash) for d, i in indexed.items()
                              if i.model == embedder.model_name and i.version == version)
        total = sum(indexed[d].count for d, _ in signature)
        ids = np.empty(total, dtype=np.int32)
        spans = np.empty((total, 3), dtype=np.int32)
        coarse = np.empty((total, COARSE), dtype=np.float32)
        fine = np.empty((total, embedder.dim), dtype=np.int8)
        scales = np.empty(total, dtype=np.float32)
        rows_of: dict[int, tuple[int, int]] = {}
        row = 0
        for packed in uow.assistant.units(embedder.model_name, version):
            n = packed.count
            ids[row:row + n] = packed.document_id
            spans[row:row + n] = np.frombuffer(packed.spans, dtype=np.int32).reshape(n, 3)
            q, s = dequantise(packed.vectors, n, packed.dim)
            fine[row:row + n] = q
            scales[row:row + n] = s
            head = q[:, :COARSE].astype(np.float32)
            head /= np.maximum(np.linalg.norm(head, axis=1, keepdims=True), 1e-12)
            coarse[row:row + n] = head
            rows_of[packed.document_id] = (row, row + n)
            row += n
    matrix = UnitMatrix(ids[:row], spans[:row, 0].copy(), spans[:row, 1].copy(), spans[:row, 2].astype(np.int8),
                        coarse[:row], fine[:row], scales[:row], rows_of, fingerprint, embedder.model_name,
                        embedder.version)
    with _lock:
        _matrices[project] = matrix
    return matrix
