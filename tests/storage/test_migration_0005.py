"""Migration 0005: old projects holding duplicate codings are folded, then protected."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command

from qualcode.core.span import Span
from qualcode.storage import migrate
from qualcode.storage.engine import make_engine, sqlite_url
from tests.storage.test_postgres import pg_url  # noqa: F401 - fixture


def _project_at_0004_with_duplicates(path):
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.coding.segments import apply_code
    from qualcode.services.corpus.documents import add_document
    from qualcode.services.mixed.joint_displays import add_row, create_joint_display
    from qualcode.services.projects import ensure_coder, new_project

    project = new_project(path)
    doc = add_document(project, "P01", "In the peer group I was a person again.").value
    code = add_code(project, "Peer support").value
    coder = ensure_coder(project, "Dilnoza")
    kept = apply_code(project, doc.id, Span(3, 18), code.id, coder.id, memo="first").value
    other = apply_code(project, doc.id, Span(20, 30), code.id, coder.id).value
    display = create_joint_display(project, "Side by side", "side_by_side").value
    add_row(project, display.id, domain="Support", quote_ids=[other.id, kept.id])
    project.close()
    cfg = migrate._config()
    engine = make_engine(sqlite_url(str(path)))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0004")
    engine.dispose()
    raw = sqlite3.connect(path)
    for memo in ("second", "first", ""):
        raw.execute("insert into segments (document_id, code_id, start, \"end\", coder_id, created, updated, memo) "
                    "select document_id, code_id, start, \"end\", coder_id, created, updated, ? from segments "
                    "where id = ?", (memo, kept.id))
    dup = raw.execute("select max(id) from segments").fetchone()[0]
    raw.execute("insert into code_examples (code_id, segment_id, kind) values (?, ?, 'typical')", (code.id, dup))
    raw.execute("update joint_display_rows set quote_ids = ?", (f"[{dup}, {other.id}, {kept.id}]",))
    raw.commit()
    raw.close()
    return kept.id, other.id, dup


def test_duplicates_are_folded_into_the_lowest_id_and_references_follow(tmp_path):
    from qualcode.core.errors import ValidationError
    from qualcode.services.coding.segments import apply_code, segments_of_document
    from qualcode.services.projects import load_project

    path = tmp_path / "old.qcproj"
    kept, other, _dup = _project_at_0004_with_duplicates(path)
    project = load_project(path)  # upgrades to 0005 after a .bak copy
    segments = segments_of_document(project, 1)
    assert sorted(s.id for s in segments) == [kept, other]
    assert next(s for s in segments if s.id == kept).memo == "first\n\nsecond"
    with project.unit_of_work() as uow:
        rows = uow.session.connection().exec_driver_sql("select code_id, segment_id from code_examples").all()
        quotes = uow.session.connection().exec_driver_sql("select quote_ids from joint_display_rows").scalar()
    assert [tuple(r) for r in rows] == [(1, kept)]
    assert quotes.replace(" ", "") == f"[{kept},{other}]"
    with pytest.raises(ValidationError, match="already coded"):
        apply_code(project, 1, Span(3, 18), 1, 1)
    project.close()
    assert (tmp_path / "old.qcproj.bak").exists()


@pytest.mark.postgres
def test_duplicates_are_folded_on_postgres_too(pg_url):  # noqa: F811
    from sqlalchemy import text

    from qualcode.services.codebook.codes import add_code
    from qualcode.services.coding.segments import apply_code, segments_of_document
    from qualcode.services.corpus.documents import add_document
    from qualcode.services.projects import ensure_coder, load_project, new_project

    project = new_project(pg_url)
    doc = add_document(project, "P01", "In the peer group I was a person again.").value
    code = add_code(project, "Peer support").value
    coder = ensure_coder(project, "Dilnoza")
    kept = apply_code(project, doc.id, Span(3, 18), code.id, coder.id, memo="first").value
    project.close()
    cfg = migrate._config()
    engine = make_engine(pg_url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0004")
        for memo in ("second", ""):
            connection.execute(text(
                'insert into segments (document_id, code_id, start, "end", coder_id, created, updated, memo) '
                'select document_id, code_id, start, "end", coder_id, created, updated, :memo from segments '
                "where id = :id"), {"memo": memo, "id": kept.id})
    engine.dispose()
    project = load_project(pg_url)
    segments = segments_of_document(project, doc.id)
    assert [(s.id, s.memo) for s in segments] == [(kept.id, "first\n\nsecond")]
    project.close()
