"""An import can be undone (the project as before) and redone with the same ids."""

from __future__ import annotations

import pytest

from qualcode.core.codebook import Code
from qualcode.services.exchange import export_refi, import_refi
from qualcode.services.exchange.undo import RefiImportOperation
from qualcode.services.projects import new_project
from tests.services.exchange.snapshot import project_snapshot
from tests.services.exchange.test_round_trip import _fill


def _ids(project):
    with project.unit_of_work() as uow:
        return (sorted(uow.codes.all()), sorted(s.id for s in uow.segments.all()),
                sorted(m.id for m in uow.memos.list()), sorted(t.id for t in uow.themes.all()))


def test_undo_and_redo_an_import(filled_file, tmp_path):
    project = new_project(tmp_path / "target.qcproj")
    try:
        with project.unit_of_work() as uow:  # something of the user's own, which must survive
            uow.codes.add(Code(0, "Mine"))
            uow.meta.set("refi.sets", "[]")
        before = project_snapshot(project)
        report = import_refi(project, filled_file).value
        after, after_ids = project_snapshot(project), _ids(project)
        operation = RefiImportOperation(project, report.created, report.file)
        operation.do()
        changes = operation.undo()
        assert changes.documents and changes.code_ids == frozenset(report.created.codes)
        assert project_snapshot(project) == before
        operation.do()
        assert project_snapshot(project) == after and _ids(project) == after_ids
    finally:
        project.close()


@pytest.fixture
def filled_file(tmp_path):
    source = new_project(tmp_path / "source.qcproj")
    try:
        _fill(source)
        out = tmp_path / "study.qdpx"
        export_refi(source, out)
    finally:
        source.close()
    return out
