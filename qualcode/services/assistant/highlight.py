"""Where a suggestion's matched lemmas occur in its text (for the "why" of a suggestion)."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["matched_word_spans"]


def matched_word_spans(text: str, lemmas: Iterable[str], language: str = "en") -> list[tuple[int, int]]:
    """``(start, end)`` offsets in ``text`` of the words whose lemma is in ``lemmas``."""
    from qualcode.nlp.terms import lemma_spans  # spaCy loads only when asked

    return lemma_spans(text, list(lemmas), language)
