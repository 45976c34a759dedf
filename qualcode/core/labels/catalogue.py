"""The labels object the Word and table writers use (see the package docstring)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from qualcode.core.errors import ValidationError
from qualcode.core.labels import ru, uz
from qualcode.core.labels.numbers import localise_numbers

#: Languages the output can be written in (ISO 639-1).
OUTPUT_LANGUAGES = ("en", "ru", "uz")
_TEXTS: dict[str, Mapping[str, str]] = {"en": {}, "ru": ru.TEXTS, "uz": uz.TEXTS}
_NOUNS: dict[str, Mapping[str, tuple[str, ...]]] = {"en": {}, "ru": ru.NOUNS, "uz": uz.NOUNS}


def check_output_language(language: str) -> str:
    """``language`` if it is one of :data:`OUTPUT_LANGUAGES`.

    Raises
    ------
    ValidationError
        Any other value (the message lists the choices).
    """
    if language not in OUTPUT_LANGUAGES:
        raise ValidationError(f"Unknown output language {language!r}; use one of {', '.join(OUTPUT_LANGUAGES)}.")
    return language


def default_decimal_comma(language: str) -> bool:
    """The journal convention: a decimal point in English (APA), a comma in Russian and Uzbek."""
    return language in ("ru", "uz")


def _english_plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


def _russian_form(n: int) -> int:
    """0: один случай (1, 21, 101), 1: два случая (2-4, 22-24), 2: пять случаев (0, 5-20, 11-14)."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


@dataclass(frozen=True)
class OutputLabels:
    """Fixed labels and number style for one output language.

    Examples
    --------
    >>> ru = output_labels("ru")
    >>> ru("Note."), ru.count(3, "case"), ru.count(11, "case"), ru.number("0.21")
    ('Примечание.', '3 случая', '11 случаев', '0,21')
    >>> output_labels("en").count(1, "case"), output_labels("en").count(2, "case")
    ('1 case', '2 cases')
    """

    language: str = "en"
    decimal_comma: bool = False
    _texts: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)
    _nouns: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    def __call__(self, text: str, **values: object) -> str:
        """The translation of the English ``text`` (itself when there is none), formatted with ``values``."""
        out = self._texts.get(text, text)
        return out.format(**values) if values else out

    def noun(self, n: int, noun: str) -> str:
        """The form of ``noun`` (English singular) that goes with the number ``n``.

        ``noun:in`` and ``noun:of`` ask for the form after Russian "в" and "из" (English and
        Uzbek ignore the suffix)."""
        forms = self._nouns.get(noun)
        if self.language == "ru" and forms:
            return forms[_russian_form(n)]
        if forms:  # Uzbek: a noun after a numeral stays singular
            return forms[0]
        noun = noun.split(":")[0]  # "document:in" is the Russian prepositional ("в 2 документах")
        return noun if n == 1 else _english_plural(noun)

    def count(self, n: int, noun: str) -> str:
        """``"3 cases"``, ``"3 случая"``, ``"3 holat"``."""
        return f"{n} {self.noun(n, noun)}"

    @property
    def quote_marks(self) -> tuple[str, str]:
        """Quotation marks around an extract: “ ” in English, « » (guillemets) in Russian and Uzbek."""
        return ("\u00ab", "\u00bb") if self.language in ("ru", "uz") else ("\u201c", "\u201d")

    def number(self, text: str) -> str:
        """Formatted numbers in ``text`` with this language's decimal mark."""
        return localise_numbers(text, self.decimal_comma)


@lru_cache(maxsize=16)
def output_labels(language: str = "en", decimal_comma: bool | None = None) -> OutputLabels:
    """The labels for ``language`` (``"en"``, ``"ru"``, ``"uz"``); ``decimal_comma`` ``None``
    follows the language (:func:`default_decimal_comma`)."""
    check_output_language(language)
    comma = default_decimal_comma(language) if decimal_comma is None else decimal_comma
    return OutputLabels(language, comma, _TEXTS[language], _NOUNS[language])
