"""Content lemmas and noun phrases of texts, for theme names and prompts for inductive codes.

Noun chunks need a dependency parser. A blank pipeline has none, so there the phrases
are adjacent content-word pairs (lemma bigrams with no stop word, number or punctuation
between them) and :func:`phrases` says so (``parsed=False``), so the UI can tell the user.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from qualcode.nlp.pipeline import get_pipeline
from qualcode.nlp.units import _lemma, _lookup_table

#: interview filler that spaCy's stop list keeps but carries no meaning in a transcript
_FILLER = frozenset({"yeah", "yes", "okay", "ok", "um", "uh", "mm", "hmm", "er", "oh", "like", "just", "really",
                     "thing", "things", "know", "think", "lot", "bit", "kind", "sort"})


@dataclass(frozen=True)
class TextTerms:
    """Per text: its content lemmas and its phrases (noun chunks, or content-word pairs)."""

    lemmas: tuple[str, ...]
    phrases: tuple[str, ...]


def _is_content(token: Token, lemma: str) -> bool:
    return (token.is_alpha and len(lemma) > 2 and not token.is_stop and lemma not in _FILLER
            and not token.vocab[lemma].is_stop)


def has_parser(language: str = "en") -> bool:
    """Whether the pipeline for ``language`` gives real noun chunks (a trained parser)."""
    return "parser" in get_pipeline(language).pipe_names


def _doc_terms(doc: Doc, table: object, parsed: bool) -> TextTerms:
    lemmas: list[str] = []
    content: list[str | None] = []  # one entry per token: its content lemma or None (a break)
    for token in doc:
        lemma = _lemma(token, table)  # type: ignore[arg-type]
        if _is_content(token, lemma):
            lemmas.append(lemma)
            content.append(lemma)
        else:
            content.append(None)
    if parsed and doc.has_annotation("DEP"):
        phrases = []
        for chunk in doc.noun_chunks:
            words = [_lemma(t, table) for t in chunk  # type: ignore[arg-type]
                     if _is_content(t, _lemma(t, table))]  # type: ignore[arg-type]
            if len(words) >= 2:
                phrases.append(" ".join(words))
    else:
        phrases = [f"{a} {b}" for a, b in zip(content, content[1:]) if a is not None and b is not None]
    return TextTerms(tuple(lemmas), tuple(phrases))


def text_terms(texts: Iterable[str], language: str = "en") -> tuple[list[TextTerms], bool]:
    """Content lemmas and phrases of each text; the flag tells whether phrases are parsed
    noun chunks (True) or the content-word-pair fallback of a blank pipeline (False)."""
    nlp = get_pipeline(language)
    table = _lookup_table(nlp)
    parsed = "parser" in nlp.pipe_names
    return [_doc_terms(doc, table, parsed) for doc in nlp.pipe(texts, batch_size=64)], parsed


def lemma_sequences(texts: Sequence[str], language: str = "en") -> list[tuple[str, ...]]:
    """The content lemmas of each text in order, repeats kept (no stop words, numbers,
    punctuation or interview filler): counts for distinctive words."""
    return [t.lemmas for t in text_terms(texts, language)[0]]


def lemma_spans(text: str, lemmas: Iterable[str], language: str = "en") -> list[tuple[int, int]]:
    """``(start, end)`` of every word of ``text`` whose lemma is one of ``lemmas`` (any case),
    to highlight the words a suggestion matched ("supported" for the lemma "support")."""
    wanted = {lemma.casefold() for lemma in lemmas if lemma.strip()}
    if not wanted or not text:
        return []
    nlp = get_pipeline(language)
    table = _lookup_table(nlp)
    return [(t.idx, t.idx + len(t.text)) for t in nlp(text)
            if not t.is_space and (_lemma(t, table) in wanted or t.lower_ in wanted)]
