"""Answer scales whose order is known from the words alone (Likert and friends).

Each scale lists its answers lowest first, in lower case. A string column whose
distinct answers all belong to one scale is ordinal, ordered by that scale.
"""

from __future__ import annotations

import re

ORDERED_SCALES: tuple[tuple[str, ...], ...] = (
    ("very low", "low", "medium", "high", "very high"),
    ("very low", "low", "moderate", "high", "very high"),
    ("never", "rarely", "sometimes", "often", "always"),
    ("never", "seldom", "sometimes", "often", "very often", "always"),
    ("never", "rarely", "occasionally", "sometimes", "frequently", "usually", "always"),
    (
        "strongly disagree",
        "disagree",
        "somewhat disagree",
        "neither agree nor disagree",
        "neutral",
        "somewhat agree",
        "agree",
        "strongly agree",
    ),
    ("completely disagree", "mostly disagree", "partly agree", "mostly agree", "completely agree"),
    ("very dissatisfied", "dissatisfied", "neutral", "satisfied", "very satisfied"),
    ("very unsatisfied", "unsatisfied", "neutral", "satisfied", "very satisfied"),
    ("very unlikely", "unlikely", "neutral", "likely", "very likely"),
    ("very poor", "poor", "fair", "good", "very good", "excellent"),
    ("not at all", "a little", "somewhat", "quite a bit", "very much"),
    ("not at all", "slightly", "moderately", "very", "extremely"),
    (
        "not at all important",
        "slightly important",
        "moderately important",
        "important",
        "very important",
        "extremely important",
    ),
    ("none", "a little", "some", "a lot"),
    ("none", "few", "some", "many", "all"),
    ("small", "medium", "large"),
    ("primary", "secondary", "tertiary"),
)

# "1 - Strongly disagree", "5 = very often", "3. neutral": the number gives the order.
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[-=.:)]\s*\S")


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("_", " ").split()).strip(" .")


def scale_order(values: list[str]) -> list[str] | None:
    """``values`` sorted by a known scale, or ``None`` when no scale fits them all.

    Spelling and case of the input are kept; only the order comes from the scale.
    """
    normalised = {value: _norm(value) for value in values}
    for scale in ORDERED_SCALES:
        rank = {word: i for i, word in enumerate(scale)}
        if all(norm in rank for norm in normalised.values()):
            return sorted(values, key=lambda v: rank[normalised[v]])
    numbered = {value: _NUMBERED.match(value) for value in values}
    if all(numbered.values()):
        numbers = [int(match.group(1)) for match in numbered.values() if match]
        if len(set(numbers)) == len(numbers):
            return sorted(values, key=lambda v: int(numbered[v].group(1)))  # type: ignore[union-attr]
    return None
