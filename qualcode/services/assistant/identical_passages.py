"""Passages said word for word in several places (a stock question, a formula, a template).

"Find more like these" offers such a passage once, the best-scoring copy, and says how
many other copies there are. Texts are compared after normalisation (runs of white
space as one space, case folded). The same words embed alike, so identical passages
score alike: only units whose score ties with another's are read and compared, which
keeps this cheap on a short list of thousands.
"""

from __future__ import annotations

import numpy as np

from qualcode.services.assistant.index import UnitMatrix
from qualcode.services.corpus.text_cache import document_texts
from qualcode.storage.project import Project

__all__ = ["identical_groups", "normalised"]

_TIE = 1e-4  # scores this close may be the same text


def normalised(text: str) -> str:
    """``text`` as compared for identity: white space runs as one space, case folded."""
    return " ".join(text.split()).casefold()


def identical_groups(project: Project, matrix: UnitMatrix, rows: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """For each of ``rows`` (scored ``scores``), a group number shared by the rows whose
    normalised texts are identical, or -1 for a text found once among them."""
    groups = np.full(len(rows), -1, dtype=np.int64)
    if len(rows) < 2:
        return groups
    order = np.argsort(scores, kind="stable")
    close = np.diff(scores[order]) <= _TIE
    tied = np.zeros(len(rows), dtype=bool)
    tied[1:] |= close
    tied[:-1] |= close
    candidates = order[tied]
    if not len(candidates):
        return groups
    documents = sorted({int(matrix.document_ids[rows[i]]) for i in candidates})
    with project.unit_of_work(write=False) as uow:
        stamps = {d: v.stamp for d, v in uow.retrieval.document_stamps(documents).items()}
        texts = document_texts(project, uow, stamps)
    number: dict[str, int] = {}
    for i in candidates.tolist():
        row = int(rows[i])
        text = texts.get(int(matrix.document_ids[row]))
        if text is not None:
            key = normalised(text[int(matrix.starts[row]):int(matrix.ends[row])])
            groups[i] = number.setdefault(key, len(number))
    found, counts = np.unique(groups[groups >= 0], return_counts=True)
    groups[np.isin(groups, found[counts == 1])] = -1
    return groups
