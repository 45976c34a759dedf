"""The assistant panes (candidate themes, inductive prompts, find more) and the search pane
(services.assistant, services.coding.search): why a search or a proposal could not be made."""

from __future__ import annotations

from qualcode.ui.texts.matcher import fragment, rules
from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

ASSISTANT = rules(
    "AssistantTexts",
    QT_TRANSLATE_NOOP("AssistantTexts", "A candidate theme needs a name."),
    QT_TRANSLATE_NOOP("AssistantTexts", "No case has the attribute {name} (attributes that split cases: {names})."),
    QT_TRANSLATE_NOOP("AssistantTexts", "{name} has {n} value(s); it needs 2 to {most} to form groups."),
    QT_TRANSLATE_NOOP("AssistantTexts", "The code {name} has no coded segments and no definition to compare with."),
    # searching (the search pane, the meaning search)
    QT_TRANSLATE_NOOP("AssistantTexts", "Type something to search for."),
    QT_TRANSLATE_NOOP("AssistantTexts", "The regular expression is not valid: {error}."),
    n=r"\d+", most=r"\d+",
)

#: where Python's regular-expression parser stopped ("... at position 5"), inside the error's value
FRAGMENTS = [fragment("AssistantTexts", r" at position (?P<n>\d+)$",
                      QT_TRANSLATE_NOOP("AssistantTexts", " at position {n}"))]
