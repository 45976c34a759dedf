"""The regression panel driven like a user: outcome, predictors, Run, table, plots, click-through.

The panel must not compute statistics: every number in its table is compared with
``run_model`` called directly on ``build_case_table(project).frame``.
"""

from __future__ import annotations

import random

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt  # noqa: E402

from qualcode.core.document import DocumentKind  # noqa: E402
from qualcode.core.span import Span  # noqa: E402
from qualcode.services.mixed.analysis import run_model  # noqa: E402
from qualcode.services.codebook.codes import add_code  # noqa: E402
from qualcode.services.coding.segments import apply_code  # noqa: E402
from qualcode.services.corpus.documents import documents_of_case, get_document, list_documents  # noqa: E402
from qualcode.services.corpus.importing import import_transcripts  # noqa: E402
from qualcode.services.mixed.linking import build_case_table  # noqa: E402
from qualcode.services.corpus.surveys import import_survey  # noqa: E402
from qualcode.services.themes.theme_edits import create_theme  # noqa: E402
from quant.formatting import format_ci, format_estimate, format_p  # noqa: E402
from quant.synthetic import make_cohort  # noqa: E402

LEGAL = "The lawyer explained my rights to me."
PEER = "The women from the group still visit me."
FILLER = "We talked about the weather and the bus."
N_INTERVIEWS = 36
FOCUS = ("S037", "S038", "S039")


def build_study(project, coder, folder) -> dict[str, int]:
    """36 coded interviews + one focus group of 3, and a 45-row survey (make_cohort)."""
    cohort = make_cohort(45, seed=3, missing_rate=0.0)
    cohort["participant_id"] = [f"S{i + 1:03d}" for i in range(len(cohort))]
    rng = random.Random(7)
    texts: dict[str, str] = {}
    for _, row in cohort.iterrows():
        sentences = [FILLER]
        if rng.random() < (0.8 if row["LA"] == 1 else 0.2):
            sentences.append(LEGAL)
        if rng.random() < (0.85 if row["PSSI"] > cohort["PSSI"].median() else 0.25):
            sentences.append(PEER)
        texts[row["participant_id"]] = " ".join(sentences)
    paths = []
    for key in list(texts)[:N_INTERVIEWS]:
        path = folder / f"{key}.txt"
        path.write_text(f"Interviewer: Tell me about the last year.\n{key}: {texts[key]}\n")
        paths.append(path)
    import_transcripts(project, paths, case_from_filename=True)
    fg = folder / "FG1.txt"
    fg.write_text("".join(f"{key}: {texts[key]}\n" for key in FOCUS))
    import_transcripts(project, [fg], kind=DocumentKind.FOCUS_GROUP)
    legal = add_code(project, "Legal help").value
    peer = add_code(project, "Peer support").value
    for doc_id, _name, _kind, _case in list_documents(project):
        text = get_document(project, doc_id).text
        for sentence, code in ((LEGAL, legal), (PEER, peer)):
            start = text.find(sentence)
            while start >= 0:
                apply_code(project, doc_id, Span(start, start + len(sentence)), code.id, coder.id)
                start = text.find(sentence, start + 1)
    theme = create_theme(project, "Peer belonging", code_ids=(peer.id,)).value
    cohort.drop(columns=["education", "RA"]).to_csv(folder / "survey.csv", index=False)
    import_survey(project, folder / "survey.csv", "participant_id")
    return {"legal": legal.id, "peer": peer.id, "theme": theme.id}


@pytest.fixture
def study(project, coder, tmp_path):
    return build_study(project, coder, tmp_path)


@pytest.fixture
def panel(qtbot, project, coder, study):
    from qualcode.ui.analysis.regression_panel import RegressionPanel
    from qualcode.ui.session import ProjectSession

    session = ProjectSession.__new__(ProjectSession)  # the fixture's project stays open for the test
    from PySide6.QtGui import QUndoStack

    from qualcode.ui.events import ProjectEvents

    session.project, session.coder, session.events, session.undo_stack = project, coder, ProjectEvents(), QUndoStack()
    widget = RegressionPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    qtbot.waitUntil(lambda: widget.table is not None, timeout=10000)
    return widget


def _run(qtbot, panel) -> None:
    with qtbot.waitSignal(panel.run_finished, timeout=20000):
        panel.run_button.click()
    assert not panel.is_running()


def _cells(panel) -> dict[str, list[str]]:
    table = panel.results
    # keyed by the model's term name; the first cell shows the variable's label
    return {panel.result_table.terms[r]: [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())}


def test_ols_table_matches_run_model_and_plots_have_data(qtbot, qtmodeltester, panel, project, study):
    theme_col = "theme_peer_belonging_any"
    panel.set_outcome("PWB")
    assert panel.family.currentData() == "ols"  # proposed from the continuous outcome
    # choose predictors like a user: select in the tree, press Add
    tree, proxy = panel.tree, panel.proxy
    for column in ("PSSI", theme_col):
        source = panel.variables.find_column(column)
        tree.selectionModel().select(proxy.mapFromSource(source),
                                     tree.selectionModel().SelectionFlag.Select
                                     | tree.selectionModel().SelectionFlag.Rows)
    panel.add_button.click()
    assert panel.predictors.columns() == ["PSSI", theme_col]
    _run(qtbot, panel)
    from qualcode.services.privacy.audit import audit_entries

    (entry,) = audit_entries(project, action="model run")  # the methods appendix lists model runs
    assert f"PWB ~ PSSI + {theme_col}" in entry.summary and entry.who == panel.session.coder.name

    table = build_case_table(project)
    direct = run_model("ols", table.frame, f"PWB ~ PSSI + {theme_col}", types=table.types, robust="HC3")
    cells = _cells(panel)
    assert list(cells) == ["Intercept", "PSSI", theme_col]
    assert cells[theme_col][0] == "Peer belonging (present)"
    for term in direct.terms:
        row = cells[term.term]
        assert row[1] == format_estimate(term.estimate)
        assert row[2] == format_estimate(term.std_error)
        assert row[3] == format_ci(term.ci_low, term.ci_high)
        assert row[4] == format_p(term.p_value)
    # listwise deletion: survey rows of people never interviewed have no theme values
    assert direct.nobs == N_INTERVIEWS + len(FOCUS) == panel.run.result.nobs
    assert f"n = {direct.nobs}" in panel.fit_label.text()
    assert "45 in the case table" in panel.banner.text() and "6 survey rows without an interview" in panel.banner.text()
    forest = panel.plots.axes("Forest")
    assert forest.lines and len(forest.get_yticklabels()) == 2
    assert panel.plots.isTabEnabled(4) and not panel.plots.isTabEnabled(1)  # Cook's D yes, ROC no
    qtmodeltester.check(panel.results.model())


def test_binary_outcome_proposes_logit_and_enables_roc(qtbot, panel, project):
    panel.set_outcome("SR")
    assert panel.family.currentData() == "logit"
    assert not panel.hc3.isEnabled()
    panel.add_predictors(["LA", "PSSI"])
    _run(qtbot, panel)
    table = build_case_table(project)
    direct = run_model("logit", table.frame, "SR ~ LA + PSSI", types=table.types)
    cells = _cells(panel)
    assert panel.results.horizontalHeaderItem(1).text() == "OR"
    assert cells["LA"][1] == format_estimate(direct.term("LA").extra["odds_ratio"])
    assert cells["PSSI"][3] == format_p(direct.term("PSSI").p_value)
    assert panel.plots.isTabEnabled(1) and not panel.plots.isTabEnabled(4)
    roc = panel.plots.axes("ROC")
    x, y = roc.lines[0].get_data()
    assert (x[0], y[0], x[-1], y[-1]) == (0.0, 0.0, 1.0, 1.0)
    assert "AUC" in panel.fit_label.text()
    assert panel.plots.axes("Forest").get_xscale() == "log"


def test_cooks_d_click_emits_the_participant(qtbot, panel):
    panel.set_outcome("PWB")
    panel.add_predictors(["PSSI", "LA"])
    _run(qtbot, panel)
    cooks = panel.run.plots.cooks
    # the most influential participant, found independently of the plot
    top = max(range(len(cooks)), key=lambda i: cooks[i][1])
    panel.plots.setCurrentIndex(4)
    canvas = panel.plots.canvases["Cook's D"]
    canvas.draw()
    x, y = panel.plots.cook_point_position(top)
    with qtbot.waitSignal(panel.participant_chosen, timeout=2000) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert blocker.args == [cooks[top][0]]
    assert cooks[top][0].startswith("S")


def test_theme_term_double_click_requests_its_segments(qtbot, panel, study):
    panel.set_outcome("PWB")
    panel.add_predictors(["theme_peer_belonging_n"])
    _run(qtbot, panel)
    row = list(panel.result_table.terms).index("theme_peer_belonging_n")
    assert panel.results.item(row, 0).text() == "Peer belonging (segments)"
    with qtbot.waitSignal(panel.segments_requested) as blocker:
        panel.results.itemDoubleClicked.emit(panel.results.item(row, 0))
    assert blocker.args == ["theme", study["theme"], "Peer belonging"]


def test_nested_blocks_show_delta_r2(qtbot, panel, project):
    panel.set_outcome("PWB")
    panel.add_predictors(["PSSI"])
    panel.predictors.add_block()
    panel.add_predictors(["LA", "TIC"])
    assert panel.predictors.blocks() == (("PSSI",), ("LA", "TIC"))
    _run(qtbot, panel)
    from quant.ols import compare_nested

    table = build_case_table(project)
    direct = compare_nested(table.frame, ["PWB ~ PSSI", "PWB ~ PSSI + LA + TIC"], types=table.types)
    assert panel.run.nested.fit["delta_r2"] == direct.fit["delta_r2"]
    assert f"F(2, {int(direct.terms[0].extra['df_den'])})" in panel.fit_label.text()


def test_failed_model_shows_a_sentence_and_keeps_the_window_usable(qtbot, panel):
    panel.set_outcome("SR")
    panel.set_family("logit")
    panel.run_button.click()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=5000)
    assert "Add at least one predictor" in panel.fit_label.text()
    assert panel.run_button.isEnabled()


def test_variables_model_passes_modeltester_and_measure_changes(qtmodeltester, panel):
    model = panel.variables
    qtmodeltester.check(model)
    theme = model.find_column("theme_peer_belonging_any")
    assert model.data(theme, Qt.ItemDataRole.DisplayRole) == "▣ Peer belonging"
    assert model.set_measure(theme, "coverage")
    assert model.item(theme).column == "theme_peer_belonging_cov" and model.item(theme).type == "continuous"
    pssi = model.find_column("PSSI")
    assert model.data(pssi, Qt.ItemDataRole.DisplayRole) == "# PSSI"
    assert model.data(model.find_column("LA"), Qt.ItemDataRole.DisplayRole) == "◐ LA"
    assert not model.set_measure(pssi, "count")  # survey variables have no measure
    mime = model.mimeData([theme, pssi])
    assert bytes(mime.data("application/x-qualcode-variables").data()).decode() == "theme_peer_belonging_cov\nPSSI"
    model.set_table(None)
    qtmodeltester.check(model)


def test_documents_of_case_finds_interviews_and_focus_groups(project, study):
    own = documents_of_case(project, "S002")
    assert [get_document(project, d).name for d in own] == ["S002"]
    in_group = documents_of_case(project, "S038")
    assert [get_document(project, d).kind for d in in_group] == [DocumentKind.FOCUS_GROUP]
    assert documents_of_case(project, "nobody") == []


def test_save_analysis_and_add_to_joint_display_are_undoable(qtbot, panel, project, study):
    from qualcode.services.mixed.joint_displays import create_joint_display, get_joint_display
    from qualcode.services.mixed.saved_analyses import list_analyses, run_saved_analysis

    panel.set_outcome("PWB")
    panel.add_predictors(["PSSI", "theme_peer_belonging_any"])
    _run(qtbot, panel)
    actions = panel.result_actions
    analysis_id = actions.save_analysis("Well-being and belonging")
    saved = list_analyses(project)
    assert [a.name for a in saved] == ["Well-being and belonging"] and saved[0].robust == "HC3"
    # the stored analysis re-runs to the numbers the panel shows
    rerun = run_saved_analysis(project, analysis_id)
    assert rerun.term("PSSI").estimate == panel.run.result.term("PSSI").estimate
    display = create_joint_display(project, "Side by side", "side_by_side").value
    row = panel.result_table.terms.index("theme_peer_belonging_any")
    panel.results.selectRow(row)
    assert actions.add_to_joint_display(display.id)
    rows = get_joint_display(project, display.id).rows
    assert [(r.theme_id, r.analysis_id, r.term) for r in rows] == [(study["theme"], analysis_id,
                                                                    "theme_peer_belonging_any")]
    stack = panel.session.undo_stack
    stack.undo()
    assert get_joint_display(project, display.id).rows == ()
    stack.undo()
    assert list_analyses(project) == []
    stack.redo()
    assert [a.id for a in list_analyses(project)] == [analysis_id]  # same id back


def test_copy_and_word_export_carry_the_shown_table(qtbot, panel, tmp_path):
    import docx
    from PySide6.QtGui import QGuiApplication

    panel.set_outcome("SR")
    panel.add_predictors(["LA", "PSSI"])
    _run(qtbot, panel)
    panel.result_actions.copy_result()
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    assert lines[1] == "Term\tOR\t95% CI\tp\tOR per SD"
    assert lines[2].split("\t")[:4] == [panel.results.item(0, c).text() for c in range(4)]
    assert "<table>" in mime.html()
    path = tmp_path / "table.docx"
    panel.result_actions.export_word(str(path))
    document = docx.Document(str(path))
    assert document.paragraphs[0].style.name == "Caption"
    cells = [[c.text for c in r.cells] for r in document.tables[0].rows]
    assert cells[1][:4] == [panel.results.item(0, c).text() for c in range(4)]


def test_reference_level_chooser_sets_the_baseline_and_run_shows_busy(qtbot, panel, project):
    panel.set_outcome("PWB")
    panel.add_predictors(["PSSI", "origin"])
    box = panel._reference_boxes["origin"]
    levels = [box.itemText(i) for i in range(box.count())]
    table = build_case_table(project)
    sample = table.frame.dropna(subset=["PWB", "PSSI", "origin"])
    assert levels == sorted(sample["origin"].astype(str).unique())
    assert box.currentText() == sample["origin"].astype(str).value_counts().index[0]  # most frequent first
    rare = sample["origin"].astype(str).value_counts().index[-1]
    box.setCurrentText(rare)
    with qtbot.waitSignal(panel.run_finished, timeout=20000):
        panel.run_button.click()
        assert panel.is_running() and not panel.run_button.isEnabled() and not panel.busy.isHidden()
    direct = run_model("ols", table.frame, "PWB ~ PSSI + origin", types=table.types, robust="HC3",
                       reference={"origin": rare})
    assert panel.result_table.terms == direct.term_names
    assert all(f"[T.{rare}]" not in t for t in panel.result_table.terms)
    other = next(t for t in direct.term_names if t.startswith("origin["))
    row = panel.result_table.terms.index(other)
    assert panel.results.item(row, 0).text() == f"origin: {other[len('origin[T.'):-1]}"
    assert panel.results.item(row, 1).text() == format_estimate(direct.term(other).estimate)


def test_banner_counts_transcripts_without_case(qtbot, panel, project):
    from qualcode.services.corpus.documents import add_document

    assert "no case" not in panel.banner.text()  # the study links every participant
    add_document(project, "Stray interview", "Someone talked, nobody linked them.")
    with qtbot.waitSignal(panel.table_loaded, timeout=10000):
        panel.reload_table()
    assert "1 transcript has no case (Stray interview)" in panel.banner.text()


def test_notes_name_quantitized_variables_by_label(qtbot, panel):
    column = next(q for q in panel.table.quant_variables if q.column.startswith("theme_"))
    assert panel._readable(f"missing: {column.column} 3") == f"missing: {column.label} 3"
