"""A private schema on the local PostgreSQL per test (parallel runs and other suites never collide)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
DSN = "host=127.0.0.1 port=5432 user=postgres dbname=test"


def server_or_skip() -> None:
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (pip install qualcode[postgres])")
    try:
        psycopg.connect(DSN, connect_timeout=2).close()
    except Exception as exc:  # noqa: BLE001 - any failure means no server here
        pytest.skip(f"no PostgreSQL server at 127.0.0.1:5432 ({type(exc).__name__})")


def fresh_schema() -> Iterator[tuple[str, str]]:
    """Yield ``(url, schema)`` for a new empty schema; drop it (and its team roles) afterwards."""
    server_or_skip()
    import psycopg

    schema = f"qc_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(DSN, autocommit=True) as conn:
        conn.execute(f"create schema {schema}")
    yield f"{URL}?options=-csearch_path%3D{schema}", schema
    with psycopg.connect(DSN, autocommit=True) as conn:
        conn.execute(f"drop schema {schema} cascade")
        roles = conn.execute("select rolname from pg_roles where rolname like %s", (f"{schema}%",)).fetchall()
        for (role,) in sorted(roles, key=lambda r: -len(r[0])):
            conn.execute(f'drop owned by "{role}" cascade')
            conn.execute(f'drop role "{role}"')
