"""The joint-display view on the demo project: lists displays, shows live numbers,
edits meta-inferences through undo, exports to Word."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import Qt

from qualcode.core.changes import Changes
from qualcode.core.joint_display import DisplayKind, MetaInference
from qualcode.services.coding.segments import remove_codings, restore_codings
from qualcode.services.demo.build_demo import build_demo
from qualcode.services.mixed.joint_displays import get_joint_display, list_joint_displays
from qualcode.services.mixed.joint_view import compute_joint_display
from qualcode.services.mixed.linking import KEY, build_case_table
from qualcode.services.coding.retrieval import segment_rows
from qualcode.services.themes.theme_edits import list_themes
from qualcode.ui.joint.joint_display_model import ROW_ID_ROLE, SEGMENTS_ROLE, SideBySideModel, StatsByThemesModel
from qualcode.ui.joint.joint_display_view import JointDisplayView
from qualcode.ui.session import ProjectSession

WAIT = 30_000


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    project = build_demo(tmp_path_factory.mktemp("joint") / "Demo.qcproj")
    yield project
    project.close()


@pytest.fixture
def session(demo):
    s = ProjectSession(demo, "Tester")
    yield s
    s.undo_stack.clear()  # the project is shared by the module: never close it here


@pytest.fixture
def view(qtbot, session):
    w = JointDisplayView(session)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    with qtbot.waitSignal(w.computed, timeout=WAIT):
        w.show()
    return w


def _choose(qtbot, view, name):
    index = next(i for i in range(view.chooser.count()) if view.chooser.itemText(i).startswith(name))
    with qtbot.waitSignal(view.computed, timeout=WAIT):
        view.chooser.setCurrentIndex(index)


def test_lists_the_demo_displays(view, demo):
    names = [view.chooser.itemText(i) for i in range(view.chooser.count())]
    # build_demo sets up exactly these three (services/demo.py)
    assert names == ["Support domains: survey results beside themes (side by side)",
                     "Themes by legal aid (statistics by themes)", "Themes by well-being (statistics by themes)"]
    assert isinstance(view.table.model(), SideBySideModel)


def test_side_by_side_quant_cell_matches_the_computed_display(view, demo, qtmodeltester):
    model = view.table.model()
    qtmodeltester.check(model)
    side_id = list_joint_displays(demo)[0].id
    expected = compute_joint_display(demo, side_id)
    assert model.rowCount() == 5 == len(expected.side_rows)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Domain", "Quantitative result", "Theme (cases)", "Exemplar quote", "Meta-inference"]
    legal = next(r for r in range(5) if model.index(r, 0).data() == "Legal support")
    quant = model.index(legal, 1).data()
    row = expected.side_rows[legal]
    assert row.quant is not None and quant.splitlines()[0] == row.quant.text
    assert row.quant.text.startswith("OR ") and ", p = ." in row.quant.text  # a logit term on the OR scale
    assert "Table 9: reintegration (logit)" in quant
    assert model.index(legal, 2).data() == f"Finally having rights ({row.cases_with_theme}/{row.cases_total})"
    assert model.index(legal, 4).data().startswith("Confirm\n")  # label set by build_demo
    quotes = model.index(legal, 3).data()
    assert quotes.startswith("\u201c") and "\u2014 S" in quotes  # a participant key as the source
    assert model.index(legal, 3).data(SEGMENTS_ROLE) == [q.segment_id for q in row.quotes]
    model.set_view(None)  # mutate, check again
    qtmodeltester.check(model)
    model.set_view(expected)
    qtmodeltester.check(model)


def test_meta_inference_combo_is_undoable(view, demo, session, qtbot):
    model = view.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Quantitized theme")
    row_id = model.index(row, 0).data(ROW_ID_ROLE)
    view.table.selectRow(row)
    assert view.meta.isEnabled() and view.meta.currentData() == MetaInference.UNLABELLED.value
    with qtbot.waitSignal(view.computed, timeout=WAIT):
        view.meta.setCurrentIndex(view.meta.findData(MetaInference.DISCORD.value))
    stored = next(r for r in get_joint_display(demo, row_id_display(demo, row_id)).rows if r.id == row_id)
    assert stored.meta_inference is MetaInference.DISCORD
    assert stored.note.startswith("The theme itself as a predictor")  # the note is left alone
    assert model.index(model.row_of(row_id), 4).data().startswith("Discord")
    with qtbot.waitSignal(view.computed, timeout=WAIT):
        session.undo_stack.undo()
    stored = next(r for r in get_joint_display(demo, row_id_display(demo, row_id)).rows if r.id == row_id)
    assert stored.meta_inference is MetaInference.UNLABELLED
    assert view.meta.currentData() == MetaInference.UNLABELLED.value  # the editor follows the undo


def row_id_display(project, row_id):
    return next(d.id for d in list_joint_displays(project) if any(r.id == row_id for r in d.rows))


def test_removing_a_coding_updates_a_statistics_cell(view, demo, session, qtbot, qtmodeltester):
    _choose(qtbot, view, "Themes by legal aid")
    model = view.table.model()
    assert isinstance(model, StatsByThemesModel)
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal).startswith("LA: yes (n = ")
    theme = next(t for t in list_themes(demo) if t.name == "Finally having rights")
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == theme.name)
    # Independent count: linked cases with LA = 1 that have a segment of the theme's codes.
    segs = segment_rows(demo, code_ids=list(theme.code_ids))
    frame = build_case_table(demo).frame
    linked = frame[(frame["words"].fillna(0) > 0) & frame["LA"].notna()]
    yes = set(linked.loc[linked["LA"].astype(float) == 1, KEY])
    with_theme = {s["case"] for s in segs} & yes
    before = model.index(row, 1).data()
    assert before == f"{len(with_theme)} ({100 * len(with_theme) / len(yes):.0f} %)"
    # remove every coding of the theme in one such case (the first with a single segment if any)
    per_case: dict[str, list[int]] = {}
    for s in segs:
        if s["case"] in with_theme:
            per_case.setdefault(s["case"], []).append(s["segment_id"])
    case = min(per_case, key=lambda c: (len(per_case[c]), c))
    snapshot = remove_codings(demo, per_case[case]).value
    try:
        with qtbot.waitSignal(view.computed, timeout=WAIT):
            session.events.emit_changes(Changes(segments=True))
        n = len(with_theme) - 1
        assert model.index(row, 1).data() == f"{n} ({100 * n / len(yes):.0f} %)"
        qtmodeltester.check(model)
    finally:
        restore_codings(demo, snapshot)
    with qtbot.waitSignal(view.computed, timeout=WAIT):
        session.events.emit_changes(Changes(segments=True))
    assert model.index(row, 1).data() == before


def test_export_writes_a_readable_docx(view, demo, qtbot, tmp_path):
    target = tmp_path / "joint.docx"
    with qtbot.waitSignal(view.exported, timeout=WAIT) as blocker:
        view.export_to(str(target))
    assert blocker.args == [str(target)]
    document = docx.Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = {c.text for t in document.tables for r in t.rows for c in r.cells}
    assert "Themes by legal aid" in text
    assert "Legal support" in cells
    side = compute_joint_display(demo, list_joint_displays(demo)[0].id)
    assert any(side.side_rows[0].quant.text in c for c in cells)
    assert len(document.tables) >= 3  # one per display
    assert list_joint_displays(demo)[0].kind is DisplayKind.SIDE_BY_SIDE


def test_double_click_quote_gives_its_span_and_delete_row_undoes(view, demo, session, qtbot):
    model = view.table.model()
    index = model.index(0, 3)
    first = model.row_view(0).quotes[0]
    with qtbot.waitSignal(view.quote_activated) as blocker:
        assert view.open_quote(index)
    doc_id, start, end = blocker.args
    row = segment_rows(demo, segment_ids=[first.segment_id], with_children=False)[0]
    assert (doc_id, start, end) == (row["document_id"], row["start"], row["end"])
    assert " ".join(row["text"].split()) == first.text
    assert not view.open_quote(model.index(0, 0))  # the domain cell has no quote
    row_id = model.row_id(0)
    view.table.selectRow(0)
    from qualcode.ui.joint.joint_commands import DeleteRowCommand

    side_id = list_joint_displays(demo)[0].id
    with qtbot.waitSignal(view.computed, timeout=WAIT):
        view._push(DeleteRowCommand(session, row_id))
    assert model.rowCount() == 4 and model.row_of(row_id) == -1
    with qtbot.waitSignal(view.computed, timeout=WAIT):
        session.undo_stack.undo()
    assert model.row_of(row_id) == 0
    assert [r.id for r in get_joint_display(demo, side_id).rows][0] == row_id


def test_new_statistics_display_is_one_undo_step(view, demo, session, qtbot):
    from qualcode.core.joint_display import Grouping, GroupRule
    from qualcode.ui.joint.new_display_dialog import NewDisplayDialog, NewDisplaySpec

    dialog = NewDisplayDialog(view.variables, [d.name for d in list_joint_displays(demo)])
    assert dialog.variable.findData("LA") >= 0  # survey variables came with the computed display
    dialog.name.setText("Themes by legal aid")
    with pytest.raises(Exception, match="already a joint display"):
        dialog.spec()
    spec = NewDisplaySpec("Themes by unmet needs", DisplayKind.STATS_BY_THEMES,
                          Grouping("UNC", GroupRule.MEDIAN), add_themes=True)
    with qtbot.waitSignal(view.computed, timeout=WAIT):
        new_id = view.create_display(spec)
    assert view.display_id == new_id
    assert view.table.model().rowCount() == len([t for t in list_themes(demo) if t.parent_id is None])
    assert view.table.model().headerData(1, Qt.Orientation.Horizontal).startswith("UNC: high (n = ")
    session.undo_stack.undo()  # one step removes the display and its rows
    assert new_id not in [d.id for d in list_joint_displays(demo)]


def test_main_window_installs_the_dock_and_menu_action(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from qualcode.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert window.create_project(str(tmp_path / "s.qcproj"))
    analyse = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Analyse")
    assert "Joint displays" in [a.text().replace("&", "") for a in analyse.actions()]
    assert window.joint_dock in window.workbench.docks
    assert window.joint_dock.view.chooser.count() == 0  # a new project has none


def test_quantitized_terms_read_as_labels():
    from qualcode.ui.joint.joint_display_model import readable_term

    assert readable_term("theme_finally_having_rights_any") == "Finally having rights (present)"
    assert readable_term("code_legal_aid_n") == "Legal aid (segments)"
    assert readable_term("PSSI") == "PSSI"
