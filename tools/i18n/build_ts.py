"""Regenerate an area's .ts files from the code, fill them from a Python catalog, compile .qm.

    python tools/i18n/build_ts.py core            # lupdate + fill + lrelease
    python tools/i18n/build_ts.py core --report   # list sources without a translation

The catalog (tools/i18n/catalog_<area>.py) maps the English source text to
``(russian, uzbek)``; for ``%n`` plurals each side is a tuple of forms (Russian: one, few, many;
Uzbek: one form, used for each slot). A key may be ``(context, source)`` when one context needs a different wording.
English plural forms are derived: "segment(s)" -> "segment" / "segments"; the catalog's ENGLISH dict
gives (one, other) where the verb agrees too ("1 row has", "2 rows have").
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # tools.i18n.catalog_<area> from any working directory
OUT = ROOT / "qualcode" / "resources" / "i18n"
BIN = Path(sys.executable).parent
LANGS = {"ru": 0, "uz": 1}


def area_files(area: str) -> list[Path]:
    module = importlib.import_module(f"tools.i18n.catalog_{area}")
    files: list[Path] = []
    for pattern in module.FILES:
        files.extend(sorted(ROOT.glob(pattern)))
    return [f for f in files if f.suffix == ".py"]


def english_forms(source: str) -> list[str]:
    one = re.sub(r"\((?:e?s)\)", "", source)
    other = re.sub(r"\((e?s)\)", r"\1", source)
    return [one, other]


def fill(ts: Path, lang: str, catalog: dict, missing: list[str], module_en: dict | None = None) -> None:
    module_en = module_en or {}
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            # pyside6-lupdate marks a plural only when n is a literal or a call; every %n text is one
            numerus = message.get("numerus") == "yes" or "%n" in source or "%Ln" in source
            message.set("numerus", "yes") if numerus else None
            if lang == "en":
                if not numerus:
                    message.remove(translation)
                    new = ET.SubElement(message, "translation", {"type": "unfinished"})
                    continue
                forms = list(module_en.get(source) or english_forms(source))
            else:
                entry = catalog.get((context_name, source), catalog.get(source))
                if entry is None:
                    missing.append(f"{context_name}: {source!r}")
                    translation.set("type", "unfinished")
                    continue
                text = entry[LANGS[lang]]
                forms = list(text) if isinstance(text, tuple) else [text]
                if not numerus and len(forms) != 1:
                    raise ValueError(f"{source!r}: not a plural, one text expected")
            slots = len(translation.findall("numerusform"))  # lupdate's count for the language (0: forced plural)
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if numerus:
                wanted = slots or {"ru": 3, "uz": 2, "en": 2}[lang]
                if len(forms) == 1:
                    forms = forms * wanted
                if len(forms) != wanted:
                    raise ValueError(f"{source!r}: {wanted} plural forms expected for {lang}, got {len(forms)}")
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def build(area: str, report: bool = False) -> int:
    module = importlib.import_module(f"tools.i18n.catalog_{area}")
    files = [str(f) for f in area_files(area)]
    status = 0
    for lang in ("ru", "uz", "en"):
        ts = OUT / f"{area}_{lang}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-no-obsolete", "-target-language",
                        {"uz": "uz_UZ", "ru": "ru_RU", "en": "en_US"}[lang], "-ts", str(ts)],
                       check=True, capture_output=True)
        missing: list[str] = []
        fill(ts, lang, module.CATALOG, missing, getattr(module, "ENGLISH", {}))
        if missing and lang != "en":
            status = 1
            print(f"{ts.name}: {len(missing)} untranslated", file=sys.stderr)
            if report:
                print("\n".join(missing), file=sys.stderr)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, capture_output=True)
    return status


if __name__ == "__main__":
    sys.exit(build(sys.argv[1], "--report" in sys.argv))
