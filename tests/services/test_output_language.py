"""The project's output language: the setting, Word documents and result tables in Russian and
Uzbek (labels read back with python-docx), decimal commas; Russian/Uzbek speaker roles in the
import proposal; lemma search in each document's own language."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from qualcode.core.document import DocumentKind
from qualcode.core.errors import ValidationError
from qualcode.services.coding.search import lemma_support, search_project
from qualcode.services.corpus.importing import import_transcripts, preview_transcripts
from qualcode.services.corpus.proposals import ImportOverrides, plan_cases, plan_interviewers, propose_plan
from qualcode.services.export import export_codebook_docx, export_report_docx
from qualcode.services.mixed.analysis import export_result_table_docx
from qualcode.services.output_language import output_settings, set_project_language
from tests.services.theme_project import build

DATA = Path(__file__).parents[1] / "data" / "cyrillic"


def test_setting_defaults_to_english_and_a_decimal_point(project):
    settings = output_settings(project)
    assert (settings.language, settings.decimal_comma, settings.decimal_default) == ("en", False, True)


def test_russian_defaults_to_a_decimal_comma_which_the_project_may_override(project):
    set_project_language(project, "ru")
    assert (output_settings(project).language, output_settings(project).decimal_comma) == ("ru", True)
    set_project_language(project, "ru", decimal_comma=False)
    assert (output_settings(project).decimal_comma, output_settings(project).decimal_default) == (False, False)
    set_project_language(project, "uz")  # no override given: back to the language's convention
    assert (output_settings(project).language, output_settings(project).decimal_comma) == ("uz", True)


def test_unknown_language_is_refused_and_nothing_changes(project):
    set_project_language(project, "ru")
    with pytest.raises(ValidationError, match="'de'"):
        set_project_language(project, "de")
    assert output_settings(project).language == "ru"


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def _table_rows(path: Path, index: int = 0) -> list[list[str]]:
    table = docx.Document(str(path)).tables[index]
    return [[c.text for c in row.cells] for row in table.rows]


def test_thematic_report_in_the_projects_language(project, coder, tmp_path):
    build(project, coder.id)
    set_project_language(project, "ru")
    out = tmp_path / "report.docx"
    export_report_docx(project, out)
    text = "\n".join(_paragraphs(out))
    for label in ("Тематический отчёт", "Обзор тем", "Распространённость тем по случаям", "Определение.",
                  "Распространённость.", "Таблица 1"):
        assert label in text, label
    assert "Thematic report" not in text and "Prevalence." not in text
    header = _table_rows(out)[0]
    assert header == ["Тема", "Статус", "Случаи", "%", "Фрагменты", "Документы"]
    # "Встречается в 2 из 3 случаев (67 %); 2 закодированных фрагмента в 1 документе." - the forms
    # after "из" and "в" are the genitive and prepositional, checked by hand for the numbers found
    sentences = re.findall(r"Встречается в (\d+) из (\d+) (\w+) \(\d+ %\); (\d+) (\w+ \w+) в (\d+) (\w+)\.", text)
    assert sentences
    genitive = {1: "случая", 2: "случаев", 3: "случаев", 4: "случаев", 5: "случаев"}
    coded = {1: "закодированный фрагмент", 2: "закодированных фрагмента", 3: "закодированных фрагмента",
             4: "закодированных фрагмента", 5: "закодированных фрагментов", 6: "закодированных фрагментов"}
    prepositional = {1: "документе", 2: "документах", 3: "документах"}
    for _cases, total, of_word, segments, seg_words, documents, in_word in sentences:
        assert of_word == genitive[int(total)]
        assert seg_words == coded[int(segments)]
        assert in_word == prepositional[int(documents)]


def test_explicit_language_wins_over_the_setting(project, coder, tmp_path):
    build(project, coder.id)
    set_project_language(project, "ru")
    out = tmp_path / "codebook_uz.docx"
    export_codebook_docx(project, out, language="uz")
    text = "\n".join(_paragraphs(out))
    assert "Kodlar kitobi" in text and "Ilova: kodlar chastotasi" in text and "Maʼlumotlardan misollar" in text
    assert "Кодовая книга" not in text and "Codebook" not in text
    first_code = _table_rows(out)[0]
    assert first_code[0] == "Taʼrif"
    with pytest.raises(ValidationError):
        export_codebook_docx(project, tmp_path / "x.docx", language="fr")
    assert not (tmp_path / "x.docx").exists()


HEADER = ["Term", "b", "SE", "95% CI", "p"]
ROWS = [["(Intercept)", "1.25", "0.40", "[0.46, 2.04]", ".002"], ["age.years", "-0.03", "0.01", "[-.05, -.01]", "< .001"]]


def test_result_table_in_russian_with_decimal_commas(project, tmp_path):
    set_project_language(project, "ru")
    out = export_result_table_docx(tmp_path / "t.docx", "Linear regression: score (n = 121)", HEADER, ROWS,
                                   "R² = .34, F(2, 118) = 4.51", ["CI = confidence interval."], project=project)
    minus = "\u2212"  # the minus sign: a line never breaks after it
    assert _table_rows(out) == [
        ["Предиктор", "b", "SE", "95% ДИ", "p"],
        ["(Константа)", "1,25", "0,40", "[0,46; 2,04]", "0,002"],
        # the variable's own name is left alone
        ["age.years", f"{minus}0,03", "0,01", f"[{minus}0,05; {minus}0,01]", "< 0,001"],
    ]
    paragraphs = _paragraphs(out)
    assert "R² = 0,34, F(2, 118) = 4,51" in paragraphs
    assert "Примечание. CI = confidence interval." in paragraphs


def test_result_table_without_a_project_stays_english_apa(tmp_path):
    out = export_result_table_docx(tmp_path / "t.docx", "Linear regression", HEADER, ROWS, "", ["x."])
    assert _table_rows(out) == [HEADER, *ROWS]
    uz = export_result_table_docx(tmp_path / "u.docx", "Linear regression", HEADER, ROWS, "", [], language="uz",
                                  decimal_comma=False)
    assert _table_rows(uz)[0] == ["Oʻzgaruvchi", "b", "SX", "95% IO", "p"]
    assert _table_rows(uz)[1][1] == "1.25"


def _plan(tmp_path: Path, text: str, kind: DocumentKind = DocumentKind.INTERVIEW):
    path = tmp_path / "P07.txt"
    path.write_text(text, encoding="utf-8")
    [(_, parsed)] = preview_transcripts([path])
    return propose_plan(path, parsed, kind, ImportOverrides())


@pytest.mark.parametrize(("interviewer", "participant", "case"), [
    ("Интервьюер", "Респондент", "P07"),
    ("И", "Р", "P07"),
    ("Модератор", "Участница 2", "P07"),
    ("Intervyuer", "Suhbatdosh", "P07"),
    ("Интервьюер", "Суҳбатдош", "P07"),
    ("Tadqiqotchi", "Dilnoza", "Dilnoza"),
    ("Интервьюер", "Гульнара", "Гульнара"),
])
def test_russian_and_uzbek_roles_in_the_proposal(tmp_path, interviewer, participant, case):
    # the participant asks the questions here: the label, not the question count, decides
    plan = _plan(tmp_path, f"{interviewer}: Расскажите.\n{participant}: Что? Почему? Зачем?\n")
    assert plan_interviewers(plan) == [interviewer]
    assert plan_cases(plan) == [case]


def test_lemma_support_is_stated_per_language():
    assert lemma_support("ru") == "lemmas (lookup tables)"
    assert lemma_support("en") == "lemmas (lookup tables)"
    assert lemma_support("uz") == "plain words"


def test_lemma_search_uses_each_documents_language(project):
    [ru, uz] = import_transcripts(project, [DATA / "interview_ru.txt", DATA / "interview_uz_latin.txt"],
                                  workers=1).value
    with project.unit_of_work() as uow:
        assert uow.documents.languages() == {ru.document_id: "ru", uz.document_id: "uz"}
    found = {h.match for h in search_project(project, "помощь", mode="lemma")}
    # interview_ru.txt has помощь (turns 5, 22), Помощь (8, 24), помощи (11), ПОМОЩЬ (30)
    assert found == {"помощь", "Помощь", "помощи", "ПОМОЩЬ"}
    # English tables do not know Russian: only the word as typed
    assert {h.match.casefold() for h in search_project(project, "помощь", mode="lemma", language="en")} == {"помощь"}
    # Uzbek has plain words, and the apostrophe variants are one letter for them
    assert {h.match for h in search_project(project, "soʻrang", mode="lemma")} == {"soʻrang"}
    assert {h.match for h in search_project(project, "so'rang", mode="lemma")} == {"soʻrang"}


def test_document_name_filter_folds_case_and_uzbek_apostrophes(project):
    from qualcode.services.corpus.document_filters import document_entries, filter_documents
    from qualcode.services.corpus.documents import add_document

    names = ["Oʻzbek ayol P07", "O'ZBEK erkak P08", "Интервью Гульнара", "Other"]
    for name in names:
        add_document(project, name, "Text.")
    entries = document_entries(project)
    assert sorted(e.name for e in filter_documents(entries, name_contains="o‘zbek")) == sorted(names[:2])
    assert [e.name for e in filter_documents(entries, name_contains="ИНТЕРВЬЮ")] == [names[2]]


def test_document_language_can_be_corrected_and_support_is_stated(project):
    from qualcode.core.errors import NotFoundError
    from qualcode.services.corpus.document_language import (
        document_languages,
        lemma_support_by_language,
        set_document_language,
    )
    from qualcode.services.corpus.documents import add_document

    doc = add_document(project, "Kazakh notes", "Қазақ тілінде жазылған жазбалар.", language="uz").value
    assert document_languages(project) == {doc.id: "uz"}
    assert lemma_support_by_language(project) == {"uz": "plain words"}
    set_document_language(project, doc.id, "RU")
    assert document_languages(project) == {doc.id: "ru"}
    assert lemma_support_by_language(project) == {"ru": "lemmas (lookup tables)"}
    with pytest.raises(ValidationError, match="Russian"):
        set_document_language(project, doc.id, "Russian")
    with pytest.raises(NotFoundError):
        set_document_language(project, 999, "ru")
    assert document_languages(project) == {doc.id: "ru"}
