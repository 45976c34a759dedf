"""Passages said word for word in several places (a stock question, a formula, a template).

"Find more like these" offers such a passage once, the best-scoring copy, and says how
many other copies there are. Passages are identical when their texts are. The embedding reads a unit as the bag of words between white
space, whatever document it stands in, so identical passages have the same stored
vector: units are grouped by vector and length in memory. The same words in another
order share a vector too: a turn of the same two sentences swapped is a different
passage, so the texts of turns that share a group are read and compared. A sentence
of the same words in the same length in another order ("the dog bit the man") is
taken for the same passage, which saves reading thousands of texts per query.
"""

from __future__ import annotations

import numpy as np

from qualcode.services.assistant.index import TURN, UnitMatrix
from qualcode.services.corpus.text_cache import document_texts
from qualcode.storage.project import Project

__all__ = ["identical_groups"]


def _same_vector(matrix: UnitMatrix, rows: np.ndarray) -> np.ndarray:
    """Per row, the number of its (length, vector) class."""
    lengths = (matrix.ends[rows] - matrix.starts[rows]).astype(np.int64)
    scales = matrix.scales[rows].astype(np.float32)
    keys = np.concatenate((lengths.view(np.uint8).reshape(len(rows), -1),
                           scales.view(np.uint8).reshape(len(rows), -1),
                           np.ascontiguousarray(matrix.fine[rows]).view(np.uint8)), axis=1)
    number: dict[bytes, int] = {}
    return np.fromiter((number.setdefault(key.tobytes(), len(number)) for key in keys),
                       dtype=np.int64, count=len(rows))


def identical_groups(project: Project, matrix: UnitMatrix, rows: np.ndarray) -> np.ndarray:
    """For each of ``rows``, a group number shared by the rows whose passages are identical,
    or -1 for a passage found once among them."""
    groups = np.full(len(rows), -1, dtype=np.int64)
    if len(rows) < 2:
        return groups
    classes = _same_vector(matrix, rows)
    shared = np.bincount(classes)[classes] > 1
    turns = matrix.kinds[rows] == TURN
    groups[shared & ~turns] = classes[shared & ~turns]
    candidates = np.flatnonzero(shared & turns)
    if not len(candidates):
        return groups
    offset = int(classes.max()) + 1
    documents = sorted({int(d) for d in matrix.document_ids[rows[candidates]]})
    with project.unit_of_work(write=False) as uow:
        stamps = {d: v.stamp for d, v in uow.retrieval.document_stamps(documents).items()}
        texts = document_texts(project, uow, stamps)
    number: dict[tuple[int, str], int] = {}
    for i in candidates.tolist():
        row = int(rows[i])
        text = texts.get(int(matrix.document_ids[row]))
        if text is not None:
            key = (int(classes[i]), text[int(matrix.starts[row]):int(matrix.ends[row])])
            groups[i] = offset + number.setdefault(key, len(number))
    found = groups >= 0
    counts = np.bincount(groups[found])
    groups[found & (counts[np.maximum(groups, 0)] == 1)] = -1
    return groups
