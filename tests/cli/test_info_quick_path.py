"""``qualcode info`` from the user's side: a plain project file is read without SQLAlchemy
(issue 18: info within 0.3 s of spawn), and whatever the file, ``info`` says exactly what
opening the project the full way says.

Each case runs ``qualcode info`` (text and ``--json``) in a fresh interpreter, as a user
would, and compares it with the full way computed here: ``project_info(load_project(...))``
for the fields, and ``main(["info", ...])`` with the quick reader switched off for the text
and the one-line errors. The quick cases also check that the file and its folder are left
exactly as they were (no write, no ``-wal``/``-shm``/``-journal`` file).
"""

from __future__ import annotations

import hashlib
import json
import os
import pty
import select
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from qualcode.cli.main import main
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import load_project, new_project, project_info
from qualcode.storage import migrate
from qualcode.storage.engine import APPLICATION_ID, make_engine, sqlite_url
from tests.storage.test_read_only import _can_write, _chattr

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Interviewer: How was it?\nP01: The peer group helped me."
PASSWORD = "correct horse"


@pytest.fixture
def make_read_only() -> Iterator[Callable[[Path], None]]:
    """Make a file or folder read-only even for root (chattr +i), as tests/storage/test_read_only.py does."""
    undo: list[Callable[[], object]] = []

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


@dataclass
class Said:
    """What ``qualcode info`` printed: exit status, stdout, stderr lines."""

    status: int
    out: str
    err: list[str]


def _loaded(stderr: str) -> set[str]:
    names = set()
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    return names


def _env(home: Path, password: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QUALCODE_PASSWORD", "QUALCODE_DEBUG")}
    env |= {"PYTHONPATH": str(ROOT), "HOME": str(home), "XDG_CONFIG_HOME": str(home / "cfg")}
    if password is not None:
        env["QUALCODE_PASSWORD"] = password
    return env


def _spawn(target: str, *, json_out: bool, home: Path, cwd: Path, password: str | None = None
           ) -> tuple[Said, set[str]]:
    """``qualcode info TARGET`` in a fresh interpreter (no terminal), and the packages it imported."""
    args = [sys.executable, "-X", "importtime", "-m", "qualcode", "info", target, *(["--json"] if json_out else [])]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, env=_env(home, password), cwd=cwd,
                          stdin=subprocess.DEVNULL, check=False)
    err = [line for line in done.stderr.splitlines() if not line.startswith("import time:")]
    return Said(done.returncode, done.stdout, err), _loaded(done.stderr)


def _full_way(target: str, *, json_out: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
              cwd: Path, password: str | None = None) -> Said:
    """``qualcode info`` in this process with the quick reader off: load_project + project_info."""
    capsys.readouterr()
    with monkeypatch.context() as patch:
        patch.setattr("qualcode.services.quick_info.read_quick_info", lambda _target: None)
        patch.delenv("QUALCODE_DEBUG", raising=False)
        if password is None:
            patch.delenv("QUALCODE_PASSWORD", raising=False)
        else:
            patch.setenv("QUALCODE_PASSWORD", password)
        patch.chdir(cwd)
        status = main(["info", target, *(["--json"] if json_out else [])])
    captured = capsys.readouterr()
    return Said(status, captured.out, captured.err.strip().splitlines())


def _fields_the_full_way(target: str, cwd: Path, password: str | None = None) -> dict[str, object]:
    """The service's own answer, computed the slow way (SQLAlchemy, ORM counts)."""
    previous = Path.cwd()
    os.chdir(cwd)
    try:
        project = load_project(target, password=password)
        try:
            return project_info(project)
        finally:
            project.close()
    finally:
        os.chdir(previous)


def _state(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file in ``folder`` with its digest and modification time."""
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.iterdir()) if p.is_file()}


def _assert_quick_and_same(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str], *, target: str | None = None) -> dict[str, object]:
    """``info`` reads ``path`` without SQLAlchemy, leaves it alone and says what the full way says."""
    target = target or str(path)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    before = _state(path.parent)
    said_text, loaded_text = _spawn(target, json_out=False, home=home, cwd=path.parent)
    said_json, loaded_json = _spawn(target, json_out=True, home=home, cwd=path.parent)
    assert said_text.status == 0 and said_json.status == 0, (said_text.err, said_json.err)
    assert said_text.err == [] and said_json.err == []
    for loaded in (loaded_text, loaded_json):
        assert "qualcode" in loaded  # importtime's lines were read
        assert loaded.isdisjoint({"sqlalchemy", "alembic", "pandas", "numpy"}), loaded & {"sqlalchemy", "numpy"}
    assert _state(path.parent) == before  # nothing written, no -wal/-shm/-journal left or made

    expected = _fields_the_full_way(target, path.parent)
    got = json.loads(said_json.out)
    assert list(got.items()) == list(expected.items())  # every field, in the same order
    assert said_json == _full_way(target, json_out=True, monkeypatch=monkeypatch, capsys=capsys, cwd=path.parent)
    assert said_text == _full_way(target, json_out=False, monkeypatch=monkeypatch, capsys=capsys, cwd=path.parent)
    return got


def _assert_same_error(target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                       capsys: pytest.CaptureFixture[str], *, cwd: Path | None = None,
                       password: str | None = None, restore: Path | None = None,
                       modes: tuple[bool, ...] = (False, True)) -> str:
    """``info`` fails on ``target`` with the full way's one line (text and JSON); returns it.

    ``restore``: a file the full way may change (an upgrade): put back before each run.
    ``modes``: which of text (False) and ``--json`` (True) to check."""
    cwd = cwd or tmp_path
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    original = restore.read_bytes() if restore is not None else b""
    said = {}
    for json_out in modes:
        if restore is not None:
            restore.write_bytes(original)
        said[json_out] = _spawn(target, json_out=json_out, home=home, cwd=cwd, password=password)[0]
    full = {}
    for json_out in modes:
        if restore is not None:
            restore.write_bytes(original)
        full[json_out] = _full_way(target, json_out=json_out, monkeypatch=monkeypatch, capsys=capsys, cwd=cwd,
                                   password=password)
    for json_out in modes:
        assert said[json_out].status == 2, said[json_out]
        assert len(said[json_out].err) == 1, said[json_out].err
        assert said[json_out] == full[json_out]
        assert "error" in json.loads(said[json_out].out) if json_out else said[json_out].out == ""
    return said[modes[0]].err[0]


# --- projects the quick path reads -----------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("demo") / "Demo.qcproj"
    built = subprocess.run([sys.executable, "-m", "qualcode", "demo", str(target), "--no-gui"], capture_output=True,
                           text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert built.returncode == 0, built.stderr
    return target


def test_the_demo_project(demo, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "demo"
    folder.mkdir()
    path = folder / demo.name
    shutil.copy(demo, path)
    got = _assert_quick_and_same(path, tmp_path, monkeypatch, capsys)
    assert got["documents"] and got["segments"] and got["read_only"] is False
    assert got["schema_version"] == migrate.head_revision()


def test_an_empty_new_project(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "p"
    folder.mkdir()
    made = subprocess.run([sys.executable, "-m", "qualcode", "new", str(folder / "study")], capture_output=True,
                          text=True, timeout=300, env=_env(tmp_path, None), check=False)
    assert made.returncode == 0, made.stderr
    got = _assert_quick_and_same(folder / "study.qcproj", tmp_path, monkeypatch, capsys)
    assert got["title"] == "study" and got["documents"] == 0


def test_a_title_with_terminal_controls_and_a_relative_path(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "p"
    folder.mkdir()
    project = new_project(folder / "étude.qcproj", title="Café \x1b[31mred\u202e ✓\nsecond line")
    add_document(project, "P01", TEXT)
    project.close()
    got = _assert_quick_and_same(folder / "étude.qcproj", tmp_path, monkeypatch, capsys, target="étude.qcproj")
    assert got["location"] == "étude.qcproj" and got["documents"] == 1


def test_a_read_only_project(tmp_path, monkeypatch, capsys, make_read_only):
    folder = tmp_path / "p"
    folder.mkdir()
    project = new_project(folder / "study.qcproj")
    add_document(project, "P01", TEXT)
    project.close()
    make_read_only(folder / "study.qcproj")
    got = _assert_quick_and_same(folder / "study.qcproj", tmp_path, monkeypatch, capsys)
    assert got["read_only"] is True


def test_a_project_in_a_read_only_folder(tmp_path, monkeypatch, capsys, make_read_only):
    folder = tmp_path / "p"
    folder.mkdir()
    new_project(folder / "study.qcproj").close()
    make_read_only(folder)
    got = _assert_quick_and_same(folder / "study.qcproj", tmp_path, monkeypatch, capsys)
    assert got["read_only"] is True


# --- files the quick path leaves to the full way: same answer --------------------------


def _older_project(path: Path, revision: str) -> Path:
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
    engine = make_engine(sqlite_url(str(path)))
    try:
        migrate.upgrade(engine, revision)
    finally:
        engine.dispose()
    return path


def _previous_revision() -> str:
    return migrate.revisions_newest_first()[1]


def test_a_project_at_an_older_schema_is_upgraded_after_a_backup_as_before(tmp_path, monkeypatch, capsys):
    path = _older_project(tmp_path / "old.qcproj", _previous_revision())
    original = path.read_bytes()
    home = tmp_path / "home"
    home.mkdir()
    said, loaded = _spawn(str(path), json_out=True, home=home, cwd=tmp_path)
    assert said.status == 0, said.err
    assert "sqlalchemy" in loaded  # the full way: it upgraded the file
    with sqlite3.connect(f"{path}.bak") as backup:  # the old schema kept, as the full way does
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (_previous_revision(),)
    backup.close()
    got = json.loads(said.out)
    assert got["schema_version"] == migrate.head_revision()
    Path(f"{path}.bak").unlink()
    path.write_bytes(original)
    full = _full_way(str(path), json_out=True, monkeypatch=monkeypatch, capsys=capsys, cwd=tmp_path)
    assert said == full
    assert list(got.items()) == list(_fields_the_full_way(str(path), tmp_path).items())


def test_a_read_only_project_at_an_older_schema_is_refused_as_before(tmp_path, monkeypatch, capsys, make_read_only):
    path = _older_project(tmp_path / "old.qcproj", _previous_revision())
    make_read_only(path)
    line = _assert_same_error(str(path), tmp_path, monkeypatch, capsys)
    assert "older QualCode" in line and "read-only" in line


def test_a_project_from_a_newer_qualcode(tmp_path, monkeypatch, capsys):
    path = tmp_path / "new.qcproj"
    new_project(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    line = _assert_same_error(str(path), tmp_path, monkeypatch, capsys)
    assert "newer QualCode" in line


def test_a_project_with_a_foreign_trigger(tmp_path, monkeypatch, capsys):
    path = tmp_path / "odd.qcproj"
    new_project(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TRIGGER wipe AFTER INSERT ON segments BEGIN DELETE FROM documents; END")
    raw.close()
    line = _assert_same_error(str(path), tmp_path, monkeypatch, capsys)
    assert "did not create" in line


def test_a_damaged_project(tmp_path, monkeypatch, capsys):
    path = tmp_path / "broken.qcproj"
    project = new_project(path)
    for n in range(40):
        add_document(project, f"P{n:02}", TEXT * 20)
    project.close()
    with sqlite3.connect(path) as raw:
        page = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'documents'").fetchone()[0]
    raw.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page: (root - 1) * page + 12] = b"\xff" * 12  # the table's page header: nonsense
    path.write_bytes(bytes(data))
    line = _assert_same_error(str(path), tmp_path, monkeypatch, capsys, restore=path)
    assert "damaged" in line


@pytest.mark.parametrize("what", ["missing", "folder", "sqlite_not_ours", "garbage", "garbage_in_pages", "empty"])
def test_files_that_are_not_projects(tmp_path, monkeypatch, capsys, what):
    path = tmp_path / "x.qcproj"
    if what == "folder":
        path.mkdir()
    elif what == "sqlite_not_ours":
        with sqlite3.connect(path) as raw:
            raw.execute("CREATE TABLE notes (text TEXT)")
        raw.close()
    elif what == "garbage":
        path.write_text("Not a project, just notes.\n", encoding="utf-8")
    elif what == "garbage_in_pages":  # whole pages of noise: could be an encrypted project
        path.write_bytes(os.urandom(4096))
    elif what == "empty":
        path.write_bytes(b"")
    line = _assert_same_error(str(path), tmp_path, monkeypatch, capsys)
    assert "x.qcproj" in line


def test_a_project_someone_is_writing(tmp_path, monkeypatch, capsys):
    """Another program has the project open: a committed change still in its -wal, and the
    write lock held. info answers, the full way, with the committed change."""
    path = tmp_path / "busy.qcproj"
    project = new_project(path, title="Before")
    add_document(project, "P01", TEXT)
    project.close()
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("UPDATE project_meta SET value = 'After' WHERE key = 'title'")  # committed, in the -wal
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO project_meta (key, value) VALUES ('scratch', 'x')")
        home = tmp_path / "home"
        home.mkdir()
        said, _loaded = _spawn(str(path), json_out=True, home=home, cwd=tmp_path)
        full = _full_way(str(path), json_out=True, monkeypatch=monkeypatch, capsys=capsys, cwd=tmp_path)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert said.status == 0, said.err
    assert said == full
    assert json.loads(said.out)["title"] == "After"


def test_a_project_left_in_rollback_journal_mode(tmp_path, monkeypatch, capsys):
    """Such a file goes the full way (which switches it to WAL, a write): same answer."""
    path = tmp_path / "legacy.qcproj"
    new_project(path).close()
    with sqlite3.connect(path, isolation_level=None) as raw:
        raw.execute("PRAGMA journal_mode=DELETE")
    raw.close()
    home = tmp_path / "home"
    home.mkdir()
    said, _loaded = _spawn(str(path), json_out=False, home=home, cwd=tmp_path)
    assert said.status == 0, said.err
    assert said == _full_way(str(path), json_out=False, monkeypatch=monkeypatch, capsys=capsys, cwd=tmp_path)


@pytest.mark.slow
def test_a_project_in_rollback_journal_mode_that_another_program_reads(tmp_path, monkeypatch, capsys):
    """The full way's switch to WAL waits for the reader, then gives up: info says so."""
    path = tmp_path / "legacy.qcproj"
    new_project(path).close()
    with sqlite3.connect(path, isolation_level=None) as raw:
        raw.execute("PRAGMA journal_mode=DELETE")
    raw.close()
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM documents").fetchone()
        line = _assert_same_error(str(path), tmp_path, monkeypatch, capsys, modes=(True,))
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    assert "busy" in line


def test_a_project_without_a_title(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "p"
    folder.mkdir()
    new_project(folder / "untitled.qcproj").close()
    with sqlite3.connect(folder / "untitled.qcproj") as raw:
        raw.execute("DELETE FROM project_meta WHERE key = 'title'")
    raw.close()
    got = _assert_quick_and_same(folder / "untitled.qcproj", tmp_path, monkeypatch, capsys)
    assert got["title"] == ""


def test_a_postgresql_url_goes_the_full_way(tmp_path, monkeypatch, capsys):
    line = _assert_same_error("postgresql://nobody:secret@127.0.0.1:9/nowhere", tmp_path, monkeypatch, capsys)
    assert "secret" not in line


# --- encrypted projects: the full way, password and prompt as before -------------------


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "enc" / "secret.qcproj"
    path.parent.mkdir()
    project = new_project(path, title="Sealed", password=PASSWORD)
    add_document(project, "P01", TEXT)
    project.close()
    return path


def test_an_encrypted_project_with_its_password(encrypted, tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    home.mkdir()
    said, _loaded = _spawn(str(encrypted), json_out=True, home=home, cwd=tmp_path, password=PASSWORD)
    assert said.status == 0, said.err
    expected = _fields_the_full_way(str(encrypted), tmp_path, password=PASSWORD)
    assert list(json.loads(said.out).items()) == list(expected.items())
    assert expected["title"] == "Sealed" and expected["documents"] == 1
    assert said == _full_way(str(encrypted), json_out=True, monkeypatch=monkeypatch, capsys=capsys, cwd=tmp_path,
                             password=PASSWORD)


@pytest.mark.parametrize("password", [None, "wrong"])
def test_an_encrypted_project_without_its_password(encrypted, tmp_path, monkeypatch, capsys, password):
    before = _state(encrypted.parent)
    line = _assert_same_error(str(encrypted), tmp_path, monkeypatch, capsys, password=password)
    assert "password" in line
    assert _state(encrypted.parent) == before


def _in_a_terminal(argv: list[str], env: dict[str, str], answer: str) -> tuple[int, str]:
    """Run ``qualcode ARGV`` on a pseudo-terminal, answering the password prompt."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes qualcode
        os.execve(sys.executable, [sys.executable, "-m", "qualcode", *argv], env)
    output, answered = b"", False
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 1.0)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child exited and closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if not answered and b"Password for" in output:
                os.write(fd, answer.encode() + b"\n")
                answered = True
    finally:
        os.close(fd)
        _pid, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace").replace("\r\n", "\n")


def test_an_encrypted_project_asks_for_its_password_in_a_terminal(encrypted, tmp_path):
    code, shown = _in_a_terminal(["info", str(encrypted), "--json"], _env(tmp_path, None), PASSWORD)
    assert code == 0, shown
    prompt, _, rest = shown.partition("\n")
    assert prompt == f"Password for {encrypted}: "
    expected = _fields_the_full_way(str(encrypted), tmp_path, password=PASSWORD)
    assert list(json.loads(rest.strip()).items()) == list(expected.items())
