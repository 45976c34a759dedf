"""The keyword half of the hybrid order: what a code's words weigh, and how they move a passage up."""

from __future__ import annotations

import numpy as np
import pytest

from qualcode.services.assistant import build_index, suggest
from qualcode.services.assistant.keyword_score import code_keywords, fused_scores, keyword_scores
from tests.services.assistant.assistant_project import build


def test_a_codes_definition_words_weigh_one_and_segment_words_their_share():
    weights = code_keywords("Housing worries", ["The landlord came again.", "My landlord phoned.",
                                                "We worry about the winter."])
    assert weights["worry"] == 1.0  # "worries" in the name and "worry" in a segment are one lemma: 1 wins
    assert weights["landlord"] == pytest.approx(2 / 3) and weights["winter"] == pytest.approx(1 / 3)
    assert "the" not in weights and "about" not in weights


def test_a_rare_shared_word_counts_more_than_a_common_one_and_no_shared_word_counts_nothing():
    units = [{"rent", "money"}, {"money"}, {"money", "weather"}, {"garden"}]
    scores = keyword_scores(units, {"rent": 1.0, "money": 1.0})
    assert scores[3] == 0
    assert scores[0] > scores[1] > 0  # rent is in one unit of four, money in three


def test_sharing_the_codes_words_lifts_a_passage_above_a_slightly_closer_one_in_meaning():
    meaning = np.array([0.90, 0.89, 0.50])
    keyword = np.array([0.0, 4.0, 0.0])
    order = fused_scores(meaning, keyword, 0.5)
    # 1/(60+1) for the first; 1/(60+2) + 0.5/(60+1) for the second; 1/(60+3) for the third
    assert order == pytest.approx([1 / 61, 1 / 62 + 0.5 / 61, 1 / 63])
    assert list(np.argsort(-order)) == [1, 0, 2]


def test_a_suggestion_names_the_codes_words_that_raised_it(project):
    study = build(project)
    build_index(project)
    best = suggest(project, study["code"].id, top=5)[0]
    assert "believe" in best.keywords
