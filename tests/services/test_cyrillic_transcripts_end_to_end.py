"""Issue 19 acceptance: a Cyrillic transcript (Russian with Uzbek Latin and Cyrillic, Cyrillic
speaker labels) saved as UTF-8, UTF-16 LE without BOM, cp1251 and koi8-r imports with its
speakers through ``qualcode import``, searches case-insensitively, is coded through
``qualcode code`` and exported to Word with Russian labels (``qualcode export --language``).

The files are under tests/data/cyrillic (written for these tests, see its README); the
expected texts are the UTF-8 files, read here with Python's own codec.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from qualcode.cli.main import main
from qualcode.services.coding.search import search_project
from qualcode.services.projects import load_project

DATA = Path(__file__).parents[1] / "data" / "cyrillic"
MIXED = (DATA / "interview_mixed.txt").read_text(encoding="utf-8")
RUSSIAN = (DATA / "interview_ru.txt").read_text(encoding="utf-8")
FILES = {  # file -> (expected encoding reported, expected text)
    "interview_mixed.txt": ("utf-8", MIXED),
    "interview_mixed_utf16le_nobom.txt": ("utf-16-le", MIXED),
    "interview_ru_cp1251.txt": ("cp1251", RUSSIAN),
    "interview_ru_koi8r.txt": ("koi8_r", RUSSIAN.replace("«", '"').replace("»", '"').replace("—", "-")),
}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> object:
    status = main(argv + ["--json"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return json.loads(captured.out)


@pytest.fixture
def imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, list[dict[str, object]]]:
    project = tmp_path / "uz_study.qcproj"
    _run(["new", str(project), "--language", "ru"], capsys)
    rows = _run(["import", str(project), *(str(DATA / name) for name in FILES)], capsys)
    assert isinstance(rows, list)
    return project, rows


def test_every_encoding_imports_with_its_cyrillic_speakers(imported):
    _project, rows = imported
    assert [Path(str(r["file"])).name for r in rows] == list(FILES)
    for row in rows:
        encoding, _text = FILES[Path(str(row["file"])).name]
        assert row["error"] is None
        assert row["encoding"] == encoding
        assert row["speakers"] == [{"speaker": "Интервьюер", "turns": 20}, {"speaker": "Респондент", "turns": 20}]
        assert row["interviewers"] == ["Интервьюер"]


def test_the_stored_text_is_the_transcript_and_its_language_is_russian(imported):
    path, rows = imported
    project = load_project(path)
    try:
        with project.unit_of_work() as uow:
            for row in rows:
                doc = uow.documents.get(int(row["document_id"]))  # type: ignore[arg-type]
                _encoding, expected = FILES[Path(str(row["file"])).name]
                assert doc.text == expected  # CRLF read as LF, nothing else changed
                assert doc.language == "ru"
                first = uow.documents.turns(doc.id)[0]
                assert doc.text[first.span.start:first.span.end].startswith("Здравствуйте!")
    finally:
        project.close()


def test_search_is_case_insensitive_in_cyrillic_and_apostrophe_tolerant_in_uzbek(imported):
    path, rows = imported
    project = load_project(path)
    try:
        mixed_id = int(rows[0]["document_id"])  # type: ignore[arg-type]
        hits = search_project(project, "ПОМОЩЬ", document_ids=[mixed_id])
        # the mixed transcript has "помощь" (turn 5), "Помощь" (turn 8), "ПОМОЩЬ" (turn 26), and
        # "помощи" twice, which plain search does not find ("помощь" is not inside it)
        assert sorted(h.match for h in hits) == sorted(["помощь", "Помощь", "ПОМОЩЬ"])
        text = MIXED
        for hit in hits:
            assert text[hit.span.start:hit.span.end] == hit.match
        uzbek = search_project(project, "oʻzbek", document_ids=[mixed_id])
        assert sorted(h.match for h in uzbek) == sorted(
            ["oʻzbek", "Oʻzbek", "o'zbek", "o\u2018zbek", "o`zbek", "oʼzbek", "o\u2019zbek"])
        lemma = search_project(project, "помощь", mode="lemma", document_ids=[mixed_id])
        assert "помощи" in {h.match for h in lemma}  # Russian lookup lemmas: the document is Russian
        # every file found it: UTF-16 and the legacy code pages decoded right
        per_doc = {h.document_id for h in search_project(project, "пОмОщЬ")}
        assert per_doc == {int(r["document_id"]) for r in rows}  # type: ignore[arg-type]
    finally:
        project.close()


def test_code_then_export_word_with_cyrillic_text_and_russian_labels(imported, tmp_path, capsys):
    path, rows = imported
    doc_id = int(rows[2]["document_id"])  # type: ignore[arg-type]  # the cp1251 file
    quote = "Помощь пришла, но поздно."
    start = RUSSIAN.index(quote)
    coded = _run(["code", str(path), "--doc", str(doc_id), "--start", str(start), "--end", str(start + len(quote)),
                  "--code", "Помощь махалли", "--create", "--coder", "Дильноза"], capsys)
    assert coded["text"] == quote  # type: ignore[index]
    assert coded["speaker"] == "Респондент"  # type: ignore[index]
    out = tmp_path / "codebook.docx"
    _run(["export", str(path), "--codebook", str(out)], capsys)  # the project's language: ru
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    for expected in ("Помощь махалли", quote, "Дильноза", "Кодовая книга", "Определение", "Критерии включения",
                     "Примеры из данных", "Таблица П1", "говорящий Респондент", "1 фрагмент",
                     f"\u00ab{quote}\u00bb"):  # Russian quotation marks
        assert expected in xml, expected
    assert "Inclusion criteria" not in xml and "Examples from the data" not in xml
    english = tmp_path / "codebook_en.docx"
    _run(["export", str(path), "--codebook", str(english), "--language", "en"], capsys)
    with zipfile.ZipFile(english) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "Inclusion criteria" in xml and quote in xml and "Критерии включения" not in xml
