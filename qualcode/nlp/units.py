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
# One class byte per code point below 0x10000 (above: none of these): a gather instead of isin.
_SPACE, _CJK_STOP, _END_MARK, _CLOSER = 1, 2, 4, 8
_CLASSES = np.zeros(0x10001, dtype=np.uint8)
for _c in range(0x3001):
    if chr(_c).isspace():
        _CLASSES[_c] |= _SPACE
for _chars, _flag in (("。！？", _CJK_STOP), (".!?…", _END_MARK), ("\"'”’»)]」』）", _CLOSER)):
    for _ch in _chars:
        _CLASSES[ord(_ch)] |= _flag


def _code_points(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    classes = _CLASSES[np.minimum(points, 0x10000)]
    return points, (classes & _SPACE).astype(bool), (classes & _CJK_STOP).astype(bool)


def _bounds(space: np.ndarray, stop: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    before = np.concatenate(([True], space[:-1] | stop[:-1]))
    after = np.concatenate((space[1:], [True])) | stop
    return np.flatnonzero(~space & before), np.flatnonzero(~space & after) + 1


def word_bounds(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Start and end offsets (code points) of the words of ``text``: runs of non-space characters,
    also broken after a CJK full stop, question or exclamation mark (those scripts use no spaces)."""
    _points, space, stop = _code_points(text)
    return _bounds(space, stop)


_KEY = 6  # characters compared before a full stop


def _keys(words: list[str]) -> np.ndarray:
    out = np.zeros((len(words), _KEY), dtype=np.uint32)
    for i, w in enumerate(words):
        tail = w[-_KEY:]
        out[i, _KEY - len(tail):] = [ord(c) for c in tail]
    return out


_ABBREVIATION_KEYS = _keys(sorted(_ABBREVIATIONS))


def _not_abbreviation(points: np.ndarray, dots: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """For each sentence-end candidate: False when it is the full stop of "Mr.", "e.g." or one letter."""
    keep = np.ones(len(dots), dtype=bool)
    if len(dots) == 0:
        return keep
    word_start = starts[np.maximum(np.searchsorted(starts, dots, side="right") - 1, 0)]
    full_stop = points[dots] == ord(".")
    keep &= ~(full_stop & (dots - word_start == 1))
    offsets = np.arange(_KEY, 0, -1)
    at = dots[:, None] - offsets[None, :]
    inside = at >= word_start[:, None]
    keys = np.where(inside, points[np.maximum(at, 0)], 0)
    keys = np.where((keys >= 65) & (keys <= 90), keys + 32, keys)  # ASCII lower case
    # a word of up to six letters before the stop that is an abbreviation (what precedes it is not compared)
    short = (dots - word_start) <= _KEY
    match = (keys[:, None, :] == _ABBREVIATION_KEYS[None, :, :]).all(axis=2).any(axis=1)
    keep &= ~(full_stop & short & match)
    return keep


def _sentence_edges(text: str, points: np.ndarray, space: np.ndarray, stop: np.ndarray,
                    starts: np.ndarray) -> np.ndarray:
    """Offsets where a sentence ends: after a run of . ! ? … (and closing quotes) before white space
    or the end, after a CJK stop, and at each line break."""
    n = len(points)
    classes = _CLASSES[np.minimum(points, 0x10000)]
    end = (classes & _END_MARK).astype(bool)
    closer = (classes & _CLOSER).astype(bool)
    space_next = np.concatenate((space[1:], [True]))
    # the last mark of a run, then optionally one closing quote or bracket, then white space
    last = end & ~np.concatenate((end[1:], [False]))
    plain = last & space_next
    quoted = last & np.concatenate((closer[1:], [False])) & np.concatenate((space_next[1:], [True]))
    dots = np.flatnonzero(plain | quoted)
    keep = _not_abbreviation(points, dots, starts)
    dots = dots[keep]
    edges = np.concatenate((dots + 1 + quoted[dots].astype(np.int64), np.flatnonzero(stop) + 1,
                            np.flatnonzero(points == 10)))
    return np.unique(edges[edges <= n])


def quick_sentence_spans(text: str, regions: list[tuple[int, int]] | None = None) -> np.ndarray:
    """Sentences of ``text`` by punctuation, as spaCy's rule-based sentencizer finds them (a run of
    . ! ? … followed by white space ends a sentence), and at line breaks, without tokenising:
    numpy over the code points, for indexing millions of words. "Mr.", a few other abbreviations
    and single letters ("J. Doe") do not end a sentence.

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
    points, space, stop = _code_points(text)
    starts, ends = _bounds(space, stop)
    if regions is None:
        regions = [(0, len(text))]
    region = np.asarray(regions, dtype=np.int64).reshape(-1, 2)
    cuts = np.unique(np.concatenate((_sentence_edges(text, points, space, stop, starts), region.ravel())))
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


_WORD = re.compile(r"[^\W\d_]{2,}")


def quick_content_lemmas(texts: list[str], language: str = "en") -> list[set[str]]:
    """Like :func:`content_lemmas`, fast enough for thousands of passages per query: words are
    runs of letters (no tokenizer), lemmatised with the language's lookup table where it has
    one, stop words left out. Keyword scoring uses it; explanations use :func:`content_lemmas`."""
    nlp = get_pipeline(language)
    table = _lookup_table(nlp)
    stops = nlp.Defaults.stop_words
    known: dict[str, str] = {}

    def lemma(word: str) -> str:
        found = known.get(word)
        if found is None:
            found = known[word] = "" if word in stops else str(table.get(word, word)).lower()
            if found in stops or len(found) < 2:
                found = known[word] = ""
        return found

    out = []
    for text in texts:
        lemmas = {lemma(w) for w in set(_WORD.findall(text.lower()))}
        lemmas.discard("")
        out.append(lemmas)
    return out
