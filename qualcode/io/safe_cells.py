"""Cells that are safe to hand to a spreadsheet, a Word document or an SPSS file.

Project text comes from transcripts, survey answers and colleagues' codebooks, so it may
hold anything. Two dangers when we write it out:

* **Formula injection** (OWASP "CSV Injection"): a spreadsheet runs a text cell that
  starts with ``= + - @`` (or a tab / carriage return before one) as a formula, e.g.
  ``=HYPERLINK("http://evil", "click")``. :func:`csv_cell` prefixes such *text* with a
  single quote; numbers, and text that is just a number such as ``"-3.5"``, stay as
  they are. XLSX cells are typed as strings instead (:func:`xlsx_text`), so the text
  stays exactly what the user wrote and Excel still never evaluates it.
* **Characters the format cannot hold**: XML (XLSX, DOCX) has no C0 control codes, lone
  surrogates or U+FFFE/U+FFFF; openpyxl raises ``IllegalCharacterError`` and lxml
  ``ValueError`` on them, and a NUL cuts a C string (pyreadstat) short.
  :func:`clean_text` drops them; a vertical tab or form feed (Word's manual line and
  page breaks in pasted text) becomes a newline.
"""

from __future__ import annotations

import re

__all__ = ["FORMULA_START", "XLSX_MAX_CHARS", "clean_text", "csv_cell", "is_formula_like", "xlsx_text"]

#: First characters a spreadsheet treats as the start of a formula (OWASP).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Excel's limit on the characters in one cell; longer text makes it "repair" the file.
XLSX_MAX_CHARS = 32767

_BREAKS = re.compile(r"[\x0b\x0c]")
# C0 controls except tab, LF, CR; lone surrogates; the two XML non-characters
_ILLEGAL = re.compile(r"[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_TRUNCATED = " \u2026 [truncated]"


def clean_text(text: str) -> str:
    """``text`` without the characters XML, CSV readers and C strings choke on.

    Examples
    --------
    >>> clean_text("line\\x0bbreak\\x00!")
    'line\\nbreak!'
    """
    # fast paths: most cells are printable, or hold nothing worse than newlines and tabs
    if text.isprintable() or not _UNSAFE.search(text):
        return text
    return _ILLEGAL.sub("", _BREAKS.sub("\n", text))


def is_formula_like(text: str) -> bool:
    """True if a spreadsheet could read ``text`` as a formula (a plain number is not)."""
    return text.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text)


def csv_cell(value: object) -> object:
    """A CSV cell: text cleaned and, if it looks like a formula, prefixed with ``'``.

    Numbers (and ``None``) pass through unchanged, so ``-2`` stays a number.

    Examples
    --------
    >>> csv_cell("=1+2"), csv_cell("-2"), csv_cell(-2), csv_cell("@user")
    ("'=1+2", '-2', -2, "'@user")
    """
    if not isinstance(value, str):
        return value
    text = clean_text(value)
    return "'" + text if is_formula_like(text) else text


def xlsx_text(value: str) -> str:
    """Text for an XLSX cell that is written with ``data_type = "s"`` (never a formula).

    Cleaned of illegal characters and cut to Excel's 32,767 characters per cell (with a
    visible "[truncated]" mark) so Excel opens the file without repairing it.
    """
    text = clean_text(value)
    if len(text) > XLSX_MAX_CHARS:
        text = text[: XLSX_MAX_CHARS - len(_TRUNCATED)] + _TRUNCATED
    return text
