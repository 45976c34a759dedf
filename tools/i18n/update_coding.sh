#!/bin/sh
# Re-extract the coding area's strings (ui/viewer, ui/panes, ui/themes), fill them from
# tools/i18n/coding_translations.py and compile the .qm files. Run from the repository root.
set -e
PY=${PY:-/work/main/.venv/bin/python}
VENV_BIN=$(dirname "$PY")
FILES=$(find qualcode/ui/viewer qualcode/ui/panes qualcode/ui/themes -name '*.py' | sort)
for lang in ru uz en; do
    "$VENV_BIN/pyside6-lupdate" $FILES -source-language en -target-language $lang \
        -ts qualcode/resources/i18n/coding_$lang.ts -no-obsolete
    "$PY" tools/i18n/fill_ts.py tools/i18n/coding_translations.py qualcode/resources/i18n/coding_$lang.ts $lang
done
