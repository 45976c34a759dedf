"""Migration 0010: the turns' single-column document index goes; an old project keeps every turn,
and the turn queries still find their rows through ix_turns_document_start."""

from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import event

from qualcode.storage import migrate
from qualcode.storage.engine import make_engine, sqlite_url

INTERVIEW = (
    "Interviewer: How did the group start?\n"
    "Dilnoza Karimova: We met at the clinic, every Tuesday.\n"
    "Continued on a second line.\n"
    "[00:01:23] Ivan: Я пришёл позже.\n"
)


def _turn_indexes(path) -> set[str]:
    raw = sqlite3.connect(path)
    try:
        return {r[0] for r in raw.execute("select name from sqlite_master where type = 'index' and tbl_name = 'turns'")}
    finally:
        raw.close()


def _turn_rows(path) -> list[tuple]:
    raw = sqlite3.connect(path)
    try:
        return raw.execute('select id, document_id, speaker, start, "end", timestamp from turns order by id').fetchall()
    finally:
        raw.close()


def _project_at_0009_with_turns(path) -> None:
    from qualcode.io.transcripts.turns import detect_turns
    from qualcode.services.corpus.documents import add_document
    from qualcode.services.projects import new_project

    project = new_project(path)
    for name in ("P01", "P02", "P03"):
        add_document(project, name, INTERVIEW, turns=tuple(detect_turns(INTERVIEW).turns))
    project.close()
    cfg = migrate._config()
    engine = make_engine(sqlite_url(str(path)))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0009")
    engine.dispose()


def test_an_old_project_keeps_its_turns_and_loses_only_the_redundant_index(tmp_path):
    from qualcode.services.corpus.documents import document_turns
    from qualcode.services.projects import load_project

    path = tmp_path / "old.qcproj"
    _project_at_0009_with_turns(path)
    assert _turn_indexes(path) == {"ix_turns_document_id", "ix_turns_document_start"}
    before = _turn_rows(path)
    assert len(before) == 9

    project = load_project(path)  # upgrades after a .bak copy
    turns = document_turns(project, 2)
    project.close()

    assert _turn_indexes(path) == {"ix_turns_document_start"}
    assert _turn_rows(path) == before
    assert [(t.speaker, t.timestamp) for t in turns] == [
        ("Interviewer", None), ("Dilnoza Karimova", None), ("Ivan", 83.0)]
    assert (tmp_path / "old.qcproj.bak").exists()
    assert "ix_turns_document_id" in _turn_indexes(tmp_path / "old.qcproj.bak")


def test_the_turn_queries_still_use_the_document_start_index(tmp_path):
    """Every query the app runs on turns (captured while using it), planned by SQLite: none scans
    the table without an index, and removing a document still takes its turns with it."""
    from qualcode.services.corpus.documents import document_turns, remove_documents
    from qualcode.services.projects import load_project
    from qualcode.storage.merge_rows import read_turns

    path = tmp_path / "old.qcproj"
    _project_at_0009_with_turns(path)
    project = load_project(path)
    statements: dict[str, object] = {}

    def capture(conn, cursor, statement, parameters, context, executemany):
        if " turns" in statement and statement.lstrip().upper().startswith("SELECT"):
            statements.setdefault(statement, parameters)

    event.listen(project.engine, "before_cursor_execute", capture)
    document_turns(project, 1)
    read_turns(project, 1)
    with project.unit_of_work() as uow:
        uow.documents.all_turns()
        uow.retrieval.turns_of([1, 2])
    event.remove(project.engine, "before_cursor_execute", capture)
    assert len(statements) >= 4

    raw = sqlite3.connect(path)
    try:
        for statement, parameters in statements.items():
            plan = [r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + statement, parameters or ())]
            on_turns = [step for step in plan if " turns" in step]
            assert on_turns and all("ix_turns_document_start" in step for step in on_turns), (statement, plan)
        assert [r[3] for r in raw.execute("EXPLAIN QUERY PLAN SELECT 1 FROM turns WHERE document_id = 3")] == [
            "SEARCH turns USING COVERING INDEX ix_turns_document_start (document_id=?)"]
    finally:
        raw.close()

    remove_documents(project, [3])
    project.close()
    assert {r[1] for r in _turn_rows(path)} == {1, 2}
