"""The default label patterns match names without backtracking (faster on a bulk import); they must
find exactly what the plain patterns found. The plain patterns, as they were, are the oracle here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.io.transcripts import read_transcript
from qualcode.io.transcripts.turns import (
    COLON,
    ROLE_WORDS,
    TIMESTAMP,
    TurnPatterns,
    detect_turn_rows,
)

# The patterns before the change, copied verbatim (do not derive them from the module).
NAME = r"[^\W\d_][\w.'’&/-]*(?:[ ][\w.'’&/-]+){0,3}"
ORACLE_LABELS = (
    re.compile(rf"\[(?P<ts>{TIMESTAMP})\][ \t]*(?P<speaker>{NAME}){COLON}"),
    re.compile(rf"(?P<speaker>{NAME})[ \t]*[(\[](?P<ts>{TIMESTAMP})[)\]]{COLON}"),
    re.compile(rf"(?P<ts>{TIMESTAMP})[ \t]+(?P<speaker>{NAME}){COLON}"),
    re.compile(rf"(?P<speaker>{NAME})[ \t]+(?P<ts>{TIMESTAMP})[ \t]*$"),
    re.compile(r"\[(?P<speaker>[A-Za-zА-Яа-яЁё]{1,12}[ ]?\d{1,4}|" + ROLE_WORDS + r")\][ \t:]*"),
    re.compile(rf"(?:\*\*|__)(?P<speaker>{NAME})(?::(?:\*\*|__)|(?:\*\*|__):)[ \t]*"),
    re.compile(rf"(?P<speaker>{NAME}){COLON}"),
    re.compile(rf"(?P<speaker>{NAME})\t[ \t]*(?=\S)"),
)
ORACLE = TurnPatterns(labels=ORACLE_LABELS)
DEFAULT = TurnPatterns()

DATA = Path(__file__).resolve().parents[2] / "data"


def _matches(patterns: TurnPatterns, text: str) -> list[tuple]:
    found = [patterns.combined.match(text), *patterns.combined_after_newline.finditer(text)]
    return [(m.span(), m.lastgroup, m.groups()) for m in found if m is not None]


def assert_same(text: str) -> None:
    assert _matches(DEFAULT, text) == _matches(ORACLE, text)
    assert detect_turn_rows(text, DEFAULT) == detect_turn_rows(text, ORACLE)
    for label, oracle in zip(DEFAULT.labels, ORACLE_LABELS, strict=True):  # each pattern on its own too
        for line in text.split("\n"):
            got, want = label.match(line), oracle.match(line)
            assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict())), line


def test_the_oracle_is_not_the_module_itself():
    assert [p.pattern for p in DEFAULT.labels] != [p.pattern for p in ORACLE_LABELS]


# Name words: Latin, Cyrillic (Russian and Uzbek), Uzbek apostrophes, dots, hyphens, digits, underscores.
WORD = st.sampled_from([
    "Interviewer", "Dilnoza", "Karimova", "O‘g‘li", "G'ayrat", "Sh.", "Dr.", "J.", "Jean-Luc", "van", "de",
    "Иван", "Петрович", "Тадқиқотчи", "Ўғли", "Ғайрат", "P3", "id1", "Speaker", "2", "A&B", "n/a",
    "__x__", "x_", "ё", "CDR", "it’s", "10", "laughs", "ʻ", "-", ".", "a",
])
NAME_TEXT = st.lists(WORD, min_size=1, max_size=6).flatmap(
    lambda words: st.lists(st.sampled_from([" ", "  ", "\t", "", " ", " "]), min_size=len(words) - 1,
                           max_size=len(words) - 1).map(
        lambda gaps: words[0] + "".join(g + w for g, w in zip(gaps, words[1:], strict=True))))
STAMP = st.sampled_from(["00:01:23", "1:02", "-00:00:00:10", "01:02:03,5", "12:30.250", "0:03", "123:4"])
AFTER = st.sampled_from([
    ": ", ":", ":\t", " : ", "::", ": :", ":x", "\t", "\t ", "  ", " ", "**: ", ":** ", "__: ", ":__ ",
    "** ", "_:", "__", "", " (", "(", " [", ")",
])
UTTERANCE = st.sampled_from([
    "", "We met at 10:30 every Tuesday.", "see http://example.org: later", "Да: конечно.", "Ha, albatta.",
    "ratio 3:2 : fine", " ", "\tx", "(laughs)", "Name: inside", "O‘zbek: tili",
])


@st.composite
def label_line(draw) -> str:
    name, stamp = draw(NAME_TEXT), draw(STAMP)
    shape = draw(st.sampled_from([
        "{n}{a}{u}", "[{t}] {n}{a}{u}", "[{t}]{n}{a}{u}", "{n} ({t}){a}{u}", "{n} [{t}]{a}{u}", "{n}({t}){a}{u}",
        "{t} {n}{a}{u}", "{t}\t{n}{a}{u}", "{n}  {t}", "{n} {t}", "{n}\t{t}  ", "{n} {t}{a}", "**{n}{a}{u}",
        "__{n}{a}{u}", "[{n}]{a}{u}", "{n}", "{u}", "[{t}]", "_page : 8", "{u} {n}{a}",
    ]))
    return shape.format(n=name, t=stamp, a=draw(AFTER), u=draw(UTTERANCE))


@settings(max_examples=1500, deadline=None)
@given(st.lists(label_line(), min_size=1, max_size=8))
def test_generated_label_lines_match_the_same(lines):
    assert_same("\n".join(lines))


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="Aaz Ёж ў‘’'.-_&/:\t()[]*09\n", max_size=80))
def test_any_text_of_the_name_characters_matches_the_same(text):
    assert_same(text)


REAL = sorted(p for p in DATA.rglob("*") if p.suffix in {".txt", ".md", ".docx", ".odt", ".srt", ".vtt"})


@pytest.mark.parametrize("path", REAL, ids=lambda p: str(p.relative_to(DATA)))
def test_the_real_transcripts_match_the_same(path):
    assert_same(read_transcript(path).text)


def test_there_are_real_transcripts():
    assert len(REAL) >= 15
