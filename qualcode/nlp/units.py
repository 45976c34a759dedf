"""Sentence units and lemma matches as spans of the stored text (code points)."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.language import Language
from spacy.tokens import Token

from qualcode.nlp.pipeline import get_pipeline


def sentence_spans(text: str, language: str = "en") -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, surrounding whitespace excluded.

    spaCy's character offsets are Python string indices, i.e. our code points. With the
    rule-based sentencizer only the tokenizer and it run (lemmas are not needed for
    boundaries): ~600,000 words a second, which indexing a large project relies on.
    """
    nlp = get_pipeline(language)
    if "sentencizer" in nlp.pipe_names:
        doc = nlp.get_pipe("sentencizer")(nlp.make_doc(text))
    else:
        doc = nlp(text)
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


def _lemma(token: Token, table: Mapping[str, str]) -> str:
    """The lower-cased lemma; a capitalised word ("Supporting" at a sentence start) is also
    looked up in lower case, since the lookup tables are keyed by the lower-case form."""
    lemma = token.lemma_ or token.text
    if lemma == token.text and token.text != token.lower_:
        lemma = table.get(token.lower_, lemma)
    return lemma.lower()


def _lookup_table(nlp: Language) -> Mapping[str, str]:
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_lookup"):
        return {}
    return lookups.get_table("lemma_lookup")


def query_lemmas(query: str, language: str = "en") -> list[str]:
    nlp = get_pipeline(language)
    table = _lookup_table(nlp)
    return [_lemma(t, table) for t in nlp(query) if not t.is_space and not t.is_punct]


def lemma_matches(text: str, query: str, language: str = "en") -> list[tuple[int, int]]:
    """Spans where the words of ``query`` occur in any inflected form, adjacent and in order
    (punctuation and spaces aside): ``"peer help"`` matches "peers helped"."""
    wanted = query_lemmas(query, language)
    if not wanted:
        return []
    nlp = get_pipeline(language)
    table = _lookup_table(nlp)
    tokens = [t for t in nlp(text) if not t.is_space and not t.is_punct]
    lemmas = [_lemma(t, table) for t in tokens]
    n = len(wanted)
    out = []
    for i in range(len(tokens) - n + 1):
        if lemmas[i:i + n] == wanted:
            out.append((tokens[i].idx, tokens[i + n - 1].idx + len(tokens[i + n - 1].text)))
    return out


def content_lemmas(texts: list[str], language: str = "en") -> list[set[str]]:
    """The lower-cased lemmas of each text's content words (no stop words, punctuation,
    numbers or one-letter words): what a suggestion and a code's words share."""
    nlp = get_pipeline(language)
    table = _lookup_table(nlp)
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if getattr(lemmatizer, "mode", "") != "lookup":  # a trained rule lemmatizer needs the tagger first
        lemmatizer = None
    out = []
    for text in texts:
        doc = nlp.make_doc(text)
        if lemmatizer is not None:
            doc = lemmatizer(doc)
        lemmas = set()
        for token in doc:
            if token.is_stop or token.is_punct or token.is_space or token.like_num or not token.is_alpha:
                continue
            lemma = _lemma(token, table)
            if len(lemma) > 1 and not nlp.vocab[lemma].is_stop:
                lemmas.add(lemma)
        out.append(lemmas)
    return out
