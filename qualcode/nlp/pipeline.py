"""Choosing and caching a spaCy pipeline for a language, offline."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

#: Trained packages we use if the user installed one (never downloaded by us).
_TRAINED = ("{lang}_core_web_sm", "{lang}_core_news_sm", "{lang}_core_web_md", "{lang}_core_news_md")


def trained_package(language: str) -> str | None:
    for pattern in _TRAINED:
        name = pattern.format(lang=language)
        if spacy.util.is_package(name):
            return name
    return None


@lru_cache(maxsize=8)
def get_pipeline(language: str = "en") -> Language:
    """A pipeline with sentence boundaries and lemmas.

    A trained package is used when installed; otherwise ``spacy.blank`` with the
    rule-based sentencizer and, where spacy-lookups-data has a table for the
    language, the lookup lemmatizer. Unknown language codes fall back to the
    multi-language blank pipeline.
    """
    package = trained_package(language)
    if package is not None:
        return spacy.load(package, exclude=["ner"])
    try:
        nlp = spacy.blank(language)
    except (ImportError, KeyError, ValueError):
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    except (ValueError, OSError, KeyError, ImportError):
        # no lookup table for this language: lemmas fall back to the lower-cased word
        if "lemmatizer" in nlp.pipe_names:
            nlp.remove_pipe("lemmatizer")
        nlp.initialize()
    nlp.max_length = 20_000_000  # long transcripts; we only run cheap components
    return nlp


def describe_pipeline(language: str = "en") -> str:
    nlp = get_pipeline(language)
    package = trained_package(language)
    kind = f"trained pipeline {package}" if package else f"blank '{nlp.lang}' pipeline"
    return f"{kind} with {', '.join(nlp.pipe_names)}"


def lemma_support(language: str = "en") -> str:
    """``"lemmas (trained pipeline NAME)"``, ``"lemmas (lookup tables)"`` or ``"plain words"``:
    how words of ``language`` are compared by a lemma search (and what the UI should state)."""
    package = trained_package(language)
    if package is not None:
        return f"lemmas (trained pipeline {package})"
    nlp = get_pipeline(language)
    if nlp.lang == language and "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_lookup"):
            return "lemmas (lookup tables)"
    return "plain words"
