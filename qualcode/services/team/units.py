"""Units of agreement inside one document: characters, sentences, turns or the whole document.

A unit is a half-open span of the stored text (code points). Character units are pooled into
the longest runs over which no coder's coding starts or stops, each run weighted by its
length, which gives exactly the same coefficients as one column per character.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

import numpy as np

from qualcode.core.errors import QualCodeError

UNIT_KINDS = ("character", "sentence", "turn", "document")

__all__ = ["UNIT_KINDS", "check_unit_kind", "document_units", "mark_units", "sentence_units", "unit_range"]


def check_unit_kind(unit: str) -> None:
    """Raise a one-sentence error for a unit kind we do not know."""
    if unit not in UNIT_KINDS:
        raise QualCodeError(f"unknown unit {unit!r}; choose one of {', '.join(UNIT_KINDS)}")


def document_units(unit: str, text: str, *, turns: Sequence[tuple[int, int]] = (),
                   sentences: Sequence[tuple[int, int]] = (),
                   boundaries: Iterable[int] = ()) -> tuple[np.ndarray, np.ndarray]:
    """Starts and ends of the document's units (sorted, non-overlapping).

    Parameters
    ----------
    unit : one of :data:`UNIT_KINDS`
    text : the document text
    turns, sentences : spans, for ``"turn"`` and ``"sentence"`` (no turns: the document is one unit)
    boundaries : where codings start and end, for ``"character"``
    """
    check_unit_kind(unit)
    n = len(text)
    if unit == "document" or (unit == "turn" and not turns):
        spans: Sequence[tuple[int, int]] = [(0, n)] if n else []
    elif unit == "turn":
        spans = sorted(turns)
    elif unit == "sentence":
        spans = sorted(sentences)
    else:
        cuts = sorted({0, n} | {b for b in boundaries if 0 <= b <= n})
        spans = list(pairwise(cuts))
    starts = np.array([s for s, e in spans if e > s], dtype=np.int64)
    ends = np.array([e for s, e in spans if e > s], dtype=np.int64)
    return starts, ends


def unit_range(starts: np.ndarray, ends: np.ndarray, start: int, end: int) -> tuple[int, int]:
    """``lo, hi``: the units ``[lo, hi)`` that share at least one character with ``[start, end)``."""
    lo = int(np.searchsorted(ends, start, side="right"))
    hi = int(np.searchsorted(starts, end, side="left"))
    return lo, max(lo, hi)


def mark_units(starts: np.ndarray, ends: np.ndarray, spans: Iterable[tuple[int, int]]) -> np.ndarray:
    """Boolean per unit: does any of ``spans`` overlap it (at least one shared character)?"""
    marked = np.zeros(len(starts), dtype=bool)
    for s, e in spans:
        lo, hi = unit_range(starts, ends, s, e)
        marked[lo:hi] = True
    return marked


def sentence_units(text: str, language: str = "en") -> list[tuple[int, int]]:
    """spaCy's sentences of ``text`` (``qualcode.nlp.units.sentence_spans``), loaded only when asked."""
    from qualcode.nlp.units import sentence_spans

    return sentence_spans(text, language)
