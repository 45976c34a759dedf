"""Read-only bulk queries for retrieval, search, matrices and document filters.

These are the hot paths of the workbench (200k segments, 1,000 long documents),
so they return light named rows of primitives rather than core dataclasses (and
:meth:`RetrievalQueries.span_table` plain tuples, which go straight into numpy).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from qualcode.storage.tables import DocumentRow, SegmentRow, SpeakerMappingRow, TurnRow

_S = SegmentRow.__table__
_D = DocumentRow.__table__
_T = TurnRow.__table__
_M = SpeakerMappingRow.__table__

#: Bound parameters per IN list; SQLite's historical limit is 999.
_CHUNK = 900



class SegmentDocumentRow(NamedTuple):
    """One segment with its document's header (:meth:`RetrievalQueries.segments_with_documents`).

    ``document_stamp`` is the document's creation time as the driver returns it: it tells
    a re-used document id apart and is only compared for equality.
    """

    id: int
    document_id: int
    code_id: int
    start: int
    end: int
    coder_id: int
    memo: str
    document_name: str
    document_kind: str
    document_case_id: int | None
    document_stamp: object


class MappedSpeaker(NamedTuple):
    """How one speaker of one document maps to a case (:meth:`RetrievalQueries.speaker_mappings_of`)."""

    document_id: int
    speaker: str
    case_id: int | None
    is_interviewer: bool


class DocumentStamp(NamedTuple):
    """A document's stamp (creation time, raw from the driver), case and kind."""

    stamp: object
    case_id: int | None
    kind: str


class CodingCount(NamedTuple):
    """How many segments one coder has coded in one document."""

    document_id: int
    coder_id: int
    segments: int


def _ints(ids: Sequence[int]) -> str:
    """Integer ids inlined into SQL (ints only, so safe): a bound parameter per id costs more."""
    return ", ".join(str(int(i)) for i in ids)


# Text columns come back raw (no type processing).
_SEGMENT_SQL = """
SELECT s.id, s.document_id, s.code_id, s.start, s."end", s.coder_id, s.memo,
       d.name, d.kind, d.case_id, d.created
FROM segments s JOIN documents d ON d.id = s.document_id
WHERE """


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    ids = list(ids)
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


class RetrievalQueries:
    """Bulk reads over segments, documents and turns (no writes)."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def segments_with_documents(
        self, *, code_ids: Sequence[int] | None = None, segment_ids: Sequence[int] | None = None,
        document_ids: Sequence[int] | None = None, coder_ids: Sequence[int] | None = None,
        kinds: Sequence[str] | None = None,
    ) -> list[SegmentDocumentRow]:
        """Segments with their document's name, kind, case and stamp, sorted by document,
        start and id; no text (the caller slices texts it has cached).

        ``segment_ids`` (if given) or ``code_ids`` drive the query; the others narrow it.
        """
        params: dict[str, Any] = {}
        where: list[str] = []
        if coder_ids is not None:
            where.append(f"s.coder_id IN ({_ints(coder_ids)})")
        if kinds is not None:
            names = [f"k{i}" for i in range(len(kinds))]
            params.update(zip(names, kinds))
            where.append("d.kind IN (" + ", ".join(f":{n}" for n in names) + ")" if kinds else "1 = 0")
        small_docs = document_ids is not None and len(document_ids) <= _CHUNK
        if small_docs:
            where.append(f"s.document_id IN ({_ints(document_ids or [])})" if document_ids else "1 = 0")
        drivers: list[str]
        if segment_ids is not None:
            drivers = [f"s.id IN ({_ints(chunk)})" for chunk in _chunks(segment_ids)]
        elif code_ids is not None:
            drivers = [f"s.code_id IN ({_ints(chunk)})" for chunk in _chunks(code_ids)]
        else:
            drivers = ["1 = 1"]
        rows: list[SegmentDocumentRow] = []
        for driver in drivers:
            rows.extend(map(SegmentDocumentRow._make, self.s.execute(text(_SEGMENT_SQL + " AND ".join([driver, *where])), params)))
        if document_ids is not None and not small_docs:
            wanted = set(document_ids)
            rows = [r for r in rows if r.document_id in wanted]
        rows.sort(key=lambda r: (r.document_id, r.start, r.id))
        return rows

    def turns_of(self, document_ids: Sequence[int]) -> dict[int, tuple[list[int], list[int], list[str]]]:
        """``document_id -> (starts, ends, speakers)``, parallel lists sorted by start."""
        out: dict[int, tuple[list[int], list[int], list[str]]] = {}
        sqlite = self.s.get_bind().dialect.name == "sqlite"
        for chunk in _chunks(document_ids):
            if sqlite:
                self._turns_packed(chunk, out)
                continue
            rows = self.s.execute(
                select(_T.c.document_id, _T.c.start, _T.c.end, _T.c.speaker).where(_T.c.document_id.in_(chunk))
            )
            for r in rows:
                starts, ends, speakers = out.setdefault(r[0], ([], [], []))
                starts.append(r[1])
                ends.append(r[2])
                speakers.append(r[3])
        for document_id, (starts, ends, speakers) in out.items():
            if any(a > b for a, b in zip(starts, starts[1:])):
                order = sorted(range(len(starts)), key=starts.__getitem__)
                out[document_id] = ([starts[i] for i in order], [ends[i] for i in order], [speakers[i] for i in order])
        for document_id in document_ids:
            out.setdefault(document_id, ([], [], []))
        return out

    def _turns_packed(self, chunk: list[int], out: dict[int, tuple[list[int], list[int], list[str]]]) -> None:
        # One packed row per document instead of one row per turn: reading ~150 turns of each of
        # 500 documents row by row costs far more than SQLite's group_concat plus three splits.
        # The three aggregates of one group visit the rows in the same order, so they line up.
        # The unit separator cannot be in a speaker name (turn detection strips control
        # characters; a name that had one would only mis-split its own document's speakers).
        rows = self.s.connection().exec_driver_sql(
            "SELECT document_id, group_concat(start), group_concat(\"end\"), group_concat(speaker, char(31)) "
            f"FROM turns WHERE document_id IN ({_ints(chunk)}) GROUP BY document_id"
        ).fetchall()
        for document_id, starts, ends, speakers in rows:
            out[document_id] = (
                list(map(int, starts.split(","))), list(map(int, ends.split(","))), speakers.split("\x1f"),
            )

    def code_tree(self) -> list[tuple[int, str, int | None]]:
        """``(id, name, parent_id)`` of every code: enough to build paths, without ORM objects."""
        return [tuple(r) for r in self.s.connection().exec_driver_sql("SELECT id, name, parent_id FROM codes")]  # type: ignore[misc]

    def case_keys(self, case_ids: Sequence[int] | None = None) -> dict[int, str]:
        """``case_id -> key`` for these cases (or all)."""
        sql = "SELECT id, key FROM cases"
        if case_ids is None:
            return dict(self.s.connection().exec_driver_sql(sql).fetchall())  # type: ignore[arg-type]
        out: dict[int, str] = {}
        for chunk in _chunks(case_ids):
            marks = ", ".join(str(int(c)) for c in chunk)
            out.update(self.s.connection().exec_driver_sql(f"{sql} WHERE id IN ({marks})").fetchall())  # type: ignore[arg-type]
        return out

    def speaker_mappings_of(self, document_ids: Sequence[int] | None = None) -> list[MappedSpeaker]:
        """The speaker mappings of these documents (or all)."""
        cols = (_M.c.document_id, _M.c.speaker, _M.c.case_id, _M.c.is_interviewer)
        if document_ids is None:
            return [MappedSpeaker(r[0], r[1], r[2], bool(r[3])) for r in self.s.execute(select(*cols))]
        out: list[MappedSpeaker] = []
        for chunk in _chunks(document_ids):
            out.extend(MappedSpeaker(r[0], r[1], r[2], bool(r[3]))
                       for r in self.s.execute(select(*cols).where(_M.c.document_id.in_(chunk))))
        return out

    def document_stamps(self, document_ids: Sequence[int] | None = None) -> dict[int, DocumentStamp]:
        """``document_id -> DocumentStamp`` for these documents (or all).

        The stamp (creation time, raw as the driver returns it, like
        :meth:`segments_with_documents`) tells a re-used id apart; it is only compared for equality.
        """
        sql = "SELECT id, created, case_id, kind FROM documents"
        queries = [sql] if document_ids is None else [f"{sql} WHERE id IN ({_ints(c)})" for c in _chunks(document_ids)]
        out: dict[int, DocumentStamp] = {}
        for query in queries:
            out.update({r[0]: DocumentStamp(r[1], r[2], r[3]) for r in self.s.execute(text(query))})
        return out

    def span_table(self, code_ids: Sequence[int] | None = None, *, compact: bool = False) -> list[tuple[int, ...]]:
        """``(id, document_id, code_id, start, end, coder_id)`` of every segment (of these codes).

        With ``compact`` only ``(document_id, code_id, start, end)``: a quarter less to read when
        ids are not needed. Read through the driver's own cursor: 200k rows of integers are the
        matrices' whole input, and plain tuples go straight into numpy.
        """
        columns = 'document_id, code_id, start, "end"' if compact else 'id, document_id, code_id, start, "end", coder_id'
        sql = f"SELECT {columns} FROM segments"
        queries = [sql] if code_ids is None else [f"{sql} WHERE code_id IN ({_ints(c)})" for c in _chunks(code_ids)]
        cursor = self.s.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        out: list[tuple[int, ...]] = []
        try:
            for query in queries:
                cursor.execute(query)
                out.extend(cursor.fetchall())
        finally:
            cursor.close()
        return out

    def coding_summary(self) -> list[CodingCount]:
        """Segment counts for every document and coder who has coded in it."""
        rows = self.s.execute(
            select(_S.c.document_id, _S.c.coder_id, func.count()).group_by(_S.c.document_id, _S.c.coder_id)
        )
        return [CodingCount(r[0], r[1], int(r[2])) for r in rows]

    def texts_of(self, document_ids: Sequence[int]) -> dict[int, tuple[object, str]]:
        """``document_id -> (document_stamp, text)`` for these documents."""
        out: dict[int, tuple[object, str]] = {}
        for chunk in _chunks(document_ids):
            rows = self.s.execute(text(f"SELECT id, created, text FROM documents WHERE id IN ({_ints(chunk)})"))
            out.update({r[0]: (r[1], r[2]) for r in rows})
        return out

    def document_texts(self, document_ids: Sequence[int] | None = None) -> Iterator[tuple[int, str, str]]:
        """``(id, name, text)`` one document at a time, so a search never holds every text."""
        if document_ids is None:
            document_ids = [r[0] for r in self.s.execute(select(_D.c.id).order_by(_D.c.id))]
        for document_id in document_ids:
            row = self.s.execute(select(_D.c.id, _D.c.name, _D.c.text).where(_D.c.id == document_id)).first()
            if row is not None:
                yield row[0], row[1], row[2]
