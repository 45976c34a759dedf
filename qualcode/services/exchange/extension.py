"""Our objects with no REFI-QDA element, in ``qualcode/extension.json`` inside a .qdpx.

Other tools ignore an archive member they do not know; our import reads it back: themes
(with their codes, status, definition, narrative), quick keys, case and theme memos and
reflexive-journal entries. Phases, saved analyses and joint displays are not carried yet:
the export report says so. Nor are the coding assistant's recorded decisions (REFI-QDA has
no element for them; merging two copies of a project carries them).
"""

from __future__ import annotations

import json
from typing import Any

from qualcode.core.document import DocumentKind, Turn
from qualcode.core.errors import QualCodeError
from qualcode.core.memo import MemoTarget
from qualcode.core.span import Span
from qualcode.core.theme import Theme, ThemeStatus
from qualcode.io.refi import guid_key
from qualcode.services.exchange.report import ExchangeReport


def parse_extension(text: str, report: ExchangeReport) -> dict[str, object]:
    """The extension's JSON object; empty when absent, reported when damaged."""
    if not text.strip():
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        report.drop("QualCode extension (themes, case memos, speaker turns) that could not be read")
        return {}
    return data


def document_details(data: dict[str, object], source_guid: str) -> tuple[DocumentKind, str, list[Turn],
                                                                         list[tuple[str, str, bool]]]:
    """Kind, language, speaker turns and speaker mappings our export kept for one document."""
    docs = data.get("documents")
    item = docs.get(source_guid) if isinstance(docs, dict) else None
    if not isinstance(item, dict):
        return DocumentKind.INTERVIEW, "en", [], []
    try:
        kind = DocumentKind(item.get("kind", "interview"))
    except ValueError:
        kind = DocumentKind.INTERVIEW
    turns = []
    for t in item.get("turns", []):
        try:
            turns.append(Turn(str(t[0]), Span(int(t[1]), int(t[2])), None if t[3] is None else float(t[3])))
        except (QualCodeError, ValueError, TypeError, IndexError):
            continue
    speakers = [(str(m[0]), str(m[1]), bool(m[2])) for m in item.get("speakers", [])
                if isinstance(m, list) and len(m) == 3]
    return kind, str(item.get("language", "en"))[:20], turns, speakers


def import_extension(uow: object, data: dict[str, Any], code_ids: dict[str, int], case_ids: dict[str, int],
                     coders: dict[str, int], report: ExchangeReport) -> None:
    """Recreate the themes, quick keys and memos the extension holds."""
    if not data:
        return
    theme_ids: dict[str, int] = {}
    pending = [t for t in data.get("themes", []) if isinstance(t, dict)]
    for _ in range(len(pending) + 1):  # parents before children, whatever the order
        later = []
        for item in pending:
            parent = str(item.get("parent") or "")
            if parent and parent not in theme_ids and any(str(t.get("guid")) == parent for t in pending):
                later.append(item)
                continue
            try:
                theme = Theme(0, str(item.get("name", "")), theme_ids.get(parent),
                              ThemeStatus(item.get("status", "candidate")), str(item.get("definition", "")),
                              str(item.get("narrative", "")),
                              tuple(code_ids[guid_key(g)] for g in item.get("codes", []) if guid_key(g) in code_ids))
            except (QualCodeError, ValueError):
                report.drop("themes in the extension that could not be read")
                continue
            theme_ids[str(item.get("guid"))] = uow.themes.add(theme).id  # type: ignore[attr-defined]
            report.counts["themes"] += 1
        pending = later
        if not pending:
            break
    for guid, key in (data.get("quick_keys") or {}).items():
        code_id = code_ids.get(guid_key(guid))
        if code_id is not None and isinstance(key, int) and 1 <= key <= 9:
            from dataclasses import replace

            code = uow.codes.get(code_id)  # type: ignore[attr-defined]
            taken = {c.quick_key for c in uow.codes.all().values()}  # type: ignore[attr-defined]
            if key not in taken:
                uow.codes.update(replace(code, quick_key=key))  # type: ignore[attr-defined]
    for memo in data.get("memos", []):
        if not isinstance(memo, dict):
            continue
        target = str(memo.get("target", "project"))
        guid = str(memo.get("target_guid", ""))
        if target == "case" and guid_key(guid) in case_ids:
            kind, target_id = MemoTarget.CASE, case_ids[guid_key(guid)]
        elif target == "theme" and guid in theme_ids:
            kind, target_id = MemoTarget.THEME, theme_ids[guid]
        else:
            kind, target_id = MemoTarget.PROJECT, None
        uow.memos.add(kind, target_id, str(memo.get("text", "")),  # type: ignore[attr-defined]
                      coders.get(guid_key(str(memo.get("author", "")))), title=str(memo.get("title", "")),
                      is_journal=bool(memo.get("journal", False)))
        report.counts["notes"] += 1
