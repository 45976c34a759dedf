"""Driver-level executemany for the bulk paths (turns at import, segments in benchmarks).

SQLAlchemy builds a parameter dict per row (~10 µs each); for 100,000 rows that
is a second. Going to the DBAPI cursor with tuples skips it, and still runs
inside the session's transaction.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, islice, repeat

from sqlalchemy import Table
from sqlalchemy.orm import Session

from qualcode.core.document import TurnColumns

# Turns per multi-row INSERT on SQLite: one statement step per 100 rows instead of one per row
# (305,601 turns: 0.31 -> 0.14 s of CPU). 500 parameters stay under SQLITE_MAX_VARIABLE_NUMBER
# in every build (999 before SQLite 3.32, SQLCipher included).
ROWS_PER_STATEMENT = 100

_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s", "numeric": "?", "named": "?"}


def insert_tuples(session: Session, table: Table, columns: Sequence[str], rows: Sequence[tuple]) -> None:  # type: ignore[type-arg]
    if not rows:
        return
    connection = session.connection()
    mark = _PLACEHOLDER.get(connection.dialect.paramstyle, "?")
    quote = connection.dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
           f"VALUES ({', '.join([mark] * len(columns))})")
    connection.exec_driver_sql(sql, list(rows))


def insert_turn_columns(session: Session, table: Table, documents: Sequence[tuple[int, TurnColumns]]) -> None:
    """Insert the turns of several documents, given as columns, in one executemany.

    On SQLite the rows are zipped from the columns in C and streamed to the driver (an
    iterator, no list of 300,000 tuples) as multi-row INSERTs of :data:`ROWS_PER_STATEMENT`
    rows; a NaN timestamp is stored as NULL by SQLite itself.
    Other drivers get a list with NaN turned into None.
    """
    columns = ("document_id", "speaker", "start", "end", "timestamp")
    rows: Iterable[tuple] = chain.from_iterable(  # type: ignore[type-arg]
        zip(repeat(doc_id), map(turns.names.__getitem__, turns.speaker_of), turns.starts, turns.ends, turns.times)
        for doc_id, turns in documents
    )
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        insert_tuples(session, table, columns, list(_nan_to_none(rows)))
        return
    quote = connection.dialect.identifier_preparer.quote
    head = f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) VALUES "
    width = len(columns)
    group = "(" + ", ".join(["?"] * width) + ")"
    full = head + ", ".join([group] * ROWS_PER_STATEMENT)
    values = chain.from_iterable(rows)  # the rows' values in one flat stream, chunked below
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:  # same connection, so the same transaction
        while chunk := tuple(islice(values, ROWS_PER_STATEMENT * width)):
            if len(chunk) == ROWS_PER_STATEMENT * width:
                cursor.execute(full, chunk)  # the driver's statement cache prepares it once
            else:
                cursor.execute(head + ", ".join([group] * (len(chunk) // width)), chunk)
    finally:
        cursor.close()


def _nan_to_none(rows: Iterable[tuple]) -> Iterator[tuple]:  # type: ignore[type-arg]
    for doc_id, speaker, start, end, ts in rows:
        yield doc_id, speaker, start, end, None if math.isnan(ts) else ts
