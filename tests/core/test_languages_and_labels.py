"""Document language by script, apostrophe-tolerant matching, and the output label catalogue
(Russian plural forms and decimal commas checked against hand-written expectations)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qualcode.core.errors import ValidationError
from qualcode.core.labels import OUTPUT_LANGUAGES, localise_numbers, output_labels
from qualcode.core.labels import ru as ru_catalogue
from qualcode.core.labels import uz as uz_catalogue
from qualcode.core.languages import APOSTROPHES, detect_language, fold_apostrophes, tolerant_literal

DATA = Path(__file__).parents[1] / "data" / "cyrillic"


@pytest.mark.parametrize(("name", "language"), [
    ("interview_ru.txt", "ru"),
    ("interview_mixed.txt", "ru"),  # Russian with Uzbek phrases: Russian lemmas serve it best
    ("interview_uz_cyrillic.txt", "uz"),
    ("interview_uz_latin.txt", "uz"),
    ("interview_ru_short_labels.txt", "ru"),
])
def test_detect_language_of_the_test_transcripts(name: str, language: str) -> None:
    assert detect_language((DATA / name).read_text(encoding="utf-8")) == language


def test_english_and_other_latin_text_get_the_default() -> None:
    english = "Interviewer: What did you do at four o'clock? P1: I went to the clinic, it's near."
    assert detect_language(english) == "en"
    assert detect_language("Participante: Mi vecina me habló de ella.", default="es") == "es"
    assert detect_language("12:30 — 45 %") == "en"


def test_every_apostrophe_variant_matches_every_other_and_offsets_stay() -> None:
    assert len(APOSTROPHES) == 6
    words = [f"o{a}zbek" for a in APOSTROPHES]
    text = " ".join(words)
    for query in words:
        found = [m.span() for m in re.finditer(tolerant_literal(query), text)]
        assert [text[a:b] for a, b in found] == words
    assert len(fold_apostrophes(text)) == len(text)
    assert fold_apostrophes("g'amxo`rlik") == fold_apostrophes("gʻamxoʻrlik") == "gʻamxoʻrlik"


def test_yo_matches_ye_both_ways_and_other_letters_stay_literal() -> None:
    assert re.fullmatch(tolerant_literal("еще"), "ещё")
    assert re.fullmatch(tolerant_literal("всё"), "все")
    assert re.fullmatch(tolerant_literal("Ёлка"), "Елка")
    assert re.fullmatch(tolerant_literal("a.b"), "a.b") and not re.fullmatch(tolerant_literal("a.b"), "axb")


@pytest.mark.parametrize(("n", "expected"), [
    (0, "0 случаев"), (1, "1 случай"), (2, "2 случая"), (4, "4 случая"), (5, "5 случаев"), (11, "11 случаев"),
    (12, "12 случаев"), (14, "14 случаев"), (21, "21 случай"), (22, "22 случая"), (25, "25 случаев"),
    (101, "101 случай"), (111, "111 случаев"), (112, "112 случаев"), (1004, "1004 случая"),
])
def test_russian_three_plural_forms(n: int, expected: str) -> None:
    assert output_labels("ru").count(n, "case") == expected


def test_english_and_uzbek_counts() -> None:
    en, uz = output_labels("en"), output_labels("uz")
    assert [en.count(n, "segment") for n in (0, 1, 2)] == ["0 segments", "1 segment", "2 segments"]
    assert [uz.count(n, "document") for n in (1, 5)] == ["1 hujjat", "5 hujjat"]  # singular after a numeral


MINUS = "\u2212"  # the minus sign


@pytest.mark.parametrize(("text", "expected"), [
    ("0.21", "0,21"),
    ("-1.05", MINUS + "1,05"),
    ("p = .008", "p = 0,008"),
    ("p < .001", "p < 0,001"),
    ("[0.12, 0.45]", "[0,12; 0,45]"),
    ("[-.12, 1.45]", f"[{MINUS}0,12; 1,45]"),
    ("R² = .34, F(2, 118) = 4.51", "R² = 0,34, F(2, 118) = 4,51"),
    ("n = 121", "n = 121"),
    ("version 3.8.18 on 2026-11-29", "version 3.8.18 on 2026-11-29"),
    ("Smith et al. 2020. Table 1.", "Smith et al. 2020. Table 1."),
])
def test_decimal_comma(text: str, expected: str) -> None:
    assert localise_numbers(text, True) == expected
    assert localise_numbers(text, False) == text


def test_decimal_mark_follows_the_language_unless_overridden() -> None:
    assert output_labels("en").number("0.5") == "0.5"
    assert output_labels("ru").number("0.5") == "0,5"
    assert output_labels("uz").number("0.5") == "0,5"
    assert output_labels("ru", decimal_comma=False).number("0.5") == "0.5"
    assert output_labels("en", decimal_comma=True).number("0.5") == "0,5"


def test_labels_translate_apa_terms_and_keep_unknown_text() -> None:
    ru, uz = output_labels("ru"), output_labels("uz")
    assert (ru("Note."), ru("95% CI"), ru("Table {number}", number=2)) == ("Примечание.", "95% ДИ", "Таблица 2")
    assert (uz("Note."), uz("95% CI"), uz("Table {number}", number=2)) == ("Izoh.", "95% IO", "2-jadval")
    assert ru("Peer support") == "Peer support"  # data, not a label


def test_both_catalogues_cover_the_same_texts_with_the_same_placeholders() -> None:
    assert set(ru_catalogue.TEXTS) == set(uz_catalogue.TEXTS)
    assert set(ru_catalogue.NOUNS) == set(uz_catalogue.NOUNS)
    field = re.compile(r"\{(\w+)\}")
    for catalogue in (ru_catalogue.TEXTS, uz_catalogue.TEXTS):
        for english, translated in catalogue.items():
            assert sorted(field.findall(english)) == sorted(field.findall(translated)), english
    assert all(len(forms) == 3 for forms in ru_catalogue.NOUNS.values())


def test_unknown_output_language_is_refused() -> None:
    assert OUTPUT_LANGUAGES == ("en", "ru", "uz")
    with pytest.raises(ValidationError, match="fr"):
        output_labels("fr")
