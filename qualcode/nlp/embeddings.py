"""Sentence embeddings for meaning search, offline: WordLlama's bundled token vectors.

The ``wordllama`` wheel carries its model (a 32,000 x 256 token-embedding table,
16 MB, and its tokenizer file). We read both files straight from the installed
package: ``WordLlama.load()`` would look for the tokenizer in the wrong folder and
then try to download it, so it is never called. A text's vector is the mean of its
tokens' vectors, L2-normalised (what ``WordLlamaInference.embed(norm=True)`` does).

Tokens never cross white space in this tokenizer (SentencePiece pieces start at a
word), so each distinct white-space-separated word is tokenised once and its summed
token vectors are cached; a text's vector is then a sparse sum over its words. That
turns 8 million words into ~100,000 tokenizer calls and one sparse product, which is
what lets 1,000 long transcripts be indexed in well under a minute on two cores.

Nothing here opens a network connection; ``HF_HUB_OFFLINE`` is set before the
tokenizer library loads, in case any code path of it would look online.
"""

from __future__ import annotations

import os
import re
import threading
from itertools import chain
from functools import lru_cache
import importlib.util
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["Embedder", "EmbeddingModelMissing", "load_embedder"]

_WORD = re.compile(r"\S+")
_WEIGHTS = "l2_supercat_256.safetensors"
_TOKENIZER = "l2_supercat_tokenizer_config.json"
#: Bump when the way vectors are made changes, so stored indexes are rebuilt.
_POOLING = "word-mean-1"
#: Dimensions kept. WordLlama is trained so that the first 64/128/256 dimensions are each a
#: model (Matryoshka); 128 keeps a million units in 512 MB of float32 for fast queries.
_DIM = 128


class EmbeddingModelMissing(RuntimeError):
    """The bundled embedding model is not installed (the ``wordllama`` package)."""


class Embedder:
    """Text -> unit vector, with the model's name and version for provenance.

    Parameters
    ----------
    table
        Token embedding table, ``(vocabulary, dim)`` float32.
    tokenizer
        A ``tokenizers.Tokenizer`` without padding or truncation.
    model_name, version
        Recorded with every index and decision (a methods section can report them).
    """

    def __init__(self, table: np.ndarray, tokenizer: Any, model_name: str, version: str) -> None:
        self.model_name = model_name
        self.version = version
        self.dim = int(table.shape[1])
        self._table = np.ascontiguousarray(table, dtype=np.float32)
        self._tokenizer = tokenizer
        self._lock = threading.Lock()
        self._index: dict[str, int] = {}
        self._sums = np.zeros((1024, self.dim), dtype=np.float32)  # summed token vectors per word
        self._counts = np.zeros(1024, dtype=np.float32)  # tokens per word

    def _learn(self, words: list[str]) -> None:
        """Tokenise words not seen yet (under the lock) and keep their summed token vectors."""
        new = list(set(words).difference(self._index))
        if not new:
            return
        encodings = self._tokenizer.encode_batch_fast(new, add_special_tokens=False)
        first = len(self._index)
        need = first + len(new)
        if need > len(self._counts):
            size = max(need, 2 * len(self._counts))
            self._sums = np.resize(self._sums, (size, self.dim))
            self._counts = np.resize(self._counts, size)
        token_ids = [e.ids for e in encodings]
        lengths = np.fromiter(map(len, token_ids), dtype=np.int64, count=len(token_ids))
        flat = np.fromiter(chain.from_iterable(token_ids), dtype=np.int64, count=int(lengths.sum()))
        np.clip(flat, 0, self._table.shape[0] - 1, out=flat)
        rows = slice(first, need)
        self._sums[rows] = 0.0
        if flat.size:
            offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
            has = lengths > 0
            self._sums[first + np.flatnonzero(has)] = np.add.reduceat(self._table[flat], offsets[has], axis=0)
        self._counts[rows] = lengths
        self._index.update(zip(new, range(first, need), strict=True))

    def embed(self, texts: list[str]) -> np.ndarray:
        """``(len(texts), dim)`` float32 rows of length 1 (a text without words: zeros)."""
        from scipy import sparse

        pieces = [_WORD.findall(t) for t in texts]
        flat = [w for words in pieces for w in words]
        with self._lock:
            self._learn(flat)
            index = self._index
            columns = np.fromiter((index[w] for w in flat), dtype=np.int64, count=len(flat))
            sums, counts = self._sums, self._counts
        lengths = np.fromiter((len(p) for p in pieces), dtype=np.int64, count=len(pieces))
        indptr = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        words = sparse.csr_matrix((np.ones(len(flat), dtype=np.float32), columns, indptr),
                                  shape=(len(texts), len(sums)))
        return _mean_normalised(words, sums, counts)


    def embed_spans(self, text: str, spans: np.ndarray | list[tuple[int, int]]) -> np.ndarray:
        """Vectors of ``text[a:b]`` for each span, from one pass over the text's words.

        Same as ``embed([text[a:b] for a, b in spans])`` when spans start and end at white
        space (sentences, turns), but the text is split and its words looked up once, however
        many units hold them (a turn and its sentences share words).
        """
        from scipy import sparse

        if len(spans) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        from qualcode.nlp.units import word_bounds

        starts, ends = word_bounds(text)
        words = text.split()  # the same words unless a CJK stop ends one without a space
        if len(words) != len(starts):
            words = [text[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
        with self._lock:
            self._learn(words)
            ids = np.fromiter(map(self._index.__getitem__, words), dtype=np.int64, count=len(words))
            sums, counts = self._sums, self._counts
        bounds = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
        first = np.searchsorted(starts, bounds[:, 0], side="left")
        lengths = np.maximum(np.searchsorted(starts, bounds[:, 1], side="left") - first, 0)
        indptr = np.zeros(len(bounds) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        positions = np.arange(indptr[-1], dtype=np.int64) - np.repeat(indptr[:-1] - first, lengths)
        units = sparse.csr_matrix((np.ones(indptr[-1], dtype=np.float32), ids[positions], indptr),
                                  shape=(len(bounds), len(sums)))
        return _mean_normalised(units, sums, counts)


def _mean_normalised(words: Any, sums: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Rows of ``words`` (texts x known words, word counts) -> mean token vector, length 1."""
    vectors = np.asarray(words @ sums, dtype=np.float32)
    tokens = np.asarray(words @ counts, dtype=np.float32)
    vectors /= np.maximum(tokens, 1.0)[:, None]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors /= np.maximum(norms, 1e-12)
    return vectors


def _package_file(folder: str, name: str) -> str:
    """A data file of the installed ``wordllama`` package, found without importing the package
    (its ``__init__`` imports ``requests`` and a downloader we never use)."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingModelMissing(
            "Meaning search needs the 'wordllama' package (it carries its model; nothing is downloaded)."
        )
    path = Path(next(iter(spec.submodule_search_locations))) / folder / name
    if not path.is_file():
        raise EmbeddingModelMissing(f"The wordllama package here has no {folder}/{name}; reinstall it.")
    return str(path)


@lru_cache(maxsize=1)
def load_embedder() -> Embedder:
    """The bundled WordLlama model (loaded once, ~1 s; later calls return the same object).

    Raises
    ------
    EmbeddingModelMissing
        ``wordllama`` is not installed.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    weights = _package_file("weights", _WEIGHTS)
    tokenizer_file = _package_file("tokenizers", _TOKENIZER)
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    table = load_file(weights)["embedding.weight"][:, :_DIM]  # Matryoshka-trained: a prefix is a smaller model
    tokenizer = Tokenizer.from_file(tokenizer_file)
    tokenizer.no_padding()
    tokenizer.no_truncation()
    version = f"{metadata.version('wordllama')}/{table.shape[1]}d/{_POOLING}"
    return Embedder(table, tokenizer, "wordllama l2_supercat", version)
