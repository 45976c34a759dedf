"""A stand-in embedder whose "meaning" is known by construction: each topic word points
along one topic axis, so sentences about lawyers and courts mean the same and nothing else."""

from __future__ import annotations

import re

import numpy as np

TOPICS = {
    "lawyer": 0, "court": 0, "papers": 0, "judge": 0,
    "friends": 1, "group": 1, "peers": 1, "together": 1,
    "counsellor": 2, "therapy": 2, "sleep": 2, "nightmares": 2,
}


class TopicEmbedder:
    """Text -> counts of topic words per topic axis (L2-normalised)."""

    model_name, version, dim = "topic-stand-in", "1", 3

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"[a-z]+", text.lower()):
                if word in TOPICS:
                    out[i, TOPICS[word]] += 1
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms > 0, norms, 1)
