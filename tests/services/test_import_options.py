"""Import options from the user's side: a forced encoding, skip-bad past a reader's own failure, survey warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.core.errors import InputFileError, ValidationError
from qualcode.services.corpus.importing import import_transcripts
from qualcode.services.corpus.surveys import import_survey
from tests.hostile.make_hostile_files import RUSSIAN
from tests.table_dump import dump_tables


def test_forced_encoding_is_used_for_every_text_file(project, tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes(RUSSIAN.encode("koi8-r"))
    [row] = import_transcripts(project, [path], encoding="koi8-r").value
    assert row.encoding == "koi8-r" and row.error is None
    with project.unit_of_work() as uow:
        assert uow.documents.get(row.document_id).text == RUSSIAN


def test_unknown_encoding_is_refused_before_any_file_is_read(project, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("P1: hi\n", encoding="utf-8")
    before = dump_tables(project.location)
    with pytest.raises(ValidationError, match="klingon"):
        import_transcripts(project, [path], encoding="klingon")
    assert dump_tables(project.location) == before


@pytest.fixture
def broken_rtf_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    from qualcode.io.transcripts import rtf_reader

    def broken(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("a bug in the RTF library")

    monkeypatch.setattr(rtf_reader, "rtf_to_text", broken)


def _files(tmp_path: Path) -> list[Path]:
    bad = tmp_path / "odd.rtf"
    bad.write_bytes(rb"{\rtf1 I: hi}")
    good = tmp_path / "good.txt"
    good.write_text("Interviewer: hi\nP1: fine\n", encoding="utf-8")
    return [bad, good]


@pytest.mark.usefixtures("broken_rtf_reader")
def test_skip_bad_skips_a_file_whose_reader_fails_unexpectedly(project, tmp_path: Path) -> None:
    report = import_transcripts(project, _files(tmp_path), skip_bad=True).value
    assert report[0].document_id is None and "odd.rtf" in (report[0].error or "")
    assert report[1].document_id is not None and report[1].error is None


@pytest.mark.usefixtures("broken_rtf_reader")
def test_without_skip_bad_the_failure_names_the_file_and_nothing_is_stored(project, tmp_path: Path) -> None:
    before = dump_tables(project.location)
    with pytest.raises(InputFileError) as info:
        import_transcripts(project, _files(tmp_path))
    assert info.value.path == "odd.rtf"
    assert dump_tables(project.location) == before


def test_survey_near_duplicate_ids_are_a_warning_naming_the_rows(project, tmp_path: Path) -> None:
    path = tmp_path / "ids.csv"
    path.write_text("id,age\nP01,31\np01,42\n P01 ,53\nP02,28\n", encoding="utf-8")
    result = import_survey(project, path, "id").value
    assert result.rows == 4
    assert any("rows 2, 3, 4" in w for w in result.warnings)


def test_survey_encoding_is_passed_to_the_reader(project, tmp_path: Path) -> None:
    path = tmp_path / "ru.csv"
    path.write_bytes("id,город\nP1,Москва\nP2,Казань\n".encode("koi8-r"))
    result = import_survey(project, path, "id", encoding="koi8-r").value
    assert [v.name for v in result.variables] == ["id", "город"]
