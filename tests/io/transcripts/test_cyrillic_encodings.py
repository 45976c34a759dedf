"""Cyrillic transcripts in UTF-16 without BOM and legacy code pages; short texts too; Western
text in Windows-1252/Latin-1 never turns Cyrillic; Russian and Uzbek speaker labels.

Texts are the hand-written files of tests/data/cyrillic (UTF-8 is the truth) and short
Western paragraphs written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.io.transcripts import read_transcript, read_transcript_bytes
from qualcode.io.transcripts.encoding import decode_text

DATA = Path(__file__).parents[2] / "data" / "cyrillic"
RUSSIAN = (DATA / "interview_ru.txt").read_text(encoding="utf-8")
# KOI8-R and CP866 have no « » —
RUSSIAN_PLAIN = RUSSIAN.replace("«", '"').replace("»", '"').replace("—", "-")
MIXED = (DATA / "interview_mixed.txt").read_text(encoding="utf-8")
LINES = RUSSIAN_PLAIN.splitlines()

WESTERN = {
    "fr": "Intervieweur: Bonjour, merci d'être venue. Pouvez-vous décrire votre expérience à l'hôpital?\n"
          "Participante: Oui, c'était très difficile. Les médecins étaient pressés, et je ne comprenais pas "
          "les résultats. Ma soeur m'a aidée à préparer les questions.",
    "de": "Interviewer: Wie haben Sie die Zeit nach der Geburt erlebt?\nTeilnehmerin: Ehrlich gesagt war es "
          "schwer. Mein Mann arbeitete viel, und ich fühlte mich allein. Später half mir meine Schwiegermutter, "
          "das war großartig. Übermüdung ist gefährlich.",
    "es": "Entrevistador: ¿Cómo llegó usted a la clínica?\nParticipante: Mi vecina me habló de ella. Al principio "
          "tenía vergüenza, pero el médico fue muy amable y me explicó todo con paciencia.",
    "pt": "Entrevistador: Como foi a sua experiência com o serviço de saúde?\nParticipante: Foi boa, mas demorou "
          "muito. Não sabia onde ir, e a informação estava só em inglês.",
    "sv": "Intervjuare: Hur upplevde du vården?\nDeltagare: Personalen var vänlig, men väntetiden var lång. Jag "
          "förstod inte alltid vad läkaren sa.",
}


@pytest.mark.parametrize("lines", [1, 2, 4, 8, 16, 40])
@pytest.mark.parametrize("codec", ["cp1251", "koi8-r", "cp866", "mac-cyrillic", "iso8859-5"])
def test_russian_in_a_legacy_code_page_decodes_exactly_even_when_short(codec: str, lines: int) -> None:
    text = "\n".join(LINES[:lines]) + "\n"
    decoded, _used = decode_text(text.encode(codec), "x.txt")
    assert decoded == text


@pytest.mark.parametrize(("name", "codec"), [
    ("interview_ru_cp1251.txt", "cp1251"), ("interview_ru_koi8r.txt", "koi8_r"), ("interview_ru_cp866.txt", "cp866"),
])
def test_legacy_files_name_their_code_page(name: str, codec: str) -> None:
    parsed = read_transcript(DATA / name)
    assert parsed.encoding == codec  # cp866, not the rare Ukrainian twin cp1125
    assert parsed.text == (RUSSIAN if codec == "cp1251" else RUSSIAN_PLAIN)
    assert any("guessed as" in w for w in parsed.warnings)  # a guess is said to be one


@pytest.mark.parametrize("lang", sorted(WESTERN))
@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_western_text_never_becomes_cyrillic(lang: str, codec: str) -> None:
    text = WESTERN[lang]
    decoded, _used = decode_text(text.encode(codec), "x.txt")
    assert decoded == text
    for line in text.splitlines():  # a single line, too
        assert decode_text(line.encode(codec), "x.txt")[0] == line


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("source", ["interview_mixed.txt", "interview_uz_cyrillic.txt", "interview_uz_latin.txt"])
@pytest.mark.parametrize("lines", [1, 40])
def test_utf16_without_bom_is_detected(codec: str, source: str, lines: int) -> None:
    text = "\n".join((DATA / source).read_text(encoding="utf-8").splitlines()[:lines])
    decoded, used = decode_text(text.encode(codec), "x.txt")
    assert (decoded, used) == (text, codec)


def test_utf16_le_file_without_bom_imports_with_speakers() -> None:
    raw = (DATA / "interview_mixed_utf16le_nobom.txt").read_bytes()
    assert raw[:2] not in (b"\xff\xfe", b"\xfe\xff")
    parsed = read_transcript(DATA / "interview_mixed_utf16le_nobom.txt")
    assert parsed.encoding == "utf-16-le"
    assert parsed.text == MIXED
    assert parsed.speakers == {"Интервьюер": 20, "Респондент": 20}


@pytest.mark.parametrize(("name", "speakers"), [
    ("interview_uz_latin.txt", {"Intervyuer": 3, "Suhbatdosh": 3}),
    ("interview_uz_cyrillic.txt", {"Интервьюер": 3, "Суҳбатдош": 3}),
    ("interview_ru_short_labels.txt", {"И": 2, "Р": 2, "Модератор": 1, "Участница 2": 1}),
])
def test_russian_and_uzbek_speaker_labels(name: str, speakers: dict[str, int]) -> None:
    parsed = read_transcript(DATA / name)
    assert parsed.speakers == speakers
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    first = parsed.turns[0]
    assert parsed.text[first.span.start:first.span.end] == lines[0].split(": ", 1)[1]


def test_bracketed_cyrillic_labels_and_header_lines_that_are_not_speakers() -> None:
    text = ("Дата: 12 марта 2025\nМесто: Ташкент\n[Интервьюер] Как вы себя чувствуете?\n"
            "[Респондент] Хорошо, спасибо.\n[Р1] Я тоже.\nIzoh: yozuv sifati past.\n")
    parsed = read_transcript_bytes(text.encode("utf-8"), "t.txt")
    assert list(parsed.speakers) == ["Интервьюер", "Респондент", "Р1"]
