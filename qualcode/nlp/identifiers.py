"""Finding personal identifiers in a text, offline: a roster, pattern recognisers and,
when the user has one, a trained spaCy NER pipeline.

Roster names are matched with a spaCy :class:`~spacy.matcher.PhraseMatcher` on a
per-token key (the lower-cased lookup lemma with a common inflection ending removed),
so "ANNA", "Anna's", "Kowalskiej" and "Kowalska" all find the roster's "Anna
Kowalska"; the parts of a person's name ("Anna", "Kowalska") are patterns of their
own. A match on an inflected form (not the same word in another case) must start
with a capital letter: "jam" is not "James". Offsets are Python code points.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from qualcode.core.errors import QualCodeError
from qualcode.nlp.pipeline import get_pipeline
from qualcode.nlp.units import _lemma, _lookup_table

__all__ = ["PERSON_KINDS", "ROSTER_KINDS", "Finding", "RosterName", "find_identifiers"]

#: Roster kinds whose name parts (first name, surname) are matched alone.
PERSON_KINDS = frozenset({"participant", "person", "staff"})
ROSTER_KINDS = ("participant", "person", "staff", "place", "organisation")

#: Inflection endings removed before comparing (English possessive/plural, Slavic and
#: Polish case endings); longest first. A word keeps at least three letters.
_ENDINGS = tuple(sorted((
    "ami", "ach", "ego", "emu", "iej", "ej", "es", "s", "a", "e", "i", "o", "u", "y",
    "ою", "ею", "ой", "ей", "ом", "ем", "ам", "ах", "ого", "ему", "ю", "у", "і", "и", "ы", "а", "я",
    "е", "ь", "й",
), key=len, reverse=True))
_PARTICLES = frozenset({"de", "da", "di", "van", "von", "der", "den", "la", "le", "bin", "al", "el", "ibn"})
_CONTEXT = 40


@dataclass(frozen=True)
class RosterName:
    """A name the user listed: who or what it is, and what replaces it (``P07``, ``[City]``)."""

    name: str
    kind: str = "person"
    replacement: str = ""


@dataclass(frozen=True)
class Finding:
    """One identifier found in a text.

    ``entity`` groups findings of the same person or thing (the roster name, or the
    text itself for patterns and NER); ``source`` is ``roster``, ``pattern`` or
    ``ner``; ``before``/``after`` are up to 40 characters of context.
    """

    start: int
    end: int
    text: str
    kind: str
    source: str
    entity: str
    replacement: str = ""
    before: str = ""
    after: str = ""


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    word = word.removesuffix("'s")
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _keyed(nlp: Language, doc: Doc) -> Doc:
    """``doc`` with each token's NORM set to its comparison key (lemma, ending removed)."""
    table = _lookup_table(nlp)
    for token in doc:
        token.norm_ = _stem(_lemma(token, table))
    return doc


def _tokenise(nlp: Language, texts: Iterable[str]) -> list[Doc]:
    # Only the tokenizer and the lemmatizer, called directly: select_pipes would change the shared
    # (cached) pipeline while a lemma search may be using it in another thread.
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if getattr(lemmatizer, "mode", "") != "lookup":  # a trained rule lemmatizer needs the tagger first
        lemmatizer = None
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        docs.append(_keyed(nlp, lemmatizer(doc) if lemmatizer is not None else doc))
    return docs


class _RosterMatcher:
    """PhraseMatchers over a roster: exact (LOWER) and inflected (NORM key) forms."""

    def __init__(self, nlp: Language, roster: Sequence[RosterName]) -> None:
        self.nlp = nlp
        self.exact = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.variant = PhraseMatcher(nlp.vocab, attr="NORM")
        self.owners: dict[str, list[RosterName]] = {}
        phrases: dict[str, RosterName] = {}
        for entry in roster:
            name = " ".join(entry.name.split())
            if not name:
                continue
            forms = [name]
            if entry.kind in PERSON_KINDS:
                forms += [part for part in name.split()
                          if len(part) >= 2 and part.lower() not in _PARTICLES and any(c.isalpha() for c in part)]
            for form in dict.fromkeys(forms):
                phrases.setdefault(form, entry)
                self.owners.setdefault(form.lower(), []).append(entry)
        keys = list(phrases)
        for phrase, doc in zip(keys, _tokenise(nlp, keys), strict=True):
            if len(doc) == 0:
                continue
            label = phrase.lower()
            self.exact.add(label, [doc])
            self.variant.add(label, [doc])

    def __call__(self, doc: Doc) -> list[tuple[int, int, RosterName]]:
        out: list[tuple[int, int, RosterName]] = []
        vocab = self.nlp.vocab.strings
        for matcher, exact in ((self.exact, True), (self.variant, False)):
            for match_id, start, end in matcher(doc):
                first: Token = doc[start]
                if not exact and not first.text[:1].isupper():
                    continue
                owners = self.owners[vocab[match_id]]
                entry = owners[0]
                if len({o.name for o in owners}) > 1:  # "Anna" alone, with two Annas listed: the user decides
                    names = " or ".join(sorted({o.name for o in owners}))
                    entry = RosterName(f"{doc[start:end].text.title()} ({names})", entry.kind, "")
                out.append((first.idx, doc[end - 1].idx + len(doc[end - 1].text), entry))
        return out


_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d ().-]{5,}\d(?![\w])")
_DATE = re.compile(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|"
    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_BIRTH = re.compile(r"\b(?:born|birth|dob|d\.o\.b|birthday)\b", re.IGNORECASE)
_ADDRESS = re.compile(
    r"\b\d{1,5}[a-zA-Z]?\s+(?:[A-Z][\w'-]*\s+){1,4}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Square|Sq|Place|Pl|Court|Ct)\b"
    r"|\b(?:вул|ул|ul)\.\s*[A-ZА-ЯІЇЄ][\w'-]*(?:\s+\d{1,5}[a-zа-я]?)?"
)
_ID_NUMBER = re.compile(r"\b(?=[A-Z0-9-]*\d)(?:[A-Z]{1,3}-?\d{6,}|\d{9,})\b")


def _pattern_findings(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for m in _EMAIL.finditer(text):
        found.append((m.start(), m.end(), "email"))
    dates = [(m.start(), m.end()) for m in _DATE.finditer(text)]
    for m in _DATE.finditer(text):
        window = text[max(0, m.start() - 40): m.start()]
        if _BIRTH.search(window):
            found.append((m.start(), m.end(), "date of birth"))
    for m in _ADDRESS.finditer(text):
        found.append((m.start(), m.end(), "address"))
    for m in _ID_NUMBER.finditer(text):
        found.append((m.start(), m.end(), "id number"))
    for m in _PHONE.finditer(text):
        is_date = any(m.start() < e and s < m.end() for s, e in dates)
        if sum(c.isdigit() for c in m.group()) >= 7 and not is_date:
            found.append((m.start(), m.end(), "phone"))
    return found


_NER_KINDS = {"PERSON": "person", "PER": "person", "GPE": "place", "LOC": "place", "FAC": "place",
              "ORG": "organisation"}


@lru_cache(maxsize=2)
def _ner_pipeline(package: str) -> Language:
    try:
        nlp = spacy.load(package)
    except (OSError, ImportError, ValueError) as exc:
        raise QualCodeError(
            f"The spaCy pipeline {package!r} is not installed here; install it or leave the NER source off."
        ) from exc
    if "ner" not in nlp.pipe_names and "entity_ruler" not in nlp.pipe_names:
        raise QualCodeError(f"The spaCy pipeline {package!r} has no named-entity recogniser.")
    return nlp


def _ner_findings(text: str, package: str) -> list[tuple[int, int, str]]:
    doc = _ner_pipeline(package)(text)
    return [(e.start_char, e.end_char, _NER_KINDS[e.label_]) for e in doc.ents if e.label_ in _NER_KINDS]


class IdentifierFinder:
    """Finds identifiers in many texts with one roster (the matcher is built once).

    Parameters
    ----------
    roster
        The names to find; may be empty (then only patterns and NER).
    language
        The texts' language, for tokens and lemmas.
    ner_package
        A trained spaCy pipeline's package name or path, or ``None`` for no NER.
    """

    def __init__(self, roster: Sequence[RosterName] = (), language: str = "en",
                 ner_package: str | None = None) -> None:
        self.nlp = get_pipeline(language)
        self.roster = _RosterMatcher(self.nlp, roster) if roster else None
        self.ner_package = ner_package
        if ner_package:
            _ner_pipeline(ner_package)  # fail early, with the package's name

    def find(self, text: str) -> list[Finding]:
        """Findings in ``text``, sorted, not overlapping (longest first; roster before pattern before NER)."""
        candidates: list[tuple[int, int, int, str, str, str, str]] = []  # start, end, rank, kind, source, entity, repl
        if self.roster is not None and text:
            doc = _tokenise(self.nlp, [text])[0]
            for start, end, entry in self.roster(doc):
                candidates.append((start, end, 0, entry.kind, "roster", entry.name, entry.replacement))
        for start, end, kind in _pattern_findings(text):
            candidates.append((start, end, 1, kind, "pattern", text[start:end], ""))
        if self.ner_package:
            for start, end, kind in _ner_findings(text, self.ner_package):
                candidates.append((start, end, 2, kind, "ner", text[start:end], ""))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
        taken: list[tuple[int, int]] = []
        out: list[Finding] = []
        for start, end, _rank, kind, source, entity, replacement in candidates:
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            out.append(Finding(start, end, text[start:end], kind, source, entity, replacement,
                               text[max(0, start - _CONTEXT):start], text[end:end + _CONTEXT]))
        return sorted(out, key=lambda f: f.start)


def find_identifiers(text: str, roster: Sequence[RosterName] = (), language: str = "en",
                     ner_package: str | None = None) -> list[Finding]:
    """Identifiers in one ``text`` (see :class:`IdentifierFinder`).

    Examples
    --------
    >>> [f.text for f in find_identifiers("ANNA'S lawyer met Anna.", [RosterName("Anna Kowalska")])]
    ['ANNA', 'Anna']
    """
    return IdentifierFinder(roster, language, ner_package).find(text)
