"""A project we cannot write opens read-only: browse, retrieve and export work, changes are
refused with a sentence, and no -wal/-shm files are left beside it.

Root ignores chmod, so when chmod does not stop us the tests make the file or folder
immutable with ``chattr +i`` (the kernel then refuses even root); without that they skip.
"""

from __future__ import annotations

import hashlib
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode.core.span import Span
from qualcode.services.projects import ReadOnlyProjectError, load_project, project_info
from tests.hostile.make_hostile_projects import TEXT, honest_project


def _can_write(target: Path) -> bool:
    try:
        if target.is_dir():
            with tempfile.TemporaryFile(dir=target):
                pass
        else:
            with target.open("r+b"):
                pass
    except OSError:
        return False
    return True


def _chattr(flag: str, target: Path) -> bool:
    try:
        return subprocess.run(["chattr", flag, str(target)], check=False, capture_output=True,
                              timeout=10).returncode == 0
    except OSError:
        return False


@pytest.fixture
def make_read_only() -> Iterator:
    undo: list = []

    def protect(target: Path) -> None:
        mode = target.stat().st_mode
        target.chmod(0o555 if target.is_dir() else 0o444)
        undo.append(lambda: target.chmod(mode))
        if _can_write(target):  # running as root: chmod does not bind us
            if not _chattr("+i", target) or _can_write(target):
                pytest.skip("cannot make a file read-only here (root, and chattr +i is not supported)")
            undo.append(lambda: _chattr("-i", target))

    yield protect
    for step in reversed(undo):
        step()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _side_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm", "-journal")))


def _browse_and_try_to_write(path: Path) -> None:
    from qualcode.services.coding.segments import apply_code, segments_of_document
    from qualcode.services.coding.retrieval import segment_rows

    project = load_project(path)
    assert project.read_only
    info = project_info(project)
    assert (info["documents"], info["codes"], info["segments"], info["read_only"]) == (1, 2, 1, True)
    assert [r["text"] for r in segment_rows(project, code_ids=[1])] == [TEXT[3:18]]
    assert len(segments_of_document(project, 1)) == 1
    with pytest.raises(ReadOnlyProjectError, match="read-only"):
        apply_code(project, 1, Span(23, 31), 2, 1)
    project.close()


def test_read_only_file_opens_for_browsing_and_refuses_changes(tmp_path, make_read_only):
    path = honest_project(tmp_path / "shared.qcproj")
    before = _digest(path)
    make_read_only(path)
    _browse_and_try_to_write(path)
    assert _digest(path) == before
    assert _side_files(tmp_path) == []


def test_project_in_read_only_folder_opens_for_browsing(tmp_path, make_read_only):
    folder = tmp_path / "received"
    folder.mkdir()
    path = honest_project(folder / "shared.qcproj")
    before = _digest(path)
    make_read_only(folder)
    _browse_and_try_to_write(path)
    assert _digest(path) == before
    assert _side_files(folder) == []


def test_cli_on_read_only_project_exports_and_refuses_changes_in_one_sentence(tmp_path, make_read_only, capsys):
    from qualcode.cli.main import main as cli

    path = honest_project(tmp_path / "shared.qcproj")
    make_read_only(path)
    assert cli(["code", str(path), "--doc", "1", "--start", "23", "--end", "31", "--code", "Legal aid",
                "--coder", "Dilnoza"]) == 2
    err = capsys.readouterr().err
    assert "read-only" in err and "unexpected" not in err
    assert cli(["segments", str(path), "--json"]) == 0
    out = tmp_path / "out"
    out.mkdir()
    assert cli(["export", str(path), "--segments-csv", str(out / "segments.csv")]) == 0
    assert cli(["export", str(path), "--codebook", str(out / "codebook.docx")]) == 0
    assert cli(["export", str(path), "--report", str(out / "report.docx")]) == 0
    assert (out / "segments.csv").read_text(encoding="utf-8-sig").count("Peer support") == 1


def test_writable_project_can_be_opened_read_only_on_request(tmp_path):
    from qualcode.services.codebook.codes import add_code

    path = honest_project(tmp_path / "mine.qcproj")
    before = _digest(path)
    project = load_project(path, read_only=True)
    assert project.read_only
    with pytest.raises(ReadOnlyProjectError):
        add_code(project, "New")
    project.close()
    assert _digest(path) == before and _side_files(tmp_path) == []
    again = load_project(path)
    assert not again.read_only
    again.close()


def test_read_only_view_sees_what_a_running_writer_committed(tmp_path):
    from qualcode.services.codebook.codes import add_code

    path = honest_project(tmp_path / "live.qcproj")
    writer = load_project(path)
    add_code(writer, "Added while open")  # lives in the -wal file until the writer closes
    assert (tmp_path / "live.qcproj-wal").exists()
    reader = load_project(path, read_only=True)
    assert project_info(reader)["codes"] == 3
    reader.close()
    writer.close()


def test_a_new_coder_on_a_read_only_project_can_still_browse(tmp_path):
    from qualcode.services.projects import ensure_coder

    path = honest_project(tmp_path / "mine.qcproj")
    project = load_project(path, read_only=True)
    assert ensure_coder(project, "Dilnoza").id == 1
    assert ensure_coder(project, "Visitor").id == 0
    assert project_info(project)["coders"] == 1
    project.close()


def test_new_project_in_a_read_only_folder_is_a_clear_error(tmp_path, make_read_only):
    from qualcode.core.errors import ProjectFileError
    from qualcode.services.projects import new_project

    folder = tmp_path / "locked"
    folder.mkdir()
    make_read_only(folder)
    with pytest.raises(ProjectFileError, match="read-only"):
        new_project(folder / "new.qcproj")
    assert list(folder.iterdir()) == []
