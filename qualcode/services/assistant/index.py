"""The assistant's embedding index: sentence and turn units of every document, stored in the project.

Built incrementally: a document is (re)embedded only when it is new, its text changed
(SHA-256 of the text) or the model/version changed; documents that are gone lose
their units. Work goes in batches of documents, each committed on its own, so a
cancelled build keeps what it finished and the next build carries on from there.

Queries use one float32 matrix of every unit, cached per open project and reloaded
when the index changes (its signature is the set of (document, text hash) pairs).
"""

from __future__ import annotations

import hashlib
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from qualcode.core.assistant import PackedUnits
from qualcode.storage.project import Project

__all__ = ["IndexCancelled", "IndexReport", "IndexStatus", "UnitMatrix", "build_index", "index_status",
           "unit_matrix", "SENTENCE", "TURN"]

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
    """Every indexed unit: parallel arrays and the float32 ``vectors`` (rows of length 1).

    ``rows_of[document_id]`` is the ``(first, stop)`` row range of a document's units.
    """

    document_ids: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    kinds: np.ndarray
    vectors: np.ndarray
    rows_of: dict[int, tuple[int, int]]
    signature: frozenset[tuple[int, str]]
    model: str
    version: str

    def __len__(self) -> int:
        return int(self.document_ids.size)


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
    return _status(project, _text_hashes(project), embedder.model_name, embedder.version)


def document_units(text: str, turns: tuple[list[int], list[int], list[str]] | None,
                   language: str = "en") -> list[tuple[int, int, int]]:
    """``(start, end, kind)`` units of one text: its sentences, then turns that are not one sentence."""
    from qualcode.nlp.units import sentence_spans

    units = [(a, b, SENTENCE) for a, b in sentence_spans(text, language)]
    sentences = {(a, b) for a, b, _ in units}
    if turns is not None:
        for a, b in zip(turns[0], turns[1], strict=True):
            while b > a and text[b - 1].isspace():
                b -= 1
            while a < b and text[a].isspace():
                a += 1
            if b > a and (a, b) not in sentences:
                units.append((a, b, TURN))
    return units


def _embed_batch(project: Project, ids: list[int], languages: dict[int, str],
                 embedder: object) -> tuple[list[PackedUnits], dict[int, str]]:
    with project.unit_of_work(write=False) as uow:
        texts = {d: t for d, (_, t) in uow.retrieval.texts_of(ids).items()}
        turns = uow.retrieval.turns_of(list(texts))
    packed: list[PackedUnits] = []
    all_texts: list[str] = []
    per_doc: list[tuple[int, np.ndarray]] = []
    for document_id, text in texts.items():
        units = document_units(text, turns.get(document_id), languages.get(document_id, "en"))
        spans = np.asarray(units, dtype=np.int32).reshape(-1, 3)
        per_doc.append((document_id, spans))
        all_texts.extend(text[a:b] for a, b, _ in units)
    vectors = embedder.embed(all_texts).astype(np.float16)  # type: ignore[attr-defined]
    dim = vectors.shape[1]
    row = 0
    for document_id, spans in per_doc:
        n = len(spans)
        packed.append(PackedUnits(document_id, n, dim, spans.tobytes(), vectors[row:row + n].tobytes()))
        row += n
    return packed, {d: _hash(t) for d, t in texts.items()}


def build_index(project: Project, *, progress: ProgressFn | None = None,
                cancel: CancelFn | None = None) -> IndexReport:
    """Bring the project's index up to date (for a worker thread).

    Parameters
    ----------
    progress
        ``progress(done, total)``: documents embedded so far of those that need it.
    cancel
        Polled between batches; a true value raises :class:`IndexCancelled` (finished
        batches stay in the index).

    The index is derived data, like a cache: building it changes nothing the user
    sees, so nothing is published on the project's hub.
    """
    from qualcode.nlp.embeddings import load_embedder

    began = time.perf_counter()
    embedder = load_embedder()
    model, version = embedder.model_name, embedder.version
    hashes = _text_hashes(project)
    status = _status(project, hashes, model, version)
    if status.orphaned:
        with project.unit_of_work() as uow:
            uow.assistant.remove_documents(list(status.orphaned))
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
        if progress is not None:
            progress(min(first + _BATCH, len(todo)), len(todo))
    with project.unit_of_work(write=False) as uow:
        indexed = uow.assistant.indexed()
    return IndexReport(len(todo), len(status.orphaned), len(indexed), sum(i.count for i in indexed.values()),
                       time.perf_counter() - began, model, version)


_matrices: weakref.WeakKeyDictionary[Project, UnitMatrix] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def unit_matrix(project: Project) -> UnitMatrix:
    """Every unit of the current model as one matrix (cached; reloaded when the index changed)."""
    from qualcode.nlp.embeddings import load_embedder

    embedder = load_embedder()
    with project.unit_of_work(write=False) as uow:
        indexed = uow.assistant.indexed()
        signature = frozenset((d, i.text_hash) for d, i in indexed.items()
                              if i.model == embedder.model_name and i.version == embedder.version)
        with _lock:
            cached = _matrices.get(project)
        if cached is not None and cached.signature == signature:
            return cached
        total = sum(indexed[d].count for d, _ in signature)
        ids = np.empty(total, dtype=np.int32)
        spans = np.empty((total, 3), dtype=np.int32)
        vectors = np.empty((total, embedder.dim), dtype=np.float32)
        rows_of: dict[int, tuple[int, int]] = {}
        row = 0
        for packed in uow.assistant.units(embedder.model_name, embedder.version):
            n = packed.count
            ids[row:row + n] = packed.document_id
            spans[row:row + n] = np.frombuffer(packed.spans, dtype=np.int32).reshape(n, 3)
            vectors[row:row + n] = np.frombuffer(packed.vectors, dtype=np.float16).reshape(n, packed.dim)
            rows_of[packed.document_id] = (row, row + n)
            row += n
    matrix = UnitMatrix(ids[:row], spans[:row, 0].copy(), spans[:row, 1].copy(), spans[:row, 2].astype(np.int8),
                        vectors[:row], rows_of, signature, embedder.model_name, embedder.version)
    with _lock:
        _matrices[project] = matrix
    return matrix
