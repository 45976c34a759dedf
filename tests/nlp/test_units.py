"""Sentences and lemma search work offline (blank pipeline + lookup lemmas)."""

from __future__ import annotations

from qualcode.nlp.pipeline import describe_pipeline
from qualcode.nlp.units import lemma_matches, sentence_spans

TEXT = "In the shelter I was a number. Later I trusted the lawyers! She was trusting nobody.\n😀 Then peers helped."


def test_sentence_spans_are_code_point_slices():
    spans = sentence_spans(TEXT)
    assert [TEXT[a:b] for a, b in spans] == [
        "In the shelter I was a number.", "Later I trusted the lawyers!", "She was trusting nobody.",
        "😀 Then peers helped.",
    ]


def test_lemma_search_finds_inflected_forms():
    hits = [TEXT[a:b] for a, b in lemma_matches(TEXT, "trust")]
    assert hits == ["trusted", "trusting"]
    assert [TEXT[a:b] for a, b in lemma_matches(TEXT, "lawyer")] == ["lawyers"]
    assert [TEXT[a:b] for a, b in lemma_matches(TEXT, "peer help")] == ["peers helped"]


def test_runs_without_a_trained_model():
    assert "lemmatizer" in describe_pipeline("en") or "trained" in describe_pipeline("en")


def test_unknown_language_falls_back_to_a_blank_pipeline():
    spans = sentence_spans("Bir. Ikki.", language="uz")
    assert len(spans) == 2
