"""Prompts for inductive codes: lemmas and phrases distinctive of a group of cases.

Cases are split by an attribute (a case attribute, or a survey variable linked to the
cases, e.g. legal aid ``LA`` = 0 / 1). What each case said is the text of the turns
attributed to it (the interviewer's turns count for no case; a document without turns
counts for its case). For each value, the lemmas and phrases used more by those cases
than by all others (weighted log-odds, :mod:`.distinctive_terms`) are listed as prompts,
never as codes: the researcher reads and decides.

Phrases are noun chunks when a trained spaCy pipeline with a parser is installed;
otherwise adjacent content-word pairs, and :attr:`InductivePrompts.phrase_kind` says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from qualcode.core.errors import ValidationError
from qualcode.services.assistant.distinctive_terms import DistinctiveTerm, distinctive_terms
from qualcode.services.corpus.case_groups import MAX_VALUES, case_attributes
from qualcode.services.corpus.case_groups import attribute_values as _attribute_values
from qualcode.services.corpus.text_cache import document_texts
from qualcode.services.corpus.turn_index import CaseResolver, turn_tables
from qualcode.storage.project import Project

__all__ = ["GroupPrompts", "InductivePrompts", "case_attributes", "inductive_prompts"]


@dataclass(frozen=True)
class GroupPrompts:
    """The cases with ``attribute == value`` and what is distinctive of their talk."""

    value: str
    cases: int
    words: int  # content words they said
    lemmas: tuple[DistinctiveTerm, ...]
    phrases: tuple[DistinctiveTerm, ...]


@dataclass(frozen=True)
class InductivePrompts:
    attribute: str
    groups: tuple[GroupPrompts, ...]
    phrase_kind: str  # "noun chunks" (parsed) or "adjacent content-word pairs (no parser installed)"
    cases_without_value: int


def _case_texts(project: Project) -> dict[int, list[str]]:
    """``case_id -> texts of the turns (or documents) attributed to it``."""
    with project.unit_of_work() as uow:
        stamps = uow.retrieval.document_stamps()
        ids = sorted(stamps)
        texts = document_texts(project, uow, {d: v.stamp for d, v in stamps.items()})
        tables = turn_tables(project, uow, {d: v.stamp for d, v in stamps.items()})
        resolver = CaseResolver(uow.retrieval.speaker_mappings_of(ids), {d: v.case_id for d, v in stamps.items()})
    out: dict[int, list[str]] = {}
    for doc in ids:
        text, table = texts.get(doc), tables.get(doc)
        if text is None:
            continue
        if table is None or not table.starts:
            case = resolver.case_for(doc, None)
            if case is not None:
                out.setdefault(case, []).append(text)
            continue
        for start, end, speaker in zip(table.starts, table.ends, table.speakers):
            case = resolver.case_for(doc, speaker)
            if case is not None:
                out.setdefault(case, []).append(text[start:end])
    return out


def inductive_prompts(
    project: Project, attribute: str, *, top: int = 15, language: str = "en",
    cancel: Callable[[], bool] | None = None, progress: Callable[[int, int], None] | None = None,
) -> InductivePrompts:
    """Distinctive lemmas and phrases of each group of cases split by ``attribute``.

    Raises
    ------
    ValidationError
        No such attribute, or it does not split the cases into 2..12 groups.
    """
    values = _attribute_values(project).get(attribute)
    if not values:
        known = ", ".join(sorted(case_attributes(project))) or "none"
        raise ValidationError(f"No case has the attribute {attribute!r} (attributes that split cases: {known}).")
    levels = sorted(set(values.values()))
    if not 2 <= len(levels) <= MAX_VALUES:
        raise ValidationError(f"{attribute!r} has {len(levels)} value(s); it needs 2 to {MAX_VALUES} to form groups.")
    from qualcode.nlp.terms import text_terms  # spaCy loads only here

    case_texts = _case_texts(project)
    lemmas: dict[str, Counter[str]] = {v: Counter() for v in levels}
    phrases: dict[str, Counter[str]] = {v: Counter() for v in levels}
    cases: Counter[str] = Counter()
    parsed = False
    with_text = [c for c in case_texts if c in values]
    for done, case_id in enumerate(with_text, start=1):
        if cancel is not None and cancel():
            raise InterruptedError("Cancelled.")
        value = values[case_id]
        cases[value] += 1
        terms, parsed = text_terms(case_texts[case_id], language)
        for t in terms:
            lemmas[value].update(t.lemmas)
            phrases[value].update(t.phrases)
        if progress is not None:
            progress(done, len(with_text))
    groups = []
    for value in levels:
        rest_l = sum((lemmas[v] for v in levels if v != value), Counter())
        rest_p = sum((phrases[v] for v in levels if v != value), Counter())
        groups.append(GroupPrompts(value, cases[value], sum(lemmas[value].values()),
                                   tuple(distinctive_terms(lemmas[value], rest_l, top=top)),
                                   tuple(distinctive_terms(phrases[value], rest_p, top=top))))
    kind = "noun chunks" if parsed else "adjacent content-word pairs (no parser installed)"
    return InductivePrompts(attribute, tuple(groups), kind, len([c for c in values if c not in case_texts]))
