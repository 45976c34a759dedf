"""Turn detection on the usual transcript (every line a plausible label or continuation), which
a bulk import meets 300,000 times: the exact spans, speakers and timestamps a reader expects."""

from __future__ import annotations

from qualcode.io.transcripts.turns import detect_turn_rows, detect_turns


def _turns(text: str) -> list[tuple[str, str, float | None]]:
    """What a researcher sees: speaker, the utterance text (sliced from the stored text), time."""
    rows, warnings = detect_turn_rows(text)
    assert warnings == []
    return [(speaker, text[start:end], ts) for speaker, start, end, ts in rows]


def test_labels_with_and_without_timestamps_and_continuation_lines() -> None:
    text = ("[00:00:05] Interviewer: How did it start?  \n\n"
            "P1: It started slowly.\nThen quickly.\t \n"
            "Interviewer (01:02:03): And then?\n"
            "[1:02:03,25] P1: Then we left.\n")
    assert _turns(text) == [
        ("Interviewer", "How did it start?", 5.0),
        ("P1", "It started slowly.\nThen quickly.", None),  # no timestamp: None, never 0
        ("Interviewer", "And then?", 3723.0),
        ("P1", "Then we left.", 3723.25),
    ]


def test_label_on_the_first_line_and_text_without_a_final_newline() -> None:
    assert _turns("I: hi\nP3: hello there") == [("I", "hi", None), ("P3", "hello there", None)]


def test_the_same_as_the_turn_objects_when_a_timestamp_line_or_a_header_interrupts() -> None:
    text = "Date: 3 May\nI: first\n[00:00:10]\nP1: second  \n_page : 8\nI: third"
    rows, _ = detect_turn_rows(text)
    turns = detect_turns(text).turns
    assert [(t.speaker, t.span.start, t.span.end, t.timestamp) for t in turns] == rows
    assert [(s, text[a:b], ts) for s, a, b, ts in rows] == [
        ("I", "first", None), ("P1", "second", 10.0), ("I", "third", None)]


def test_an_empty_label_is_warned_about_not_turned_into_a_turn() -> None:
    rows, warnings = detect_turn_rows("I: hello\nP1:   \nI: again")
    assert [r[0] for r in rows] == ["I", "I"]
    assert warnings == ["Line 2: the label 'P1' has no text."]


def test_a_bold_label_without_colon_still_counts_among_pattern_labels() -> None:
    text = "I: question\nMaria so I said\nI: next"
    rows, _ = detect_turn_rows(text, bold_prefixes=[(12, 5)])  # "Maria" in bold
    assert [(s, text[a:b]) for s, a, b, _ in rows] == [("I", "question"), ("Maria", "so I said"), ("I", "next")]
