"""Issue 19, the "analysis" area in Russian and Uzbek: the regression panel with a fitted model,
the joint-display view, the privacy review, audit log, roster, encrypted copy, the New display
and segments dialogs and the item models' headers show no English string (except names, data,
numbers and statistical symbols), plural forms follow each language, and stored keys (roster
kinds, measures, audit actions) stay English data whatever the interface language.

Each widget is built once per language on the same demo project and walked with
``tests/ui/i18n_walk.py``; a text at the same place equal to the English build's is reported.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QWidget  # noqa: E402

from qualcode.services.demo.build_demo import build_demo  # noqa: E402
from qualcode.ui.session import ProjectSession  # noqa: E402
from tests.ui.i18n_walk import untranslated, walk  # noqa: E402
from tests.ui.qt_wait import wait, wait_until  # noqa: E402

#: generous: the first fit imports statsmodels in its worker (seconds on a loaded machine)
WAIT = 60_000
#: the same in every language: statistics symbols and formats, the product, file types
ALLOWED = {"p", "b", "β", "n", "N", "R²", "ROC", "Q–Q", "AUC", "VIF", "NB2", "OK", "QualCode", "Word", "Word…",
           "CSV", "NER"}


def _install(app: QApplication, lang: str) -> None:
    from qualcode.ui.i18n import install_language

    install_language(app, lang)


def _data_names(project) -> set[str]:
    """What the user (here: the demo) named: codes, themes, documents, cases, variables, analyses."""
    from qualcode.services.codebook.codes import list_codes
    from qualcode.services.corpus.documents import list_cases, list_documents
    from qualcode.services.mixed.joint_displays import list_joint_displays
    from qualcode.services.mixed.linking import build_case_table
    from qualcode.services.mixed.saved_analyses import list_analyses
    from qualcode.services.themes.theme_edits import list_themes

    names = {c.name for c in list_codes(project).values()} | {t.name for t in list_themes(project)}
    names |= {d.name for d in list_documents(project)}
    names |= {c.key for c in list_cases(project)} | {c.label for c in list_cases(project)}
    names |= {a.name for a in list_analyses(project)} | {d.name for d in list_joint_displays(project)}
    table = build_case_table(project)
    names |= {str(c) for c in table.frame.columns} | {v.name for v in table.survey_variables}
    names |= {v.label for v in table.survey_variables if v.label}
    names |= {str(level) for c, kind in table.types.items() if kind in ("categorical", "ordinal", "binary")
              for level in table.frame[c].dropna().unique()}  # reference levels are data
    return names


#: names of fit statistics, written the same in every language (the logit fit line is only these)
STATISTICS = {"AUC", "Brier", "HL", "McFadden", "AIC", "R²", "LR", "VIF", "Brant", "p", "n", "N", "alpha"}


def _is_data(text: str, data: set[str]) -> bool:
    """A name or a list of names/values (``"S012, S013"``, ``"Peer support / Trust"``), numbers, or
    a line of statistics (``"n = 39 · AUC .66 [.49, .84] · Brier .22"``)."""
    plain = " ".join(text.replace("&", "").split())
    if plain in data or plain in ALLOWED:
        return True
    if all(word in STATISTICS for word in re.findall(r"[^\W\d_]+", plain)):
        return True
    parts = [p.strip(" ▾▣#◐≡№◇·()[]") for p in plain.replace("/", ",").replace("·", ",").split(",")]
    return all(not p or p in data or p in ALLOWED or not any(ch.isalpha() for ch in p) for p in parts)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    project = build_demo(tmp_path_factory.mktemp("i18n_analysis") / "Demo.qcproj")
    yield project
    project.close()


@pytest.fixture(scope="module")
def findings(demo):
    from qualcode.services.privacy import RosterName, find_in_project, set_roster

    set_roster(demo, [RosterName("Dilnoza", "participant", "P01"), RosterName("Tashkent", "place", "[City]")])
    return find_in_project(demo)


def build_area(session: ProjectSession, findings: list) -> dict[str, QWidget]:
    """Every window of the area, filled as a user sees it (a fitted logit model on show)."""
    from qualcode.ui.analysis.install import SegmentsDialog
    from qualcode.ui.analysis.regression_panel import RegressionPanel
    from qualcode.ui.joint.joint_display_view import JointDisplayView
    from qualcode.ui.joint.new_display_dialog import NewDisplayDialog
    from qualcode.ui.privacy.audit_dialog import AuditDialog
    from qualcode.ui.privacy.encrypt_dialog import EncryptCopyDialog
    from qualcode.ui.privacy.review_dialog import PrivacyReviewDialog
    from qualcode.ui.privacy.roster_dialog import RosterDialog

    panel = RegressionPanel(session)
    panel.resize(1280, 700)
    panel.show()
    wait_until(lambda: panel.table is not None, WAIT, "the case table")
    panel.set_outcome("SR")
    panel.add_predictors(["LA", "TIC", "origin", "theme_finally_having_rights_any"])
    panel.run_model()
    wait_until(lambda: not panel.is_running(), WAIT, "the model fit")
    assert panel.run is not None, panel.fit_label.text()  # a failed fit says why, at once
    joint = JointDisplayView(session)
    joint.resize(1280, 700)
    joint.show()
    wait_until(lambda: joint.view is not None, WAIT, "the joint display")
    review = PrivacyReviewDialog(session)
    review._show_findings(findings)
    widgets: dict[str, QWidget] = {
        "panel": panel, "joint": joint, "review": review, "audit": AuditDialog(session),
        "roster": RosterDialog(session), "encrypt": EncryptCopyDialog(session),
        "new_display": NewDisplayDialog(joint.variables, ()),
        "segments": SegmentsDialog("Finally having rights", [{"document": "S001", "case": "S001", "code": "Trust",
                                                       "text": "…"}]),
    }
    return widgets


@pytest.fixture(scope="module")
def walks(qapp, demo, findings):
    """``{lang: {window: {path: text}}}`` and a few rendered values, built in en, ru and uz."""
    session = ProjectSession(demo, "Tester")
    out: dict[str, dict] = {}
    try:
        for lang in ("en", "ru", "uz"):
            _install(qapp, lang)
            widgets = build_area(session, findings)
            panel = widgets["panel"]
            out[lang] = {name: walk(w) for name, w in widgets.items()}
            forest = panel.plots.axes("Forest")
            out[lang]["_plots"] = {"forest-x": " ".join(forest.get_xlabel().replace("\u00a0", " ").split()),
                                   "tabs": [panel.plots.tabText(i) for i in range(panel.plots.count())]}
            out[lang]["_header"] = panel.result_table.header
            out[lang]["_fit"] = panel.fit_label.text()
            out[lang]["_notes"] = panel.notes.toPlainText()
            out[lang]["_roster"] = widgets["roster"].entries()
            for w in widgets.values():
                w.close()
                w.deleteLater()
            wait(50)
    finally:
        _install(qapp, "en")
        session.undo_stack.clear()
    return out


#: words that are spelled the same in a language (Uzbek "Model:" is "Model:")
SAME_IN = {"ru": set(), "uz": {"Model:", "Format", "Forest"}}
#: Qt's own standard buttons (Save, Cancel, Close): translated by Qt's catalogue, not ours
STANDARD_BUTTONS = {"Save", "Cancel", "Close", "OK"}


@pytest.mark.parametrize("lang", ["ru", "uz"])
def test_no_english_left_in_the_analysis_windows(walks, demo, lang):
    data = _data_names(demo) | SAME_IN[lang]
    left = {}
    for name, english in walks["en"].items():
        if name.startswith("_"):
            continue
        translated = walks[lang][name]
        assert translated.keys() == english.keys() or set(translated) & set(english), name
        for path, text in untranslated(english, translated, ALLOWED).items():
            if "QDialogButtonBox" in path and text.replace("&", "") in STANDARD_BUTTONS:
                continue  # Qt's own catalogue: test_qt_standard_buttons_are_translated
            if not _is_data(text, data):
                left[f"{name}:{path}"] = text
    assert left == {}, "\n".join(f"{k}: {v!r}" for k, v in left.items())


@pytest.mark.parametrize("lang", ["ru", "uz"])  # Uzbek: Qt ships none; qtstd_uz.ts is ours
def test_qt_standard_buttons_are_translated(walks, lang):
    buttons = {path: text for name, texts in walks[lang].items() if not name.startswith("_")
               for path, text in texts.items() if "QDialogButtonBox" in path}
    assert buttons and not set(buttons.values()) & STANDARD_BUTTONS, buttons


@pytest.mark.parametrize("lang, header, axis", [
    ("ru", ("Параметр", "ОШ", "95% ДИ", "p"), "Отношение шансов (95% ДИ), логарифмическая шкала"),
    ("uz", ("Parametr", "ShN", "95% IO", "p"), "Shanslar nisbati (95% IO), logarifmik shkala"),
])
def test_result_table_and_forest_plot_speak_the_language(walks, lang, header, axis):
    assert walks["en"]["_header"][:4] == ("Term", "OR", "95% CI", "p")
    assert walks[lang]["_header"][:4] == header  # "p" stays the statistical symbol
    assert walks[lang]["_plots"]["forest-x"] == axis
    assert walks["en"]["_plots"]["forest-x"] == "Odds ratio (95% CI), log scale"
    assert walks[lang]["_plots"]["tabs"] != walks["en"]["_plots"]["tabs"]


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Примечание. Отношения шансов с 95% ДИ Вальда, exp(b ± 1,96 SE)"),
    ("uz", "Izoh. Vald 95% IO bilan shanslar nisbatlari"),
])
def test_model_notes_are_translated_with_their_numbers(walks, lang, sentence):
    english, translated = walks["en"]["_notes"].splitlines(), walks[lang]["_notes"].splitlines()
    assert "Note. Odds ratios with Wald 95% CIs, exp(b ± 1.96 SE); unpenalised maximum likelihood." in english
    assert any(line.startswith(sentence) for line in translated)
    # the listwise-deletion note keeps its numbers and the missing counts per variable (data)
    dropped = next(line for line in english if line.startswith("Note. Listwise deletion:"))
    numbers = re.search(r"(\d+) of (\d+) rows dropped \(missing: (.*)\)", dropped).groups()  # type: ignore[union-attr]
    assert any(all(n in line for n in numbers) and "Listwise" not in line for line in translated), numbers


def test_stored_keys_stay_english_data_in_every_language(walks):
    # the roster dialog shows "участник" but saves the kind the finder understands
    assert walks["ru"]["_roster"] == walks["uz"]["_roster"] == walks["en"]["_roster"]
    assert {e.kind for e in walks["ru"]["_roster"]} <= {"participant", "person", "staff", "place", "organisation"}


@pytest.mark.parametrize("lang, n, expected", [
    ("ru", 1, "1 закодированный фрагмент"), ("ru", 3, "3 закодированных фрагмента"),
    ("ru", 5, "5 закодированных фрагментов"), ("ru", 21, "21 закодированный фрагмент"),
    ("ru", 12, "12 закодированных фрагментов"),
    ("uz", 1, "1 ta kodlangan parcha"), ("uz", 7, "7 ta kodlangan parcha"),
    ("en", 1, "1 coded segment"), ("en", 2, "2 coded segments"),
])
def test_plural_forms(qapp, lang, n, expected):
    _install(qapp, lang)
    try:
        assert QCoreApplication.translate("SegmentsDialog", "%n coded segment(s)", "", n) == expected
    finally:
        _install(qapp, "en")


@pytest.mark.parametrize("lang, n, expected", [
    ("ru", 1, "1 транскрипт без случая"), ("ru", 2, "2 транскрипта без случая"),
    ("ru", 11, "11 транскриптов без случая"), ("en", 1, "1 transcript has no case"),
    ("en", 4, "4 transcripts have no case"), ("uz", 4, "4 ta transkriptning holati yoʻq"),
])
def test_plural_forms_of_module_functions(qapp, lang, n, expected):
    """``QCoreApplication.translate(..., n)`` (not ``self.tr``) gets its plural forms too."""
    from qualcode.ui.analysis.panel_text import unlinked_sentence

    _install(qapp, lang)
    try:
        assert unlinked_sentence([f"T{i}" for i in range(n)]).startswith(" · " + expected)
    finally:
        _install(qapp, "en")


def test_measure_editor_shows_the_language_and_stores_the_key(qapp, qtbot):
    from qualcode.ui.analysis.variables_model import MeasureDelegate, VariableItem, VariablesModel, _Group

    _install(qapp, "ru")
    try:
        model = VariablesModel()
        group = _Group("Темы", [VariableItem("Trust", "theme", 1, {"presence": "t_any", "count": "t_n"})])
        model.beginResetModel()
        model._groups = [group]
        model.endResetModel()
        index = model.index(0, 1, model.index(0, 0))
        assert index.data() == "наличие ▾"
        parent = QWidget()
        editor = MeasureDelegate().createEditor(parent, None, index)  # type: ignore[arg-type]
        assert isinstance(editor, QComboBox) and editor.itemText(1) == "число"
        editor.setCurrentIndex(1)
        MeasureDelegate().setModelData(editor, model, index)
        assert group.items[0].measure == "count" and model.index(0, 0, model.index(0, 0)).data(Qt.ItemDataRole.UserRole + 1) == "t_n"
    finally:
        _install(qapp, "en")


def test_every_entry_of_the_area_is_translated():
    """The .ts files are complete (no unfinished entry) and compiled."""
    folder = Path(__file__).resolve().parents[2] / "qualcode" / "resources" / "i18n"
    for lang in ("ru", "uz"):
        ts = (folder / f"analysis_{lang}.ts").read_text(encoding="utf-8")
        assert 'type="unfinished"' not in ts, lang
        assert (folder / f"analysis_{lang}.qm").exists(), lang


@pytest.mark.parametrize("lang", ["ru", "uz"])
def test_translations_keep_placeholders_accelerators_and_uzbek_letters(lang):
    """Every translation keeps its {placeholders}, %n and one & accelerator; Uzbek writes oʻ gʻ with
    U+02BB (never an ASCII apostrophe or a quotation mark)."""
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[2] / "qualcode" / "resources" / "i18n" / f"analysis_{lang}.ts"
    problems = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for form in forms:
            if set(re.findall(r"\{\w*\}", source)) != set(re.findall(r"\{\w*\}", form)):
                problems.append(f"placeholders: {source!r} -> {form!r}")
            if ("%n" in source) != ("%n" in form):
                problems.append(f"%n: {source!r} -> {form!r}")
            if source.count("&") != form.count("&"):
                problems.append(f"accelerator: {source!r} -> {form!r}")
            if lang == "uz" and re.search(r"[oOgG]['’‘`]", form):
                problems.append(f"oʻ/gʻ: {form!r}")
    assert problems == []
