"""Export a project (or its codebook) to REFI-QDA: .qdpx for NVivo, ATLAS.ti, MAXQDA, QualCoder.

Coders become users, codes keep colours and their structured fields (inside Description, see
:mod:`qualcode.io.refi.description`), documents become text sources whose selections carry the
codings, cases keep their variables, memos become notes. Themes, case and theme memos, quick
keys and journal flags have no REFI element: they go into ``qualcode/extension.json`` inside the
archive, which other tools ignore and our import reads back.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from pathlib import Path

from qualcode.core.changes import Changes, OpResult
from qualcode.core.codebook import Code, CodeOrigin
from qualcode.core.errors import InputFileError
from qualcode.core.memo import MemoTarget
from qualcode.io.refi import (
    RefiCase,
    RefiCode,
    RefiCoding,
    RefiNote,
    RefiProject,
    RefiSelection,
    RefiTextSource,
    RefiUser,
    RefiVariable,
    compose_description,
    write_qdc,
    write_qdpx,
)
from qualcode.services.exchange.guids import GuidChooser, stored_guids
from qualcode.services.exchange.report import ExchangeReport
from qualcode.services.exchange.sets import sets_from, stored_sets
from qualcode.storage.project import Project

_NS = uuid.UUID("6f1c1f64-2f0e-4d1e-9d55-7c0a4e2b1a10")
EXTENSION_VERSION = 1


_KINDS = {"code": 1, "document": 2, "segment": 3, "selection": 4, "segment-memo": 5, "memo": 6, "case": 7,
          "theme": 8, "project": 9, "set": 10}


def _guid(kind: str, key: object) -> str:
    """Stable across exports of the same project, so a re-export updates rather than duplicates.

    Objects with an integer id get ``6f1c1f64-KKKK-4000-8000-<id in hex>`` (formatting, not
    hashing: 600,000 GUIDs for a big project cost milliseconds); others a name-based UUID.
    """
    if isinstance(key, int) and kind in _KINDS and 0 <= key < 16**12:
        return f"6f1c1f64-{_KINDS[kind]:04x}-4000-8000-{key:012x}"
    return str(uuid.uuid5(_NS, f"{kind}:{key}"))


def _variable_type(values: list[object]) -> str:
    present = [v for v in values if v is not None and v != ""]
    if present and all(isinstance(v, bool) for v in present):
        return "Boolean"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "Integer"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "Float"
    return "Text"


def _code_description(code: Code) -> str:
    fields = {"inclusion": code.inclusion, "exclusion": code.exclusion, "example": code.example,
              "atypical_example": code.atypical_example,
              "origin": "" if code.origin is CodeOrigin.INDUCTIVE else code.origin.value}
    return compose_description(code.definition, fields)


def build_refi_project(project: Project, name: str) -> tuple[RefiProject, ExchangeReport]:
    """The project as REFI objects (no file written), and the summary of what goes out."""
    report = ExchangeReport(file=name, kind="project")
    with project.unit_of_work() as uow:
        coders = uow.coders.all()
        codes = uow.codes.all()
        documents = uow.documents.all()
        segments = uow.segments.all()
        cases = uow.cases.all()
        memos = uow.memos.list()
        themes = uow.themes.all()
        turns = uow.documents.all_turns()
        speakers = uow.cases.speaker_mappings()
        title = uow.meta.get("title", "") or name
        stored = stored_sets(uow)
        kept_guids = stored_guids(uow)
        left_out = {"survey tables (export them as CSV/XLSX/SAV)": len(uow.surveys.tables()),
                    "saved analyses": len(uow.analyses.all()), "joint displays": len(uow.joint_displays.all()),
                    "thematic map boxes": len(uow.maps.nodes())}
    refi = RefiProject(name=title)
    for what, n in left_out.items():
        report.drop(what, n)
    pick = GuidChooser(kept_guids, _guid)
    users = {c.id: pick("coder", c.id) for c in coders}
    refi.users = [RefiUser(users[c.id], c.name) for c in coders]
    code_guid = {c.id: pick("code", c.id) for c in codes.values()}
    case_guid = {c.id: pick("case", c.id) for c in cases}
    doc_guid = {d.id: pick("document", d.id) for d in documents}
    notes_by: dict[tuple[str, int | None], list[str]] = defaultdict(list)
    extension: dict[str, object] = {"qualcode_extension": EXTENSION_VERSION, "memos": [], "themes": [],
                                    "quick_keys": {}}
    for memo in memos:
        if memo.target in (MemoTarget.THEME, MemoTarget.CASE) or memo.is_journal:
            extension["memos"].append({  # type: ignore[attr-defined]
                "target": memo.target.value, "target_guid": case_guid.get(memo.target_id or -1, "") if memo.target is MemoTarget.CASE
                else _guid(memo.target.value, memo.target_id),
                "title": memo.title, "text": memo.text, "journal": memo.is_journal,
                "author": users.get(memo.author_id or -1, "")})
            continue
        guid = _guid("memo", memo.id)
        refi.notes.append(RefiNote(guid, memo.title, memo.text, users.get(memo.author_id or -1, "")))
        notes_by[(memo.target.value, memo.target_id)].append(guid)

    children: dict[int | None, list[Code]] = defaultdict(list)
    for code in codes.values():
        children[code.parent_id if code.parent_id in codes else None].append(code)

    def tree(parent: int | None) -> tuple[RefiCode, ...]:
        kids = sorted(children.get(parent, []), key=lambda c: (c.position, c.id))
        return tuple(RefiCode(code_guid[c.id], c.name, True, c.colour.lower(), _code_description(c),
                              tuple(notes_by.get(("code", c.id), ())), tree(c.id)) for c in kids)

    refi.codes = list(tree(None))
    extension["quick_keys"] = {code_guid[c.id]: c.quick_key for c in codes.values() if c.quick_key}
    extension["themes"] = [{"guid": _guid("theme", t.id), "name": t.name, "status": t.status.value,
                            "parent": _guid("theme", t.parent_id) if t.parent_id else "",
                            "definition": t.definition, "narrative": t.narrative,
                            "codes": [code_guid[i] for i in t.code_ids if i in code_guid]} for t in themes]
    report.counts["themes"] = len(themes)

    by_doc: dict[int, dict[tuple[int, int, str], list[tuple[int, RefiCoding]]]] = defaultdict(
        lambda: defaultdict(list))
    for seg in segments:
        by_doc[seg.document_id][(seg.span.start, seg.span.end, seg.memo)].append(
            (seg.id, RefiCoding(_guid("segment", seg.id), code_guid[seg.code_id], users.get(seg.coder_id, ""))))
    for doc in documents:
        selections = []
        for (start, end, seg_memo), pairs in sorted(by_doc.get(doc.id, {}).items()):
            first_id = pairs[0][0]
            codings = [coding for _id, coding in pairs]
            note_guids: tuple[str, ...] = ()
            if seg_memo:
                guid = _guid("segment-memo", first_id)
                refi.notes.append(RefiNote(guid, "", seg_memo, codings[0].user_guid))
                note_guids = (guid,)
            selections.append(RefiSelection(_guid("selection", first_id), start, end,
                                            user_guid=codings[0].user_guid, codings=tuple(codings),
                                            note_guids=note_guids))
            report.counts["codings"] += len(codings)
        refi.sources.append(RefiTextSource(doc_guid[doc.id], doc.name, doc.text, selections=tuple(selections),
                                           note_guids=tuple(notes_by.get(("document", doc.id), ()))))
        report.counts["selections"] += len(selections)

    names = sorted({k for case in cases for k in case.attributes})
    variables = {k: RefiVariable(_guid("variable", k), k, _variable_type([c.attributes.get(k) for c in cases]))
                 for k in names}
    refi.variables = list(variables.values())
    docs_of: dict[int, list[str]] = defaultdict(list)
    for doc in documents:
        if doc.case_id is not None:
            docs_of[doc.case_id].append(doc_guid[doc.id])
    for case in cases:
        values = tuple((variables[k].guid, v) for k, v in sorted(case.attributes.items())
                       if v is not None and v != "")
        refi.cases.append(RefiCase(case_guid[case.id], case.key, case.label, values, tuple(docs_of[case.id])))
    refi.sets = sets_from(stored, code_guid, doc_guid, _guid)
    report.counts["sets"] = len(refi.sets)
    details: dict[str, dict[str, object]] = {}
    for doc in documents:
        details[doc_guid[doc.id]] = {
            "kind": doc.kind.value, "language": doc.language,
            "turns": [[t.speaker, t.span.start, t.span.end, t.timestamp] for t in turns.get(doc.id, [])],
            "speakers": [[m.speaker, case_guid.get(m.case_id or -1, ""), m.is_interviewer]
                         for m in speakers if m.document_id == doc.id]}
    extension["documents"] = details
    refi.note_guids = list(notes_by.get(("project", None), ()))
    refi.extension = json.dumps(extension, ensure_ascii=False, indent=1)
    report.counts.update(users=len(refi.users), codes=len(codes), sources=len(refi.sources), cases=len(cases),
                         variables=len(variables), notes=len(refi.notes))
    return refi, report


def export_refi(project: Project, path: str | Path, *, initiator: object | None = None) -> OpResult[ExchangeReport]:
    """Write the project to ``path``: a whole project for ``.qdpx``, the codebook for ``.qdc``.

    The XML is validated against the official REFI-QDA schema before the file is written;
    the file appears complete or not at all.
    """
    target = Path(path)
    suffix = target.suffix.casefold()
    if suffix not in (".qdpx", ".qdc"):
        raise InputFileError(target.name, "REFI-QDA files end in .qdpx (a project) or .qdc (a codebook).")
    refi, report = build_refi_project(project, target.stem)
    if suffix == ".qdc":
        write_qdc(refi, target)
        codebook = ExchangeReport(file=target.name, kind="codebook")
        codebook.counts["codes"] = report.counts["codes"]
        codebook.counts["sets"] = sum(1 for s in refi.sets if s.code_guids)
        return OpResult(codebook, Changes())
    write_qdpx(refi, target)
    report.file = target.name
    return OpResult(report, Changes())
