"""Encrypted projects (SQLCipher): no transcript text in the file, its -wal or its .bak; a
wrong password is refused in one sentence and changes nothing; import -> code -> export works."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from qualcode.cli.main import main
from qualcode.core.errors import ProjectFileError
from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code, segments_of_document
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import (
    PasswordNeededError,
    WrongProjectPasswordError,
    change_project_password,
    decrypt_project,
    encrypt_project,
    ensure_coder,
    load_project,
    new_project,
)
from qualcode.storage import migrate
from qualcode.storage.engine import APPLICATION_ID, cipher_connect, make_cipher_engine
from qualcode.storage.project_file import _backup

SENTENCE = "Marisol slept under the Harbour Street bridge for nine nights"
TRANSCRIPT = f"Interviewer: Where did you stay?\nP07: {SENTENCE}, then the shelter took me in.\n"
NEEDLES = (SENTENCE.encode(), b"Harbour Street", "Harbour Street".encode("utf-16-le"), b"SQLite format 3")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_no_plaintext(path: Path) -> None:
    data = path.read_bytes()
    assert data, path
    for needle in NEEDLES:
        assert needle not in data, (path.name, needle)


def test_import_code_export_on_an_encrypted_project_leaves_no_text_in_the_file_or_its_wal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("QUALCODE_PASSWORD", "correct horse 'battery'")
    path = tmp_path / "study.qcproj"
    (tmp_path / "p07.txt").write_text(TRANSCRIPT, encoding="utf-8")
    assert main(["new", str(path), "--encrypt"]) == 0
    assert main(["import", str(path), str(tmp_path / "p07.txt")]) == 0
    start = TRANSCRIPT.index(SENTENCE)
    assert main(["code", str(path), "--doc", "1", "--start", str(start), "--end", str(start + len(SENTENCE)),
                 "--code", "Sleeping rough", "--create"]) == 0
    assert main(["export", str(path), "--codebook", str(tmp_path / "r.docx"),
                 "--segments-csv", str(tmp_path / "s.csv")]) == 0
    # the exports are the user's plain output: they hold the coded words
    with open(tmp_path / "s.csv", encoding="utf-8-sig") as fh:
        assert any(SENTENCE in " ".join(row) for row in csv.reader(fh))
    assert SENTENCE in zipfile.ZipFile(tmp_path / "r.docx").read("word/document.xml").decode("utf-8")

    # while the project is open (and after one more edit) the -wal holds the latest pages
    project = load_project(path, password="correct horse 'battery'")
    try:
        add_document(project, "P08", TRANSCRIPT.replace("P07", "P08"))
        wal = Path(f"{path}-wal")
        assert wal.exists() and wal.stat().st_size > 0
        shutil.copy(wal, tmp_path / "copy-of-wal")
        shutil.copy(path, tmp_path / "copy-of-file")
    finally:
        project.close()
    for copy in (tmp_path / "copy-of-wal", tmp_path / "copy-of-file", path):
        _assert_no_plaintext(copy)
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 2


def test_a_wrong_or_missing_password_is_one_sentence_and_the_file_is_unchanged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.qcproj"
    project = new_project(path, password="right")
    add_document(project, "P07", TRANSCRIPT)
    project.close()
    before = _sha(path)
    with pytest.raises(WrongProjectPasswordError, match="wrong password"):
        load_project(path, password="wrong")
    monkeypatch.delenv("QUALCODE_PASSWORD", raising=False)
    with pytest.raises(PasswordNeededError, match="password"):
        load_project(path)
    assert main(["info", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "s.qcproj" in err[0] and "password" in err[0]
    monkeypatch.setenv("QUALCODE_PASSWORD", "wrong")
    assert main(["info", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "wrong password" in err[0]
    assert _sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.qcproj"]  # no -wal, -shm or .bak left


def test_passwd_changes_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.qcproj"
    project = new_project(path, password="old")
    add_document(project, "P07", TRANSCRIPT)
    project.close()
    monkeypatch.setenv("QUALCODE_PASSWORD", "not it")
    monkeypatch.setenv("QUALCODE_NEW_PASSWORD", "new")
    before = _sha(path)
    assert main(["passwd", str(path)]) == 2
    assert _sha(path) == before
    monkeypatch.setenv("QUALCODE_PASSWORD", "old")
    assert main(["passwd", str(path)]) == 0
    with pytest.raises(WrongProjectPasswordError):
        load_project(path, password="old")
    reopened = load_project(path, password="new")
    with reopened.unit_of_work(write=False) as uow:
        assert uow.documents.get(1).text == TRANSCRIPT
    reopened.close()
    _assert_no_plaintext(path)
    with pytest.raises(WrongProjectPasswordError):
        change_project_password(path, "old", "other")


def test_encrypt_and_decrypt_convert_a_working_project(tmp_path: Path) -> None:
    plain = tmp_path / "plain.qcproj"
    project = new_project(plain)
    doc = add_document(project, "P07", TRANSCRIPT).value
    code = add_code(project, "Sleeping rough").value
    start = TRANSCRIPT.index(SENTENCE)
    apply_code(project, doc.id, Span(start, start + len(SENTENCE)), code.id, ensure_coder(project, "a").id)
    project.close()
    encrypt_project(plain, tmp_path / "enc.qcproj", "pw")
    _assert_no_plaintext(tmp_path / "enc.qcproj")
    with pytest.raises(WrongProjectPasswordError):
        decrypt_project(tmp_path / "enc.qcproj", tmp_path / "back.qcproj", "nope")
    assert not (tmp_path / "back.qcproj").exists()
    enc = load_project(tmp_path / "enc.qcproj", password="pw")
    [segment] = segments_of_document(enc, doc.id)
    assert TRANSCRIPT[segment.span.start:segment.span.end] == SENTENCE
    apply_code(enc, doc.id, Span(0, 11), code.id, ensure_coder(enc, "b").id)  # it is a working project
    enc.close()
    decrypt_project(tmp_path / "enc.qcproj", tmp_path / "back.qcproj", "pw")
    assert SENTENCE.encode() in (tmp_path / "back.qcproj").read_bytes()
    back = load_project(tmp_path / "back.qcproj")
    assert len(segments_of_document(back, doc.id)) == 2
    back.close()
    with pytest.raises(ProjectFileError, match="already exists"):
        encrypt_project(plain, tmp_path / "back.qcproj", "pw")


def test_the_bak_of_an_encrypted_project_is_encrypted(tmp_path: Path) -> None:
    # an encrypted project at the first schema: opening upgrades it after a .bak copy
    old = tmp_path / "old.qcproj"
    raw = cipher_connect(str(old), "pw")
    raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
    raw.commit()
    raw.close()
    engine = make_cipher_engine(old, "pw")
    migrate.upgrade(engine, "0001")
    engine.dispose()
    load_project(old, password="pw").close()
    bak = tmp_path / "old.qcproj.bak"
    _assert_no_plaintext(bak)
    check = cipher_connect(str(bak), "pw")
    assert check.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    check.close()
    # and a .bak of a project holding a transcript: no text in its bytes, the text when keyed
    path = tmp_path / "s.qcproj"
    project = new_project(path, password="pw")
    add_document(project, "P07", TRANSCRIPT)
    project.close()
    _backup(path, tmp_path / "s.qcproj.bak", "pw")
    _assert_no_plaintext(tmp_path / "s.qcproj.bak")
    check = cipher_connect(str(tmp_path / "s.qcproj.bak"), "pw")
    assert SENTENCE in check.execute("SELECT text FROM documents").fetchone()[0]
    check.close()


def test_an_encrypted_project_cannot_be_a_database_server(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="server's job"):
        new_project("postgresql://localhost/nothing", password="pw")


def test_an_encrypted_project_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "s.qcproj"
    project = new_project(path, password="pw")
    add_document(project, "P07", TRANSCRIPT)
    project.close()
    before = _sha(path)
    reader = load_project(path, read_only=True, password="pw")
    try:
        assert reader.read_only
        with reader.unit_of_work(write=False) as uow:
            assert uow.documents.get(1).text == TRANSCRIPT
    finally:
        reader.close()
    assert _sha(path) == before


def test_a_killed_session_leaves_no_text_in_its_leftovers_and_keeps_the_coding(tmp_path: Path) -> None:
    path = tmp_path / "crash.qcproj"
    script = textwrap.dedent(
        f"""
        import sys
        from qualcode.core.span import Span
        from qualcode.services.projects import new_project, ensure_coder
        from qualcode.services.corpus.documents import add_document
        from qualcode.services.codebook.codes import add_code
        from qualcode.services.coding.segments import apply_code
        p = new_project({str(path)!r}, password="pw")
        doc = add_document(p, "P07", {TRANSCRIPT!r}).value
        code = add_code(p, "Sleeping rough").value
        apply_code(p, doc.id, Span(0, 11), code.id, ensure_coder(p, "A").id)
        print("applied", flush=True)
        sys.stdin.readline()  # killed here: connection open, WAL not checkpointed
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True, cwd=Path(__file__).parents[2])
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "applied"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    leftovers = sorted(p for p in tmp_path.iterdir() if p.name.startswith("crash.qcproj"))
    assert Path(f"{path}-wal") in leftovers
    for leftover in leftovers:
        if leftover.stat().st_size:
            _assert_no_plaintext(leftover)
    reopened = load_project(path, password="pw")
    assert len(segments_of_document(reopened, 1)) == 1
    reopened.close()


@pytest.mark.parametrize("password", ['a"b\'c\\d', "ü 🔑 ;-- x'00'", "  "])
def test_any_password_text_is_a_key_not_sql(tmp_path: Path, password: str) -> None:
    path = tmp_path / "s.qcproj"
    project = new_project(path, password=password)
    add_document(project, "P07", TRANSCRIPT)
    project.close()
    with pytest.raises(WrongProjectPasswordError):
        load_project(path, password=password + "x")
    change_project_password(path, password, password + '"')
    decrypt_project(path, tmp_path / "plain.qcproj", password + '"')
    plain = load_project(tmp_path / "plain.qcproj")
    with plain.unit_of_work(write=False) as uow:
        assert uow.documents.get(1).text == TRANSCRIPT
    plain.close()
