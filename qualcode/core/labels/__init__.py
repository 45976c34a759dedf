"""Fixed labels of Word and table output in the project's language (en, ru, uz), Qt-free.

The catalogue is a dict per language keyed by the English text (:mod:`.ru`, :mod:`.uz`),
so a writer calls ``labels("Note.")`` and gets "Примечание." or "Izoh."; a text the
catalogue lacks stays English. Counted nouns use the language's plural rule
(``labels.count(3, "case")`` -> "3 случая"; Russian has three forms). Numbers in finished
cells are rewritten for the chosen decimal mark (:mod:`.numbers`).

Decimal mark: APA (English) keeps the point (``0.21``, ``p = .008``); Russian journals (GOST)
and Uzbek ones write a decimal comma with a leading zero (``0,21``, ``p = 0,008``) and
separate interval bounds with a semicolon (``[0,12; 0,45]``). Each project stores its
output language and may override the decimal mark (services/output_language.py); the
default follows the language (:func:`default_decimal_comma`).
"""

from qualcode.core.labels.catalogue import (
    OUTPUT_LANGUAGES,
    OutputLabels,
    check_output_language,
    default_decimal_comma,
    output_labels,
)
from qualcode.core.labels.numbers import localise_numbers

__all__ = ["OUTPUT_LANGUAGES", "OutputLabels", "check_output_language", "default_decimal_comma",
           "localise_numbers", "output_labels"]
