"""The translation builder (tools/i18n/build_ts.py) as a translator uses it: a catalogue entry
reaches the .ts in the right shape (plural forms per language, a context's own wording, English
plurals derived or given), a missing one is reported and left unfinished, and the shipped .ts
files are what the catalogues and the current sources give.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest

from tools.i18n import build_ts

I18N = Path(__file__).resolve().parents[2] / "qualcode" / "resources" / "i18n"

#: a .ts as lupdate leaves it: self.tr(..., n) gets numerus slots, QCoreApplication.translate(..., n) none
LUPDATED = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context>
    <name>SegmentsPane</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation type="unfinished">{slots}</translation>
    </message>
    <message>
        <source>%n row(s) have no case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A text nobody translated yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>count</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>"""

CATALOGUE = SimpleNamespace(
    CATALOG={
        "Delete": ("Удалить", "Oʻchirish"),
        "%n segment(s)": (("%n фрагмент", "%n фрагмента", "%n фрагментов"), "%n ta parcha"),
        "%n row(s) have no case": (("У %n строки нет случая", "У %n строк нет случая", "У %n строк нет случая"),
                                   "%n ta qatorning holati yoʻq"),
        "count": ("счётная", "sanoq"),
        ("Measure", "count"): ("число", "soni"),
    },
    ENGLISH={"%n row(s) have no case": ("%n row has no case", "%n rows have no case")},
)


def _filled(tmp_path: Path, lang: str) -> tuple[dict, list[str]]:
    slots = "<numerusform /><numerusform /><numerusform />" if lang == "ru" else "<numerusform /><numerusform />"
    ts = tmp_path / f"area_{lang}.ts"
    ts.write_text(LUPDATED.format(lang=lang, slots=slots), encoding="utf-8")
    missing = build_ts.fill(ts, lang, CATALOGUE)  # type: ignore[arg-type]
    return _messages(ts), missing


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, str | None, list[str | None]]]:
    """(context, source) -> (numerus, translation type, forms) of every message in ``ts``."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
            found[(context.findtext("name") or "", message.findtext("source") or "")] = (
                message.get("numerus"), translation.get("type"), forms)
    return found


def test_russian_gets_three_plural_forms_and_the_context_its_own_word(tmp_path):
    found, missing = _filled(tmp_path, "ru")
    assert found[("SegmentsPane", "Delete")] == (None, None, ["Удалить"])
    assert found[("SegmentsPane", "%n segment(s)")] == ("yes", None, ["%n фрагмент", "%n фрагмента", "%n фрагментов"])
    # a plural lupdate did not mark still becomes one, with Russian's three forms
    assert found[("SegmentsPane", "%n row(s) have no case")][0] == "yes"
    assert len(found[("SegmentsPane", "%n row(s) have no case")][2]) == 3
    assert found[("SegmentsPane", "count")][2] == ["счётная"]
    assert found[("Measure", "count")][2] == ["число"]
    assert found[("SegmentsPane", "A text nobody translated yet")] == (None, "unfinished", [None])
    assert missing == ["SegmentsPane: 'A text nobody translated yet'"]


def test_uzbek_uses_its_one_plural_text_for_every_form(tmp_path):
    found, missing = _filled(tmp_path, "uz")
    assert found[("SegmentsPane", "%n segment(s)")][2] == ["%n ta parcha", "%n ta parcha"]
    assert found[("SegmentsPane", "%n row(s) have no case")][2] == ["%n ta qatorning holati yoʻq"] * 2
    assert found[("Measure", "count")][2] == ["soni"]
    assert len(missing) == 1


def test_english_holds_only_plural_forms_derived_or_given(tmp_path):
    found, missing = _filled(tmp_path, "en")
    assert found[("SegmentsPane", "%n segment(s)")][2] == ["%n segment", "%n segments"]
    assert found[("SegmentsPane", "%n row(s) have no case")][2] == ["%n row has no case", "%n rows have no case"]
    assert found[("SegmentsPane", "Delete")][1] == "unfinished"  # Qt shows the source text itself
    assert missing == []


@pytest.mark.slow
@pytest.mark.parametrize("area", build_ts.AREAS)
def test_shipped_translations_are_what_the_catalogue_gives(tmp_path, area):
    """Fails when a catalogue or a UI string changed and ``python tools/i18n/build_ts.py`` was not run."""
    for lang in build_ts.LANGUAGES:
        shutil.copy(I18N / f"{area}_{lang}.ts", tmp_path)
    assert build_ts.build(area, out=tmp_path) == 0, "untranslated texts: run tools/i18n/build_ts.py --report"
    for lang in build_ts.LANGUAGES:
        shipped, built = _messages(I18N / f"{area}_{lang}.ts"), _messages(tmp_path / f"{area}_{lang}.ts")
        stale = {k: (shipped.get(k), built.get(k)) for k in shipped.keys() | built.keys() if shipped.get(k) != built.get(k)}
        assert stale == {}, f"{area}_{lang}.ts is out of date: run python tools/i18n/build_ts.py {area}"
