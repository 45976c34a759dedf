"""Two processes coding one project at the same time lose nothing and duplicate nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from qualcode.core.span import Span
from tests.storage.test_postgres import pg_url  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parents[2]


def _seed(target: str, length: int) -> None:
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.corpus.documents import add_document
    from qualcode.services.projects import ensure_coder, new_project

    project = new_project(target)
    add_document(project, "P01", "abc " * (length // 4))
    add_code(project, "Peer support")
    ensure_coder(project, "Dilnoza")
    project.close()


def _run_writers(target: str, tmp_path: Path, firsts: list[int], count: int) -> list[dict]:
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-m", "tests.storage.two_writers_worker", target, str(first),
                               str(count), str(go)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for first in firsts]
    go.touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-2000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def _segment_keys(target: str) -> list[tuple[int, int, int, int, int]]:
    from qualcode.services.coding.segments import segments_of_document
    from qualcode.services.projects import load_project

    project = load_project(target)
    keys = [(s.document_id, s.code_id, s.coder_id, s.span.start, s.span.end) for s in segments_of_document(project, 1)]
    project.close()
    return keys


@pytest.mark.slow
def test_two_processes_each_apply_500_codings_to_one_sqlite_project(tmp_path):
    target = str(tmp_path / "shared.qcproj")
    _seed(target, 4000)
    results = _run_writers(target, tmp_path, [0, 1500], 500)
    assert [r["failed"] for r in results] == [[], []]
    assert [r["ok"] for r in results] == [500, 500]
    keys = _segment_keys(target)
    assert len(keys) == len(set(keys)) == 1000


def test_two_processes_coding_the_same_spans_on_sqlite_make_no_duplicates(tmp_path):
    target = str(tmp_path / "shared.qcproj")
    _seed(target, 1000)
    results = _run_writers(target, tmp_path, [0, 0], 100)
    assert [r["failed"] for r in results] == [[], []]
    assert sum(r["ok"] for r in results) == 100
    keys = _segment_keys(target)
    assert sorted(keys) == [(1, 1, 1, 3 * k, 3 * k + 3) for k in range(100)]


@pytest.mark.postgres
def test_two_processes_coding_the_same_spans_on_postgres_make_no_duplicates(pg_url, tmp_path):  # noqa: F811
    _seed(pg_url, 2000)
    results = _run_writers(pg_url, tmp_path, [0, 0], 300)
    assert [r["failed"] for r in results] == [[], []]
    assert sum(r["ok"] for r in results) == 300
    keys = _segment_keys(pg_url)
    assert len(keys) == len(set(keys)) == 300


def test_a_duplicate_refused_by_the_database_reads_already_coded(project, coder):
    """Even when the service's own check is bypassed (a second writer's row arrives
    between check and insert), the database refuses it with the usual sentence."""
    from qualcode.core.errors import ValidationError
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.corpus.documents import add_document

    doc = add_document(project, "P01", "In the peer group I was a person again.").value
    code = add_code(project, "Peer support").value
    with project.unit_of_work() as uow:
        uow.segments.add(doc.id, code.id, Span(3, 18), coder.id)
    with pytest.raises(ValidationError, match="already coded"), project.unit_of_work() as uow:
        uow.segments.add(doc.id, code.id, Span(3, 18), coder.id)
    with project.unit_of_work() as uow:
        assert len(uow.segments.for_document(doc.id)) == 1


def test_a_writer_that_holds_the_lock_too_long_gives_a_busy_sentence(tmp_path, monkeypatch):
    import sqlite3

    from qualcode.core.errors import QualCodeError
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.projects import load_project
    from qualcode.storage import engine

    target = tmp_path / "busy.qcproj"
    _seed(str(target), 100)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(target, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program in the middle of a long write
    project = load_project(target)
    try:
        with pytest.raises(QualCodeError, match="busy"):
            add_code(project, "Waiting")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert add_code(project, "Waiting").value.name == "Waiting"
    project.close()
