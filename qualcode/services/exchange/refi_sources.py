"""The project part of a REFI-QDA import: cases with variables, text sources, selections, codings."""

from __future__ import annotations

from qualcode.core.case import SpeakerMapping
from qualcode.core.document import validate_turns
from qualcode.core.errors import QualCodeError
from qualcode.core.memo import MemoTarget
from qualcode.core.span import Span
from qualcode.io.refi import RefiProject, guid_key
from qualcode.services.exchange.extension import document_details
from qualcode.services.exchange.import_state import ImportState, add_memos


def _unique(name: str, taken: set[str], limit: int = 200) -> str:
    base = (" ".join(name.split()) or "Untitled")[:limit]
    candidate, n = base, 2
    while candidate.casefold() in taken:
        candidate = f"{base[:limit - 6]} ({n})"
        n += 1
    taken.add(candidate.casefold())
    return candidate


def add_cases_and_sources(uow: object, refi: RefiProject, state: ImportState, coders: dict[str, int],
                          fallback_coder: str, extension: dict[str, object],
                          document_ids: dict[str, int]) -> dict[str, int]:
    """Add cases, documents, segments and their memos; returns case guid key -> case id and
    fills ``document_ids`` (source guid key -> document id)."""
    report = state.report
    variables = {guid_key(v.guid): v.name for v in refi.variables}
    report.counts["variables"] = len(refi.variables)
    existing_cases = {c.key.casefold(): c for c in uow.cases.all()}  # type: ignore[attr-defined]
    case_ids: dict[str, int] = {}
    case_of_source: dict[str, int] = {}
    for case in refi.cases:
        key = " ".join(case.name.split())[:200] or case.guid.strip("{}")[:8]
        attributes = {variables.get(guid_key(g), g): v for g, v in case.values}
        if key.casefold() in existing_cases:
            case_id = existing_cases[key.casefold()].id
            report.adapt("cases that already existed (same name) reused; their variables left as they were")
        else:
            made = uow.cases.add(key, case.description[:400], attributes)  # type: ignore[attr-defined]
            existing_cases[key.casefold()] = made
            case_id = made.id
            report.counts["cases"] += 1
            state.guids[f"case:{case_id}"] = case.guid
        case_ids[guid_key(case.guid)] = case_id
        for source_guid in case.source_guids:
            if guid_key(source_guid) in case_of_source:
                report.adapt("sources in more than one case: linked to the first case only")
                continue
            case_of_source[guid_key(source_guid)] = case_id
    taken = {d.name.casefold() for d in uow.documents.list_headers()}  # type: ignore[attr-defined]
    default_coder: int | None = None
    all_rows: list[tuple[int, int, Span, int, str]] = []
    mappings: list[SpeakerMapping] = []
    for source in refi.sources:
        name = _unique(source.name, taken)
        if name != source.name:
            report.adapt("documents renamed because the name was taken or blank")
        kind, language, turns, speakers = document_details(extension, source.guid)
        try:
            validate_turns(len(source.text), turns)
        except QualCodeError:
            turns = []
            report.drop("speaker turns that do not fit their document's text")
        doc = uow.documents.add(name, source.text, kind, language=language,  # type: ignore[attr-defined]
                                source_name=f"REFI-QDA: {source.name}"[:400],
                                case_id=case_of_source.get(guid_key(source.guid)), turns=turns)
        mappings.extend(SpeakerMapping(doc.id, speaker, case_ids.get(guid_key(case)) if case else None, interviewer)
                        for speaker, case, interviewer in speakers)
        report.counts["sources"] += 1
        document_ids[guid_key(source.guid)] = doc.id
        state.guids[f"document:{doc.id}"] = source.guid
        if source.variables:
            report.drop("variable values on sources (QualCode keeps variables on cases)", len(source.variables))
        add_memos(uow, state, MemoTarget.DOCUMENT, doc.id, source.note_guids, coders)
        seen: set[tuple[int, int, int, int]] = set()
        rows: list[tuple[int, int, int, int, str]] = []
        for sel in source.selections:
            report.counts["selections"] += 1
            texts = [t for t in (sel.description, *(state.notes.get(guid_key(g), ("", "", ""))[1]
                                                    for g in sel.note_guids)) if t]
            state.used_notes.update(guid_key(g) for g in sel.note_guids)
            missing = [g for g in sel.note_guids if guid_key(g) not in state.notes]
            if missing:
                report.drop("references to notes that are not in the file", len(missing))
            memo = "\n\n".join(texts)
            if not sel.codings:
                if memo:
                    uow.memos.add(MemoTarget.DOCUMENT, doc.id,  # type: ignore[attr-defined]
                                  f"[{sel.start}-{sel.end}] {source.text[sel.start:sel.end]!r}\n{memo}", None,
                                  title=sel.name or ", ".join(state.notes[guid_key(g)][0] for g in sel.note_guids
                                                              if guid_key(g) in state.notes)[:200])
                    report.adapt("notes on uncoded selections kept as document memos naming the text")
                    report.counts["notes"] += 1
                else:
                    report.drop("selections without a code or a note")
                continue
            for coding in sel.codings:
                code_id = state.code_ids.get(guid_key(coding.code_guid))
                if code_id is None:
                    report.drop("codings whose code is not in the file")
                    continue
                coder_id = coders.get(guid_key(coding.user_guid)) or coders.get(guid_key(sel.user_guid))
                if coder_id is None:
                    if default_coder is None:
                        default_coder = uow.coders.get_or_create(fallback_coder).id  # type: ignore[attr-defined]
                    coder_id = default_coder
                    report.adapt(f"codings without a known user attributed to {fallback_coder!r}")
                coding_key = (code_id, coder_id, sel.start, sel.end)
                if coding_key in seen:
                    report.adapt("the same code on the same text by the same user, kept once")
                    continue
                seen.add(coding_key)
                rows.append((code_id, coder_id, sel.start, sel.end, memo))
        all_rows.extend((doc.id, code_id, Span(start, end), coder_id, memo) for code_id, coder_id, start, end, memo in rows)
    report.counts["codings"] += uow.segments.add_rows(all_rows)  # type: ignore[attr-defined]
    uow.cases.add_speaker_mappings(mappings)  # type: ignore[attr-defined]
    return case_ids
