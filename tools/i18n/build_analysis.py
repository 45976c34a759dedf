"""Regenerate the "analysis" area's translations: lupdate, fill from the catalog, lrelease.

Run from the repository root: ``python tools/i18n/build_analysis.py`` (``--check`` only
reports missing translations). ``QCoreApplication.translate(..., n)`` entries are marked
``numerus="yes"`` here, since lupdate's Python parser marks only ``self.tr(..., n)``.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from analysis_catalog import BY_CONTEXT, EN, RU, UZ  # noqa: E402

AREA = "analysis"
FOLDERS = ("qualcode/ui/analysis", "qualcode/ui/joint", "qualcode/ui/models", "qualcode/ui/privacy")
OUT = ROOT / "qualcode" / "resources" / "i18n"
BIN = Path(sys.executable).parent
CATALOGS = {"ru": RU, "uz": UZ}


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for folder in FOLDERS for p in sorted((ROOT / folder).glob("*.py"))]


def lupdate(lang: str) -> Path:
    ts = OUT / f"{AREA}_{lang}.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-target-language", lang,
                    "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True, capture_output=True)
    return ts


def _forms(lang: str) -> int:
    return {"ru": 3, "uz": 2, "en": 2}[lang]


def fill(ts: Path, lang: str) -> list[str]:
    tree = ET.parse(ts)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            plural = "%n" in source
            if plural:
                message.set("numerus", "yes")
            if lang == "en":
                value: object = EN.get(source) if plural else None
            else:
                value = BY_CONTEXT.get(lang, {}).get((ctx, source)) or CATALOGS[lang].get(source)
            if value is None:
                if lang != "en" or plural:
                    missing.append(f"{ctx}: {source}")
                translation.set("type", "unfinished")
                continue
            translation.attrib.pop("type", None)
            if plural:
                forms = list(value) if isinstance(value, tuple) else [str(value)]
                forms += [forms[-1]] * (_forms(lang) - len(forms))
                for form in forms[: _forms(lang)]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                assert isinstance(value, str), (ctx, source)
                translation.text = value
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8")
    ts.write_text(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n'
                               '<!DOCTYPE TS>', 1), encoding="utf-8")
    return missing


def main() -> int:
    problems = []
    for lang in ("ru", "uz", "en"):
        ts = lupdate(lang)
        problems += [f"{lang}: {m}" for m in fill(ts, lang)]
        if "--check" not in sys.argv:
            subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    print("\n".join(problems) or "every entry translated")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
