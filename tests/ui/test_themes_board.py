"""The theme board with real widgets: cards per status column, cases n/N, thin / overlap
chips, dropping codes from the real codebook model onto a card, undo/redo."""

from __future__ import annotations

import warnings

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from qualcode.core.theme import ThemeStatus
from qualcode.services.themes import theme_edits as themes
from qualcode.services.codebook.codes import list_codes
from qualcode.ui.models.codebook_model import CodebookModel
from qualcode.ui.themes.theme_card import THEME_MIME, encode_ids
from qualcode.ui.themes.themes_board import ThemesBoard
from tests.ui.themes_fixtures import themed  # noqa: F401 - fixture


def _drop(widget, mime) -> None:
    """What Qt does at the end of a drag: enter (must be accepted), then drop. Qt only routes
    drop events during a real drag session, so the handlers are called directly."""
    with warnings.catch_warnings():  # PySide6 6.12 flags the only QPoint signature it offers as deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    widget.dragEnterEvent(enter)
    assert enter.isAccepted()
    widget.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))


def _board(qtbot, session) -> ThemesBoard:
    board = ThemesBoard(session)
    qtbot.addWidget(board)
    board.show()
    return board


def test_cards_show_codes_cases_and_no_warnings_for_the_real_focus_group(qtbot, themed):
    session, b = themed
    board = _board(qtbot, session)
    cards = board.columns[ThemeStatus.CANDIDATE].cards
    assert [c.theme.name for c in cards] == ["Demanding but worthwhile", "Struggling with materials"]
    demanding, struggling = cards
    # by hand (see theme_project): id1 and id3 of the 3 speakers, 4 coded quotes
    assert demanding.coverage_label.text().replace("\xa0", " ") == "2/3 cases · 4 segments"
    assert struggling.coverage_label.text().replace("\xa0", " ") == "1/3 cases · 1 segment"
    chips = demanding.codes_label.text().replace("&nbsp;", " ")  # a chip's words never part
    assert "Workload" in chips and "Value of the course" in chips
    assert demanding.warning_texts == [] and struggling.warning_texts == []  # 1/3 = 33 % is not thin
    assert board.columns[ThemeStatus.REVIEWED].cards == []


def test_drop_a_code_from_the_codebook_onto_a_card_then_undo_redo(qtbot, themed, project):
    session, b = themed
    board = _board(qtbot, session)
    tid = b.themes["Struggling with materials"]
    card = board.card(tid)
    codebook = CodebookModel(list_codes(project))  # W1's model: its drag payload is what we accept
    mime = codebook.mimeData([codebook.index_of(b.codes["Value of the course"])])
    with qtbot.waitSignal(session.events.changed):
        _drop(card, mime)
    assert themes.get_theme(project, tid).code_ids == (b.codes["Lecture slides"], b.codes["Value of the course"])
    qtbot.waitUntil(lambda: board.card(tid) is not None and
                    board.card(tid).coverage_label.text().replace("\xa0", " ") == "3/3 cases · 3 segments")
    # now the theme shares "Value of the course" with the other: both overlap
    qtbot.waitUntil(lambda: any(w.startswith("overlaps Demanding") for w in board.card(tid).warning_texts))
    session.undo_stack.undo()
    assert themes.get_theme(project, tid).code_ids == (b.codes["Lecture slides"],)
    qtbot.waitUntil(lambda: board.card(tid).coverage_label.text().replace("\xa0", " ") == "1/3 cases · 1 segment")
    session.undo_stack.redo()
    assert b.codes["Value of the course"] in themes.get_theme(project, tid).code_ids


def test_empty_theme_is_thin_and_sub_theme_and_status_moves(qtbot, themed, project):
    session, b = themed
    board = _board(qtbot, session)
    parent = b.themes["Demanding but worthwhile"]
    new_id = board.new_theme(parent_id=parent, name="Assignments")
    qtbot.waitUntil(lambda: board.card(new_id) is not None)
    card = board.card(new_id)
    assert card.coverage_label.text().replace("\xa0", " ") == "0/3 cases · 0 segments"
    assert card.warning_texts == ["thin"]  # 0 of 3 cases < 20 %
    assert card.title.text().startswith("<b>↳ ")  # drawn under its parent
    cards = [c.theme.id for c in board.columns[ThemeStatus.CANDIDATE].cards]
    assert cards.index(new_id) == cards.index(parent) + 1
    # drag the parent's card onto the "reviewed" column
    _drop(board.columns[ThemeStatus.REVIEWED], encode_ids([parent], THEME_MIME))
    assert themes.get_theme(project, parent).status is ThemeStatus.REVIEWED
    qtbot.waitUntil(lambda: [c.theme.id for c in board.columns[ThemeStatus.REVIEWED].cards] == [parent])
    session.undo_stack.undo()
    assert themes.get_theme(project, parent).status is ThemeStatus.CANDIDATE
    # a card dropped on another card becomes its sub-theme
    struggling = b.themes["Struggling with materials"]
    _drop(board.card(parent), encode_ids([struggling], THEME_MIME))
    assert themes.get_theme(project, struggling).parent_id == parent
    session.undo_stack.undo()
    assert themes.get_theme(project, struggling).parent_id is None


def test_card_menu_offers_every_move(qtbot, themed):
    session, b = themed
    board = _board(qtbot, session)
    menu = board.build_card_menu(b.themes["Struggling with materials"])
    texts = [a.text() for a in menu.actions()]
    assert texts[:4] == ["Define and name…", "Review segments…", "Rename…", "New sub-theme…"]
    assert "Delete theme" in texts
    menu.deleteLater()


def test_a_chip_wraps_as_one_piece():
    from qualcode.ui.themes.theme_card import _chip

    html = _chip("Trauma-informed counselling", "#56B4E9")
    assert "Trauma\u2011informed&nbsp;counselling" in html  # no break inside the name
    long_name = "A very long code name that cannot fit on any card at all"
    assert "long code name" in _chip(long_name, "#56B4E9")  # may wrap between its words


def test_a_card_narrower_than_a_chip_wraps_or_cuts_it_and_names_it_in_full(qtbot):
    """In a narrow column a chip wider than the card breaks between its words; a word wider than
    the card ends in "…", and hovering the chips names every code in full."""
    from PySide6.QtGui import QTextDocument

    from qualcode.ui.themes.theme_card import ChipLabel

    label = ChipLabel([("Trauma-informed counselling", "#56B4E9"), ("Selbstbestimmungsrechtsverletzungen", "#E69F00")])
    qtbot.addWidget(label)
    label.resize(140, 200)
    label.show()
    qtbot.waitUntil(lambda: "…" in label.text())
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    doc.setHtml(label.text())
    doc.setTextWidth(label.contentsRect().width())
    assert doc.idealWidth() <= label.contentsRect().width() + 1  # nothing runs past the card's edge
    shown = doc.toPlainText().replace("\xa0", " ")
    assert "Trauma-informed" in shown and "counselling" in shown  # broken between words, not cut
    assert "Selbstbestimmungsrechtsverletzungen" not in shown
    assert label.toolTip().splitlines() == ["Trauma-informed counselling", "Selbstbestimmungsrechtsverletzungen"]
    label.resize(600, 200)  # wide enough again: whole names, no tooltip needed
    qtbot.waitUntil(lambda: "…" not in label.text())
    assert label.toolTip() == ""
