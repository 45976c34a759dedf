"""Coding use-cases: apply a code to a span, remove it, change its bounds, memo it."""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.core.changes import Changes, OpResult
from qualcode.core.codebook import Code, CodeOrigin, new_code_draft, validate_code_name
from qualcode.core.errors import ValidationError
from qualcode.core.segment import Segment, validate_new_coding
from qualcode.core.span import Span
from qualcode.services.operations.publish import publishes, segments_changed
from qualcode.services.snapshots import SegmentSnapshot
from qualcode.storage.project import Project


@publishes
def apply_code(project: Project, document_id: int, span: Span, code_id: int, coder_id: int,
               memo: str = "", *, initiator: object | None = None) -> OpResult[Segment]:
    """Code ``span`` of a document with ``code_id``; on disk when this returns."""
    with project.unit_of_work() as uow:
        length = uow.documents.text_length(document_id)
        uow.codes.get(code_id)  # raises NotFoundError with a clear message
        existing = uow.segments.find_same(document_id, code_id, span, coder_id)
        validate_new_coding(length, span, code_id, existing, coder_id)
        return _coded(uow.segments.add(document_id, code_id, span, coder_id, memo), initiator)


@dataclass(frozen=True)
class NamedCoding:
    segment: Segment
    code: Code
    code_created: bool  # True when ``apply_named_code(create=True)`` made the code


@publishes
def apply_named_code(project: Project, document_id: int, span: Span, code: Code | None, new_name: str,
                     coder_name: str, *, initiator: object | None = None) -> OpResult[NamedCoding]:
    """Code ``span`` with ``code``, or with a new top-level code ``new_name`` when ``code`` is
    None, by the coder named ``coder_name`` (created if new): one transaction, so a bad
    span or a duplicate leaves no new code or coder behind."""
    if code is None:
        validate_code_name(new_name)
    with project.unit_of_work() as uow:
        length = uow.documents.text_length(document_id)
        span.check_within(length)
        if code is None:
            codes = uow.codes.all()
            clash = next((c for c in codes.values() if c.parent_id is None
                          and c.name.casefold() == new_name.strip().casefold()), None)
            if clash is not None:
                raise ValidationError(f"There is already a code named {clash.name!r} here.")
            code = uow.codes.add(new_code_draft(codes, new_name, None, CodeOrigin.INDUCTIVE))
            created = True
        else:
            uow.codes.get(code.id)  # raises NotFoundError with a clear message
            created = False
        coder = uow.coders.get_or_create(coder_name)
        validate_new_coding(length, span, code.id, uow.segments.find_same(document_id, code.id, span, coder.id),
                            coder.id)
        segment = uow.segments.add(document_id, code.id, span, coder.id)
        changes = Changes(codes=created, segments=True, segment_ids=frozenset({segment.id}),
                          document_ids=frozenset({document_id}), code_ids=frozenset({code.id}), initiator=initiator)
        return OpResult(NamedCoding(segment, code, created), changes)


@publishes
def apply_code_many(project: Project, hits: list[tuple[int, Span]], code_id: int,
                    coder_id: int, *, initiator: object | None = None) -> OpResult[list[Segment]]:
    """Code many (document, span) hits in one transaction; spans already coded are skipped."""
    with project.unit_of_work() as uow:
        uow.codes.get(code_id)
        taken = {(s.document_id, s.span, s.coder_id) for s in uow.segments.for_codes([code_id])}
        lengths: dict[int, int] = {}
        created: list[Segment] = []
        for document_id, span in hits:
            if document_id not in lengths:
                lengths[document_id] = uow.documents.text_length(document_id)
            span.check_within(lengths[document_id])
            if (document_id, span, coder_id) in taken:
                continue
            taken.add((document_id, span, coder_id))
            created.append(uow.segments.add(document_id, code_id, span, coder_id))
        return OpResult(created, segments_changed(created, initiator) | Changes(code_ids=frozenset({code_id})))


@dataclass(frozen=True)
class InVivoResult:
    code: Code
    segment: Segment
    created: bool  # False when an in-vivo code with these words already existed and was reused


@publishes
def code_in_vivo(project: Project, document_id: int, span: Span, coder_id: int,
                 parent_id: int | None = None, *, initiator: object | None = None) -> OpResult[InVivoResult]:
    """The selected words become an in-vivo code that codes the selection, in one
    transaction (never a code without its coding). If an in-vivo code with the same
    words already exists under the same parent, the selection is coded with it."""
    with project.unit_of_work() as uow:
        text = uow.documents.get(document_id).text
        span.check_within(len(text))
        words = " ".join(text[span.start:span.end].split())
        if not words:
            raise ValidationError("Select some words to make an in-vivo code.")
        name = words if len(words) <= 60 else words[:57].rstrip() + "…"
        codes = uow.codes.all()
        existing = next((c for c in codes.values() if c.parent_id == parent_id
                         and c.name.casefold() == name.casefold()), None)
        if existing is not None and existing.origin != CodeOrigin.IN_VIVO:
            raise ValidationError(f"There is already a code named {existing.name!r} here; code the text with it.")
        code = existing or uow.codes.add(new_code_draft(codes, name, parent_id, CodeOrigin.IN_VIVO))
        validate_new_coding(len(text), span, code.id, uow.segments.find_same(document_id, code.id, span, coder_id),
                            coder_id)
        segment = uow.segments.add(document_id, code.id, span, coder_id)
        return OpResult(InVivoResult(code, segment, existing is None),
                        segments_changed([segment], initiator, codes=True))


@publishes
def remove_codings(project: Project, segment_ids: list[int], *,
                   initiator: object | None = None) -> OpResult[SegmentSnapshot]:
    with project.unit_of_work() as uow:
        segments = uow.segments.get_many(segment_ids)
        uow.segments.delete([s.id for s in segments])
        return OpResult(SegmentSnapshot(tuple(segments)), segments_changed(segments, initiator))


@publishes
def restore_codings(project: Project, snapshot: SegmentSnapshot, *,
                    initiator: object | None = None) -> OpResult[None]:
    with project.unit_of_work() as uow:
        uow.segments.restore(snapshot.segments)
    return OpResult(None, segments_changed(snapshot.segments, initiator))


@publishes
def resize_segment(project: Project, segment_id: int, span: Span, *,
                   initiator: object | None = None) -> OpResult[Segment]:
    """Change a segment's boundaries; returns the segment as it was (for undo)."""
    with project.unit_of_work() as uow:
        old = uow.segments.get(segment_id)
        span.check_within(uow.documents.text_length(old.document_id))
        uow.segments.update_span(segment_id, span)
        return OpResult(old, segments_changed([old], initiator))


@publishes
def set_segment_memo(project: Project, segment_id: int, memo: str, *,
                     initiator: object | None = None) -> OpResult[Segment]:
    with project.unit_of_work() as uow:
        old = uow.segments.get(segment_id)
        uow.segments.update_memo(segment_id, memo)
        return OpResult(old, segments_changed([old], initiator, memos=True))


def _coded(segment: Segment, initiator: object | None) -> OpResult[Segment]:
    return OpResult(segment, segments_changed([segment], initiator))


def segments_of_document(project: Project, document_id: int) -> list[Segment]:
    with project.unit_of_work(write=False) as uow:
        return uow.segments.for_document(document_id)
