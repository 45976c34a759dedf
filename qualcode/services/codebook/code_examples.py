"""Typical and atypical examples of a code, linked to real coded segments.

A code has at most one chosen segment per kind ("typical", "atypical"). Choosing one
also writes the quote (with its source) into the code's ``example`` or
``atypical_example`` field, so the codebook, its CSV/Word exports and the version
history all show it; the link to the segment lets the Word codebook quote it first.

Undo pair: ``set_code_example`` / ``clear_code_example`` -> ExampleSnapshot,
inverse ``restore_code_examples(snapshot)``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from qualcode.core.changes import Changes, OpResult
from qualcode.core.codebook import Code
from qualcode.core.errors import ValidationError
from qualcode.services.operations.publish import codes_changed, publishes
from qualcode.services.coding.retrieval import segment_rows
from qualcode.storage.project import Project
from qualcode.storage.repositories.analysis_progress import ProgressRepository

KINDS = ("typical", "atypical")
CODES = Changes(codes=True)
_QUOTE_CHARS = 400  # a codebook example is a short extract; long segments are cut with "…"


@dataclass(frozen=True)
class ExampleSnapshot:
    """A code's example fields and chosen example segments as they were before a change."""

    code: Code
    examples: tuple[tuple[int, str], ...]  # (segment_id, kind)


def _field(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError(f"An example is 'typical' or 'atypical', not {kind!r}.")
    return "example" if kind == "typical" else "atypical_example"


def _with_example(code: Code, field: str, text: str) -> Code:
    """``code`` with its ``field`` (from :func:`_field`) set to ``text``."""
    return replace(code, example=text) if field == "example" else replace(code, atypical_example=text)


def quote_text(row: dict[str, object]) -> str:
    """``"text" — document, speaker`` as written into the code's example field."""
    text = " ".join(str(row["text"]).split())
    if len(text) > _QUOTE_CHARS:
        text = text[: _QUOTE_CHARS - 1].rstrip() + "…"
    source = ", ".join(str(p) for p in (row.get("document"), row.get("speaker")) if p)
    return f"“{text}” — {source}" if source else f"“{text}”"


def code_examples(project: Project, code_id: int) -> dict[str, int]:
    """Kind -> chosen segment id for one code."""
    with project.unit_of_work() as uow:
        rows = uow.progress.examples()
    return {kind: seg for cid, seg, kind in rows if cid == code_id}


def _example_changed(snapshot: ExampleSnapshot, initiator: object | None) -> Changes:
    return codes_changed([snapshot.code.id], initiator)


def _snapshot(uow: object, repo: ProgressRepository, code_id: int) -> ExampleSnapshot:
    code = uow.codes.get(code_id)  # type: ignore[attr-defined]
    mine = tuple((seg, kind) for cid, seg, kind in repo.examples() if cid == code_id)
    return ExampleSnapshot(code, mine)


@publishes
def set_code_example(project: Project, code_id: int, segment_id: int, kind: str, *,
                     coder_id: int | None = None,
                     initiator: object | None = None) -> OpResult[ExampleSnapshot]:
    """Choose ``segment_id`` (a segment coded with ``code_id``) as the code's typical or
    atypical example, replacing an earlier choice of that kind. Returns the old state."""
    field = _field(kind)
    rows = segment_rows(project, segment_ids=[segment_id])
    if not rows:
        raise ValidationError(f"There is no coded segment {segment_id}.")
    if rows[0]["code_id"] != code_id:
        raise ValidationError("An example must be a segment coded with this code.")
    quote = quote_text(rows[0])
    with project.unit_of_work() as uow:
        repo = uow.progress
        snapshot = _snapshot(uow, repo, code_id)
        for seg, old_kind in snapshot.examples:
            if old_kind == kind or seg == segment_id:
                repo.clear_example(code_id, seg)
        repo.set_example(code_id, segment_id, kind)
        uow.codes.update(_with_example(snapshot.code, field, quote), coder_id=coder_id)
    return OpResult(snapshot, _example_changed(snapshot, initiator))


@publishes
def clear_code_example(project: Project, code_id: int, kind: str, *,
                       coder_id: int | None = None,
                       initiator: object | None = None) -> OpResult[ExampleSnapshot]:
    """Unlink the chosen example of ``kind`` and empty the code's field for it."""
    field = _field(kind)
    with project.unit_of_work() as uow:
        repo = uow.progress
        snapshot = _snapshot(uow, repo, code_id)
        for seg, old_kind in snapshot.examples:
            if old_kind == kind:
                repo.clear_example(code_id, seg)
        uow.codes.update(_with_example(snapshot.code, field, ""), coder_id=coder_id)
    return OpResult(snapshot, _example_changed(snapshot, initiator))


@publishes
def restore_code_examples(project: Project, snapshot: ExampleSnapshot, *,
                          coder_id: int | None = None,
                          initiator: object | None = None) -> OpResult[None]:
    """Undo: put the code's example fields and chosen segments back as they were."""
    code_id = snapshot.code.id
    with project.unit_of_work() as uow:
        repo = uow.progress
        for cid, seg, _kind in repo.examples():
            if cid == code_id:
                repo.clear_example(code_id, seg)
        for seg, kind in snapshot.examples:
            repo.set_example(code_id, seg, kind)
        current = uow.codes.get(code_id)
        uow.codes.update(replace(current, example=snapshot.code.example,
                                 atypical_example=snapshot.code.atypical_example), coder_id=coder_id)
    return OpResult(None, _example_changed(snapshot, initiator))
