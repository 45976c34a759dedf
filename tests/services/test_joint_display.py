"""Joint displays on a hand-made study: counts checked by hand, labels stored, live numbers."""

from __future__ import annotations

import pytest

from qualcode.core.analysis_spec import AnalysisSpec
from qualcode.core.document import DocumentKind
from qualcode.core.joint_display import DisplayKind, Grouping, GroupRule, MetaInference
from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code, remove_codings
from qualcode.services.corpus.documents import get_document
from qualcode.services.corpus.importing import import_transcripts
from qualcode.services.mixed.joint_displays import (
    add_row,
    create_joint_display,
    delete_joint_display,
    get_joint_display,
    restore_joint_display,
    set_meta_inference,
)
from qualcode.services.mixed.joint_view import compute_joint_display
from qualcode.services.mixed.saved_analyses import delete_analysis, save_analysis
from qualcode.services.corpus.surveys import import_survey
from qualcode.services.themes.theme_edits import create_theme

# A focus group of three survivors; Ana and Bea talk about the lawyer, Cai does not.
FOCUS = (
    "Moderator: Who helped you?\n"
    "Ana: The lawyer explained my rights.\n"
    "Bea: A lawyer came with me to court.\n"
    "Cai: Nobody helped me with papers.\n"
    "Dee: My sister took me in.\n"
)
# Survey: LA yes = Ana, Cai, Eve (Eve not interviewed); LA no = Bea, Dee
SURVEY = "pid,LA,PWB\nAna,1,60\nBea,0,40\nCai,1,50\nDee,0,45\nEve,1,55\n"


@pytest.fixture
def study(project, coder, tmp_path):
    (tmp_path / "FG.txt").write_text(FOCUS)
    fg = import_transcripts(project, [tmp_path / "FG.txt"], kind=DocumentKind.FOCUS_GROUP).value[0]
    text = get_document(project, fg.document_id).text
    legal = add_code(project, "Legal aid").value
    segs = {}
    for who, words in (("Ana", "The lawyer explained my rights."), ("Bea", "A lawyer came with me to court.")):
        start = text.index(words)
        segs[who] = apply_code(project, fg.document_id, Span(start, start + len(words)), legal.id, coder.id).value
    theme = create_theme(project, "Having rights", code_ids=[legal.id]).value
    (tmp_path / "s.csv").write_text(SURVEY)
    import_survey(project, tmp_path / "s.csv", "pid")
    return {"theme": theme, "segments": segs}


def test_statistics_by_themes_counts_by_hand(project, study):
    display = create_joint_display(project, "By legal aid", DisplayKind.STATS_BY_THEMES,
                                   grouping=Grouping("LA", labels=(("1", "yes"), ("0", "no")))).value
    add_row(project, display.id, theme_id=study["theme"].id)
    view = compute_joint_display(project, display.id)
    yes, no = view.columns
    assert (yes.label, yes.n_cases, yes.n_survey) == ("LA: yes", 2, 3)  # Ana, Cai interviewed; Eve not
    assert (no.label, no.n_cases, no.n_survey) == ("LA: no", 2, 2)
    cell_yes, cell_no = view.stats_rows[0].cells
    assert (cell_yes.n, cell_yes.percent) == (1, 50.0) and cell_yes.quote.case == "Ana"
    assert (cell_no.n, cell_no.percent) == (1, 50.0) and cell_no.quote.text == "A lawyer came with me to court."
    # live: un-code Ana -> LA yes cell becomes 0 of 2
    remove_codings(project, [study["segments"]["Ana"].id])
    again = compute_joint_display(project, display.id)
    assert (again.stats_rows[0].cells[0].n, again.stats_rows[0].cells[0].quote) == (0, None)


def test_median_split_uses_the_survey_median(project, study):
    display = create_joint_display(project, "By PWB", DisplayKind.STATS_BY_THEMES,
                                   grouping=Grouping("PWB", GroupRule.MEDIAN)).value
    add_row(project, display.id, theme_id=study["theme"].id)
    view = compute_joint_display(project, display.id)
    # median of 60, 40, 50, 45, 55 is 50: high = Ana(60), Cai(50), Eve(55); low = Bea(40), Dee(45)
    assert [(c.n_cases, c.n_survey) for c in view.columns] == [(2, 3), (2, 2)]
    assert [c.n for c in view.stats_rows[0].cells] == [1, 1]


def test_side_by_side_labels_are_stored_and_deleted_analysis_is_explained(project, study):
    spec = save_analysis(project, AnalysisSpec(0, "PWB by LA", "ols", "PWB", ("LA",), robust="HC3")).value
    display = create_joint_display(project, "Side", DisplayKind.SIDE_BY_SIDE).value
    row = add_row(project, display.id, domain="Legal", analysis_id=spec.id, term="LA",
                  theme_id=study["theme"].id).value
    set_meta_inference(project, row.id, "discord", "Survey and stories disagree.")
    view = compute_joint_display(project, display.id).side_rows[0]
    # hand-computed OLS: mean PWB LA=1 (60+50+55)/3 = 55, LA=0 (40+45)/2 = 42.5 -> B = 12.5
    assert view.quant.effect == "B" and view.quant.estimate == pytest.approx(12.5)
    assert (view.cases_with_theme, view.cases_total) == (2, 4)
    assert view.meta_inference is MetaInference.DISCORD and view.note == "Survey and stories disagree."
    assert {q.case for q in view.quotes} == {"Ana", "Bea"}
    delete_analysis(project, spec.id)
    gone = compute_joint_display(project, display.id).side_rows[0]
    assert gone.quant is None and "deleted" in gone.problem
    snapshot = delete_joint_display(project, display.id).value
    restored = restore_joint_display(project, snapshot).value
    assert restored.id == display.id
    assert get_joint_display(project, display.id).rows[0].meta_inference is MetaInference.DISCORD
