"""The main window at a laptop's 1280x800: nothing essential clipped without a way to read it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QDockWidget

from qualcode.ui.main_window import MainWindow

SCREEN = (1280, 800)


def _indexes(model, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _indexes(model, index)


def _clipped_without_tooltip(view: QAbstractItemView) -> list[str]:
    """Texts of column 0 wider than their cell whose tooltip does not give them in full."""
    metrics = view.fontMetrics()
    bad = []
    for index in _indexes(view.model()):
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = view.visualRect(index)
        if not text or rect.isEmpty():
            continue
        icon = view.iconSize().width() + 6 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
        if metrics.horizontalAdvance(text) + icon + 8 > rect.width():
            tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            name = text.split(" ", 1)[-1] if text[:1] in "#◐≡№◇▣·" else text
            if name not in tip:
                bad.append(text)
    return bad


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("qualcode.services.demo.build_demo.default_demo_path", lambda: tmp_path / "Demo.qcproj")
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(*SCREEN)
    w.show()
    assert w.open_demo()
    qtbot.waitUntil(lambda: w.workbench is not None and w.workbench.codebook.model.rowCount() > 0, timeout=20000)
    return w


def test_laptop_window_clips_nothing_without_a_tooltip(qtbot, window):
    codebook = window.workbench.codebook
    codebook.tree.expandAll()
    assert codebook.tree.model().rowCount() > 0
    assert _clipped_without_tooltip(codebook.tree) == []
    # the name column can be widened by the user
    from PySide6.QtWidgets import QHeaderView
    assert codebook.tree.header().sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    dock = window.regression_dock
    dock.show_panel()
    panel = dock.panel
    qtbot.waitUntil(lambda: panel.table is not None, timeout=20000)
    panel.tree.expandAll()
    assert _clipped_without_tooltip(panel.tree) == []
    # the variable names column can be widened too, and starts wide enough for most names
    assert panel.tree.header().sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert panel.tree.columnWidth(0) >= panel.tree.viewport().width() // 2
    for dock in window.findChildren(QDockWidget):
        hint = dock.minimumSizeHint()
        assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (dock.objectName(), hint)


def test_demo_map_is_laid_out_and_fit_keeps_labels_readable(qtbot, window):
    from itertools import combinations

    ui = window.themes_ui
    ui.show_themes(ui.tab.map_panel)
    view = ui.tab.map_view
    qtbot.waitUntil(lambda: len(view.nodes) > 0, timeout=10000)
    boxes = [item.sceneBoundingRect() for item in view.nodes.values()]
    overlapping = [(a, b) for a, b in combinations(boxes, 2) if a.intersects(b)]
    assert overlapping == []  # no label sits on another
    view.fit()
    assert view.label_point_size() >= 9.0


def test_link_labels_sit_on_no_node(qtbot, window):
    ui = window.themes_ui
    ui.show_themes(ui.tab.map_panel)
    view = ui.tab.map_view
    qtbot.waitUntil(lambda: len(view.links) > 0, timeout=10000)
    boxes = [item.sceneBoundingRect() for item in view.nodes.values()]
    for link in view.links.values():
        label = link.label_rect()
        assert not any(label.intersects(box) for box in boxes), link.link.label


def test_forest_plot_labels_are_whole_and_inside_the_figure_at_1280(qtbot, window):
    window.help_ui.apply_layout("Analysis")
    dock = window.regression_dock
    dock.show_panel()
    panel = dock.panel
    qtbot.waitUntil(lambda: panel.table is not None, timeout=20000)
    panel.set_outcome("SR")
    panel.add_predictors(["LA", "TIC", "PSSI", "theme_finally_having_rights_any"])
    panel.run_model()
    qtbot.waitUntil(lambda: panel.run is not None and not panel.is_running(), timeout=60000)
    panel.plots.setCurrentIndex(0)
    canvas = panel.plots.canvases["Forest"]
    canvas.draw()
    figure = canvas.figure
    renderer = figure.canvas.get_renderer()
    fig_box = figure.bbox
    ax = panel.plots.axes("Forest")
    labels = [t for t in ax.get_yticklabels() if t.get_text()]
    assert len(labels) == 4
    shown = [" ".join(t.get_text().split()) for t in labels]
    assert all("…" not in s for s in shown), shown
    assert "Finally having rights (present)" in shown
    for text in labels:
        box = text.get_window_extent(renderer)
        assert box.x0 >= fig_box.x0 - 0.5 and box.x1 <= fig_box.x1 + 0.5, (text.get_text(), box, fig_box)
        assert box.y0 >= fig_box.y0 - 0.5 and box.y1 <= fig_box.y1 + 0.5, (text.get_text(), box, fig_box)
    # the axis title is on screen too: the docked panel scrolls when its model column is taller
    # than the dock, and the figure keeps to the height one sees, its title inside the canvas
    xlabel = ax.xaxis.label.get_window_extent(renderer)
    assert ax.xaxis.label.get_text()
    assert xlabel.y0 >= fig_box.y0 - 0.5 and xlabel.x0 >= fig_box.x0 - 0.5, (xlabel, fig_box)
    viewport = dock.widget().viewport()
    bottom = canvas.mapTo(viewport, canvas.rect().bottomLeft()).y()
    assert 0 < bottom <= viewport.height(), (bottom, viewport.height())


@pytest.mark.parametrize("lang", ["ru", "uz"])
def test_plot_tabs_are_whole_at_1280_in_every_language(qtbot, window, lang):
    """After Edit › Preferences switches the language, the regression panel's five plot tabs show
    their titles whole ("Форест", not "Фо…") in the docked panel at 1280x800; each tab's tooltip
    says in full what it plots."""
    from PySide6.QtWidgets import QApplication

    from qualcode.ui.i18n import install_language
    from qualcode.ui.i18n.switch import switch_language

    try:
        w = switch_language(window, lang, delete_old=False)
        qtbot.addWidget(w)
        w.resize(*SCREEN)
        qtbot.wait(700)  # the switch restores the layout on the event loop
        w.help_ui.apply_layout("Analysis")
        w.regression_dock.show_panel()
        panel = w.regression_dock.panel
        qtbot.waitUntil(lambda: panel.table is not None, timeout=20000)
        panel.set_outcome("SR")  # a model run fills the table and notes, which claim width too
        panel.add_predictors(["LA", "TIC", "PSSI", "theme_finally_having_rights_any"])
        panel.run_model()
        qtbot.waitUntil(lambda: panel.run is not None and not panel.is_running(), timeout=60000)
        qtbot.wait(50)
        bar = panel.plots.tabBar()
        whole = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))  # each title at its full width
        assert bar.count() == 5 and whole <= bar.width(), ([bar.tabText(i) for i in range(bar.count())], whole,
                                                           bar.width())
        tips = [bar.tabToolTip(i) for i in range(bar.count())]
        assert all(len(tip) > len(bar.tabText(i)) for i, tip in enumerate(tips)), tips
        # the variables keep their room: the plots' width came from the model column
        assert panel.splitter.sizes()[0] >= 240, panel.splitter.sizes()
        # every other tab bar in sight (the analysis tabs, the docks' own tabs) shows its titles whole too
        from PySide6.QtWidgets import QTabBar

        for dock_name in ("analysis_dock", "joint_displays_dock"):
            dock = w.findChild(QDockWidget, dock_name)
            dock.show()
            dock.raise_()
            qtbot.wait(100)
            for other in w.findChildren(QTabBar):
                if other.isVisible() and other.count():
                    titles = [other.tabText(i) for i in range(other.count())]
                    need = sum(other.tabSizeHint(i).width() for i in range(other.count()))
                    assert need <= other.width(), (dock_name, titles, need, other.width())
        w.close_project()
    finally:
        install_language(QApplication.instance(), "en")


def test_long_names_are_read_from_their_start_at_1280(qtbot, window):
    """A researcher scans the codebook and the regression variables by the start of a name:
    names too long for the column end in "…" ("Psychological su…"), never lose their middle,
    and the codebook's name column has all the width the count columns leave."""
    codebook = window.workbench.codebook
    tree = codebook.tree
    tree.expandAll()
    qtbot.wait(50)
    assert tree.textElideMode() == Qt.TextElideMode.ElideRight
    header = tree.header()
    counts = sum(header.sectionSize(c) for c in range(1, header.count()) if not header.isSectionHidden(c))
    assert header.sectionSize(0) >= tree.viewport().width() - counts - 1, (header.sectionSize(0), counts)
    # each count column is as wide as its numbers and title need, no wider
    for column in range(1, header.count()):
        need = max(header.sectionSizeHint(column), tree.sizeHintForColumn(column))
        assert header.sectionSize(column) <= need + 2, (column, header.sectionSize(column), need)
    # the full name of a long code is in its tooltip
    index = next(i for i in _indexes(tree.model()) if i.data() == "Psychological support")
    assert "Psychological support" in str(index.data(Qt.ItemDataRole.ToolTipRole))
    dock = window.regression_dock
    dock.show_panel()
    panel = dock.panel
    qtbot.waitUntil(lambda: panel.table is not None, timeout=20000)
    assert panel.tree.textElideMode() == Qt.TextElideMode.ElideRight


def test_stripe_labels_are_readable_and_tooltips_name_the_codes_at_1280(qtbot, window):
    """Beside the first transcript, a coded line's bar says which code it is in words one can
    read ("Trauma-informed cou…", not "Tra…"), and hovering a bar names its code(s) in full."""
    from qualcode.services.codebook.codes import list_codes
    from qualcode.services.corpus.documents import list_documents

    viewer = window.workbench.viewer
    viewer.show_document(list_documents(window.session.project)[0].id)
    qtbot.wait(100)
    margin = viewer.view.stripes
    stripes = margin.compute()
    assert stripes, "the demo's first transcript is coded"
    names = {c.id: c.name for c in list_codes(window.session.project).values()}
    for stripe in stripes:
        centre = margin.stripe_centre(stripe.segment_id)
        tip = margin.tooltip_at(centre.x(), centre.y())
        assert tip.splitlines()[0] == names[stripe.code_id], (tip, names[stripe.code_id])
    # the tooltip also answers Qt's tooltip event (what a hover delivers)
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    first = stripes[0]
    centre = margin.stripe_centre(first.segment_id)
    margin.event(QHelpEvent(QEvent.Type.ToolTip, centre, margin.mapToGlobal(centre)))
    assert names[first.code_id] in QToolTip.text()
    QToolTip.hideText()
    # every coded segment in sight carries a label, and each says more than three letters
    labels = margin.labels()
    assert {s.code_id for s, _t in labels} == {s.code_id for s in stripes}
    for stripe, text in labels:
        full = names[stripe.code_id]
        assert text == full or (text.endswith("…") and full.startswith(text[:-1]) and len(text) >= 10), (text, full)


def test_a_sub_code_variable_keeps_its_own_name_readable(qtbot, window):
    """In the regression panel's variables, "Social support / Peer support" too long for the
    column shortens its parent, not the code a researcher is looking for."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    dock = window.regression_dock
    dock.show_panel()
    panel = dock.panel
    qtbot.waitUntil(lambda: panel.table is not None, timeout=20000)
    tree = panel.tree
    tree.expandAll()
    tree.setColumnWidth(0, 190)
    index = next(i for i in _indexes(tree.model()) if str(i.data()).endswith("Social support / Peer support"))
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option.rect = tree.visualRect(index)
    delegate = tree.itemDelegateForColumn(0)
    delegate.initStyleOption(option, index)
    shown = option.text
    assert "Peer support" in shown and "Social support" not in shown, shown


def _chip_names_shown(label) -> str:
    """What a chip label says, as plain text (rich text, non-breaking spaces and hyphens undone)."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText().replace("\xa0", " ").replace("\u2011", "-")


def _widest_line(label) -> float:
    """The width of the widest line of a word-wrapped rich-text label laid out at its own width."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    doc.setHtml(label.text())
    doc.setTextWidth(label.contentsRect().width())
    return doc.idealWidth()


@pytest.mark.parametrize("layout", ["Themes", "Coding"])
def test_theme_board_columns_share_the_width_and_chips_are_readable_at_1280(qtbot, window, layout):
    """On the Themes board at 1280x800 each phase column gets an equal share of the width, no
    column scrolls sideways, and every code on a card is shown whole or, if cut, named in full
    in the chips' tooltip ("Trauma-informed counselling" in the Defined column)."""
    from qualcode.services.codebook.codes import list_codes
    from qualcode.services.themes.theme_edits import list_themes

    window.help_ui.apply_layout(layout)
    ui = window.themes_ui
    board = ui.tab.board
    ui.show_themes(board)
    qtbot.waitUntil(lambda: sum(len(c.cards) for c in board.columns.values()) > 0, timeout=10000)
    qtbot.wait(100)
    columns = list(board.columns.values())
    widths = [c.width() for c in columns]
    assert max(widths) - min(widths) <= 2, widths
    assert min(widths) >= 150, widths
    codes = list_codes(window.session.project)
    names = [codes[c].name for t in list_themes(window.session.project) for c in t.code_ids if c in codes]
    assert "Trauma-informed counselling" in names  # the demo's long chip
    seen = []
    for column in columns:
        bar = column.scroll_area.horizontalScrollBar()
        assert not bar.isVisible() and bar.maximum() == 0, (column.status, bar.maximum())
        viewport = column.scroll_area.viewport()
        for card in column.cards:
            right = card.mapTo(viewport, card.rect().topRight()).x()
            assert right <= viewport.width(), (card.theme.name, right, viewport.width())
            for label in (card.codes_label, card.warnings_label):  # no chip overruns its card
                assert _widest_line(label) <= label.contentsRect().width() + 1, (card.theme.name, label.text())
            shown, tip = _chip_names_shown(card.codes_label), card.codes_label.toolTip()
            for code_id in card.theme.code_ids:
                name = codes[code_id].name
                assert name in shown or name in tip, (card.theme.name, name, shown, tip)
                seen.append(name)
    assert sorted(seen) == sorted(names)


def test_codebook_key_column_shows_only_when_a_code_has_a_quick_key(qtbot, window):
    """The demo codes have no quick keys: the codebook spends no width on an empty Key column.
    Giving a code a key shows the column with the key in it; undo hides it again."""
    from qualcode.ui.models.codebook_model import COL_KEY

    codebook = window.workbench.codebook
    tree, header = codebook.tree, codebook.tree.header()
    assert all(c.quick_key is None for c in codebook.model.codes().values())
    qtbot.wait(50)
    assert header.isSectionHidden(COL_KEY) or header.sectionSize(COL_KEY) <= 4
    name_width = header.sectionSize(0)
    code_id = next(c.id for c in codebook.model.codes().values() if c.name == "Peer support")
    assert codebook.assign_quick_key(code_id, 3)
    qtbot.waitUntil(lambda: not header.isSectionHidden(COL_KEY), timeout=5000)
    qtbot.wait(50)
    index = codebook.view_index(code_id).siblingAtColumn(COL_KEY)
    assert index.data() == "3"
    rect = tree.visualRect(index)
    assert rect.width() >= tree.fontMetrics().horizontalAdvance("3")
    assert 0 <= rect.left() and rect.right() <= tree.viewport().width()  # on screen, no sideways scrolling
    assert tree.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(0) < name_width  # the name column made room for it
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: header.isSectionHidden(COL_KEY), timeout=5000)
    assert header.sectionSize(0) >= name_width - 1  # and takes the room back
    assert tree.horizontalScrollBar().maximum() == 0
    window.session.undo_stack.redo()
    qtbot.waitUntil(lambda: not header.isSectionHidden(COL_KEY), timeout=5000)
