"""Replacing accepted identifiers across all documents in one transaction.

Every coding, turn (with its timestamp) and memo keeps pointing at the same words:
spans move by exact arithmetic (:mod:`~qualcode.services.privacy.span_map`); memos
anchor to segments by id, so they follow. The replaced words are also replaced (whole
words, any case) in memos, segment memos, speaker names and document names. The original -> replacement mapping is kept
sealed under a password, or not at all; the audit log records what was replaced, by
whom and when, and never the originals. The returned snapshot (held in memory by the
undo step only) restores the texts exactly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qualcode.core.changes import Changes, OpResult
from qualcode.core.clock import utcnow
from qualcode.core.errors import ValidationError
from qualcode.services.corpus import text_cache, turn_index
from qualcode.services.operations.publish import publishes
from qualcode.services.privacy.findings import DocumentFinding
from qualcode.services.privacy.sealed import Sealed, seal
from qualcode.services.privacy.span_map import Replacement, SpanMap, apply_to_text
from qualcode.storage.project import Project
from qualcode.storage.repositories.privacy import RosterRecord

__all__ = ["DocumentState", "PseudonymSnapshot", "apply_pseudonymisation", "restore_pseudonymisation"]


@dataclass(frozen=True)
class DocumentState:
    """One document's text, name, turns ``(id, speaker, start, end)``, segments ``(id, start, end)``
    and speaker mappings' names."""

    document_id: int
    text: str
    name: str
    turns: tuple[tuple[int, str, int, int], ...]
    segments: tuple[tuple[int, int, int], ...]
    speakers: tuple[tuple[str, int | None, bool], ...]


@dataclass(frozen=True)
class PseudonymSnapshot:
    """Before and after of every changed document, the sealed mapping (if kept) and the audit entry."""

    before: tuple[DocumentState, ...]
    after: tuple[DocumentState, ...]
    sealed: Sealed | None
    mapping_id: int | None
    summary: str
    detail: dict[str, object]
    roster: tuple[tuple[str, str, str], ...] = ()
    notes_before: tuple[tuple[str, int, str, str], ...] = ()
    notes_after: tuple[tuple[str, int, str, str], ...] = ()
    cases_before: tuple[tuple[int, str, str], ...] = ()
    cases_after: tuple[tuple[int, str, str], ...] = ()


def _rename(value: str, pairs: Sequence[tuple[str, str]]) -> str:
    """``value`` (a document name, a speaker) with whole-word originals replaced, any case."""
    for original, new in pairs:
        value = re.sub(rf"(?<!\w){re.escape(original)}(?!\w)", new.replace("\\", r"\\"), value, flags=re.IGNORECASE)
    return value


class _Visible:
    """Whether a roster name (or, for people, a part of it) still appears in the texts, any case.
    One word set and one folded text for all names: a roster may hold 10,000 of them."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.folded = "\n".join(t.casefold() for t in texts)
        self.words = set(re.findall(r"\w+", self.folded))

    def __call__(self, name: str, kind: str) -> bool:
        parts = name.split() if kind in ("participant", "person", "staff") else []
        for word in [name, *parts]:
            folded = word.casefold()
            if folded in self.words or (not folded.isalnum() and folded in self.folded):
                return True
        return False


def _renamed_cases(cases: Sequence[tuple[int, str, str]], words: Sequence[tuple[str, str]]
                   ) -> tuple[tuple[tuple[int, str, str], ...], tuple[tuple[int, str, str], ...]]:
    """Cases whose key or label names someone: (before, after). Two keys that would become one
    are refused, since a case key is unique (merge the cases first)."""
    keys = {key: case_id for case_id, key, _label in cases}
    before, after = [], []
    for case_id, key, label in cases:
        new = (case_id, _rename(key, words), _rename(label, words))
        if new[1:] != (key, label):
            before.append((case_id, key, label))
            after.append(new)
    final = dict(keys)
    for (case_id, key, _), (_, new_key, _) in zip(before, after, strict=True):
        del final[key]
    for case_id, new_key, _ in after:
        if new_key in final:
            raise ValidationError(f"Two cases would both be called {new_key!r} once names are replaced; merge or "
                                  "rename one of them first. Nothing was replaced.")
        final[new_key] = case_id
    return tuple(before), tuple(after)


def _state(uow: object, document_id: int) -> DocumentState:
    doc = uow.documents.get(document_id)  # type: ignore[attr-defined]
    turns = tuple((t.id, t.speaker, t.span.start, t.span.end) for t in uow.documents.turns(document_id))  # type: ignore[attr-defined]
    segments = tuple((s.id, s.span.start, s.span.end) for s in uow.segments.for_document(document_id))  # type: ignore[attr-defined]
    return DocumentState(document_id, doc.text, doc.name, turns, segments,
                         tuple(uow.privacy.speaker_rows(document_id)))  # type: ignore[attr-defined]


def _refuse_merged_codings(state: DocumentState, segments: Sequence[tuple[int, int, int]],
                           codings: dict[int, tuple[int, int]]) -> None:
    """Two codings (same code, same coder) that would cover the very same words once a name
    inside both is replaced: the database holds one coding per span, so say which to remove."""
    seen: dict[tuple[int, int, int, int], int] = {}
    for sid, start, end in segments:
        key = (*codings[sid], start, end)
        if key in seen:
            raise ValidationError(
                f"{state.name}: codings {seen[key]} and {sid} (same code, same coder) would cover the same "
                "words once the name inside them is replaced; remove one of them first. Nothing was replaced.")
        seen[key] = sid


def _replaced(state: DocumentState, items: Sequence[DocumentFinding],
              codings: dict[int, tuple[int, int]]) -> DocumentState:
    reps = []
    for item in items:
        f = item.finding
        if state.text[f.start:f.end] != f.text:
            raise ValidationError(f"{state.name}: the text at {f.start}-{f.end} is no longer {f.text!r}; "
                                  "find identifiers again before applying.")
        if not item.replacement.strip():
            raise ValidationError(f"{state.name}: the replacement for {f.text!r} is empty.")
        reps.append(Replacement(f.start, f.end, item.replacement))
    mapping = SpanMap(reps, len(state.text))
    pairs = sorted({(i.finding.text, i.replacement) for i in items}, key=lambda p: -len(p[0]))
    turns = tuple((tid, _rename(spk, pairs), *mapping.span(s, e)) for tid, spk, s, e in state.turns)
    segments = tuple((sid, *mapping.span(s, e)) for sid, s, e in state.segments)
    _refuse_merged_codings(state, segments, codings)
    speakers: dict[str, tuple[str, int | None, bool]] = {}
    for name, case_id, interviewer in state.speakers:  # "Anna" and "Anna K." may both become P07
        speakers.setdefault(_rename(name, pairs), (_rename(name, pairs), case_id, interviewer))
    return DocumentState(state.document_id, apply_to_text(state.text, reps), _rename(state.name, pairs),
                         turns, segments, tuple(speakers.values()))


def _write(uow: object, states: Sequence[DocumentState]) -> None:
    repo = uow.privacy  # type: ignore[attr-defined]
    repo.wipe_freed_space()
    for state in states:
        repo.set_document(state.document_id, state.text, state.name)
        repo.set_turns(state.turns)
        repo.set_segment_spans(state.segments)
        repo.set_speaker_rows(state.document_id, state.speakers)


def _changes(states: Sequence[DocumentState], initiator: object | None) -> Changes:
    return Changes(documents=True, segments=True, cases=True,
                   document_ids=frozenset(s.document_id for s in states),
                   segment_ids=frozenset(seg[0] for s in states for seg in s.segments), initiator=initiator)


def _forget_caches(project: Project) -> None:
    text_cache.clear_cache(project)
    turn_index.clear_cache(project)


@publishes
def apply_pseudonymisation(project: Project, accepted: Sequence[DocumentFinding], *, who: str,
                           mapping_password: str | None = None,
                           initiator: object | None = None) -> OpResult[PseudonymSnapshot]:
    """Replace every accepted finding in its document, all in one transaction.

    Parameters
    ----------
    accepted
        The findings to replace, each with its (possibly edited) replacement.
    who
        The coder recorded in the audit log.
    mapping_password
        Keep the original -> replacement mapping, sealed with a key derived from this
        password; ``None`` keeps no mapping.

    Returns
    -------
    OpResult[PseudonymSnapshot]
        The before/after states, for :func:`restore_pseudonymisation` (undo).

    Raises
    ------
    ValidationError
        A finding no longer matches its document's text, overlaps another, or has an
        empty replacement; nothing is changed.
    """
    by_document: dict[int, list[DocumentFinding]] = {}
    for item in accepted:
        by_document.setdefault(item.document_id, []).append(item)
    sealed = None
    if mapping_password is not None:
        with project.unit_of_work() as uow:
            listed = [[r.name, r.replacement, r.kind] for r in uow.privacy.roster()]
        triples = sorted({(i.finding.text, i.replacement, i.finding.kind) for i in accepted})
        sealed = seal([list(t) for t in triples] + listed, mapping_password)
    counts: dict[str, int] = {}
    for item in accepted:
        label = f"{item.finding.kind} -> {item.replacement}"
        counts[label] = counts.get(label, 0) + 1
    with project.unit_of_work() as uow:
        roster = tuple(tuple(r) for r in uow.privacy.roster())
        before = tuple(_state(uow, d) for d in sorted(by_document))
        codings = {g.id: (g.code_id, g.coder_id) for d in by_document for g in uow.segments.for_document(d)}
        after = tuple(_replaced(s, by_document[s.document_id], codings) for s in before)
        # The roster is a plaintext mapping: sealed with the mapping or gone. Only names still
        # in the texts (rejected in the review) stay listed, so they are still found and guarded.
        texts = [s.text for s in after] + [d.text for d in uow.documents.all() if d.id not in by_document]
        visible = _Visible(texts)
        uow.privacy.replace_roster([RosterRecord(*r) for r in roster if visible(r[0], r[1])])
        _write(uow, after)
        # Memos and segment memos are the researcher's own words, and may name people too.
        words = sorted({(i.finding.text, i.replacement) for i in accepted}, key=lambda p: -len(p[0]))
        notes = [(n, (n[0], n[1], _rename(n[2], words), _rename(n[3], words))) for n in uow.privacy.notes()]
        changed = [(old, new) for old, new in notes if old != new]
        notes_before, notes_after = tuple(o for o, _ in changed), tuple(n for _, n in changed)
        uow.privacy.set_notes(notes_after)
        cases_before, cases_after = _renamed_cases(uow.privacy.case_names(), words)
        uow.privacy.set_case_names(cases_after)
        mapping_id = uow.privacy.add_mapping(utcnow(), *sealed) if sealed is not None else None
        summary = (f"Pseudonymised {len(accepted)} identifier(s) in {len(after)} document(s); "
                   + ("mapping kept, encrypted" if sealed else "no mapping kept"))
        detail: dict[str, object] = {"replacements": counts, "documents": [s.document_id for s in after],
                                     "mapping_id": mapping_id}
        uow.privacy.add_audit(utcnow(), who, "pseudonymise", summary, detail)
    _forget_caches(project)
    snapshot = PseudonymSnapshot(before, after, sealed, mapping_id, summary, detail, roster,  # type: ignore[arg-type]
                                 notes_before, notes_after, cases_before, cases_after)
    return OpResult(snapshot, _changes(after, initiator) | Changes(memos=bool(changed)))


@publishes
def restore_pseudonymisation(project: Project, snapshot: PseudonymSnapshot, *, who: str, redo: bool = False,
                             initiator: object | None = None) -> OpResult[PseudonymSnapshot]:
    """Undo (``redo=False``: texts back as before) or redo a pseudonymisation from its snapshot.

    Undo also removes the sealed mapping; redo stores it again. Both are audited.
    """
    target = snapshot.after if redo else snapshot.before
    with project.unit_of_work() as uow:
        _write(uow, target)
        uow.privacy.set_notes(snapshot.notes_after if redo else snapshot.notes_before)
        uow.privacy.set_case_names(snapshot.cases_after if redo else snapshot.cases_before)
        visible = _Visible([s.text for s in snapshot.after])
        uow.privacy.replace_roster([RosterRecord(*r) for r in snapshot.roster if not redo or visible(r[0], r[1])])
        mapping_id = snapshot.mapping_id
        if not redo and mapping_id is not None:
            uow.privacy.delete_mapping(mapping_id)
        if redo and snapshot.sealed is not None:
            mapping_id = uow.privacy.add_mapping(utcnow(), *snapshot.sealed)
        action = "pseudonymise (redo)" if redo else "pseudonymise (undo)"
        uow.privacy.add_audit(utcnow(), who, action, snapshot.summary if redo else
                              f"Undid: {snapshot.summary}", dict(snapshot.detail, mapping_id=mapping_id))
    _forget_caches(project)
    new = PseudonymSnapshot(snapshot.before, snapshot.after, snapshot.sealed, mapping_id, snapshot.summary,
                            snapshot.detail, snapshot.roster, snapshot.notes_before, snapshot.notes_after,
                            snapshot.cases_before, snapshot.cases_after)
    return OpResult(new, _changes(target, initiator) | Changes(memos=bool(snapshot.notes_before)))
