"""Import a REFI-QDA project (.qdpx) or codebook (.qdc) into a project, in ONE transaction.

The file is read and checked first (:mod:`qualcode.io.refi`); then every object is added in
one unit of work, so a failure leaves the project as it was. The returned
:class:`~qualcode.services.exchange.report.ExchangeReport` counts what was kept and lists every
adaptation and every element not kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qualcode.core.changes import Changes, OpResult
from qualcode.core.codebook import Code, CodeOrigin, code_path, palette_colour
from qualcode.core.errors import InputFileError
from qualcode.core.memo import MemoTarget
from qualcode.io.refi import (
    RefiCode,
    RefiProject,
    guid_key,
    parse_description,
    read_qdc,
    read_qdpx,
)
from qualcode.services.exchange.extension import import_extension, parse_extension
from qualcode.services.exchange.guids import KEY as GUIDS_KEY
from qualcode.services.exchange.guids import remember_guids
from qualcode.services.exchange.import_state import ImportState, add_memos
from qualcode.services.exchange.refi_sources import add_cases_and_sources
from qualcode.services.exchange.report import ExchangeReport, ImportedIds
from qualcode.services.exchange.sets import KEY as SETS_KEY
from qualcode.services.exchange.sets import keep_sets
from qualcode.services.operations.publish import publishes
from qualcode.storage.project import Project

_ORIGINS = {o.value: o for o in CodeOrigin}
_HEX3 = re.compile(r"^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$")
_HEX6 = re.compile(r"^#[0-9a-fA-F]{6}$")


def read_refi(path: str | Path) -> tuple[RefiProject, str]:
    """Read a .qdpx or .qdc without touching any project; returns it and its kind."""
    p = Path(path)
    suffix = p.suffix.casefold()
    if suffix == ".qdpx":
        return read_qdpx(p), "project"
    if suffix == ".qdc":
        return read_qdc(p), "codebook"
    raise InputFileError(p.name, "REFI-QDA files end in .qdpx (a project) or .qdc (a codebook).")


def _walk(codes: list[RefiCode] | tuple[RefiCode, ...], parent: RefiCode | None = None
          ) -> Iterator[tuple[RefiCode, RefiCode | None]]:
    for code in codes:
        yield code, parent
        yield from _walk(code.children, code)


def _colour(value: str, state: ImportState) -> str:
    match = _HEX3.match(value)
    if match:
        state.report.adapt("three-digit colours widened to six digits")
        return "#" + "".join(c * 2 for c in match.groups())
    if _HEX6.match(value):
        return value.lower()
    if value:
        state.report.adapt("colours that are not #rrggbb replaced by a palette colour")
    else:
        state.report.adapt("codes without a colour given a palette colour")
    return palette_colour(len(state.codes))


def _add_codes(uow: object, refi: RefiProject, state: ImportState, coders: dict[str, int]) -> None:
    by_path = {code_path(state.codes, c.id).casefold(): c.id for c in state.codes.values()}
    for code, parent in _walk(refi.codes):
        parent_id = state.code_ids.get(guid_key(parent.guid)) if parent is not None else None
        name = " ".join(code.name.split()) or "Unnamed code"
        if name != code.name:
            state.report.adapt("code names with blank or line-break characters tidied")
        if len(name) > 200:
            name = name[:200]
            state.report.adapt("code names longer than 200 characters shortened")
        if not code.is_codable:
            state.report.adapt("folders (isCodable=false) kept as ordinary codes")
        path = (code_path(state.codes, parent_id) + "/" if parent_id is not None else "") + name
        if path.casefold() in by_path:
            state.code_ids[guid_key(code.guid)] = by_path[path.casefold()]
            state.report.adapt("codes that already existed (same path) reused as they are, not duplicated "
                              "(the file's colour and description not applied)")
            continue
        definition, fields = parse_description(code.description)
        origin = _ORIGINS.get(fields.pop("origin", "").strip().casefold(), CodeOrigin.INDUCTIVE)
        made = uow.codes.add(Code(0, name, parent_id, _colour(code.color, state),  # type: ignore[attr-defined]
                                  definition=definition, inclusion=fields.get("inclusion", ""),
                                  exclusion=fields.get("exclusion", ""), example=fields.get("example", ""),
                                  atypical_example=fields.get("atypical_example", ""), origin=origin,
                                  position=len(state.codes)))
        state.codes[made.id] = made
        by_path[path.casefold()] = made.id
        state.code_ids[guid_key(code.guid)] = made.id
        state.guids[f"code:{made.id}"] = code.guid
        state.report.counts["codes"] += 1
        add_memos(uow, state, MemoTarget.CODE, made.id, code.note_guids, coders)


_KINDS = ("codes", "documents", "cases", "memos", "themes")


def _ids(uow: Any) -> dict[str, set[int]]:
    return {"codes": set(uow.codes.all()), "documents": {d.id for d in uow.documents.list_headers()},
            "cases": {c.id for c in uow.cases.all()}, "memos": {m.id for m in uow.memos.list()},
            "themes": {t.id for t in uow.themes.all()}}


@publishes
def import_refi(project: Project, path: str | Path, *, coder_name: str = "",
                initiator: object | None = None) -> OpResult[ExchangeReport]:
    """Add a REFI-QDA project or codebook to ``project``, all or nothing.

    Parameters
    ----------
    project
        The open project.
    path
        A ``.qdpx`` (project) or ``.qdc`` (codebook) file.
    coder_name
        Who codings without a user are attributed to (default: the exporting tool's name).

    Returns
    -------
    OpResult[ExchangeReport]
        Counts of what was kept, every adaptation and every element not kept.
    """
    refi, kind = read_refi(path)
    report = ExchangeReport(file=Path(path).name, kind=kind)
    for what, n in refi.report.adaptations.items():
        report.adapt(what, n)
    for what, n in refi.report.not_kept.items():
        report.drop(what, n)
    with project.unit_of_work() as uow:
        before = _ids(uow)
        meta_before = tuple((k, uow.meta.get(k)) for k in (SETS_KEY, GUIDS_KEY))
        state = ImportState(report, uow.codes.all())
        state.notes = {guid_key(n.guid): (n.name, n.text, n.user_guid) for n in refi.notes}
        coders = {guid_key(u.guid): uow.coders.get_or_create((u.name or f"REFI user {u.guid.strip('{}')[:8]}")[:200]).id
                  for u in refi.users}
        report.counts["users"] = len(refi.users)
        _add_codes(uow, refi, state, coders)
        document_ids: dict[str, int] = {}
        if kind == "project":
            fallback = coder_name or refi.origin or "REFI-QDA import"
            extension = parse_extension(refi.extension, report)
            case_ids = add_cases_and_sources(uow, refi, state, coders, fallback[:200], extension, document_ids)
            add_memos(uow, state, MemoTarget.PROJECT, None, refi.note_guids, coders)
            loose = [n for n in refi.notes if guid_key(n.guid) not in state.used_notes]
            import_extension(uow, extension, state.code_ids, case_ids, coders, report)
            for note in loose:
                uow.memos.add(MemoTarget.PROJECT, None, note.text, coders.get(guid_key(note.user_guid)),
                              title=note.name)
                report.counts["notes"] += 1
            report.adapt("notes not attached to anything kept as project memos", len(loose))
            if refi.links:
                report.drop("links between objects (QualCode has no links)", len(refi.links))
        keep_sets(uow, refi, state.code_ids, document_ids, report)
        remember_guids(uow, state.guids | {f"coder:{cid}": u.guid for u in refi.users
                                           if (cid := coders.get(guid_key(u.guid))) is not None})
        after = _ids(uow)
        new = {k: tuple(sorted(after[k] - before[k])) for k in _KINDS}
        report.created = ImportedIds(codes=new["codes"], documents=new["documents"], cases=new["cases"],
                                     memos=new["memos"], themes=new["themes"], meta_before=meta_before)
    changes = Changes(documents=True, segments=True, codes=True, cases=True, memos=True, themes=True,
                      initiator=initiator)
    return OpResult(report, changes)
