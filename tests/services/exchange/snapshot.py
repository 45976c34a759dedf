"""Everything REFI exchange must keep, in a form that compares across projects (by names, not ids)."""

from __future__ import annotations

from qualcode.core.codebook import code_path


def project_snapshot(project) -> dict[str, object]:
    with project.unit_of_work() as uow:
        codes = uow.codes.all()
        docs = {d.id: d for d in uow.documents.all()}
        cases = {c.id: c for c in uow.cases.all()}
        coders = {c.id: c.name for c in uow.coders.all()}
        themes = uow.themes.all()
        memos = uow.memos.list()
        segments = uow.segments.all()
        turns = uow.documents.all_turns()
        speakers = uow.cases.speaker_mappings()
    theme_names = {t.id: t.name for t in themes}

    def target(memo):
        if memo.target.value == "code":
            return code_path(codes, memo.target_id)
        if memo.target.value == "document":
            return docs[memo.target_id].name
        if memo.target.value == "case":
            return cases[memo.target_id].key
        if memo.target.value == "theme":
            return theme_names[memo.target_id]
        return None

    return {
        "codes": {code_path(codes, c.id): (c.colour.lower(), c.definition, c.inclusion, c.exclusion, c.example,
                                           c.atypical_example, c.origin.value, c.quick_key) for c in codes.values()},
        "documents": {d.name: (d.text, cases[d.case_id].key if d.case_id else None, d.kind.value, d.language,
                               [(t.speaker, t.span.start, t.span.end, t.timestamp) for t in turns.get(d.id, [])])
                      for d in docs.values()},
        "speakers": sorted((docs[m.document_id].name, m.speaker, cases[m.case_id].key if m.case_id else None,
                            m.is_interviewer) for m in speakers),
        "segments": sorted((docs[s.document_id].name, code_path(codes, s.code_id), s.span.start, s.span.end,
                            docs[s.document_id].text[s.span.start:s.span.end], s.memo, coders[s.coder_id])
                           for s in segments),
        "cases": {c.key: (c.label, dict(c.attributes)) for c in cases.values()},
        "memos": sorted((m.target.value, target(m), m.title, m.text, m.is_journal,
                         coders.get(m.author_id) if m.author_id else None) for m in memos),
        "themes": sorted((t.name, theme_names.get(t.parent_id), t.status.value, t.definition, t.narrative,
                          tuple(sorted(code_path(codes, i) for i in t.code_ids))) for t in themes),
    }
