"""Team mode: the same code creates and opens a project on PostgreSQL."""

from __future__ import annotations

import uuid

import pytest

from qualcode.core.span import Span

URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _server_or_skip() -> None:
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (pip install qualcode[postgres])")
    try:
        psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", connect_timeout=2).close()
    except Exception as exc:  # noqa: BLE001 - any failure means no server here
        pytest.skip(f"no PostgreSQL server at 127.0.0.1:5432 ({type(exc).__name__})")


@pytest.mark.postgres
def test_create_code_and_reopen_on_postgres():
    _server_or_skip()
    import psycopg

    schema = f"qc_{uuid.uuid4().hex[:10]}"
    with psycopg.connect("host=127.0.0.1 user=postgres dbname=test", autocommit=True) as conn:
        conn.execute(f"create schema {schema}")
    url = f"{URL}?options=-csearch_path%3D{schema}"
    try:
        from qualcode.services.codebook import add_code
        from qualcode.services.coding import apply_code
        from qualcode.services.documents import add_document
        from qualcode.services.projects import ensure_coder, load_project, new_project, project_info

        project = new_project(url)
        doc = add_document(project, "P01", "In the peer group I was a person again.").value
        code = add_code(project, "Peer support").value
        coder = ensure_coder(project, "Dilnoza")
        apply_code(project, doc.id, Span(3, 18), code.id, coder.id)
        project.close()
        again = load_project(url)
        info = project_info(again)
        assert (info["documents"], info["codes"], info["segments"]) == (1, 1, 1)
        again.close()
    finally:
        with psycopg.connect("host=127.0.0.1 user=postgres dbname=test", autocommit=True) as conn:
            conn.execute(f"drop schema {schema} cascade")
