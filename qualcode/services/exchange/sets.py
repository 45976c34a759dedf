"""REFI-QDA sets (named groups of codes and documents), kept for the next export.

QualCode has no sets of its own yet; an imported set is stored in the project's metadata
(key ``refi.sets``, JSON: name, description, code ids, document ids) and written back as a
REFI ``<Set>`` by every later export, with the members that still exist.
"""

from __future__ import annotations

import json
from typing import Any

from qualcode.io.refi import RefiProject, RefiSet, guid_key
from qualcode.services.exchange.report import ExchangeReport

KEY = "refi.sets"


def stored_sets(uow: Any) -> list[dict[str, Any]]:
    try:
        value = json.loads(uow.meta.get(KEY) or "[]")
    except ValueError:
        return []
    return [s for s in value if isinstance(s, dict)] if isinstance(value, list) else []


def keep_sets(uow: Any, refi: RefiProject, code_ids: dict[str, int], document_ids: dict[str, int],
              report: ExchangeReport) -> None:
    """Store ``refi.sets`` with their members resolved to our ids; report what could not be."""
    if not refi.sets:
        return
    sets = stored_sets(uow)
    for s in refi.sets:
        codes = [code_ids[guid_key(g)] for g in s.code_guids if guid_key(g) in code_ids]
        docs = [document_ids[guid_key(g)] for g in s.source_guids if guid_key(g) in document_ids]
        report.drop("set members that are not codes or documents kept here (notes, missing objects)",
                    len(s.code_guids) + len(s.source_guids) + len(s.note_guids) - len(codes) - len(docs))
        sets.append({"name": s.name, "description": s.description, "codes": codes, "documents": docs})
        report.counts["sets"] += 1
    uow.meta.set(KEY, json.dumps(sets, ensure_ascii=False))


def sets_from(stored: list[dict[str, Any]], code_guid: dict[int, str], doc_guid: dict[int, str],
              guid: Any) -> list[RefiSet]:
    """The stored sets as REFI sets, members that no longer exist left out."""
    out = []
    for i, s in enumerate(stored):
        out.append(RefiSet(guid("set", i + 1), str(s.get("name") or f"Set {i + 1}"), str(s.get("description", "")),
                           tuple(code_guid[c] for c in s.get("codes", []) if c in code_guid),
                           tuple(doc_guid[d] for d in s.get("documents", []) if d in doc_guid)))
    return out
