"""Speaker-label forms, markers, custom patterns and text encodings."""

from __future__ import annotations

import re
import unicodedata

import pytest

from qualcode.core.errors import InputFileError
from qualcode.io.transcripts import TurnPatterns, parse_timestamp, read_transcript_bytes


def _turns(parsed) -> list[tuple[str, float | None, str]]:
    return [(t.speaker, t.timestamp, parsed.turn_text(i)) for i, t in enumerate(parsed.turns)]


LABELS = """Interview with P3, recorded 3 May
Date: 3 May 2024

Interviewer: How did you start?
P3: I started in 2019. [laughs]
Then it grew.
[crosstalk]

I: And after that?
Speaker 2: We moved. [inaudible 00:05:15] It was hard.
[00:01:23] Anna Smith: Really hard.
Bob (00:01:30): I agree.
[id1] the QualCoder way
"""


def test_label_forms_markers_and_continuations() -> None:
    parsed = read_transcript_bytes(LABELS.encode(), "labels.txt")
    assert parsed.text == LABELS
    assert _turns(parsed) == [
        ("Interviewer", None, "How did you start?"),
        ("P3", None, "I started in 2019. [laughs]\nThen it grew.\n[crosstalk]"),
        ("I", None, "And after that?"),
        ("Speaker 2", None, "We moved. [inaudible 00:05:15] It was hard."),
        ("Anna Smith", 83.0, "Really hard."),
        ("Bob", 90.0, "I agree."),
        ("id1", None, "the QualCoder way"),
    ]
    # The title line and "Date:" header belong to no turn.
    assert parsed.turns[0].span.start == LABELS.index("How did")


def test_sentences_with_colons_are_not_labels() -> None:
    text = "P1: She told me: go home.\nAnd then he said: no way.\nhttp://example.org is a link\n10:30 we met\n"
    parsed = read_transcript_bytes(text.encode(), "a.txt")
    assert parsed.speakers == {"P1": 1}
    assert parsed.turn_text(0) == text.rstrip("\n")[len("P1: "):]


def test_label_alone_on_a_line_and_empty_label() -> None:
    text = "Speaker 1  0:03\nHello there.\nSpeaker 2  0:07\n\nP4:\nP5: Hi\n"
    parsed = read_transcript_bytes(text.encode(), "otter.txt")
    assert _turns(parsed) == [("Speaker 1", 3.0, "Hello there."), ("P5", None, "Hi")]
    assert any("'Speaker 2' has no text" in w for w in parsed.warnings)


def test_custom_patterns_added_and_replacing() -> None:
    text = "Q. Where were you?\nA. At home.\nNote: not a turn\n"
    qa = re.compile(r"(?P<speaker>Q|A)\.[ \t]+")
    added = read_transcript_bytes(text.encode(), "qa.txt", patterns=TurnPatterns().with_labels(qa))
    assert _turns(added) == [("Q", None, "Where were you?"), ("A", None, "At home.\nNote: not a turn")]
    only = TurnPatterns().with_labels(re.compile(r"(?P<speaker>[A-Z]{3}):\s"), replace_defaults=True)
    apollo_like = "CDR: Roll.\nP3: not a label now\nCMP: Okay.\n"
    parsed = read_transcript_bytes(apollo_like.encode(), "a.txt", patterns=only)
    assert _turns(parsed) == [("CDR", None, "Roll.\nP3: not a label now"), ("CMP", None, "Okay.")]


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("[-00:00:00:10]", -10.0), ("[01:02:03:04]", 93784.0), ("00:01:23", 83.0), ("1:05", 65.0),
     ("00:02:17,250", 137.25), ("(00:00:01.5)", 1.5)],
)
def test_parse_timestamp(value: str, seconds: float) -> None:
    assert parse_timestamp(value) == pytest.approx(seconds)


RUSSIAN = "Интервьюер: Расскажите о себе.\nУчастник 3: Я родился в Москве, в 1980 году.\n"
FRENCH = "Interviewer: Ça va? Où étiez-vous l'été dernier?\nP2: À Genève, chez ma sœur, près du café.\n"


@pytest.mark.parametrize(
    ("text", "codec"),
    [(RUSSIAN, "cp1251"), (RUSSIAN, "utf-16"), (RUSSIAN, "utf-8-sig"), (FRENCH, "cp1252"),
     (FRENCH, "latin-1"), (FRENCH, "utf-16-le"), (FRENCH, "utf-16-be"), (FRENCH, "utf-8")],
)
def test_encodings_are_detected(text: str, codec: str) -> None:
    if codec == "latin-1":
        text = text.replace("œ", "oe")  # latin-1 has no œ
    data = text.encode(codec)
    parsed = read_transcript_bytes(data, "x.txt")
    assert parsed.text == text
    assert len(parsed.turns) == 2
    assert parsed.turn_text(1) == text.split("\n")[1].split(": ", 1)[1]
    guessed = any("guessed" in w for w in parsed.warnings)
    assert guessed == (codec in ("cp1251", "cp1252", "latin-1"))


def test_crlf_bom_and_nfd_are_normalised_with_consistent_spans() -> None:
    nfd = unicodedata.normalize("NFD", "Interviewer: Café?\r\nP1: Oui, très bien.\r\n")
    parsed = read_transcript_bytes(b"\xef\xbb\xbf" + nfd.encode("utf-8"), "x.txt")
    assert parsed.text == "Interviewer: Café?\nP1: Oui, très bien.\n"
    assert [parsed.turn_text(i) for i in range(2)] == ["Café?", "Oui, très bien."]


def test_forced_encoding_error_names_the_line() -> None:
    data = "P1: a\nP2: b\nP3: é\n".encode("utf-8")
    parsed = read_transcript_bytes(data, "x.txt", encoding="cp1252")
    assert parsed.turn_text(2) == "Ã©"  # what the researcher asked for
    with pytest.raises(InputFileError) as info:
        read_transcript_bytes(data, "x.txt", encoding="ascii")
    assert info.value.path == "x.txt" and info.value.location == "line 3"
    with pytest.raises(InputFileError, match="Unknown text encoding"):
        read_transcript_bytes(data, "x.txt", encoding="klingon-8")
