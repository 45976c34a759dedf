"""Sentences the regression panel shows: transcripts without a case, notes in readers' words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any


def unlinked_sentence(names: Sequence[str]) -> str:
    """`` · N transcripts have no case (…): …``, or ``""`` when every transcript counts for someone."""
    if not names:
        return ""
    shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
    return (f" · {len(names)} transcript{'s have' if len(names) != 1 else ' has'} no case ({shown}): "
            "their segments count for nobody in this table.")


def readable_note(text: str, quant_variables: Sequence[Any]) -> str:
    """Quantitized column names in ``text`` replaced by their labels (a reader never sees
    ``theme_finally_having_rights_any``)."""
    for qv in sorted(quant_variables, key=lambda q: len(q.column), reverse=True):
        text = re.sub(rf"\b{re.escape(qv.column)}\b", qv.label, text)
    return text
