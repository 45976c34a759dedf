"""Inter-coder agreement and disagreements (quant.agreement, services.team): why the disagreement view
could not compute the agreement or record a decision."""

from __future__ import annotations

from qualcode.ui.texts.matcher import rules
from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

TEAM = rules(
    "TeamTexts",
    QT_TRANSLATE_NOOP("TeamTexts", "agreement needs at least two coders (rows); got {n}"),
    QT_TRANSLATE_NOOP("TeamTexts", "the matrix has no coded value at all"),
    QT_TRANSLATE_NOOP("TeamTexts", "there is no coder {name} in this project (coders: {names})"),
    QT_TRANSLATE_NOOP("TeamTexts", "none yet"),
    QT_TRANSLATE_NOOP("TeamTexts", "there is no code with id {id}"),
    QT_TRANSLATE_NOOP("TeamTexts", "there is no coder with id {id}"),
    QT_TRANSLATE_NOOP("TeamTexts", "choose two different coders to compare"),
    QT_TRANSLATE_NOOP("TeamTexts", "a memo decision needs the memo's text"),
)
