"""Candidate themes and prompts for inductive codes on the demo project (455 segments of
18 codes, 69 cases): the time from pressing the button to the list, with the bundled
embedding model already loaded (it is loaded once per session, timed on its own row)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.timing import row, seconds
from qualcode.services.assistant.candidate_themes import propose_candidate_themes
from qualcode.services.assistant.inductive_prompts import inductive_prompts
from qualcode.services.demo.build_demo import build_demo


def run() -> list[dict]:
    from qualcode.nlp.embeddings import load_embedder
    from qualcode.nlp.pipeline import get_pipeline

    project = build_demo(Path(tempfile.mkdtemp(prefix="qc-themes-bench-")) / "Demo.qcproj")
    load = seconds(load_embedder)
    get_pipeline("en")
    groupings: list[int] = []
    propose = seconds(lambda: groupings.append(len(propose_candidate_themes(project).groupings)))
    prompts = seconds(lambda: inductive_prompts(project, "LA"))
    project.close()
    large = _large_project()
    big: list[int] = []
    propose_large = seconds(lambda: big.append(len(propose_candidate_themes(large).groupings)))
    large.close()
    return [
        row("assistant: load the bundled embedding model", load, "s", 10.0),
        row(f"candidate themes: demo, 18 codes -> {groupings[0]} groupings", propose, "s", 5.0),
        row("inductive prompts: demo, 69 cases split by LA", prompts, "s", 5.0),
        row(f"candidate themes: {N_CODES} codes x {PER_CODE} segments -> {big[0]} groupings", propose_large, "s",
            30.0),
    ]


N_CODES, PER_CODE, N_DOCS = 120, 50, 30
WORDS = ("lawyer court papers visa shelter staff food room friends group peers family mother child work job "
         "money debt counsellor sleep fear police officer clinic bus school course trust shame home phone").split()


def _large_project() -> object:
    """120 codes with 50 generated sentences each (6,000 segments) in 30 documents."""
    import random

    from qualcode.core.span import Span
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.coding.segments import apply_code_many
    from qualcode.services.corpus.documents import add_document
    from qualcode.services.projects import ensure_coder, new_project

    rng = random.Random(7)
    project = new_project(Path(tempfile.mkdtemp(prefix="qc-themes-large-")) / "large.qcproj")
    coder = ensure_coder(project, "bench")
    sentences: list[tuple[int, str]] = []  # (code index, sentence)
    for code in range(N_CODES):
        topic = rng.sample(WORDS, 4)  # each code talks mostly about its own four words
        for _ in range(PER_CODE):
            words = [rng.choice(topic) if rng.random() < 0.6 else rng.choice(WORDS) for _ in range(10)]
            sentences.append((code, "I said " + " ".join(words) + "."))
    rng.shuffle(sentences)
    per_doc = len(sentences) // N_DOCS
    codes = [add_code(project, f"Code {i:03d}").value.id for i in range(N_CODES)]
    hits: dict[int, list[tuple[int, Span]]] = {c: [] for c in range(N_CODES)}
    for d in range(N_DOCS):
        chunk = sentences[d * per_doc:(d + 1) * per_doc]
        text = " ".join(s for _, s in chunk)
        doc = add_document(project, f"D{d:02d}", text).value.id
        position = 0
        for code, sentence in chunk:
            hits[code].append((doc, Span(position, position + len(sentence))))
            position += len(sentence) + 1
    for code, spans in hits.items():
        apply_code_many(project, spans, codes[code], coder.id)
    return project
