"""Which language a transcript is in (by its script), and matching that tolerates how Uzbek
and Russian are typed.

**Document language.** Each imported document gets a language code from
:func:`detect_language`, a script heuristic (no model, no dependency):

- most letters Cyrillic: ``"uz"`` when the Uzbek Cyrillic letters ў қ ғ ҳ make up at
  least 1 % of them, else ``"ru"`` (a Russian interview with a few Uzbek phrases stays
  Russian, so Russian lemmas are used for it);
- most letters Latin: ``"uz"`` when oʻ/gʻ (any apostrophe variant) occur at least
  3 times per 1,000 letters and at least twice, else the ``default`` (``"en"``);
- anything else (no letters, other scripts): the ``default``.

The language picks the spaCy lemma tables for lemma search and sentence units. The
*project* language (for Word/table labels) is a separate setting, see
:mod:`qualcode.core.labels`.

**Matching.** Uzbek Latin oʻ and gʻ are typed with six different apostrophes;
:data:`APOSTROPHES` lists them. All are one code point, so replacing one by another
(:func:`fold_apostrophes`) keeps every offset, and a search pattern can accept any of
them (:func:`tolerant_literal`). Russian ё is often typed as е; the pattern accepts both.
"""

from __future__ import annotations

import re

__all__ = ["APOSTROPHES", "detect_language", "fold_apostrophes", "tolerant_literal"]

#: U+02BB modifier turned comma (the official oʻ), U+2018/U+2019 curly quotes, U+0027 ASCII
#: apostrophe, U+02BC modifier apostrophe, U+0060 grave accent.
APOSTROPHES = "\u02bb\u2018\u2019'\u02bc`"
_CANONICAL = "\u02bb"
_FOLD = str.maketrans({ch: _CANONICAL for ch in APOSTROPHES if ch != _CANONICAL})
_APOSTROPHE_CLASS = "[" + re.escape(APOSTROPHES) + "]"
_YO_CLASS = "[\u0435\u0451]"  # е ё (case-insensitive matching adds Е Ё)

_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
# oʻ/gʻ before a letter; English "o'clock" is not one
_UZ_LATIN_MARK = re.compile("[oOgG][" + re.escape(APOSTROPHES) + "](?!clock)(?=\\w)")
_SAMPLE = 8_000  # characters looked at (~1,300 words): enough to tell, ~0.5 ms


def fold_apostrophes(text: str) -> str:
    """``text`` with every apostrophe variant replaced by U+02BB; same length, same offsets.

    >>> fold_apostrophes("o'zbek") == fold_apostrophes("o\u2018zbek")
    True
    """
    return text.translate(_FOLD)


def tolerant_literal(text: str) -> str:
    """A regex source matching ``text`` literally, except that any apostrophe variant matches
    any other (oʻzbek = o'zbek = o‘zbek ...) and е matches ё (Russian "еще" = "ещё").

    >>> bool(re.fullmatch(tolerant_literal("o'zbek"), "o\u02bbzbek"))
    True
    """
    parts = []
    for ch in text:
        if ch in APOSTROPHES:
            parts.append(_APOSTROPHE_CLASS)
        elif ch in "\u0435\u0451":
            parts.append(_YO_CLASS)
        elif ch in "\u0415\u0401":
            parts.append("[\u0415\u0401]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def detect_language(text: str, default: str = "en") -> str:
    """``"ru"``, ``"uz"`` or ``default`` for a transcript, from its letters (see the module doc).

    >>> detect_language("Интервьюер: Расскажите о себе.")
    'ru'
    >>> detect_language("Суҳбатдош: Аввал онамдан, кейин қўшнимдан.")
    'uz'
    >>> detect_language("Suhbatdosh: Avval onamdan, keyin qoʻshnimdan. Oʻzbek oilalarida.")
    'uz'
    """
    sample = text[:_SAMPLE]
    # counted on the UTF-8 bytes with C-speed bytes methods (a regex findall is ~10x slower):
    # U+0400-U+04FF are the two-byte sequences whose first byte is D0-D3
    data = sample.encode("utf-8", "surrogatepass")
    cyrillic = len(data) - len(data.translate(None, b"\xd0\xd1\xd2\xd3"))
    latin = len(data) - len(data.translate(None, _ASCII_LETTERS))
    if cyrillic == 0 and latin == 0:
        return default
    if cyrillic >= latin:
        # қ ғ ҳ (and their capitals) are among U+0480-U+04BF, first byte D2; ў Ў are D1 9E, D0 8E
        uzbek_cyrillic = data.count(b"\xd2") + data.count("ў".encode()) + data.count("Ў".encode())
        return "uz" if uzbek_cyrillic >= 0.01 * cyrillic else "ru"
    marks = len(_UZ_LATIN_MARK.findall(sample))
    return "uz" if marks >= max(2.0, 0.003 * latin) else default
