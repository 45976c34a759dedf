"""Quantitized themes per case, joined to the survey on the case key, unmatched keys reported."""

from __future__ import annotations

import math

import pytest

from qualcode.core.document import DocumentKind
from qualcode.core.span import Span
from qualcode.core.theme import Theme
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code, remove_codings
from qualcode.services.corpus.documents import get_document
from qualcode.services.corpus.importing import import_transcripts
from qualcode.services.mixed.linking import build_case_table
from qualcode.services.corpus.surveys import import_survey

FOCUS = (
    "[00:00:05] Moderator: Welcome all.\n"
    "[00:00:09] Amina: The shelter felt like a prison.\n"      # 6 words
    "[00:00:15] Lan: For me the peer group helped.\n"           # 6 words
    "[00:00:21] Amina: Yes, the peers.\n"                       # 3 words
)
INTERVIEW = "Interviewer: Tell me.\nRosa: The lawyer gave me my rights back at last.\n"  # Rosa: 9 words


@pytest.fixture
def study(project, coder, tmp_path):
    (tmp_path / "FG1.txt").write_text(FOCUS)
    (tmp_path / "Rosa.txt").write_text(INTERVIEW)
    fg = import_transcripts(project, [tmp_path / "FG1.txt"], kind=DocumentKind.FOCUS_GROUP).value[0]
    iv = import_transcripts(project, [tmp_path / "Rosa.txt"], case_from_filename=True).value[0]
    peer = add_code(project, "Peer support").value
    legal = add_code(project, "Legal aid").value
    fg_text = get_document(project, fg.document_id).text
    iv_text = get_document(project, iv.document_id).text

    def code(doc_id, text, words, code_id):
        start = text.index(words)
        return apply_code(project, doc_id, Span(start, start + len(words)), code_id, coder.id).value

    code(fg.document_id, fg_text, "the peer group", peer.id)          # Lan: 3 of 6 words
    code(fg.document_id, fg_text, "Yes, the peers", peer.id)          # Amina: 3 of 9 words
    seg = code(iv.document_id, iv_text, "gave me my rights", legal.id)  # Rosa: 4 of 9 words
    with project.unit_of_work() as uow:
        uow.themes.add(Theme(0, "Belonging and rights", code_ids=(peer.id, legal.id)))
    (tmp_path / "survey.csv").write_text("pid,PWB,LA\nAmina,0.5,0\nLan,1.5,1\nRosa,2.0,1\nZoe,0.1,0\n")
    import_survey(project, tmp_path / "survey.csv", "pid")
    return {"legal_segment": seg}


def _row(table, key):
    return table.frame.set_index("case").loc[key]


def test_presence_count_and_coverage_per_participant(project, study):
    table = build_case_table(project)
    amina, lan, rosa = _row(table, "Amina"), _row(table, "Lan"), _row(table, "Rosa")
    assert (amina["words"], lan["words"], rosa["words"]) == (9, 6, 9)
    assert (amina["code_peer_support_any"], lan["code_peer_support_any"], rosa["code_peer_support_any"]) == (1, 1, 0)
    assert amina["code_peer_support_cov"] == pytest.approx(100 * 3 / 9)
    assert lan["code_peer_support_cov"] == pytest.approx(50.0)
    assert rosa["code_legal_aid_cov"] == pytest.approx(100 * 4 / 9)
    assert rosa["theme_belonging_and_rights_n"] == 1 and amina["theme_belonging_and_rights_any"] == 1
    assert table.types["theme_belonging_and_rights_any"] == "binary"
    assert table.types["PWB"] == "continuous"


def test_unmatched_keys_are_reported_and_not_interviewed_stay_missing(project, study):
    table = build_case_table(project)
    assert table.summary.matched == ("Amina", "Lan", "Rosa")
    assert table.summary.rows_without_case == ("Zoe",)
    zoe = _row(table, "Zoe")
    assert zoe["PWB"] == pytest.approx(0.1)
    assert math.isnan(zoe["code_peer_support_any"])  # not interviewed is not "absent"
    assert "Moderator" not in set(table.frame["case"])


def test_changing_one_coding_changes_the_linked_numbers(project, study):
    before = _row(build_case_table(project), "Rosa")["code_legal_aid_any"]
    remove_codings(project, [study["legal_segment"].id])
    after = _row(build_case_table(project), "Rosa")
    assert (before, after["code_legal_aid_any"], after["code_legal_aid_cov"]) == (1, 0, 0.0)
