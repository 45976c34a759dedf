"""One matcher for the services' English messages: a known sentence is rebuilt from its translation.

The services, io, storage and quant stay Qt-free and write plain English (the CLI shows it as is).
Each area module (``import_texts``, ``refi_texts``, ``merge_texts``, ``quant_texts``, ``storage_texts``,
``project_texts``, ``joint_texts``, ...) lists the
sentences it knows as English templates marked with ``QT_TRANSLATE_NOOP``; a template is both the
translation source and, with its ``{fields}`` turned into groups, the pattern that recognises the
service's sentence. Names, paths, numbers and quoted values are carried over unchanged; a field
that is itself a known sentence (an error inside an error) is translated too.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

__all__ = ["Fragment", "Rule", "fragment", "rule", "rules", "translate_with"]

Fragment = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]

#: how deep a sentence inside a sentence is translated ("… could not be read (… is damaged)")
_DEPTH = 3


@dataclass(frozen=True)
class Rule:
    """One known sentence: its translation context, English template and compiled pattern."""

    context: str
    source: str
    pattern: re.Pattern[str]
    #: the template's own characters: when several rules match, the most specific one wins
    weight: int = 0

    def apply(self, text: str, inner: Callable[[str], str]) -> str | None:
        match = self.pattern.fullmatch(text)
        if match is None:
            return None
        fields = {name: inner(value) for name, value in match.groupdict().items() if value is not None}
        return QCoreApplication.translate(self.context, self.source).format(**fields)


def _pattern(template: str, fields: dict[str, str]) -> re.Pattern[str]:
    """``"The file is {size} bytes."`` -> ``The\\ file\\ is\\ (?P<size>.+?)\\ bytes\\.``"""
    out, seen = [], set()
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        out.append(re.escape(literal))
        if name is None:
            continue
        if name in seen:  # the same value twice ("looks like {codec} text but is not valid {codec}")
            out.append(f"(?P={name})")
        else:
            seen.add(name)
            out.append(f"(?P<{name}>{fields.get(name, '.+?')})")
    return re.compile("".join(out), re.DOTALL)


def rules(context: str, *sources: str, **fields: str) -> list[Rule]:
    """Rules for ``sources`` (templates marked with ``QT_TRANSLATE_NOOP(context, ...)``).

    ``fields`` narrows a field's pattern where the default ``.+?`` would be ambiguous
    (``n=r"[\\d,]+"``).
    """
    return [Rule(context, source, _pattern(source, fields), _weight(source)) for source in sources]


def rule(context: str, source: str, pattern: str) -> Rule:
    """One rule whose sentence is recognised by its own ``pattern`` (named groups for the template's
    fields), where the service writes it in more than one wording or with a part the interface
    leaves out (``"... was not (?:created|written)"``)."""
    return Rule(context, source, re.compile(pattern, re.DOTALL), _weight(source))


def _weight(template: str) -> int:
    return sum(len(literal) for literal, *_ in string.Formatter().parse(template))


def fragment(context: str, pattern: str, source: str) -> Fragment:
    """A phrase replaced wherever it occurs in a value ("(line 3)" -> "(строка 3)")."""

    def replace(match: re.Match[str]) -> str:
        return QCoreApplication.translate(context, source).format(**match.groupdict())

    return re.compile(pattern), replace


def translate_with(table: Iterable[Rule], fragments: Iterable[Fragment], text: str, depth: int = 0) -> str:
    """``text`` in the interface language when a rule of ``table`` knows it, else as it is.

    Tried in order: the whole text; then, for ``"<name or path>: <sentence>"`` (how an
    InputFileError reads), the sentence after the first ``": "`` that makes a known one.
    ``fragments`` (small phrases inside lists and places: "line 3", "(rows 2, 5)") are replaced
    in a field's value and in a name's place suffix.
    """
    if depth > _DEPTH or not text or not text.strip():
        return text
    rules_ = table if isinstance(table, list) else list(table)
    fragments_ = fragments if isinstance(fragments, list) else list(fragments)

    def inner(value: str) -> str:
        translated = translate_with(rules_, fragments_, value, depth + 1)
        if translated != value:
            return translated
        return _fragments(fragments_, value)

    stripped = text.strip()
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    result = _best(rules_, stripped, inner)
    if result is not None:
        return lead + result + trail
    start = 0
    while (cut := stripped.find(": ", start)) != -1:
        head, tail = stripped[:cut], stripped[cut + 2:]
        result = _best(rules_, tail, inner)
        if result is not None:
            return lead + _fragments(fragments_, head) + ": " + result + trail
        start = cut + 2
    return text


def _best(rules_: list[Rule], text: str, inner: Callable[[str], str]) -> str | None:
    """The most specific rule matching the whole of ``text`` ("no column X; columns are …" over
    "no column X."), applied."""
    matching = [rule for rule in rules_ if rule.pattern.fullmatch(text) is not None]
    if not matching:
        return None
    return max(matching, key=lambda rule: rule.weight).apply(text, inner)


def _fragments(fragments: list[Fragment], value: str) -> str:
    for pattern, replace in fragments:
        value = pattern.sub(replace, value)
    return value
