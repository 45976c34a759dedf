"""The lexical half of "Find more like these": BM25 over the meaning short list, fused by rank.

Meaning (embedding) similarity finds paraphrases; where a code's passages share their
words (templated or formulaic text), the words themselves are the stronger clue. So,
as hybrid retrieval systems do, the few thousand units nearest in meaning are also
scored by BM25 (k1 1.2, b 0.75, a word counted once per unit; document frequencies
taken over that short list) against the code's keywords: the content lemmas of its
name, definition, inclusion criteria and example (weight 1) and those of its coded
segments (weight: the share of segments that use the word). The two rankings are
combined by weighted reciprocal-rank fusion, ``1/(60 + meaning rank) + w/(60 + keyword
rank)``, a unit sharing no keyword getting no keyword term.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

__all__ = ["KEYWORD_WEIGHT", "code_keywords", "fused_scores", "keyword_scores"]

KEYWORD_WEIGHT = 0.5
_RRF_K = 60
_K1, _B = 1.2, 0.75


def code_keywords(description: str, segment_texts: list[str], language: str = "en") -> dict[str, float]:
    """The code's keywords and their weights (description lemmas 1, segment lemmas their share)."""
    from qualcode.nlp.units import quick_content_lemmas

    sets = quick_content_lemmas([description, *segment_texts], language)
    counts = Counter(w for s in sets[1:] for w in s)
    weights = {w: n / max(len(segment_texts), 1) for w, n in counts.items()}
    for word in sets[0]:
        weights[word] = max(weights.get(word, 0.0), 1.0)
    return weights


def keyword_scores(unit_lemmas: list[set[str]], keywords: dict[str, float]) -> np.ndarray:
    """BM25 of each unit (its content lemmas) against ``keywords``, idf over these units."""
    n = len(unit_lemmas)
    out = np.zeros(n)
    if not n or not keywords:
        return out
    df = Counter(w for s in unit_lemmas for w in s if w in keywords)
    lengths = np.fromiter((max(len(s), 1) for s in unit_lemmas), dtype=np.float64, count=n)
    norm = (_K1 + 1) / (1 + _K1 * (1 - _B + _B * lengths / lengths.mean()))
    idf = {w: np.log(1 + (n - d + 0.5) / (d + 0.5)) for w, d in df.items()}
    weight = {w: keywords[w] * idf[w] for w in df}
    raw = np.fromiter((sum(weight.get(w, 0.0) for w in s) for s in unit_lemmas), dtype=np.float64, count=n)
    return raw * norm


def _ranks(scores: np.ndarray) -> np.ndarray:
    order = np.argsort(-scores, kind="stable")
    ranks = np.empty(len(scores), dtype=np.float64)
    ranks[order] = np.arange(1, len(scores) + 1)
    return ranks


def fused_scores(meaning: np.ndarray, keyword: np.ndarray, weight: float = KEYWORD_WEIGHT) -> np.ndarray:
    """Weighted reciprocal-rank fusion of a meaning and a keyword score of the same units."""
    fused = 1.0 / (_RRF_K + _ranks(meaning))
    has = keyword > 0
    fused[has] += weight / (_RRF_K + _ranks(keyword)[has])
    return fused
