"""The coding area (document list, viewer, floating bar, codebook menu, segments / search / memos /
matrices tabs, theme board, thematic map, theme review, definition dialog, Themes menu and docks)
speaks Russian and Uzbek: built on the demo project once in English and once in each language,
no visible text at the same place may stay English — except names and data (code, document,
theme, coder and case names, numbers), which are the researcher's and never translated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from qualcode.core.memo import MemoTarget
from qualcode.services.codebook.codes import list_codes
from qualcode.services.coding.retrieval import case_attribute_values, case_keys
from qualcode.services.corpus.documents import list_documents
from qualcode.services.demo.build_demo import build_demo
from qualcode.services.projects import list_coders
from qualcode.services.themes.thematic_map import get_map
from qualcode.services.themes.theme_edits import list_themes
from qualcode.ui.panes.codebook_pane import CodebookPane
from qualcode.ui.panes.document_list_pane import DocumentListPane
from qualcode.ui.panes.document_viewer_pane import DocumentViewerPane
from qualcode.ui.panes.retrieval_tabs import RetrievalTabs
from qualcode.ui.session import ProjectSession
from qualcode.ui.themes.theme_definition_dialog import ThemeDefinitionDialog
from qualcode.ui.themes.themes_ui import install_themes_ui

I18N = Path(__file__).parents[2] / "qualcode" / "resources" / "i18n"
#: Qt's own texts in QPlainTextEdit's standard context menu (translated by Qt's qtbase_*.qm,
#: which the app's loader installs — not part of this area's files)
QT_OWN = {"&Copy", "Copy &Link Location", "Select All", "&Undo", "&Redo", "Cu&t", "&Paste", "Delete",
          "OK", "&OK", "Cancel", "&Cancel"}  # and QDialogButtonBox's standard buttons
#: not words of any language: file formats, keys, product names
NEUTRAL = ("PNG", "SVG", "CSV", "XLSX", "Excel", "Word", "Ctrl", "Shift", "Del", "F2", "In vivo")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    project = build_demo(tmp_path_factory.mktemp("i18n_coding") / "Demo.qcproj")
    yield project
    project.close()


def _install(app, lang: str) -> list[QTranslator]:
    """The language's translators: the app's loader if present, else this area's .qm files."""
    try:
        from qualcode.ui.i18n import install_language
    except ImportError:
        installed = []
        for qm in sorted(I18N.glob(f"*_{lang}.qm")):
            translator = QTranslator()
            assert translator.load(str(qm)), qm
            app.installTranslator(translator)
            installed.append(translator)
        return installed
    install_language(app, lang)
    return []


def _uninstall(app, installed: list[QTranslator]) -> None:
    try:
        from qualcode.ui.i18n import install_language
    except ImportError:
        for translator in installed:
            app.removeTranslator(translator)
        return
    install_language(app, "en")


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ").strip()


def _menu_texts(menu: QMenu, key: str) -> Iterator[tuple[str, str]]:
    yield f"{key}/title", menu.title()
    for i, action in enumerate(menu.actions()):
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{key}/{i}")  # type: ignore[arg-type]
        elif not action.isSeparator():
            yield f"{key}/{i}", action.text().split("\t")[0]
            yield f"{key}/{i}/tip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""


def _in_area(model: object) -> bool:
    """Models of ui/models belong to another helper's area (i18n-c) and are checked there."""
    source = getattr(model, "sourceModel", lambda: None)() or model
    return not type(source).__module__.startswith("qualcode.ui.models")


def _widget_texts(root: QWidget, key: str) -> Iterator[tuple[str, str]]:
    widgets = [root, *root.findChildren(QWidget)]
    for i, w in enumerate(widgets):
        k = f"{key}/{i}:{type(w).__name__}"
        if w.isWindow():
            yield f"{k}/window", w.windowTitle()
        yield f"{k}/tip", w.toolTip()
        if isinstance(w, QLabel):
            yield f"{k}/text", _plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield f"{k}/text", w.text()
        elif isinstance(w, QGroupBox):
            yield f"{k}/title", w.title()
        elif isinstance(w, QDockWidget):
            yield f"{k}/title", w.windowTitle()
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield f"{k}/placeholder", w.placeholderText()
        if isinstance(w, QComboBox):
            for j in range(w.count()):
                yield f"{k}/item{j}", w.itemText(j)
        if isinstance(w, QTabWidget):
            for j in range(w.count()):
                yield f"{k}/tab{j}", w.tabText(j)
        if isinstance(w, QTabBar):
            for j in range(w.count()):
                yield f"{k}/tab{j}", w.tabText(j)
        if isinstance(w, QTreeWidget):
            for j in range(w.topLevelItemCount()):
                item = w.topLevelItem(j)
                yield f"{k}/row{j}", item.text(0)
                for c in range(item.childCount()):
                    yield f"{k}/row{j}/{c}/tip", item.child(c).toolTip(0)
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None \
                and _in_area(w.model()):
            model = w.model()
            for c in range(model.columnCount()):
                yield f"{k}/header{c}", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for r in range(min(model.rowCount(), 5)):
                yield f"{k}/cell{r}", str(model.index(r, 0).data() or "")
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            tips = sorted(item.toolTip() for item in w.scene().items())
            for j, tip in enumerate(tips):
                yield f"{k}/item{j}/tip", tip
        for j, action in enumerate(w.actions()):
            yield f"{k}/action{j}", action.text()


def _build(qtbot, project) -> list[tuple[str, str]]:
    """Every text of the coding area's widgets as built now, in a fixed order."""
    session = ProjectSession(project, "Dilnoza")
    texts: list[tuple[str, str]] = []
    codes = list_codes(project)
    code_id = min(codes)
    documents = DocumentListPane(session)
    qtbot.addWidget(documents)
    viewer = DocumentViewerPane(session)
    qtbot.addWidget(viewer)
    doc_id = documents.shown_ids()[0]
    viewer.show_document(doc_id)
    view = viewer.view
    seg = view.index.all()[0]  # a coded segment: its menu offers select / memo / remove
    cursor = view.textCursor()
    cursor.setPosition(seg.start)
    view.setTextCursor(cursor)
    menu_pos = view.viewport().mapTo(view, view.cursorRect().center())
    texts += _menu_texts(view.build_context_menu(menu_pos), "text_menu")
    viewer.bar.show()
    codebook = CodebookPane(session)
    qtbot.addWidget(codebook)
    texts += _menu_texts(codebook.build_context_menu(code_id), "code_menu")
    texts += _menu_texts(codebook.build_context_menu(None), "codebook_menu")
    tabs = RetrievalTabs(session, viewer, codebook)
    qtbot.addWidget(tabs)
    tabs.segments.show_code(code_id)
    tabs.search.query.setText("the")
    with qtbot.waitSignal(tabs.search.search_finished, timeout=30000):
        tabs.search.run_search()
    tabs.memos.new_entry(MemoTarget.PROJECT, None, journal=True, text="Reflexive note", title="Week 1")
    with qtbot.waitSignal(tabs.matrices.matrix_ready, timeout=30000):
        tabs.matrices.compute()
    tabs.matrices.show_cell(tabs.matrices.model.index(0, 0))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&Themes")
    ui = install_themes_ui(window, session)
    theme = list_themes(project)[0]
    ui.tab.board.refresh()
    ui.tab.map_view.refresh()
    ui.tab.review.refresh()
    ui.tab.review.show_theme(theme.id)
    texts += _menu_texts(ui.tab.board.build_card_menu(theme.id), "card_menu")
    for i, action in enumerate(ui.actions):
        texts.append((f"themes_menu/{i}", action.text()))
    for dock in (ui.navigator_dock, ui.editor_dock):
        texts.append((f"dock/{dock.objectName()}", dock.windowTitle()))
    for i in range(ui.centre.count()):
        texts.append((f"centre/{i}", ui.centre.tabText(i)))
    dialog = ThemeDefinitionDialog(theme)
    qtbot.addWidget(dialog)
    for key, root in (("documents", documents), ("viewer", viewer), ("codebook", codebook), ("tabs", tabs),
                      ("themes", ui.tab), ("dialog", dialog)):
        texts += _widget_texts(root, key)
    session.undo_stack.clear()
    return texts


def _data_names(project) -> list[str]:
    names = {c.name for c in list_codes(project).values()}
    names |= {d.name for d in list_documents(project)} | {t.name for t in list_themes(project)}
    names |= {c.name for c in list_coders(project)} | {"Dilnoza", "Week 1", "Reflexive note"}
    names |= {t.definition for t in list_themes(project) if t.definition}
    names |= {link.label for link in get_map(project).links if link.label}  # the user's words on the map
    # as theme cards show them: code chips with no-break spaces and hyphens
    names |= {n.replace(" ", "\xa0").replace("-", "\u2011") for n in names} | {n.replace("-", "\u2011") for n in names}
    names |= set(case_keys(project).values())
    for attribute, values in case_attribute_values(project).items():
        names |= {attribute, *map(str, values)}
    return sorted(names, key=len, reverse=True)


def _english_left(text: str, names: list[str]) -> bool:
    """Whether ``text`` still holds words once names, data and neutral tokens are taken out."""
    if text.split("\t")[0] in QT_OWN:
        return False
    for name in [*names, *NEUTRAL]:
        text = text.replace(name, " ")
    return re.search(r"[A-Za-z]{2,}", text) is not None


@pytest.mark.parametrize("lang", ["ru", "uz"])
def test_coding_area_has_no_english_left(qtbot, qapp, demo, lang):
    english = _build(qtbot, demo)
    installed = _install(qapp, lang)
    try:
        translated = _build(qtbot, demo)
    finally:
        _uninstall(qapp, installed)
    # Compared place by place. A busy machine can finish a background fill (a count, a header
    # tooltip) in one build and not the other, so the shapes may differ by a few places; nearly
    # all must match, and every matching place is checked.
    english_at, translated_at = dict(english), dict(translated)
    common = [key for key in english_at if key in translated_at]
    assert len(common) >= 0.95 * len(english_at), "the two builds differ in shape"
    names = _data_names(demo)
    left = [(key, english_at[key]) for key in common
            if english_at[key] and english_at[key] == translated_at[key] and _english_left(english_at[key], names)]
    assert left == [], "\n".join(map(repr, left))
    # the check can fail: the English build itself is full of English
    assert sum(_english_left(en, names) for _k, en in english) > 150


def test_russian_plurals_take_three_forms(qapp):
    installed = _install(qapp, "ru")
    try:
        forms = [QCoreApplication.translate("ThemeCard", "%n segment(s)", "", n) for n in (1, 2, 5, 21, 11)]
    finally:
        _uninstall(qapp, installed)
    assert forms == ["1 фрагмент", "2 фрагмента", "5 фрагментов", "21 фрагмент", "11 фрагментов"]


@pytest.mark.parametrize("label", ["Интервьюер", "интервьюер", "И", "Модератор", "Intervyuer", "Tadqiqotchi"])
def test_interviewer_labels_in_russian_and_uzbek_are_grey_like_the_english_one(qapp, label):
    from qualcode.ui.viewer.turn_rendering import speaker_colour

    assert speaker_colour(label, 3) == speaker_colour("Interviewer", 3)
    assert speaker_colour("Респондент", 3) != speaker_colour("Interviewer", 3)


@pytest.mark.parametrize("lang", ["ru", "uz"])
def test_every_translation_is_finished_and_keeps_its_placeholders(lang):
    """A translation that drops "{code}" or "%n" would raise or show a wrong number at runtime."""
    import xml.etree.ElementTree as ET

    root = ET.parse(I18N / f"coding_{lang}.ts").getroot()
    problems = []
    messages = 0
    for context in root.iter("context"):
        for message in context.iter("message"):
            messages += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            wanted = set(re.findall(r"\{\w+\}", source))
            for text in texts:
                if translation.get("type") == "unfinished" or not text.strip():
                    problems.append(f"unfinished: {source!r}")
                elif set(re.findall(r"\{\w+\}", text)) != wanted:
                    problems.append(f"placeholders: {source!r} -> {text!r}")
                elif message.get("numerus") == "yes" and "%n" not in text and "%Ln" not in text:
                    problems.append(f"no count: {source!r} -> {text!r}")
                elif lang == "uz" and re.search(r"[oOgG]['‘’`]", text):
                    problems.append(f"oʻ/gʻ must use U+02BB: {text!r}")
    assert messages > 200
    assert problems == []
