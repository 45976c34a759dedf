"""Sentence units and lemma matches as spans of the stored text (code points)."""

from __future__ import annotations

from qualcode.nlp.pipeline import get_pipeline


def sentence_spans(text: str, language: str = "en") -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, surrounding whitespace excluded.

    spaCy's character offsets are Python string indices, i.e. our code points.
    """
    doc = get_pipeline(language)(text)
    spans = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            spans.append((start, end))
    return spans


def _lemma(token) -> str:  # type: ignore[no-untyped-def]
    return (token.lemma_ or token.text).lower()


def query_lemmas(query: str, language: str = "en") -> list[str]:
    nlp = get_pipeline(language)
    return [_lemma(t) for t in nlp(query) if not t.is_space and not t.is_punct]


def lemma_matches(text: str, query: str, language: str = "en") -> list[tuple[int, int]]:
    """Spans where the words of ``query`` occur in any inflected form, adjacent and in order
    (punctuation and spaces aside): ``"peer help"`` matches "peers helped"."""
    wanted = query_lemmas(query, language)
    if not wanted:
        return []
    doc = get_pipeline(language)(text)
    tokens = [t for t in doc if not t.is_space and not t.is_punct]
    lemmas = [_lemma(t) for t in tokens]
    n = len(wanted)
    out = []
    for i in range(len(tokens) - n + 1):
        if lemmas[i:i + n] == wanted:
            out.append((tokens[i].idx, tokens[i + n - 1].idx + len(tokens[i + n - 1].text)))
    return out
