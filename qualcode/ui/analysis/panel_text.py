"""Sentences the regression panel shows: transcripts without a case, notes in readers' words,
model family names in the reader's language."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

from qualcode.core.analysis_spec import MODEL_FAMILIES

#: The family labels of :data:`MODEL_FAMILIES`, marked for translation (same English text).
_FAMILY_NAMES = {
    "ols": QT_TRANSLATE_NOOP("ModelFamily", "Linear regression (OLS)"),
    "logit": QT_TRANSLATE_NOOP("ModelFamily", "Logistic regression"),
    "ordinal": QT_TRANSLATE_NOOP("ModelFamily", "Proportional-odds logit"),
    "poisson": QT_TRANSLATE_NOOP("ModelFamily", "Poisson regression"),
    "negbin": QT_TRANSLATE_NOOP("ModelFamily", "Negative binomial (NB2)"),
    "count": QT_TRANSLATE_NOOP("ModelFamily", "Count: Poisson or NB2 by LR test"),
}


def family_name(family: str) -> str:
    """A model family's label as the reader's language says it."""
    label = _FAMILY_NAMES.get(family) or (MODEL_FAMILIES[family][0] if family in MODEL_FAMILIES else family)
    return QCoreApplication.translate("ModelFamily", label)


def unlinked_sentence(names: Sequence[str]) -> str:
    """`` · N transcripts have no case (…): …``, or ``""`` when every transcript counts for someone."""
    if not names:
        return ""
    shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
    n = len(names)  # a plain name: lupdate reads translate()'s count argument only so
    text = QCoreApplication.translate("RegressionPanel", "%n transcript(s) have no case ({names}): "
                                      "their segments count for nobody in this table.", "", n)
    return " · " + text.format(names=shown)


def readable_note(text: str, quant_variables: Sequence[Any]) -> str:
    """Quantitized column names in ``text`` replaced by their labels (a reader never sees
    ``theme_finally_having_rights_any``)."""
    for qv in sorted(quant_variables, key=lambda q: len(q.column), reverse=True):
        text = re.sub(rf"\b{re.escape(qv.column)}\b", qv.label, text)
    return text
