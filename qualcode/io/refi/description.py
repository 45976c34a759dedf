"""Our structured codebook fields inside REFI's one free-text ``Description``.

Other tools show the Description as it is, so the form is plain and readable::

    Talk about money worries.

    Inclusion: debts, rent, bills
    Exclusion: general shopping
    Example: "I couldn't pay the rent"
    Atypical example: ...
    Origin: deductive

The definition comes first; each other field starts a line with its label and runs to the
next label. A description from another tool without labels is all definition.
"""

from __future__ import annotations

import re

#: (our field, label) in the order written.
FIELDS = (
    ("inclusion", "Inclusion"), ("exclusion", "Exclusion"), ("example", "Example"),
    ("atypical_example", "Atypical example"), ("origin", "Origin"),
)
_LABEL = re.compile(r"^(Inclusion|Exclusion|Example|Atypical example|Origin): ?", re.MULTILINE)
#: Written before a definition that would otherwise read as a labelled field.
_DEFINITION = "Definition: "
_END = "\n---\n"
_BY_LABEL = {label: name for name, label in FIELDS}


def compose_description(definition: str, fields: dict[str, str]) -> str:
    """The Description text for a definition and the other fields (empty ones left out)."""
    lines = [f"{label}: {fields[name]}" for name, label in FIELDS if fields.get(name, "")]
    if definition.startswith(_DEFINITION) or parse_description(definition) != (definition, {}):
        # it would read back as fields: mark where it starts and ends
        return f"{_DEFINITION}{definition}{_END}" + "\n".join(lines)
    if not lines:
        return definition
    return f"{definition}\n\n" + "\n".join(lines) if definition else "\n".join(lines)


def parse_description(text: str) -> tuple[str, dict[str, str]]:
    """Split a Description into the definition and the labelled fields.

    A label counts only at the start of the text or after a blank line that ends the
    definition, or directly after another field's line, so a definition that merely
    mentions "Example:" mid-paragraph stays whole.
    """
    if text.startswith(_DEFINITION):
        return _split_marked(text[len(_DEFINITION):])
    first = None
    for match in _LABEL.finditer(text):
        if match.start() == 0 or text[: match.start()].endswith("\n\n"):
            first = match
            break
    if first is None:
        return text, {}
    definition = text[: first.start()]
    definition = definition.removesuffix("\n\n")
    fields: dict[str, str] = {}
    matches = [m for m in _LABEL.finditer(text, first.start())]
    for k, match in enumerate(matches):
        stop = matches[k + 1].start() - 1 if k + 1 < len(matches) else len(text)
        fields[_BY_LABEL[match.group(1)]] = text[match.end():max(stop, match.end())]
    return definition, fields


def _split_marked(text: str) -> tuple[str, dict[str, str]]:
    """After an explicit ``Definition:``, the definition runs to the last ``---`` line."""
    cut = text.rfind(_END)
    if cut == -1:
        return text, {}
    return text[:cut], parse_description(text[cut + len(_END):])[1]
