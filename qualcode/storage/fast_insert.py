"""Driver-level executemany for the bulk paths (turns at import, segments in benchmarks).

SQLAlchemy builds a parameter dict per row (~10 µs each); for 100,000 rows that
is a second. Going to the DBAPI cursor with tuples skips it, and still runs
inside the session's transaction.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, repeat

from sqlalchemy import Table
from sqlalchemy.orm import Session

from qualcode.core.document import TurnColumns

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
    iterator, no list of 300,000 tuples); a NaN timestamp is stored as NULL by SQLite itself.
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
    sql = f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) VALUES (?, ?, ?, ?, ?)"
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, rows)  # same connection, so the same transaction
    finally:
        cursor.close()


def _nan_to_none(rows: Iterable[tuple]) -> Iterator[tuple]:  # type: ignore[type-arg]
    for doc_id, speaker, start, end, ts in rows:
        yield doc_id, speaker, start, end, None if math.isnan(ts) else ts
