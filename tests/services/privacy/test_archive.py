"""Encrypted copies: no transcript text in the bytes, a wrong password writes nothing, a
decrypted copy is the same project."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.cli.main import main
from qualcode.core.errors import QualCodeError
from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code, segments_of_document
from qualcode.services.corpus.documents import add_document
from qualcode.services.privacy import WrongPasswordError
from qualcode.services.privacy.archive import decrypt_project_copy, encrypt_project_copy
from qualcode.services.projects import ensure_coder, load_project, new_project

TEXT = "Interviewer: Where did you sleep?\nP07: In the shelter on Green Park Road, with Oksana.\n" * 50


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.qcproj"
    project = new_project(path)
    doc = add_document(project, "Interview 1", TEXT).value
    code = add_code(project, "Shelter").value
    apply_code(project, doc.id, Span(34, 60), code.id, ensure_coder(project, "c").id)
    # left open, with its -wal: the copy must still hold everything
    yield path
    project.close()


def test_the_encrypted_copy_holds_no_text_and_decrypts_to_the_same_project(study: Path, tmp_path: Path) -> None:
    encrypt_project_copy(study, tmp_path / "study.qcenc", "correct horse")
    data = (tmp_path / "study.qcenc").read_bytes()
    for needle in (b"Green Park Road", b"Oksana", b"Shelter", b"SQLite format"):
        assert needle not in data
    decrypt_project_copy(tmp_path / "study.qcenc", tmp_path / "back.qcproj", "correct horse")
    back = load_project(tmp_path / "back.qcproj")
    try:
        with back.unit_of_work() as uow:
            assert uow.documents.get(1).text == TEXT
        [seg] = segments_of_document(back, 1)
        assert TEXT[seg.span.start:seg.span.end] == TEXT[34:60]
    finally:
        back.close()


def test_a_wrong_password_or_an_altered_file_writes_nothing(study: Path, tmp_path: Path) -> None:
    encrypt_project_copy(study, tmp_path / "s.qcenc", "correct horse")
    with pytest.raises(WrongPasswordError, match="s.qcenc"):
        decrypt_project_copy(tmp_path / "s.qcenc", tmp_path / "back.qcproj", "wrong")
    data = bytearray((tmp_path / "s.qcenc").read_bytes())
    data[100] ^= 1
    (tmp_path / "altered.qcenc").write_bytes(bytes(data))
    with pytest.raises(WrongPasswordError):
        decrypt_project_copy(tmp_path / "altered.qcenc", tmp_path / "back.qcproj", "correct horse")
    assert not (tmp_path / "back.qcproj").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if "back" in p.name) == []


def test_existing_targets_and_non_projects_are_refused(study: Path, tmp_path: Path) -> None:
    (tmp_path / "taken.qcenc").write_bytes(b"mine")
    with pytest.raises(QualCodeError, match="already exists"):
        encrypt_project_copy(study, tmp_path / "taken.qcenc", "pw")
    assert (tmp_path / "taken.qcenc").read_bytes() == b"mine"
    with pytest.raises(QualCodeError, match="not an encrypted QualCode copy"):
        decrypt_project_copy(tmp_path / "taken.qcenc", tmp_path / "x.qcproj", "pw")


def test_cli_round_trip_with_the_password_from_the_environment(study: Path, tmp_path: Path, monkeypatch,
                                                                capsys) -> None:
    monkeypatch.setenv("QUALCODE_PASSWORD", "s3cret")
    assert main(["encrypt", str(study), str(tmp_path / "c.qcenc")]) == 0
    monkeypatch.setenv("QUALCODE_PASSWORD", "wrong")
    assert main(["decrypt", str(tmp_path / "c.qcenc"), str(tmp_path / "w.qcproj")]) == 2
    assert "wrong password" in capsys.readouterr().err
    monkeypatch.setenv("QUALCODE_PASSWORD", "s3cret")
    assert main(["decrypt", str(tmp_path / "c.qcenc"), str(tmp_path / "w.qcproj"), "--json"]) == 0
