"""Sentence units and lemma matches as spans of the stored text (code points)."""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np

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


#: Words whose full stop does not end a sentence ("Mr. Smith"), lower case; single letters neither ("J. Doe").
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "vs", "etc", "cf", "approx", "vol",
                            "fig", "ca", "e.g", "i.e"})
_SENTENCE_END = re.compile(r"[。！？]+[」』”’)）]*|[.!?…]+[\"'”’»)\]]*(?=\s)|\n")
_SPACES = np.array([c for c in range(0x3001) if chr(c).isspace()], dtype=np.uint32)
_CJK_ENDS = np.array([ord(c) for c in "。！？"], dtype=np.uint32)


def word_bounds(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Start and end offsets (code points) of the words of ``text``: runs of non-space characters,
    also broken after a CJK full stop, question or exclamation mark (those scripts use no spaces)."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    space = np.isin(points, _SPACES)
    stop = np.isin(points, _CJK_ENDS)
    before = np.concatenate(([True], space[:-1] | stop[:-1]))
    after = np.concatenate((space[1:], [True])) | stop
    starts = np.flatnonzero(~space & before)
    ends = np.flatnonzero(~space & after) + 1
    return starts, ends


def quick_sentence_spans(text: str, regions: list[tuple[int, int]] | None = None) -> np.ndarray:
    """Sentences of ``text`` by punctuation, as spaCy's rule-based sentencizer finds them (a run of
    . ! ? … followed by white space ends a sentence), and at line breaks, without tokenising:
    one regular expression and a few numpy operations, for indexing millions of words.
    "Mr.", a few other abbreviations and single letters ("J. Doe") do not end a sentence.

    Parameters
    ----------
    regions
        ``(start, end)`` parts of the text to split (speakers' turns); text outside them (speaker
        labels, time stamps) is left out. ``None``: the whole text.

    Returns
    -------
    numpy.ndarray
        ``(n, 3)`` int64 rows ``(start, end, words)``: white space trimmed, in text order, with
        each sentence's number of words.
    """
    starts, ends = word_bounds(text)
    if regions is None:
        regions = [(0, len(text))]
    edges = []
    for m in _SENTENCE_END.finditer(text):
        at = m.start()
        if text[at] == "\n":
            edges.append(at)
            continue
        if text[at] == ".":  # "Mr." or "J." ends no sentence
            word = text[text.rfind(" ", max(0, at - 12), at) + 1 or max(0, at - 12):at].lstrip("(\"'“‘").lower()
            if len(word) == 1 or word in _ABBREVIATIONS:
                continue
        edges.append(m.end())
    region = np.asarray(regions, dtype=np.int64).reshape(-1, 2)
    cuts = np.unique(np.concatenate((np.asarray(edges, dtype=np.int64), region.ravel())))
    lo, hi = cuts[:-1], cuts[1:]
    first = np.searchsorted(starts, lo, side="left")  # first word starting at or after lo
    last = np.searchsorted(ends, hi, side="right") - 1  # last word ending at or before hi
    ok = (first <= last) & (first < len(starts)) & (last >= 0)
    first, last = first[ok], last[ok]
    spans = np.stack((starts[first], ends[last], last - first + 1), axis=1)
    spans = spans[spans[:, 0] < spans[:, 1]]
    inside = np.zeros(len(spans), dtype=bool)
    order = np.argsort(region[:, 0], kind="stable")
    r_start, r_end = region[order, 0], region[order, 1]
    which = np.searchsorted(r_start, spans[:, 0], side="right") - 1
    valid = which >= 0
    inside[valid] = spans[valid, 1] <= r_end[which[valid]]
    return spans[inside]
