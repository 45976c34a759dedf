"""Text search across the project's documents, with keyword-in-context (KWIC) hits."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from qualcode.core.errors import ValidationError
from qualcode.core.languages import fold_apostrophes, tolerant_literal
from qualcode.core.span import Span
from qualcode.services.corpus.text_cache import document_texts
from qualcode.storage.project import Project

_BATCH = 50  # documents read per query; texts come from the per-project cache

MODES = ("plain", "regex", "word", "lemma")


class SearchCancelled(Exception):
    """The user cancelled the search; hits found so far are in ``hits``."""

    def __init__(self, hits: list[Hit]) -> None:
        super().__init__("Search cancelled.")
        self.hits = hits


@dataclass(frozen=True)
class Hit:
    """One match: ``match`` is ``text[span]``; ``before``/``after`` the text around it."""

    document_id: int
    span: Span
    before: str
    match: str
    after: str


def compile_pattern(pattern: str, *, mode: str = "plain", case_sensitive: bool = False) -> re.Pattern[str]:
    """The regular expression a search runs.

    ``plain`` finds the text literally, ``word`` finds it as a whole word (not inside
    a longer word), ``regex`` takes Python regular-expression syntax. ``plain`` and ``word``
    accept any apostrophe variant for any other (Uzbek oʻzbek = o'zbek = o‘zbek ..., see
    :mod:`qualcode.core.languages`) and е for ё; case-insensitive matching is Unicode's
    (Cyrillic "ПОМОЩЬ" finds "помощь"). ``lemma`` matches
    words in any inflected form and is run by :mod:`qualcode.nlp` (see
    :func:`search_project`); here it only checks the query, as a whole word.

    Raises
    ------
    ValidationError
        Empty pattern, unknown mode, or a regular expression that does not compile
        (the message gives the reason and the position).
    """
    if not pattern:
        raise ValidationError("Type something to search for.")
    if mode not in MODES:
        raise ValidationError(f"Unknown search mode {mode!r}; use plain, regex, word or lemma.")
    flags = 0 if case_sensitive else re.IGNORECASE
    if mode == "plain":
        source = tolerant_literal(pattern)
    elif mode in ("word", "lemma"):
        # \b fails next to punctuation ("café!" is fine, but "C++" has no word end); use look-arounds
        source = rf"(?<!\w){tolerant_literal(pattern)}(?!\w)"
    else:
        source = pattern
    try:
        return re.compile(source, flags)
    except re.error as exc:
        where = f" at position {exc.pos}" if exc.pos is not None else ""
        raise ValidationError(f"The regular expression is not valid: {exc.msg}{where}.") from exc


def search_project(
    project: Project, pattern: str, *, mode: str = "plain", case_sensitive: bool = False,
    document_ids: Sequence[int] | None = None, context: int = 40, limit: int | None = None,
    cancel: Callable[[], bool] | None = None, progress: Callable[[int, int], None] | None = None,
    language: str | None = None,
) -> list[Hit]:
    """Find ``pattern`` in every document (or in ``document_ids``).

    Parameters
    ----------
    project:
        The open project.
    pattern:
        What to find; see :func:`compile_pattern` for ``mode`` and ``case_sensitive``.
    document_ids:
        Search only these documents.
    language:
        For ``mode="lemma"``: the spaCy language whose lookup lemmas are compared
        ("support" finds "supported", "supporting"; "peer help" finds "peers helped");
        ``None`` (the default) uses each document's own language (set at import from its
        script: Russian documents use the Russian tables, "помощь" finds "помощи").
        :func:`lemma_support` says what a language gets.
    context:
        Characters of text kept before and after each hit (keyword in context).
    limit:
        Stop after this many hits (``None``: all).
    cancel, progress:
        For a worker thread: ``cancel()`` is polled between documents (a true value raises
        :class:`SearchCancelled` carrying the hits so far); ``progress(done, total)`` counts
        documents.

    Returns
    -------
    list of Hit
        In document order, then text order. Empty matches (``a*``) are skipped: they
        cannot be coded.

    Examples
    --------
    >>> hits = search_project(project, "legal aid", mode="word")  # doctest: +SKIP
    """
    regex = compile_pattern(pattern, mode=mode, case_sensitive=case_sensitive)
    hits: list[Hit] = []
    with project.unit_of_work() as uow:
        ids = [h.id for h in uow.documents.list_headers()] if document_ids is None else list(document_ids)
        languages = uow.documents.languages(ids) if mode == "lemma" and language is None else {}
        finders = {lang: _finder(regex, pattern, mode, lang)
                   for lang in {language or "en", *languages.values()}}
        total = len(ids)
        for first in range(0, total, _BATCH):
            batch = ids[first:first + _BATCH]
            stamps = {d: v.stamp for d, v in uow.retrieval.document_stamps(batch).items()}
            texts = document_texts(project, uow, stamps)
            for done, document_id in enumerate(batch, start=first):
                if cancel is not None and cancel():
                    raise SearchCancelled(hits)
                text = texts.get(document_id)
                if text is None:
                    continue  # deleted meanwhile
                find = finders[language or languages.get(document_id, "en")]
                for start, end in find(text):
                    if end == start:
                        continue
                    hits.append(Hit(document_id, Span(start, end), text[max(0, start - context):start],
                                    text[start:end], text[end:end + context]))
                    if limit is not None and len(hits) >= limit:
                        return hits
                if progress is not None:
                    progress(done + 1, total)
    return hits


def _finder(regex: re.Pattern[str], pattern: str, mode: str,
            language: str) -> Callable[[str], Iterator[tuple[int, int]]]:
    """``text -> (start, end)`` spans for the mode: the regex, or lemma matches from nlp."""
    if mode == "lemma":
        from qualcode.nlp.units import lemma_matches  # spaCy loads only when a lemma search runs

        def by_lemma(text: str) -> Iterator[tuple[int, int]]:
            # apostrophes folded to one (same length, so the offsets stay those of the text)
            yield from lemma_matches(fold_apostrophes(text), fold_apostrophes(pattern), language)

        return by_lemma

    def by_regex(text: str) -> Iterator[tuple[int, int]]:
        for m in regex.finditer(text):
            yield m.span()

    return by_regex


def lemma_support(language: str) -> str:
    """What a lemma search and sentence units use for ``language``, for the UI to state:
    ``"lemmas (trained pipeline ...)"``, ``"lemmas (lookup tables)"`` or ``"plain words"``."""
    from qualcode.nlp.pipeline import lemma_support as nlp_support  # spaCy loads only when asked

    return nlp_support(language)
