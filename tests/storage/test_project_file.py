"""Opening files from colleagues and strangers safely."""

from __future__ import annotations

import sqlite3

import pytest

from qualcode.core.errors import ProjectFileError
from qualcode.services.projects import load_project, new_project, project_info
from qualcode.storage import migrate
from qualcode.storage.engine import APPLICATION_ID, make_engine, sqlite_url


def test_new_project_is_marked_and_uses_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "s.qcproj"
    new_project(path).close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()
    project = load_project(path)
    with project.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
    info = project_info(project)
    assert info["documents"] == 0 and info["schema_version"] == migrate.head_revision()
    project.close()


def test_text_file_is_not_a_project(tmp_path):
    path = tmp_path / "notes.qcproj"
    path.write_text("hello")
    with pytest.raises(ProjectFileError, match="not a QualCode project"):
        load_project(path)


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    raw = sqlite3.connect(path)
    raw.execute("create table t(x)")
    raw.commit()
    raw.close()
    with pytest.raises(ProjectFileError, match="not a QualCode project"):
        load_project(path)


def test_corrupt_file_gives_a_clear_error(tmp_path):
    path = tmp_path / "s.qcproj"
    new_project(path).close()
    data = bytearray(path.read_bytes())
    # keep the header, trash the pages after it
    data[4096:] = b"\xff" * (len(data) - 4096)
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectFileError, match="damaged|not a QualCode project"):
        load_project(path)


def test_newer_schema_is_refused_and_file_left_unchanged(tmp_path):
    path = tmp_path / "s.qcproj"
    new_project(path).close()
    raw = sqlite3.connect(path)
    raw.execute("update alembic_version set version_num='9999'")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(ProjectFileError, match="newer QualCode"):
        load_project(path)
    assert path.read_bytes() == before


def test_older_schema_is_backed_up_before_upgrade(tmp_path):
    path = tmp_path / "s.qcproj"
    # A project as the first release wrote it: schema 0001.
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
    engine = make_engine(sqlite_url(str(path)))
    migrate.upgrade(engine, "0001")
    engine.dispose()
    assert migrate.head_revision() != "0001"
    project = load_project(path)
    assert project_info(project)["schema_version"] == migrate.head_revision()
    project.close()
    raw = sqlite3.connect(tmp_path / "s.qcproj.bak")
    assert raw.execute("select version_num from alembic_version").fetchone()[0] == "0001"
    raw.close()
    raw = sqlite3.connect(path)
    assert raw.execute("select version_num from alembic_version").fetchone()[0] == migrate.head_revision()
    raw.close()


def test_creating_over_an_existing_file_is_refused(tmp_path):
    path = tmp_path / "s.qcproj"
    path.write_text("precious")
    with pytest.raises(ProjectFileError, match="already exists"):
        new_project(path)
    assert path.read_text() == "precious"


def test_missing_file(tmp_path):
    with pytest.raises(ProjectFileError, match="does not exist"):
        load_project(tmp_path / "nope.qcproj")


def test_close_folds_the_log_back_into_the_single_project_file(tmp_path):
    """After close the .qcproj alone holds everything (a user may copy just that file)."""
    import shutil

    from qualcode.services.corpus.documents import add_document
    from qualcode.services.projects import load_project, new_project

    path = tmp_path / "study.qcproj"
    project = new_project(path)
    for i in range(20):
        add_document(project, f"P{i:02d}", "Interviewer: hi\nP: hello " * 50)
    project.close()
    wal = tmp_path / "study.qcproj-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    alone = tmp_path / "copy" / "study.qcproj"
    alone.parent.mkdir()
    shutil.copy(path, alone)  # without its -wal
    copy = load_project(alone)
    try:
        with copy.unit_of_work(write=False) as uow:
            assert len(uow.documents.list_headers()) == 20
    finally:
        copy.close()
