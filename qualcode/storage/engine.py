"""Engines for SQLite project files and PostgreSQL team databases."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

#: "QCOD" — lets us (and `file`) recognise a QualCode project among SQLite files.
APPLICATION_ID = 0x51434F44


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling defers BEGIN; we emit it ourselves
    # (SQLAlchemy's documented recipe) so a unit of work is one real transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # Foreign keys are off by default in SQLite; without them deletes orphan segments.
    cursor.execute("PRAGMA foreign_keys=ON")
    # A colleague's file could carry malicious triggers/views calling functions.
    cursor.execute("PRAGMA trusted_schema=OFF")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed coding survives a crash and a power cut, at ~1 fsync per edit.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def sqlite_url(path: str) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite connections get our safety pragmas."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin)
        return engine
    return create_engine(url, pool_pre_ping=True)
