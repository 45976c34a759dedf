"""A received project runs no attacker SQL: foreign triggers, views and altered tables are refused,
and a cleaned copy keeps the data without them."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from qualcode.cli.main import main as cli
from qualcode.core.errors import ProjectFileError
from qualcode.core.span import Span
from qualcode.services.projects import (
    ForeignSchemaError,
    load_project,
    project_info,
    write_cleaned_copy,
)
from tests.hostile.make_hostile_projects import (
    MAKERS,
    TEXT,
    honest_project,
    trigger_on_segments,
)


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", sorted(MAKERS))
def test_hostile_project_is_refused_naming_the_object_and_left_unchanged(tmp_path, name):
    maker, word = MAKERS[name]
    path = maker(tmp_path)
    before = _digest(path)
    with pytest.raises(ForeignSchemaError, match=word) as info:
        load_project(path)
    assert "clean-copy" in str(info.value)
    assert _digest(path) == before
    assert not (tmp_path / f"{path.name}.bak").exists()


def test_honest_project_opens(tmp_path):
    project = load_project(honest_project(tmp_path / "honest.qcproj"))
    assert project_info(project)["segments"] == 1
    project.close()


def test_trigger_never_fires_when_the_file_is_opened_and_coded_through_a_clean_copy(tmp_path):
    from qualcode.services.coding.segments import apply_code
    from qualcode.services.corpus.documents import list_documents

    path = trigger_on_segments(tmp_path)
    copy = tmp_path / "clean.qcproj"
    report = write_cleaned_copy(path, copy)
    assert any("wipe" in item for item in report.removed_objects)
    project = load_project(copy)
    apply_code(project, 1, Span(23, 31), 2, 1)  # would wipe documents and rename codes in the original
    info = project_info(project)
    assert (info["documents"], info["codes"], info["segments"]) == (1, 2, 2)
    assert [d[1] for d in list_documents(project)] == ["P01"]
    project.close()
    raw = sqlite3.connect(copy)
    assert raw.execute("select count(*) from sqlite_master where type in ('trigger', 'view')").fetchone() == (0,)
    assert raw.execute("select name from codes order by id").fetchall() == [("Peer support",), ("Legal aid",)]
    assert raw.execute("select memo from segments where id = 1").fetchone() == ("first coding",)
    raw.close()


@pytest.mark.parametrize("name", sorted(MAKERS))
def test_every_hostile_project_has_a_clean_copy_that_opens_with_its_data(tmp_path, name):
    maker, _word = MAKERS[name]
    path = maker(tmp_path)
    before = _digest(path)
    copy = tmp_path / "copy.qcproj"
    write_cleaned_copy(path, copy)
    assert _digest(path) == before
    project = load_project(copy)
    with project.unit_of_work(write=False) as uow:
        assert uow.documents.get(1).text == TEXT
        assert len(uow.segments.for_document(1)) == 1
    project.close()


def test_a_view_standing_in_for_the_schema_version_is_refused(tmp_path):
    path = MAKERS["view_as_schema_version"][0](tmp_path)
    with pytest.raises(ForeignSchemaError, match="view 'alembic_version'"):
        load_project(path)


def test_clean_copy_refuses_to_overwrite(tmp_path):
    path = trigger_on_segments(tmp_path)
    existing = tmp_path / "mine.qcproj"
    existing.write_text("keep me")
    with pytest.raises(ProjectFileError, match="already exists"):
        write_cleaned_copy(path, existing)
    assert existing.read_text() == "keep me"


def test_cli_info_reports_the_refusal_and_clean_copy_writes_the_copy(tmp_path, capsys):
    path = trigger_on_segments(tmp_path)
    assert cli(["info", str(path)]) != 0
    err = capsys.readouterr().err
    assert "trigger 'wipe' on segments" in err and "clean-copy" in err
    copy = tmp_path / "copy.qcproj"
    assert cli(["clean-copy", str(path), str(copy)]) == 0
    out = capsys.readouterr().out
    assert "wipe" in out and str(copy) in out
    assert cli(["info", str(copy), "--json"]) == 0


def test_connections_check_cell_sizes(tmp_path):
    project = load_project(honest_project(tmp_path / "honest.qcproj"))
    with project.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cell_size_check").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
    project.close()


def test_a_project_with_odd_values_opens_and_lists_its_codes(tmp_path):
    """Values outside our rules (a colour "red") must not make every code view fail."""
    from qualcode.core.codebook import is_colour
    from qualcode.services.codebook.codes import list_codes
    from qualcode.services.projects import load_project
    from tests.hostile.make_hostile_projects import odd_values

    project = load_project(odd_values(tmp_path))
    try:
        codes = list_codes(project)
        assert codes and all(is_colour(c.colour) for c in codes.values())
    finally:
        project.close()
