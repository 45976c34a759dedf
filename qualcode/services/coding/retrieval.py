"""Retrieving coded segments with their context: text, code path, coder, speaker, case.

Retrieving one code's few hundred segments out of 200,000 must stay instant. The
segment rows come from one indexed query; their text and context are sliced from
document texts cached per project (:mod:`qualcode.services.corpus.text_cache`), and
speakers from cached turns (:mod:`qualcode.services.corpus.turn_index`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from qualcode.core.codebook import Code, code_path
from qualcode.core.errors import ValidationError
from qualcode.core.span import Span
from qualcode.services.codebook.code_tree import CodeTree
from qualcode.services.corpus import text_cache
from qualcode.services.corpus.text_cache import document_texts
from qualcode.services.corpus.turn_index import CaseResolver, turn_tables
from qualcode.storage.project import Project


@dataclass(frozen=True)
class RetrievedSegment:
    """One coded segment as the retrieval view shows it.

    ``before``/``after`` hold up to ``context`` characters of the surrounding text;
    ``speaker`` and ``case`` follow the attribution rule (a segment belongs to the
    turn in which it starts; focus-group speakers map to cases).
    """

    segment_id: int
    document_id: int
    document: str
    kind: str
    code_id: int
    code: str
    coder_id: int
    coder: str
    span: Span
    text: str
    before: str
    after: str
    speaker: str | None
    case_id: int | None
    case: str | None
    memo: str


def find_code_by_path(project: Project, path_or_name: str) -> Code | None:
    """Find a code by its path (``Legal/Legal aid``) or, if unique, by its name."""
    with project.unit_of_work() as uow:
        codes = uow.codes.all()
    wanted = path_or_name.strip().casefold()
    by_path = [c for c in codes.values() if code_path(codes, c.id).casefold() == wanted]
    if by_path:
        return by_path[0]
    by_name = [c for c in codes.values() if c.name.casefold() == wanted]
    if len(by_name) > 1:
        paths = ", ".join(code_path(codes, c.id) for c in by_name)
        raise ValidationError(f"{path_or_name!r} names several codes ({paths}); give the path")
    return by_name[0] if by_name else None


def _same(value: object, wanted: object) -> bool:
    # Survey-derived attributes arrive as numbers or strings; "1" and 1 mean the same to a user.
    if value == wanted:
        return True
    return value is not None and wanted is not None and str(value).strip() == str(wanted).strip()


def cases_matching(project: Project, attributes: Mapping[str, object]) -> set[int]:
    """Ids of cases whose attributes equal every ``name: value`` in ``attributes``."""
    with project.unit_of_work() as uow:
        cases = uow.cases.all()
    return {
        c.id for c in cases
        if all(name in c.attributes and _same(c.attributes[name], value) for name, value in attributes.items())
    }


def case_keys(project: Project) -> dict[int, str]:
    """``case_id -> key`` of every case (for filter menus)."""
    with project.unit_of_work() as uow:
        return uow.retrieval.case_keys()


def case_attribute_values(project: Project) -> dict[str, list[str]]:
    """Every case attribute name with its distinct values (as text), for filter menus."""
    with project.unit_of_work() as uow:
        cases = uow.cases.all()
    values: dict[str, set[str]] = {}
    for c in cases:
        for name, value in c.attributes.items():
            if value is not None:
                values.setdefault(name, set()).add(str(value))
    return {name: sorted(v) for name, v in sorted(values.items())}


def retrieve_segments(
    project: Project, code_ids: Sequence[int] | None = None, *, with_children: bool = False,
    segment_ids: Sequence[int] | None = None, document_ids: Sequence[int] | None = None,
    coder_ids: Sequence[int] | None = None, kinds: Sequence[str] | None = None,
    case_ids: Sequence[int] | None = None, case_attributes: Mapping[str, object] | None = None,
    context: int = 0,
) -> list[RetrievedSegment]:
    """Coded segments with text, context, speaker and case, filtered.

    Parameters
    ----------
    project:
        The open project.
    code_ids:
        Codes to retrieve; ``None`` means every code (unless ``segment_ids`` is given).
    with_children:
        Also retrieve the sub-codes (all levels) of ``code_ids``.
    segment_ids:
        Retrieve exactly these segments (e.g. behind a matrix cell); other filters still apply.
    document_ids, coder_ids, kinds:
        Keep only segments in these documents, by these coders, in documents of these
        kinds (``"interview"``, ``"focus-group"``...).
    case_ids:
        Keep only segments attributed to these cases.
    case_attributes:
        Keep only segments whose case has every ``attribute: value`` given
        (compared as text, so ``1`` matches ``"1"``). Segments with no case are dropped.
    context:
        Characters of surrounding text to return in ``before`` and ``after``.

    Returns
    -------
    list of RetrievedSegment
        Sorted by document, start, id.

    Examples
    --------
    >>> rows = retrieve_segments(project, [legal_aid.id], with_children=True, context=80)  # doctest: +SKIP
    """
    if text_cache.is_empty(project):
        # First retrieval in this session: fill the caches for every document at once (what the
        # UI's background warm-up does), so the next retrievals need no text or turn reads.
        warm_caches(project)
    allowed_cases: set[int] | None = None
    if case_ids is not None:
        allowed_cases = set(case_ids)
    if case_attributes:
        matching = cases_matching(project, case_attributes)
        allowed_cases = matching if allowed_cases is None else allowed_cases & matching
    with project.unit_of_work() as uow:
        tree = CodeTree(uow.retrieval.code_tree())
        wanted_codes: list[int] | None = None
        if code_ids is not None:
            wanted = set(code_ids)
            if with_children:
                for cid in code_ids:
                    wanted.update(tree.descendants(cid))
            wanted_codes = sorted(wanted)
        rows = uow.retrieval.segments_with_documents(
            code_ids=wanted_codes, segment_ids=segment_ids, document_ids=document_ids,
            coder_ids=coder_ids, kinds=kinds,
        )
        stamps = {r.document_id: r.document_stamp for r in rows}
        tables = turn_tables(project, uow, stamps)
        texts = document_texts(project, uow, stamps)
        resolver = CaseResolver(uow.retrieval.speaker_mappings_of(sorted(stamps)),
                                {r.document_id: r.document_case_id for r in rows})
        coders = {c.id: c.name for c in uow.coders.all()}
        case_keys = uow.retrieval.case_keys(sorted(resolver.possible_cases()))
    paths: dict[int, str] = {}
    out: list[RetrievedSegment] = []
    context = max(0, context)
    for row in rows:
        doc_id, code_id, start, end, coder_id = row.document_id, row.code_id, row.start, row.end, row.coder_id
        speaker = tables[doc_id].speaker_at(start)
        case_id = resolver.case_for(doc_id, speaker)
        if allowed_cases is not None and case_id not in allowed_cases:
            continue
        if code_id not in paths:
            paths[code_id] = tree.path(code_id)
        text = texts[doc_id]
        out.append(RetrievedSegment(
            segment_id=row.id, document_id=doc_id, document=row.document_name, kind=row.document_kind, code_id=code_id,
            code=paths[code_id], coder_id=coder_id, coder=coders.get(coder_id, ""), span=Span(start, end),
            text=text[start:end], before=text[max(0, start - context):start] if context else "",
            after=text[end:end + context] if context else "", speaker=speaker,
            case_id=case_id, case=case_keys.get(case_id) if case_id is not None else None, memo=row.memo,
        ))
    return out


def segment_rows(
    project: Project, *, code_ids: Sequence[int] | None = None, document_id: int | None = None,
    segment_ids: Sequence[int] | None = None, with_children: bool = True, context: int = 0,
) -> list[dict[str, Any]]:
    """One dict per segment: document_id, document, start, end, text, code, code_id, coder,
    speaker, case (its key), memo, and ``before``/``after`` context of ``context`` characters
    (the CLI's JSON shape; see :func:`retrieve_segments` for filters)."""
    found = retrieve_segments(
        project, code_ids, with_children=with_children, segment_ids=segment_ids,
        document_ids=[document_id] if document_id is not None else None, context=context,
    )
    rows = []
    for seg in found:
        row: dict[str, Any] = {
            "segment_id": seg.segment_id, "document_id": seg.document_id, "document": seg.document,
            "start": seg.span.start, "end": seg.span.end, "text": seg.text, "code": seg.code,
            "code_id": seg.code_id, "coder": seg.coder, "speaker": seg.speaker, "case": seg.case,
            "memo": seg.memo,
        }
        if context:
            row["before"], row["after"] = seg.before, seg.after
        rows.append(row)
    return rows


def warm_caches(project: Project, *, cancel: Callable[[], bool] | None = None,
                progress: Callable[[int, int], None] | None = None) -> int:
    """Load every document's turns and text into the per-project caches (a worker's job).

    Run once in the background when a project opens, so the first retrieval and the
    first search are as fast as later ones. Returns the number of documents loaded.
    """
    with project.unit_of_work() as uow:
        stamps = {d: v.stamp for d, v in uow.retrieval.document_stamps().items()}
        ids = sorted(stamps)
        for i in range(0, len(ids), 100):
            if cancel is not None and cancel():
                return i
            chunk = {d: stamps[d] for d in ids[i:i + 100]}
            turn_tables(project, uow, chunk)
            document_texts(project, uow, chunk)
            if progress is not None:
                progress(min(i + 100, len(ids)), len(ids))
    return len(ids)
