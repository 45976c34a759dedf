"""Driver-level executemany for the bulk paths (turns at import, segments in benchmarks).

SQLAlchemy builds a parameter dict per row (~10 µs each); for 100,000 rows that
is a second. Going to the DBAPI cursor with tuples skips it, and still runs
inside the session's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Table
from sqlalchemy.orm import Session

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
