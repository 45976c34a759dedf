"""Killed exports and imports, and exports to a full disk, from the user's side.

* SIGKILL during an export: the file under the target name is the previous one or the
  complete new one, never a torn one.
* SIGKILL during a bulk import: the project passes ``integrity_check`` and holds all of
  the files or none, and the parse workers do not outlive the killed command.
* A full disk: one sentence saying so, the previous file unchanged, exit status 2, no
  temporary file left. Needs a small tmpfs (root on Linux), skipped otherwise.
"""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from qualcode.cli.main import main
from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code_many
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import ensure_coder, new_project

PREVIOUS = b"previous export, must survive"
ROOT = Path(__file__).resolve().parents[2]


def _wait_for(predicate, timeout: float, what: str):
    """Poll ``predicate`` until it returns something truthy (no fixed sleeps)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.002)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def _cli(*argv: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "qualcode", *argv], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.fixture(scope="module")
def big_project(tmp_path_factory):
    """2,000 coded segments of 8,000 characters: a ~16 MB segments CSV, written in a stream."""
    path = tmp_path_factory.mktemp("big") / "big.qcproj"
    project = new_project(path)
    words = " ".join(f"word{i}" for i in range(4000))
    doc = add_document(project, "long", words).value
    code = add_code(project, "Everything").value
    coder = ensure_coder(project, "A")
    hits = [(doc.id, Span(i * 7, i * 7 + 8000)) for i in range(2000)]
    apply_code_many(project, hits, code.id, coder.id)
    project.close()
    return path


def _temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".qctmp")]


def _csv_rows(path: Path) -> int:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return sum(1 for _ in csv.reader(fh)) - 1


def test_sigkill_during_a_csv_export_never_tears_the_file(big_project, tmp_path):
    out = tmp_path / "segments.csv"
    out.write_bytes(PREVIOUS)
    child = _cli("export", str(big_project), "--segments-csv", str(out))
    # kill while the new rows are being written to the temporary file
    _wait_for(lambda: any(p.stat().st_size > 0 for p in _temp_files(tmp_path)) or child.poll() is not None,
              120, "the export to start writing")
    child.send_signal(signal.SIGKILL)  # a no-op if it has already finished
    child.wait(timeout=30)
    if child.returncode == -signal.SIGKILL:
        assert out.read_bytes() == PREVIOUS
    else:  # it finished first: then the new file is complete
        assert child.returncode == 0 and _csv_rows(out) == 2000
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == ["segments.csv"]


def test_sigkill_at_any_point_of_an_xlsx_export_leaves_old_or_complete(big_project, tmp_path):
    out = tmp_path / "segments.xlsx"
    out.write_bytes(PREVIOUS)
    child = _cli("export", str(big_project), "--segments-xlsx", str(out))
    _wait_for(lambda: _temp_files(tmp_path) or child.poll() is not None, 120, "the export to open its file")
    child.send_signal(signal.SIGKILL)  # a no-op if it has already finished
    child.wait(timeout=30)
    if out.read_bytes() != PREVIOUS:
        assert openpyxl.load_workbook(out, read_only=True).active.max_row == 2001


# -- import ---------------------------------------------------------------------------------

def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has exited; only its parent's reaping is left


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads processes from /proc (Linux)")
def test_sigkill_during_import_keeps_the_project_whole_and_ends_the_workers(tmp_path):
    path = tmp_path / "p.qcproj"
    project = new_project(path)
    add_document(project, "already there", "Interviewer: Hello?\nP00: Hello.\n")
    project.close()
    folder = tmp_path / "files"
    folder.mkdir()
    body = "".join(f"Interviewer: Question {t}?\nP: An answer that goes on for a while, turn {t}.\n"
                   for t in range(400))
    files = []
    for i in range(300):
        f = folder / f"P{i:03d}.txt"
        f.write_text(body, encoding="utf-8")
        files.append(str(f))
    child = _cli("import", str(path), *files)
    workers = _wait_for(lambda: (len(_children(child.pid)) >= 2 and _children(child.pid))
                        or child.poll() is not None, 120, "the parse workers to start")
    assert child.poll() is None, child.stderr.read() if child.stderr else ""
    child.send_signal(signal.SIGKILL)  # a no-op if it has already finished
    child.wait(timeout=30)
    _wait_for(lambda: not any(_alive(w) for w in workers), 15, f"parse workers {sorted(workers)} to exit")

    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        documents = raw.execute("select count(*) from documents").fetchone()[0]
    finally:
        raw.close()
    assert documents in (1, 301)


# -- full disk --------------------------------------------------------------------------------

def _small_tmpfs(tmp_path: Path, size: str):
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"could not mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.fixture
def full_disk(tmp_path):
    """A 64 KiB tmpfs, for the previous export and a filler that takes all the rest."""
    yield from _small_tmpfs(tmp_path, "64k")


@pytest.fixture
def disk_8m(tmp_path):
    yield from _small_tmpfs(tmp_path, "8m")


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"x" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


@pytest.mark.parametrize("flag, name", [("--segments-csv", "segments.csv"), ("--segments-xlsx", "segments.xlsx"),
                                        ("--codebook-csv", "codebook.csv"), ("--codebook", "codebook.docx"),
                                        ("--report", "report.docx")])
def test_an_export_to_a_full_disk_says_so_and_keeps_the_previous_file(big_project, full_disk, flag, name,
                                                                     capsys):
    out = full_disk / name
    out.write_bytes(PREVIOUS)
    _fill(full_disk)
    assert main(["export", str(big_project), flag, str(out)]) == 2
    err = capsys.readouterr().err
    assert err == (f"qualcode: error: The disk is full: could not write {out}; "
                   f"the previous {name} is unchanged.\n")
    assert out.read_bytes() == PREVIOUS
    assert sorted(p.name for p in full_disk.iterdir()) == sorted(["filler", name])


def test_a_first_export_to_a_full_disk_leaves_nothing_behind(big_project, full_disk, capsys):
    _fill(full_disk)
    out = full_disk / "segments.csv"
    assert main(["export", str(big_project), "--segments-csv", str(out), "--json"]) == 2
    captured = capsys.readouterr()
    assert "no segments.csv was written." in captured.err
    assert [p.name for p in full_disk.iterdir()] == ["filler"]


def test_spss_and_stata_files_on_a_full_disk_fail_clearly(full_disk):
    import pandas as pd

    from qualcode.io.atomic_write import DiskFullError
    from qualcode.io.surveys.writers import write_dta, write_sav

    frame = pd.DataFrame({"answer": ["a fairly long answer " * 5] * 2000, "n": range(2000)})
    (full_disk / "cases.sav").write_bytes(PREVIOUS)
    _fill(full_disk)
    # pyreadstat reports this as "Unable to write data", or writes a short file silently
    with pytest.raises(DiskFullError, match="the previous cases.sav is unchanged"):
        write_sav(frame, [], full_disk / "cases.sav")
    with pytest.raises(DiskFullError, match="no cases.dta was written"):
        write_dta(frame, [], full_disk / "cases.dta")
    assert (full_disk / "cases.sav").read_bytes() == PREVIOUS
    assert sorted(p.name for p in full_disk.iterdir()) == ["cases.sav", "filler"]


def _transcripts(folder: Path, prefix: str, n: int) -> list[str]:
    folder.mkdir(exist_ok=True)
    body = "".join(f"Interviewer: Question {t}?\nP: An answer that goes on, turn {t}.\n" for t in range(300))
    paths = []
    for i in range(n):
        path = folder / f"{prefix}{i:02d}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_a_full_disk_at_close_after_the_import_committed_is_reported_truthfully(disk_8m, tmp_path, capsys):
    """The commit fits in the write-ahead log, folding it back into the project does not."""
    from qualcode.services.corpus.importing import import_transcripts

    path = disk_8m / "p.qcproj"
    project = new_project(path)
    # an idle second connection (another window, say) keeps the -wal file at its size
    keeper = sqlite3.connect(path)
    keeper.execute("select count(*) from sqlite_master").fetchall()
    import_transcripts(project, _transcripts(tmp_path / "a", "A", 30), workers=1)
    raw = project.engine.raw_connection()  # fold A into the file; the log's space is reused next
    try:  # outside a transaction (the engine's autobegin would start one and the checkpoint would fail)
        raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    finally:
        raw.close()
    project.engine.dispose()
    _fill(disk_8m)

    code = main(["import", str(path), *_transcripts(tmp_path / "b", "B", 20)])
    captured = capsys.readouterr()
    keeper.close()
    (disk_8m / "filler").unlink()
    assert code == 1
    assert "Imported 20 of 20 files." in captured.out
    assert "qualcode: error: the import was saved (20 documents); closing the project failed:" in captured.err
    assert "disk is full" in captured.err and "not changed" not in captured.err
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("select count(*) from documents").fetchone()[0] == 50
    finally:
        raw.close()
