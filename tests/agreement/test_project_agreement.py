"""Agreement between a project's coders on characters, sentences, turns and documents.

Expected values are worked by hand from the 2 x 2 tables (comments), not taken from the code.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualcode.cli.main import main
from qualcode.core.document import Turn
from qualcode.core.errors import QualCodeError
from qualcode.core.span import Span
from qualcode.services.coding.retrieval import find_code_by_path
from qualcode.services.coding.segments import apply_named_code
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import new_project
from qualcode.services.team.agreement import project_agreement

TEXT = "One. Two. Three. Four."  # sentences at 0-4, 5-9, 10-16, 17-22


def _code(project, coder: str, start: int, end: int, name: str = "Stress", doc: int = 1) -> None:
    apply_named_code(project, doc, Span(start, end), find_code_by_path(project, name), name, coder)


@pytest.fixture
def project(tmp_path: Path):
    proj = new_project(tmp_path / "team.qcproj")
    add_document(proj, "D1", TEXT)
    _code(proj, "Ana", 0, 9)      # A: sentences 1, 2
    _code(proj, "Ben", 0, 4)      # B: sentences 1, 3
    _code(proj, "Ben", 10, 16)
    yield proj
    proj.close()


def _value(table, statistic: str, code: str = "Stress") -> float:
    return next(r.result.value for r in table.rows if r.code == code and r.result.statistic == statistic)


def test_sentence_units_with_and_without_uncoded_text(project):
    # with: A 1100, B 1010 -> p_o = .5, p_e = .5 -> kappa 0
    table = project_agreement(project, ["Ana", "Ben"], unit="sentence")
    assert _value(table, "percent") == pytest.approx(0.5)
    assert _value(table, "cohen") == pytest.approx(0.0)
    # without sentence 4 (nobody coded it): A 110, B 101 -> p_o 1/3, p_e 5/9 -> kappa -0.5
    table = project_agreement(project, ["Ana", "Ben"], unit="sentence", include_uncoded=False)
    assert _value(table, "percent") == pytest.approx(1 / 3)
    assert _value(table, "cohen") == pytest.approx(-0.5)
    assert next(r.result.n_units for r in table.rows) == 3


def test_character_units(project):
    # both 4 chars, A only 5, B only 6, neither 7 (of 22): p_o = 11/22, p_e = (9*10 + 13*12) / 22^2
    table = project_agreement(project, ["Ana", "Ben"], unit="character", statistics=["percent", "cohen"])
    assert _value(table, "percent") == pytest.approx(0.5)
    assert _value(table, "cohen") == pytest.approx((242 - 246) / (484 - 246))
    assert next(r.result.n_units for r in table.rows) == 22


def test_document_and_turn_units(tmp_path):
    proj = new_project(tmp_path / "t.qcproj")
    text = "I: How was it?\nP: Fine.\nI: And then?\nP: Hard."
    turns = tuple(Turn(s, Span(a, b)) for s, a, b in [("I", 0, 14), ("P", 15, 23), ("I", 24, 36), ("P", 37, 44)])
    add_document(proj, "D1", text, turns=turns)
    _code(proj, "Ana", 18, 23)
    _code(proj, "Ben", 40, 44)
    try:
        turn_table = project_agreement(proj, ["Ana", "Ben"], unit="turn", statistics=["percent"])
        # turns: A 0100, B 0001 -> 2 of 4 agree
        assert _value(turn_table, "percent") == pytest.approx(0.5)
        doc_table = project_agreement(proj, ["Ana", "Ben"], unit="document", statistics=["percent"])
        assert _value(doc_table, "percent") == pytest.approx(1.0)
    finally:
        proj.close()


def test_a_document_a_coder_never_touched_is_missing_not_zero(project):
    add_document(project, "D2", "Five. Six.")
    _code(project, "Ana", 0, 5, doc=2)  # Ben coded nothing in D2: its units are not pairable
    table = project_agreement(project, ["Ana", "Ben"], unit="sentence", statistics=["percent"])
    assert _value(table, "percent") == pytest.approx(0.5)


def test_per_code_and_overall_rows(project):
    _code(project, "Ana", 17, 22, name="Hope")
    _code(project, "Ben", 17, 22, name="Hope")
    table = project_agreement(project, ["Ana", "Ben"], unit="sentence", statistics=["percent"])
    assert {r.code for r in table.rows} == {"Stress", "Hope", "(all codes)"}
    assert _value(table, "percent", "Hope") == 1.0
    # pooled: 8 (code, sentence) pairs, Stress agrees on 2 of 4, Hope on 4 of 4
    assert _value(table, "percent", "(all codes)") == pytest.approx(6 / 8)


def test_three_coders_default_statistics(project):
    _code(project, "Cleo", 0, 4)
    table = project_agreement(project, ["Ana", "Ben", "Cleo"], unit="sentence")
    assert {r.result.statistic for r in table.rows} == {"percent", "fleiss", "gwet", "krippendorff"}
    assert all(r.result.n_coders == 3 for r in table.rows)


@pytest.mark.parametrize(("coders", "message"), [
    (["Ana"], "at least two coders"),
    (["Ana", "Zoe"], "no coder 'Zoe'"),
    (["Ana", "Ana"], "named twice"),
])
def test_bad_coders(project, coders, message):
    with pytest.raises(QualCodeError, match=message):
        project_agreement(project, coders)


def test_cli_project_json_and_exports(project, tmp_path, capsys):
    path = project.location
    project.close()
    out_csv, out_docx = tmp_path / "a.csv", tmp_path / "a.docx"
    status = main(["agreement", path, "--coders", "Ana,Ben", "--unit", "sentence", "--code", "Stress",
                   "--statistic", "cohen", "--json", "--csv", str(out_csv), "--docx", str(out_docx)])
    assert status == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["unit"] == "sentence" and payload["coders"] == ["Ana", "Ben"]
    assert [(r["code"], r["statistic"], r["value"]) for r in payload["rows"]] == [("Stress", "cohen", 0.0)]
    assert out_csv.read_text(encoding="utf-8-sig").splitlines()[0] == "code,statistic,value,ci_low,ci_high,n_units,n_coders"
    import docx

    cells = [c.text for t in docx.Document(str(out_docx)).tables for row in t.rows for c in row.cells]
    assert "Cohen's kappa" in cells and "Stress" in cells


def test_cli_docx_follows_the_projects_output_language(project, tmp_path, capsys):
    from qualcode.services.output_language import set_project_language

    set_project_language(project, "ru")
    path = project.location
    project.close()
    out_docx = tmp_path / "a.docx"
    assert main(["agreement", path, "--coders", "Ana,Ben", "--unit", "sentence", "--code", "Stress",
                 "--statistic", "cohen", "--docx", str(out_docx)]) == 0
    import docx

    document = docx.Document(str(out_docx))
    cells = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert cells[0] == ["Код", "Статистика", "Значение", "95% ДИ", "Единицы"]
    assert cells[1][:3] == ["Stress", "κ Коэна", "0,000"]  # Cohen's kappa 0 (see above), decimal comma
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Согласованность кодировщиков: Ana, Ben (единицы: предложения)" in text
    assert "Примечание. Единицы: предложения;" in text
