"""Fill a Qt Linguist ``.ts`` file from a Python table of translations, then compile it.

    python tools/i18n/fill_ts.py tools/i18n/coding_translations.py qualcode/resources/i18n/coding_ru.ts ru

The table module defines ``TRANSLATIONS = {(context or None, source): {"ru": ..., "uz": ..., "en": ...}}``;
a plural entry (numerus) gives a list of forms per language (Russian one/few/many; Uzbek and English
one/other). ``None`` as context matches any context. An entry left out stays "unfinished" (Qt then
shows the English source). English needs only the plural entries. Exits 1 naming every source the
table lacks for ru/uz, or a form count that does not match what lupdate asked for.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def load_table(path: str) -> dict:
    spec = importlib.util.spec_from_file_location("translations", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.TRANSLATIONS


def fill(ts_path: Path, table: dict, lang: str) -> list[str]:
    tree = ET.parse(ts_path)
    problems = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            entry = table.get((name, source)) or table.get((None, source))
            translation = message.find("translation")
            value = entry.get(lang) if entry else None
            numerus = message.get("numerus") == "yes"
            if value is None:
                if lang != "en" or numerus:
                    problems.append(f"{name}: {source!r} has no {lang} translation")
                continue
            if numerus:
                forms = translation.findall("numerusform")
                if not isinstance(value, list) or len(value) != len(forms):
                    problems.append(f"{name}: {source!r} needs {len(forms)} {lang} forms")
                    continue
                for form, text in zip(forms, value):
                    form.text = text
            else:
                translation.text = value
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with open(ts_path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return problems


def main(argv: list[str]) -> int:
    table_path, ts, lang = argv
    problems = fill(Path(ts), load_table(table_path), lang)
    for line in problems:
        print(line, file=sys.stderr)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), ts, "-qm", str(Path(ts).with_suffix(".qm"))], check=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
