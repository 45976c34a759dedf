"""An export either replaces the old file completely or leaves it exactly as it was."""

from __future__ import annotations

import errno
import os
import stat
import time

import pytest

from qualcode.io.atomic_write import DiskFullError, atomic_path
from qualcode.io.tables_out import write_rows_csv, write_rows_xlsx


def _listing(folder):
    return sorted(p.name for p in folder.iterdir())


def test_success_replaces_the_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    write_rows_csv(target, ["a"], [["new"]])
    assert target.read_bytes().decode("utf-8-sig") == "a\r\nnew\r\n"
    assert _listing(tmp_path) == ["out.csv"]


def test_a_writer_that_fails_half_way_leaves_the_old_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"previous export")

    class Boom:
        def __str__(self) -> str:
            raise RuntimeError("writer crashed")

    # a megabyte of rows reaches the disk before the bad value stops the writer
    with pytest.raises(RuntimeError, match="writer crashed"):
        write_rows_csv(target, ["a"], [["fine " * 200]] * 1000 + [[Boom()]])
    assert target.read_bytes() == b"previous export"
    assert _listing(tmp_path) == ["out.csv"]


def test_an_unwritable_value_in_a_workbook_leaves_the_old_file(tmp_path):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"previous export")
    with pytest.raises(ValueError):
        write_rows_xlsx(target, "Sheet", ["a"], [["fine"], [object()]])
    assert target.read_bytes() == b"previous export"
    assert _listing(tmp_path) == ["out.xlsx"]


def test_an_error_after_partial_output_removes_the_partial_file(tmp_path):
    target = tmp_path / "report.docx"
    target.write_bytes(b"old report")
    with pytest.raises(KeyError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half a docu")
        raise KeyError("killed half way")
    assert target.read_bytes() == b"old report"
    assert _listing(tmp_path) == ["report.docx"]


@pytest.mark.parametrize("existed", [True, False])
def test_a_full_disk_is_one_clear_sentence(tmp_path, existed):
    target = tmp_path / "segments.csv"
    if existed:
        target.write_text("old rows")
    with pytest.raises(DiskFullError) as info, atomic_path(target) as tmp:
        tmp.write_text("partial")
        # what the writers see: an OSError, here wrapped by the library as some do
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as exc:
            raise ValueError("zip write failed") from exc
    message = str(info.value)
    assert message.startswith(f"The disk is full: could not write {target};")
    if existed:
        assert message.endswith("the previous segments.csv is unchanged.")
        assert target.read_text() == "old rows"
        assert _listing(tmp_path) == ["segments.csv"]
    else:
        assert message.endswith("no segments.csv was written.")
        assert _listing(tmp_path) == []


def test_new_files_get_ordinary_permissions_and_old_ones_keep_theirs(tmp_path):
    fresh = tmp_path / "fresh.csv"
    write_rows_csv(fresh, ["a"], [])
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
    shared = tmp_path / "shared.csv"
    shared.write_text("x")
    shared.chmod(0o640)
    write_rows_csv(shared, ["a"], [])
    assert stat.S_IMODE(shared.stat().st_mode) == 0o640


def test_a_read_only_file_is_not_replaced(tmp_path, monkeypatch):
    frozen = tmp_path / "frozen.csv"
    frozen.write_text("keep me")
    frozen.chmod(0o444)
    # root may write anything; ask as an ordinary user would be answered
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(OSError, match=r"^Could not write .*frozen.csv: Permission denied\.$"):
        write_rows_csv(frozen, ["a"], [])
    assert frozen.read_text() == "keep me"
    assert _listing(tmp_path) == ["frozen.csv"]


def test_a_symlinked_target_keeps_its_link(tmp_path):
    real = tmp_path / "real" / "table.csv"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "table.csv"
    link.symlink_to(real)
    write_rows_csv(link, ["a"], [["b"]])
    assert link.is_symlink()
    assert real.read_bytes().decode("utf-8-sig") == "a\r\nb\r\n"


def test_a_missing_folder_or_a_folder_in_the_way_names_the_users_file(tmp_path):
    missing = tmp_path / "no such folder" / "out.csv"
    with pytest.raises(OSError, match=r"^Could not write .*no such folder/out.csv: No such file or directory\.$"):
        write_rows_csv(missing, ["a"], [])
    folder = tmp_path / "out.csv"
    folder.mkdir()
    with pytest.raises(OSError, match=r"^Could not write .*out.csv: Is a directory\.$"):
        write_rows_csv(folder, ["a"], [])
    assert _listing(tmp_path) == ["out.csv"]


def test_temporary_files_left_by_a_killed_export_are_tidied_later(tmp_path):
    target = tmp_path / "out.csv"
    stale = tmp_path / ".out.csv.0123abcd.qctmp"  # what a SIGKILL mid-write leaves
    stale.write_text("partial")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    busy = tmp_path / ".out.csv.89abcdef.qctmp"  # another export still writing: recent
    busy.write_text("partial")
    other = tmp_path / ".other.csv.0123abcd.qctmp"
    other.write_text("x")
    os.utime(other, (old, old))
    write_rows_csv(target, ["a"], [])
    assert _listing(tmp_path) == [".other.csv.0123abcd.qctmp", ".out.csv.89abcdef.qctmp", "out.csv"]
