"""Does a translated message still hold English? Shared by the service-message tests.

Russian: the check of tests/ui/test_i18n_coding_area.py (``[A-Za-z]{2,}`` once names, data and
neutral tokens are taken out), with the technical tokens that stay Latin in a Russian sentence
(file formats, R and statistics names, the service's own option words).
Uzbek is written in Latin letters, so there the test looks for English function words instead.
"""

from __future__ import annotations

import re

#: Latin tokens a Russian message keeps: formats, encodings, R/statistics notation, XML names
NEUTRAL_RU = (
    "QualCode", "REFI-QDA", "project.qde", "content.xml", "text:c", "internal://", "sources/", "plainTextPath",
    "isCodable=false", "<Sets/>", "Set", "CodeBook", "Project", "WEBVTT", "WebVTT", "UTF-8", "utf-8", "utf-16",
    "cp1251", "koi8-r", "Windows-1252", "CRLF", "CR", "LF", "DTD", "XML", "HTML", "RTF", "PDF", "OCR", "Unicode",
    "Word", "Excel", "SPSS", "Stata", "AUC", "OpenDocument", "CSV", "XLSX", "SAV", "JSON", "zip", ".docx", ".odt", ".xlsx", ".csv", ".sav",
    ".dta", ".qdpx", ".qdc", ".qde", "#rrggbb", "'name'", "'path'", "'code'", "'case'", "'document'", "ru", "uz",
    "en", "ID", "MB", "Y", "SE", "SEs", "SD", "CI", "CIs", "LR", "chi2", "alpha", "theta", "theta_j", "logit",
    "x'b", "MASS::glm.nb", "glm", "lm", "weights", "sandwich::vcovHC", "type", "HC0", "sandwich", "binomial",
    "mice::pool", "fmi", "PMM", "seed", "SMD", "ATE", "ATT", "cobalt/tableone", "fit", "lr_chi2", "lr_df", "lr_p",
    "result.partial", "p_bh", "sqrt", "NA", "Firth", "R's", "R", "z", "t", "df", "n", "m", "p", "e", "w", "j",
    "P(A=1)/e", "P(A=0)/(1-e)", "e/(1-e)", "1/theta", "cc_*", "A", "B",
    # argument names and examples quoted from code
    "variables=[...]", "levels=[...]", "'PWB + PSSI'", "'y ~ x1 + x2'", "low=1", "medium=2", "high=3", "aliased",
    "pandas Categorical", "exp", "`qualcode passwd`", "wal", "SQLite", ".bak", "{\\rtf", "reference={{...}}", "reference={...}", "-Inf", "1e-7",
    # a database id, a roster's CSV columns, a command quoted for the command line
    "id", "name", "name,kind,replacement", "qualcode pseudonymise", "qualcode refi import",
)

#: words that mark an English sentence (none of them is an Uzbek word)
ENGLISH_WORDS = frozenset(
    ["the", "is", "are", "was", "were", "not", "of", "and", "with", "has", "have", "this", "that", "these", "cannot", "could", "would", "should", "must", "from", "than", "only", "more", "each", "file", "files", "its", "which", "into", "when", "there", "their", "been", "being", "does", "did"])


def english_left(text: str, language: str, data: tuple[str, ...] = ()) -> str:
    """The English that ``text`` still holds ("" when none). ``data`` are names, paths and values."""
    rest = text
    for token in sorted((*data, *NEUTRAL_RU) if language == "ru" else data, key=len, reverse=True):
        # whole tokens only: "t" (the statistic) must not cut the "t" out of "the"
        rest = re.sub(rf"(?<![A-Za-z0-9_]){re.escape(token)}(?![A-Za-z0-9_])", " ", rest)
    words = re.findall(r"[A-Za-z]+", rest)
    function_words = [w for w in words if w.lower() in ENGLISH_WORDS]
    if function_words:
        return " ".join(function_words)
    if language == "ru":
        return " ".join(w for w in words if len(w) >= 2)
    return ""
