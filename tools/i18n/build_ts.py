"""Build the interface translations: for each UI area, lupdate over the area's Python files, fill
the .ts files from the area's catalogue, compile them to the .qm files the package ships.

    python tools/i18n/build_ts.py                # every area: core, coding, analysis, assistant (and qtstd_uz)
    python tools/i18n/build_ts.py analysis       # one area (or several: core coding)
    python tools/i18n/build_ts.py --report       # also list every source text without a translation

Run it after changing UI strings or a catalogue (from any directory). It writes
qualcode/resources/i18n/<area>_ru.ts, <area>_uz.ts, <area>_en.ts and their .qm, and exits with 1
when a Russian or Uzbek translation is missing: the entry stays ``unfinished`` and Qt shows the
English. The en .ts holds only the English plural forms of ``%n`` texts ("1 segment", "2 segments").
Building every area also rebuilds qtstd_uz (Qt's own buttons in Uzbek, tools/i18n/qtstd_uz.py).

A catalogue is tools/i18n/catalog_<area>.py; the builder reads three names from it:

* ``FILES``: glob patterns, from the repository root, of the area's Python files.
* ``CATALOG``: English source text -> ``(russian, uzbek)``. A key may be ``(context, source)`` where
  one context needs another wording (the context is the class name, as in the .ts). For a ``%n``
  plural, Russian is a tuple ``(one, few, many)``; Uzbek is one text, used for every form (nouns do
  not change after a numeral). A plural given as one text is used for every form.
* ``ENGLISH`` (optional): source -> ``(one, other)`` English forms where deriving them would read
  wrong. Derived: "segment(s)" -> "segment" / "segments", "match(es)" -> "match" / "matches".

The words themselves (segment, memo, case, code, theme...) follow docs/translation-glossary.md.
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # tools.i18n.catalog_<area> from any working directory
OUT = ROOT / "qualcode" / "resources" / "i18n"
BIN = Path(sys.executable).parent
AREAS = ("core", "coding", "analysis", "assistant", "messages")
LANGUAGES = ("ru", "uz", "en")
#: plural forms per language, where lupdate wrote no slots (a plural it did not recognise as one)
FORMS = {"ru": 3, "uz": 2, "en": 2}
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'  # as lupdate writes it


def catalogue(area: str) -> ModuleType:
    return importlib.import_module(f"tools.i18n.catalog_{area}")


def area_files(module: ModuleType) -> list[str]:
    """The area's Python files, relative to the repository root, in FILES order."""
    return [str(p.relative_to(ROOT)) for pattern in module.FILES for p in sorted(ROOT.glob(pattern))
            if p.suffix == ".py"]


def english_forms(source: str) -> tuple[str, str]:
    return re.sub(r"\((?:e?s)\)", "", source), re.sub(r"\((e?s)\)", r"\1", source)


def forms_for(lang: str, source: str, context: str, module: ModuleType) -> list[str] | None:
    """The translation of one message as a list of forms (one for a plain text); None if missing."""
    if lang == "en":
        return list(getattr(module, "ENGLISH", {}).get(source) or english_forms(source))
    entry = module.CATALOG.get((context, source), module.CATALOG.get(source))
    if entry is None:
        return None
    text = entry[LANGUAGES.index(lang)]
    return list(text) if isinstance(text, tuple) else [text]


def fill(ts: Path, lang: str, module: ModuleType) -> list[str]:
    """Write the catalogue's translations into ``ts`` (just updated by lupdate); return what is missing."""
    tree = ET.parse(ts)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            # lupdate marks a plural only for self.tr(..., n); every %n text is one
            numerus = message.get("numerus") == "yes" or "%n" in source or "%Ln" in source
            if numerus:
                message.set("numerus", "yes")
            slots = len(translation.findall("numerusform"))  # lupdate's count for the language
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            forms = forms_for(lang, source, context_name, module) if numerus or lang != "en" else None
            if forms is None:  # English singular texts need none; anything else is missing
                if lang != "en":
                    missing.append(f"{context_name}: {source!r}")
                translation.set("type", "unfinished")
                continue
            translation.attrib.pop("type", None)
            if not numerus:
                if len(forms) != 1:
                    raise ValueError(f"{source!r}: not a plural, one text expected")
                translation.text = forms[0]
                continue
            wanted = slots or FORMS[lang]
            forms = forms * wanted if len(forms) == 1 else forms
            if len(forms) != wanted:
                raise ValueError(f"{source!r}: {wanted} plural forms expected for {lang}, got {len(forms)}")
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
    text = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(HEADER + text, encoding="utf-8")
    return missing


def build(area: str, report: bool = False, out: Path = OUT) -> int:
    """lupdate, fill and lrelease one area in every language into ``out``; 1 if a translation is missing."""
    module = catalogue(area)
    files = area_files(module)
    status = 0
    for lang in LANGUAGES:
        ts = out / f"{area}_{lang}.ts"
        # -target-language names a new file's language; an existing file keeps its own
        subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-no-obsolete", "-target-language", lang,
                        "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
        missing = fill(ts, lang, module)
        if missing:
            status = 1
            print(f"{ts.name}: {len(missing)} untranslated", file=sys.stderr)
            if report:
                print("\n".join(missing), file=sys.stderr)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, capture_output=True)
    return status


def main(argv: list[str]) -> int:
    areas = [a for a in argv if not a.startswith("-")] or list(AREAS)
    unknown = (set(areas) - set(AREAS)) | {a for a in argv if a.startswith("-") and a != "--report"}
    if unknown:
        print(f"usage: build_ts.py [--report] [{' | '.join(AREAS)} ...]; not understood: {' '.join(sorted(unknown))}",
              file=sys.stderr)
        return 2
    status = max(build(area, "--report" in argv) for area in areas)
    if areas == list(AREAS):
        from tools.i18n import qtstd_uz

        status = max(status, qtstd_uz.main())
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
