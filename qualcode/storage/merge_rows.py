"""Rows in and out for the offline merge of two copies of one project.

The merge logic (:mod:`qualcode.services.team.merge`) works on plain dicts; this module
reads a whole project into them, copies a project file without changing it, and
writes the merge's decisions into the output in one transaction.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, select, update

from qualcode.core.clock import utcnow
from qualcode.storage.engine import read_only_uri
from qualcode.storage.project import Project
from qualcode.storage.tables import (
    AssistantDecisionRow,
    CaseRow,
    CodeHistoryRow,
    CodeRow,
    CoderRow,
    DocumentRow,
    MemoRow,
    SegmentRow,
    ThemeCodeRow,
    ThemeRow,
    TurnRow,
)

Row = dict[str, Any]


def _t(row: type) -> Table:
    table: Table = row.__table__  # type: ignore[attr-defined]
    return table


def _new_id(result: Any) -> int:
    return int(result.inserted_primary_key[0])


CODERS, CASES, DOCUMENTS, TURNS = _t(CoderRow), _t(CaseRow), _t(DocumentRow), _t(TurnRow)
CODES, HISTORY, SEGMENTS, MEMOS = _t(CodeRow), _t(CodeHistoryRow), _t(SegmentRow), _t(MemoRow)
_TABLES = {"coders": CODERS, "cases": CASES, "documents": DOCUMENTS, "codes": CODES,
           "code_history": HISTORY, "segments": SEGMENTS, "memos": MEMOS, "themes": _t(ThemeRow),
           "theme_codes": _t(ThemeCodeRow), "assistant_decisions": _t(AssistantDecisionRow)}
THEMES, THEME_CODES, DECISIONS = _t(ThemeRow), _t(ThemeCodeRow), _t(AssistantDecisionRow)
_NO_VERSION = ("version",)


def read_rows(project: Project) -> dict[str, list[Row]]:
    """Every row the merge compares, per table name, as plain dicts (ordered by id)."""
    out: dict[str, list[Row]] = {}
    with project.engine.connect() as conn:
        for name, table in _TABLES.items():
            order = [table.c.id] if "id" in table.c else list(table.primary_key.columns)
            out[name] = [dict(r._mapping) for r in conn.execute(select(table).order_by(*order))]
    return out


def read_turns(project: Project, document_id: int) -> list[Row]:
    """The turns of one document (to copy it into the merged project)."""
    t = TURNS
    with project.engine.connect() as conn:
        rows = conn.execute(select(t).where(t.c.document_id == document_id).order_by(t.c.start))
        return [dict(r._mapping) for r in rows]


def copy_project_file(source: Path, target: Path) -> None:
    """Write ``target`` as a complete copy of ``source``, opening ``source`` read-only."""
    immutable = not Path(f"{source}-wal").exists()
    src = sqlite3.connect(read_only_uri(source, immutable=immutable), uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
        finally:
            dst.close()
    finally:
        src.close()


def replace_file(temporary: Path, target: Path) -> None:
    """Move the finished output into place in one step."""
    os.replace(temporary, target)


class MergeWriter:
    """Insert, update and delete rows of the merged project inside one transaction."""

    def __init__(self, conn: Connection) -> None:
        self.c = conn
        self._coders: dict[str, int] = {r.name: r.id for r in conn.execute(select(CODERS))}
        self._cases: dict[str, int] = {r.key: r.id for r in conn.execute(select(CASES))}

    def coder_id(self, name: str) -> int:
        """The id of coder ``name`` in the output, created if new."""
        if name not in self._coders:
            result = self.c.execute(CODERS.insert().values(name=name))
            self._coders[name] = _new_id(result)
        return self._coders[name]

    def case_id(self, key: str, label: str, attributes: dict[str, Any]) -> int:
        """The id of the case ``key`` in the output, created if new."""
        if key not in self._cases:
            result = self.c.execute(CASES.insert().values(key=key, label=label, attributes=attributes))
            self._cases[key] = _new_id(result)
        return self._cases[key]

    def insert_document(self, values: Row, turns: list[Row]) -> int:
        values = {k: v for k, v in values.items() if k not in ("id", *_NO_VERSION)}
        doc_id = _new_id(self.c.execute(DOCUMENTS.insert().values(**values)))
        if turns:
            self.c.execute(TURNS.insert(), [
                {k: v for k, v in t.items() if k != "id"} | {"document_id": doc_id} for t in turns])
        return doc_id

    def insert_code(self, values: Row) -> int:
        values = {k: v for k, v in values.items() if k not in ("id", *_NO_VERSION)}
        return _new_id(self.c.execute(CODES.insert().values(**values)))

    def update_code(self, code_id: int, values: Row) -> None:
        if not values:
            return
        t = CODES
        old = self.c.execute(select(t).where(t.c.id == code_id)).one()._mapping
        self.c.execute(update(t).where(t.c.id == code_id).values(**values))
        now = utcnow()
        history = [{"code_id": code_id, "coder_id": None, "at": now, "field": f,
                    "old": "" if old[f] is None else str(old[f]), "new": "" if v is None else str(v)}
                   for f, v in values.items() if old[f] != v]
        if history:
            self.c.execute(HISTORY.insert(), history)

    def delete_code(self, code_id: int) -> None:
        self.c.execute(delete(CODES).where(CODES.c.id == code_id))

    def insert_segments(self, rows: list[Row]) -> None:
        if rows:
            self.c.execute(SEGMENTS.insert(), rows)

    def delete_segments(self, ids: list[int]) -> None:
        t = SEGMENTS
        for i in range(0, len(ids), 500):
            self.c.execute(delete(t).where(t.c.id.in_(ids[i:i + 500])))

    def update_segment_memo(self, segment_id: int, memo: str) -> None:
        t = SEGMENTS
        self.c.execute(update(t).where(t.c.id == segment_id).values(memo=memo, updated=utcnow()))

    def insert_memo(self, values: Row) -> int:
        values = {k: v for k, v in values.items() if k not in ("id", *_NO_VERSION)}
        return _new_id(self.c.execute(MEMOS.insert().values(**values)))

    def update_memo(self, memo_id: int, text: str, title: str) -> None:
        t = MEMOS
        self.c.execute(update(t).where(t.c.id == memo_id).values(text=text, title=title, updated=utcnow()))

    def delete_memo(self, memo_id: int) -> None:
        self.c.execute(delete(MEMOS).where(MEMOS.c.id == memo_id))

    def insert_theme(self, values: Row) -> int:
        values = {k: v for k, v in values.items() if k not in ("id", *_NO_VERSION)}
        return _new_id(self.c.execute(THEMES.insert().values(**values)))

    def set_theme_parent(self, theme_id: int, parent_id: int | None) -> None:
        self.c.execute(update(THEMES).where(THEMES.c.id == theme_id).values(parent_id=parent_id))

    def link_theme_codes(self, pairs: list[tuple[int, int]]) -> None:
        """Add (theme, code) links that are not there yet."""
        t = THEME_CODES
        have = {(r.theme_id, r.code_id) for r in self.c.execute(select(t.c.theme_id, t.c.code_id))}
        new = [{"theme_id": th, "code_id": co} for th, co in dict.fromkeys(pairs) if (th, co) not in have]
        if new:
            self.c.execute(t.insert(), new)

    def insert_assistant_decisions(self, rows: list[Row]) -> None:
        """Add the coding assistant's recorded decisions (new ids; code and document ids already mapped)."""
        if rows:
            self.c.execute(DECISIONS.insert(), [{k: v for k, v in r.items() if k != "id"} for r in rows])


@contextmanager
def merge_writer(project: Project) -> Iterator[MergeWriter]:
    """A :class:`MergeWriter` in one transaction: all of the merge is written, or none of it."""
    with project.engine.begin() as conn:
        yield MergeWriter(conn)
