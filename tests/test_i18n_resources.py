"""The compiled translations ship with the package and are complete for the core area."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "qualcode" / "resources" / "i18n"


def test_qm_files_are_in_the_built_package(tmp_path):
    """setuptools' build_py (what a wheel is made from) copies every .qm next to the code."""
    out = tmp_path / "build"
    subprocess.run([sys.executable, "-c", "import sys; from setuptools import setup; "
                    f"sys.argv=['setup.py', '-q', 'egg_info', '--egg-base', {str(tmp_path)!r}, 'build_py', '-d', {str(out)!r}]; "
                    "setup()"],
                   cwd=ROOT, check=True, capture_output=True)
    shipped = {p.name for p in (out / "qualcode" / "resources" / "i18n").glob("*.qm")}
    assert {"core_ru.qm", "core_uz.qm", "core_en.qm", "qtstd_uz.qm"} <= shipped
    assert shipped == {p.name for p in I18N.glob("*.qm")}


@pytest.mark.parametrize("language", ["ru", "uz"])
def test_core_translation_is_complete(language):
    tree = ET.parse(I18N / f"core_{language}.ts")
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    assert len(list(tree.iter("message"))) > 300


def test_russian_plurals_have_three_forms_and_uzbek_uses_latin_letters():
    ru = ET.parse(I18N / "core_ru.ts")
    plural = [m for m in ru.iter("message") if m.get("numerus") == "yes"]
    assert len(plural) > 30
    assert all(len(m.find("translation").findall("numerusform")) == 3 for m in plural)
    uz_text = " ".join(t.text or "" for t in ET.parse(I18N / "core_uz.ts").iter("translation"))
    uz_text += " ".join(f.text or "" for f in ET.parse(I18N / "core_uz.ts").iter("numerusform"))
    assert not any("\u0400" <= c <= "\u04ff" for c in uz_text)  # no Cyrillic in Uzbek Latin
    assert "oʻ" in uz_text and "o'" not in uz_text and "o‘" not in uz_text  # U+02BB, not an apostrophe
