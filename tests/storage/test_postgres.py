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


@pytest.fixture
def pg_url():
    _server_or_skip()
    import psycopg

    schema = f"qc_{uuid.uuid4().hex[:10]}"
    with psycopg.connect("host=127.0.0.1 user=postgres dbname=test", autocommit=True) as conn:
        conn.execute(f"create schema {schema}")
    yield f"{URL}?options=-csearch_path%3D{schema}"
    with psycopg.connect("host=127.0.0.1 user=postgres dbname=test", autocommit=True) as conn:
        conn.execute(f"drop schema {schema} cascade")


@pytest.mark.postgres
def test_bulk_import_on_postgres(pg_url, tmp_path):
    from qualcode.core.document import DocumentKind
    from qualcode.services.corpus.importing import import_transcripts
    from qualcode.services.projects import new_project, project_info

    (tmp_path / "FG.txt").write_text("Moderator: Hello.\nAmina: The peers helped.\nLan: Yes.\n")
    project = new_project(pg_url)
    report = import_transcripts(project, [tmp_path / "FG.txt"], kind=DocumentKind.FOCUS_GROUP).value
    assert report[0].speakers == {"Moderator": 1, "Amina": 1, "Lan": 1}
    info = project_info(project)
    assert (info["documents"], info["turns"], info["cases"]) == (1, 3, 2)
    project.close()


@pytest.mark.postgres
def test_create_code_and_reopen_on_postgres(pg_url):
    url = pg_url
    if True:
        from qualcode.services.codebook.codes import add_code
        from qualcode.services.coding.segments import apply_code
        from qualcode.services.corpus.documents import add_document
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
