"""Import of the real transcript and subtitle files in tests/data (see SOURCES.md there)."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from qualcode.io.transcripts import NO_SPEAKER, read_transcript

DATA = Path(__file__).resolve().parents[2] / "data"
QUALCODER = DATA / "transcripts" / "qualcoder-examples"
APOLLO = DATA / "transcripts" / "spacelog-apollo13" / "spacelog_apollo13_TEC_lines0001-0600_launch.txt"
SUBTITLES = DATA / "subtitles"


def _seconds(clock: str) -> float:
    hours, minutes, seconds = clock.replace(",", ".").split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def test_qualcoder_transcript_txt_speakers_and_text() -> None:
    parsed = read_transcript(QUALCODER / "transcript.txt")
    raw = (QUALCODER / "transcript.txt").read_text(encoding="utf-8")
    assert parsed.format == "txt" and parsed.encoding == "utf-8"
    assert parsed.text == raw  # stored verbatim, labels included
    assert [t.speaker for t in parsed.turns] == ["id1", "id2", "id3", "id1", "id3", "id1", "id2"]
    assert parsed.speakers == {"id1": 3, "id2": 2, "id3": 2}
    assert parsed.turn_text(0) == (
        "hello, I like the course. It really helped me with understanding world's history and gave me "
        "an insight into how did people cope with the complexities of life in the past."
    )
    assert parsed.turn_text(6) == "Hmm, I will ask the tutor for more help as I am really struggling."
    assert all(t.timestamp is None for t in parsed.turns)
    assert len(parsed.source_hash) == 64


def test_qualcoder_id1_docx_matches_python_docx() -> None:
    path = QUALCODER / "ID1.docx"
    parsed = read_transcript(path)
    # python-docx is an independent reader of the same paragraphs.
    expected = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert parsed.text == expected
    assert parsed.text.startswith("I really like learning new things.")
    assert "I'm happy to pay \u20ac200." in parsed.text
    assert parsed.turns == ()
    assert parsed.encoding is None


def test_qualcoder_id2_odt_text() -> None:
    parsed = read_transcript(QUALCODER / "ID2.odt")
    paragraphs = parsed.text.split("\n")
    # Hand-read from content.xml (three text:p elements).
    assert paragraphs == [
        "I have not studied much before, but my father Joe Bloggs really encouraged me to study again. "
        "I know that I must get help as I have struggled understanding the lecture slides so far and "
        "searching the web did not help. ",
        "I really want someone to sit down with me and explain the course material.",
        "The course cost \u20ac200.00 and I do not want to waste my money.",
    ]
    assert parsed.turns == ()


def test_apollo13_call_signs_timestamps_and_continuations() -> None:
    parsed = read_transcript(APOLLO)
    assert parsed.text == APOLLO.read_text(encoding="ascii")
    assert len(parsed.turns) == 166
    assert parsed.speakers == {"LCC": 5, "CDR": 51, "CMP": 16, "CC": 88, "LMP": 6}
    first = parsed.turns[0]
    assert (first.speaker, first.timestamp, parsed.turn_text(0)) == ("LCC", -10.0, "10, 9, 8, 7, 6, --")
    # "[00:00:00:02]" then _page/_tape directives, then "CDR: The clock is running."
    fifth = parsed.turns[4]
    assert (fifth.speaker, fifth.timestamp, parsed.turn_text(4)) == ("CDR", 2.0, "The clock is running.")
    texts = [parsed.turn_text(i) for i in range(len(parsed.turns))]
    # [00:00:01:03] CC with an indented continuation line.
    index = texts.index("13, Houston. GO at 1. We show the cabin\n     relieving.")
    assert parsed.turns[index].speaker == "CC" and parsed.turns[index].timestamp == 63.0
    # [00:00:15:55] "_extra : CANARY (REV 1)" sits between the time and "CC:  That's Roger."
    index = texts.index("That's Roger.")
    assert parsed.turns[index].timestamp == 15 * 60 + 55
    # Inline markup stays in the text; directives belong to no turn.
    assert "[glossary:P11]" in texts[5]
    assert not any("_page" in t or "_tape" in t or "_extra" in t for t in texts)
    assert all(not t[0].isspace() and not t[-1].isspace() for t in texts)
    # Three CDR utterances open with glossary markup, e.g. "CDR: [glossary:RCS] COMMAND."
    assert [t for t in texts if t.startswith("[")] == [
        "[glossary:RCS] COMMAND.", "[glossary:S-IVB] to [glossary:COI]. Roger.", "[glossary:SECO].",
    ]
    stamps = [t.timestamp for t in parsed.turns]
    assert stamps == sorted(stamps)


def test_sintel_srt_cues() -> None:
    parsed = read_transcript(SUBTITLES / "sintel_en.srt")
    assert parsed.format == "srt"
    assert len(parsed.turns) == 26
    assert parsed.speakers == {NO_SPEAKER: 26}
    lines = parsed.text.split("\n")
    assert lines[0] == "[00:02:17.250] This blade has a dark past."
    assert lines[2] == "[00:02:28.000] You're a fool for traveling alone, so completely unprepared."
    assert lines[-1] == "[00:10:56.200] Scales..."
    assert parsed.turn_text(2) == "You're a fool for traveling alone, so completely unprepared."
    assert parsed.turns[0].timestamp == pytest.approx(137.25)
    assert parsed.turns[-1].timestamp == pytest.approx(656.2)


def test_taguette_webvtt_expected_cues() -> None:
    expected = json.loads((SUBTITLES / "taguette_test_webvtt_expected.json").read_text(encoding="utf-8"))
    parsed = read_transcript(SUBTITLES / "taguette_test_webvtt_style_note_blocks.vtt")
    cues = expected["expected_cues"]
    assert len(parsed.turns) == len(cues) == 2
    for index, cue in enumerate(cues):
        turn = parsed.turns[index]
        assert turn.timestamp == pytest.approx(_seconds(cue["start"]))
        # One stored line per cue: the cue's own line break becomes a space.
        assert parsed.turn_text(index) == cue["text"].replace("\n", " ")
    assert parsed.text.split("\n") == [
        "[00:00:00.123] Hi there",
        "[00:01:04.843] This is an example of a subtitle file in SRT format",
    ]
