"""The offline coding assistant: how well it suggests, and how fast it indexes and answers.

(a) Recall@20 on the demo project and on a generated corpus of paraphrased passages
(benchmarks/assistant_corpus.py): hide 30 % of each code's segments, suggest from
the rest, count the hidden segments a top-20 suggestion overlaps. The same for a
keyword-only baseline: BM25 over the same sentence and turn units (the interviewer's
left out, as the assistant leaves them out), the query being
the code's name, definition and inclusion words plus the 20 most frequent content
lemmas of its visible segments. The assistant must beat the baseline on both.

The assistant offers a passage said word for word in several places once, naming its
copies (``Suggestion.copies``); the main figure counts a hidden segment found when a
suggestion or a copy it names overlaps it, and the baseline is held to the same rule
(identical units ranked once, their copies credited). The strict figure counts only
the suggested passages themselves, against the baseline without that rule (templated
corpora such as the demo repeat coded sentences across documents, so it is lower). A
further strict row holds the baseline to listing identical units once too, without
crediting their copies: like for like with the assistant's list.

(b) Index 1,000 documents of 8,000 words (<= 60 s; the process's peak RSS <= 800 MB).
(c) One suggestion and one meaning query on that index (median of 5, <= 200 ms).
"""

from __future__ import annotations

import math
import random
import resource
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

from benchmarks.assistant_corpus import CODES, evaluation_corpus, long_transcript, rare_words
from benchmarks.timing import row
from qualcode.services.assistant import build_index, meaning_search, suggest
from qualcode.services.assistant.index import unit_matrix
from qualcode.services.assistant.identical_passages import identical_groups
from qualcode.services.assistant.speaker_roles import interviewer_units
from qualcode.services.assistant.suggest import _excluded, rank_units
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code_many, remove_codings, restore_codings
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import Project, ensure_coder, new_project

TOP = 20
HIDE = 0.3


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- (a) evaluation ----------------------------------------------------------------------------
def _generated_project(path: Path) -> Project:
    project = new_project(path)
    coder = ensure_coder(project, "gold")
    codes = {name: add_code(project, name, definition=d, inclusion=i).value.id for name, (d, i, _f) in CODES.items()}
    hits: dict[int, list] = {c: [] for c in codes.values()}
    from qualcode.core.span import Span

    for doc in evaluation_corpus():
        document = add_document(project, doc.name, doc.text, turns=doc.turns).value
        for name, start, end in doc.codings:
            hits[codes[name]].append((document.id, Span(start, end)))
    for code_id, spans in hits.items():
        apply_code_many(project, spans, code_id, coder.id)
    return project


class _Bm25:
    """BM25 (k1 1.2, b 0.75) over the index's units, words being content lemmas."""

    def __init__(self, project: Project) -> None:
        from qualcode.nlp.units import content_lemmas
        from qualcode.services.corpus.text_cache import document_texts

        self.matrix = unit_matrix(project)
        m = self.matrix
        with project.unit_of_work(write=False) as uow:
            stamps = {d: v.stamp for d, v in uow.retrieval.document_stamps(sorted(m.rows_of)).items()}
            texts = document_texts(project, uow, stamps)
        units = [texts[int(d)][int(a):int(b)] for d, a, b in zip(m.document_ids, m.starts, m.ends, strict=True)]
        self.lemmas = content_lemmas(units)
        self.df = Counter(w for ls in self.lemmas for w in ls)
        self.lengths = np.array([max(len(ls), 1) for ls in self.lemmas], dtype=np.float64)
        self.n = len(units)
        self.interviewer = interviewer_units(project, m)  # not offered by the assistant either
        self.groups = identical_groups(project, m, np.arange(self.n))
        self.members: dict[int, list[int]] = {}
        for row, group in enumerate(self.groups.tolist()):
            if group >= 0:
                self.members.setdefault(group, []).append(row)

    def scores(self, query: Counter) -> np.ndarray:
        avg = self.lengths.mean()
        out = np.zeros(self.n)
        for word, weight in query.items():
            df = self.df.get(word, 0)
            if not df:
                continue
            idf = math.log(1 + (self.n - df + 0.5) / (df + 0.5))
            has = np.fromiter((word in ls for ls in self.lemmas), dtype=bool, count=self.n)
            tf = has.astype(np.float64)  # a lemma counts once per unit (sets)
            out += weight * idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * self.lengths / avg))
        return out


def _baseline(project: Project, bm25: _Bm25, code_id: int, visible_texts: list[str],
              visible_spans: list[tuple[int, int, int]], code,
              once: bool, credit: bool = True) -> list[tuple[int, int, int]]:
    from qualcode.nlp.units import content_lemmas

    frequent = Counter(w for ls in content_lemmas(visible_texts) for w in ls).most_common(20)
    query = Counter(next(iter(content_lemmas([code.name + " " + code.definition + " " + code.inclusion])), set()))
    for word, _n in frequent:
        query[word] += 1
    scores = bm25.scores(query)
    m = bm25.matrix
    rows = rank_units(m, scores, _excluded(m, visible_spans) | bm25.interviewer, TOP, None, bm25.groups if once else None)
    if once and credit:  # each chosen unit stands for its identical copies, as a suggestion does
        rows = [c for r in rows for c in (bm25.members[int(bm25.groups[r])] if bm25.groups[r] >= 0 else [r])]
    return [(int(m.document_ids[r]), int(m.starts[r]), int(m.ends[r])) for r in rows]


def evaluate(project: Project, seed: int = 11) -> tuple[float, float, int, float, float, float]:
    """Macro recall@20 of the assistant and of the baseline (copies credited), how many codes
    were evaluated, the strict recall@20 of both (suggested passages only; baseline
    without ranking identical units once), and the baseline's strict recall@20 listing
    identical units once as the assistant does (listed passages only, copies not credited)."""
    build_index(project)
    bm25 = _Bm25(project)
    rng = random.Random(seed)
    with project.unit_of_work(write=False) as uow:
        codes = uow.codes.all()
        by_code = {c: uow.segments.for_codes([c]) for c in codes}
        texts = {d.id: d.text for d in uow.documents.all()}
    ours, theirs, ours_strict, theirs_strict, theirs_listed = [], [], [], [], []
    for code_id, segments in by_code.items():
        if len(segments) < 4:
            continue
        segments = sorted(segments, key=lambda s: s.id)
        rng.shuffle(segments)
        n_hidden = max(1, round(HIDE * len(segments)))
        hidden, visible = segments[:n_hidden], segments[n_hidden:]
        snapshot = remove_codings(project, [s.id for s in hidden]).value
        try:
            suggestions = suggest(project, code_id, top=TOP)
            strict = [(s.document_id, s.start, s.end) for s in suggestions]
            found = strict + [c for s in suggestions for c in s.copies]
            visible_spans = [(s.document_id, s.span.start, s.span.end) for s in visible]
            visible_texts = [texts[s.document_id][s.span.start:s.span.end] for s in visible]
            base = _baseline(project, bm25, code_id, visible_texts, visible_spans, codes[code_id], True)
            base_strict = _baseline(project, bm25, code_id, visible_texts, visible_spans, codes[code_id], False)
            base_listed = _baseline(project, bm25, code_id, visible_texts, visible_spans, codes[code_id], True,
                                    credit=False)
        finally:
            restore_codings(project, snapshot)
        for picks, out in ((found, ours), (base, theirs), (strict, ours_strict), (base_strict, theirs_strict),
                           (base_listed, theirs_listed)):
            got = sum(any(d == h.document_id and a < h.span.end and h.span.start < b for d, a, b in picks)
                      for h in hidden)
            out.append(got / len(hidden))
    return (statistics.mean(ours), statistics.mean(theirs), len(ours), statistics.mean(ours_strict),
            statistics.mean(theirs_strict), statistics.mean(theirs_listed))


# -- (b), (c) speed ----------------------------------------------------------------------------
def _big_project(path: Path, documents: int, words: int) -> Project:
    project = new_project(path)
    rng = random.Random(5)
    rare = rare_words()
    for number in range(1, documents + 1):
        text, turns = long_transcript(rng, words, rare, number)
        add_document(project, f"Interview {number:04d}", text, turns=turns)
    coder = ensure_coder(project, "bench")
    code = add_code(project, "Not being believed", definition=CODES["Not being believed"][0]).value
    with project.unit_of_work(write=False) as uow:
        first = uow.documents.get(1).text
    from qualcode.core.span import Span

    spans = []
    for facet in CODES["Not being believed"][2]:
        for sentence in facet[:2]:
            at = first.find(sentence)
            if at >= 0:
                spans.append((1, Span(at, at + len(sentence))))
    apply_code_many(project, spans, code.id, coder.id)
    return project


def _median_ms(fn, times: int = 5) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``fn()`` (CPU time too: the benchmark machine is shared)."""
    wall, cpu = [], []
    for _ in range(times):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def _recall_rows(corpus: str, short: str, ours: float, base: float, n: int, ours_strict: float,
                 base_strict: float, base_listed: float) -> list[dict]:
    return [row(f"assistant: recall@20, {corpus} ({n} codes, 30% hidden; copies named count)", ours, "",
                round(base, 4), lower_is_better=False),
            row(f"assistant: keyword baseline (BM25) recall@20, {short} (identical units once)", base, "", 0,
                lower_is_better=False),
            row(f"assistant: strict recall@20, {corpus} (suggested passages only)", ours_strict, "",
                round(base_strict, 4), lower_is_better=False),
            row(f"assistant: keyword baseline (BM25) strict recall@20, {short}", base_strict, "", 0,
                lower_is_better=False),
            row(f"assistant: strict recall@20, {corpus}, vs baseline listing identical units once", ours_strict, "",
                round(base_listed, 4), lower_is_better=False),
            row(f"assistant: keyword baseline (BM25) strict recall@20, {short} (identical units once)", base_listed,
                "", 0, lower_is_better=False)]


def run(documents: int = 1000, words: int = 8000) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        generated = _generated_project(Path(tmp) / "generated.qcproj")
        rows += _recall_rows("generated paraphrase corpus", "generated corpus", *evaluate(generated))
        generated.close()
        from qualcode.services.demo.build_demo import build_demo

        demo = build_demo(Path(tmp) / "Demo.qcproj")
        rows += _recall_rows("demo project", "demo project", *evaluate(demo))
        demo.close()
        big = _big_project(Path(tmp) / "big.qcproj", documents, words)
        t0, c0 = time.perf_counter(), time.process_time()
        report = build_index(big)
        build_s, build_cpu = time.perf_counter() - t0, time.process_time() - c0
        build_peak = _peak_mb()
        rows.append({**row(f"assistant: index {documents} documents x {words} words ({report.units} units)",
                           build_s, "s", 60), "peak_rss_mb": round(build_peak, 1), "cpu_s": round(build_cpu, 1)})
        rows.append(row("assistant: peak RSS after indexing (process)", build_peak, "MB", 800))
        t0 = time.perf_counter()
        unit_matrix(big)
        load_s = time.perf_counter() - t0
        with big.unit_of_work(write=False) as uow:
            code_id = next(iter(uow.codes.all()))
        suggest_ms = _median_ms(lambda: suggest(big, code_id, top=TOP))
        meaning_ms = _median_ms(lambda: meaning_search(big, "felt nobody believed me", top=50))
        rows += [row("assistant: load the unit matrix once per open project", load_s, "s", 10),
                 {**row("assistant: suggest 20 on that index (median of 5)", suggest_ms[0], "ms", 200),
                  "cpu_ms": round(suggest_ms[1], 1)},
                 {**row("assistant: meaning query on that index (median of 5)", meaning_ms[0], "ms", 200),
                  "cpu_ms": round(meaning_ms[1], 1)},
                 row("assistant: peak RSS after queries (process)", _peak_mb(), "MB", 800)]
        big.close()
    return rows


if __name__ == "__main__":
    import json
    import sys

    args = [int(a) for a in sys.argv[1:3]]
    print(json.dumps(run(*args), indent=1))
