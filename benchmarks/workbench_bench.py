"""Coding workbench figures on a synthetic project (issue 4).

1,000 interview documents of ~8,000 words plus one 100,000-word transcript carrying
5,000 segments; 200,000 segments of 40–400 characters over 300 codes in all. The
project is built once by a child process (so its memory does not count here) with
``storage.bulk`` and cached under /tmp keyed by the parameters.

Figures: first paint of the big document in the real viewer pane (offscreen Qt),
apply-a-code-until-highlighted through ``push_command(ApplyCodeCommand)`` and the
viewer's partial repaint, undo-until-unhighlighted, retrieval of one code's
segments (``services.retrieval.retrieve_segments``), code x code co-occurrence
(``services.matrices.code_cooccurrence``), per-code counts (the codebook's worker).
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import median_ms, row

PARAMS = {"docs": 1000, "words": 8000, "big_words": 100_000, "big_segments": 5000, "segments": 200_000,
          "codes": 300, "seed": 4}
_WORDS = ("so I went to the advice centre and they said come back next week but my landlord would not wait "
          "and the peer group helped me find a lawyer who finally listened to what happened in the shelter "
          "we talked about trust money family work stigma rights school health").split()


def cache_path() -> Path:
    key = "_".join(f"{k}{v}" for k, v in PARAMS.items())
    return Path(os.environ.get("QUALCODE_BENCH_DIR", "/tmp/qualcode_bench")) / f"workbench_{key}.qcproj"


def _transcript(rng: random.Random, words: int, participant: str) -> tuple[str, list[tuple[str, int, int, float]]]:
    parts: list[str] = []
    turns = []
    pos, used, second, speaker = 0, 0, 0, "Interviewer"
    while used < words:
        size = rng.randint(10, 40) if speaker == "Interviewer" else rng.randint(40, 160)
        label = f"[{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}] {speaker}: "
        utterance = " ".join(rng.choices(_WORDS, k=size)).capitalize() + "."
        start = pos + len(label)
        turns.append((speaker, start, start + len(utterance), float(second)))
        parts.append(label + utterance)
        pos += len(label) + len(utterance) + 1
        used += size
        second += size // 2 + rng.randint(1, 5)
        speaker = participant if speaker == "Interviewer" else "Interviewer"
    return "\n".join(parts), turns


def build(path: Path) -> None:
    """Write the synthetic project to ``path`` (run in a child process)."""
    from qualcode.core.codebook import palette_colour
    from qualcode.services.projects import new_project
    from qualcode.storage.bulk import BulkDocument, bulk_load

    rng = random.Random(PARAMS["seed"])
    tmp = path.with_suffix(".partial")
    tmp.unlink(missing_ok=True)
    project = new_project(tmp)
    lengths: list[int] = []

    def documents():  # generated lazily: only one text in memory at a time
        for i in range(PARAMS["docs"] + 1):
            words = PARAMS["big_words"] if i == 0 else PARAMS["words"]
            text, turns = _transcript(rng, words, f"P{i % 97 + 1}")
            lengths.append(len(text))
            yield BulkDocument(f"interview_{i:04d}", text, "interview", f"P{i:04d}", turns)

    docs = list(documents())  # needed for segment offsets; ~50 MB in the child only
    n_small = PARAMS["segments"] - PARAMS["big_segments"]

    def segments():
        for k in range(PARAMS["segments"]):
            d = 0 if k < PARAMS["big_segments"] else 1 + (k - PARAMS["big_segments"]) * PARAMS["docs"] // n_small
            length = rng.randint(40, 400)
            start = rng.randrange(0, lengths[d] - length)
            yield d, rng.randrange(PARAMS["codes"]), start, start + length

    codes = [(f"Code {i:03d}", palette_colour(i)) for i in range(PARAMS["codes"])]
    bulk_load(project, coder="bench", codes=codes, documents=docs, segments=segments())
    project.close()
    tmp.rename(path)


def ensure_project() -> Path:
    path = cache_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "benchmarks.workbench_bench", "--build", str(path)], check=True,
                       cwd=Path(__file__).parent.parent)
    return path


def run() -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    path = ensure_project()
    build_s = time.perf_counter() - t0
    from PySide6.QtWidgets import QApplication

    from qualcode.services.codebook.code_counts import code_counts
    from qualcode.services.codebook.codes import list_codes
    from qualcode.services.projects import load_project
    from qualcode.ui.panes.document_viewer_pane import DocumentViewerPane
    from qualcode.ui.session import ProjectSession

    import qualcode.ui.viewer.coding_controller as controller_module

    def _raise(_parent: object, what: str, exc: BaseException) -> None:
        raise RuntimeError(what) from exc  # a modal dialog would hang an offscreen run

    controller_module.show_error = _raise
    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="qualcode_wb_")) / path.name
    shutil.copyfile(path, work)  # the run codes and undoes: keep the cached project pristine
    project = load_project(work)
    session = ProjectSession(project, "bench")
    pane = DocumentViewerPane(session)
    pane.resize(1000, 800)
    pane.show()
    app.processEvents()
    big_id = 1
    rows = []
    paints = []
    for i in range(5):
        if i:
            pane.show_document(2)  # something else in between, as a user would
            app.processEvents()
        t = time.perf_counter()
        pane.show_document(big_id)
        pane.view.viewport().repaint()
        app.processEvents()  # the label highlighter's pass and the margins' paint
        paints.append(time.perf_counter() - t)
    n_shown = len(pane.view.index)
    rows.append(row(f"workbench: open 100k-word doc with {n_shown:,} segments, first paint (first)",
                    paints[0] * 1000, "ms", 250))
    rows.append(row("workbench: open 100k-word doc, first paint (median of 5)", median_ms(paints), "ms", 250))

    # apply a code until highlighted: real command path + partial repaint
    codes = list(list_codes(project))
    rng = random.Random(1)
    applies, undos = _apply_until_highlighted(app, pane, codes, rng), []
    rows.append(row("workbench: apply code until highlighted (median, incl. ~8 ms fsync)",
                    median_ms(applies), "ms", 16))
    for _ in range(20):
        t = time.perf_counter()
        session.undo_stack.undo()
        app.processEvents()  # reconcile (diff of the document's segments) + repaint
        undos.append(time.perf_counter() - t)
    rows.append(row("workbench: undo a coding until unhighlighted (median)", median_ms(undos), "ms", 50))

    # retrieval of one code and co-occurrence: W2's services
    from qualcode.services.coding.matrices import code_cooccurrence
    from qualcode.services.coding.retrieval import retrieve_segments

    retrievals = []
    for code_id in codes[:5]:
        t = time.perf_counter()
        got = retrieve_segments(project, [code_id])
        retrievals.append(time.perf_counter() - t)
    rows.append(row(f"workbench: retrieve all segments of one code (~{len(got)} rows, median of 5)",
                    median_ms(retrievals), "ms", 50))
    t = time.perf_counter()
    matrix = code_cooccurrence(project, mode="overlap")
    rows.append(row(f"workbench: code x code co-occurrence ({len(matrix.row_ids)} codes, overlap)",
                    time.perf_counter() - t, "s", 1))
    t = time.perf_counter()
    counts = code_counts(project)
    rows.append(row(f"workbench: codebook counts, {sum(c.segments for c in counts.values()):,} segments "
                    "(worker thread)", (time.perf_counter() - t) * 1000, "ms", 1000))
    rows.append(row("workbench: synthetic project ready (build or cache)", build_s, "s", 600))
    pane.close()
    session.close()
    rows.append(_encrypted_row(app, work, median_ms(applies)))
    shutil.rmtree(work.parent, ignore_errors=True)
    return rows


def _apply_until_highlighted(app: object, pane: object, codes: list, rng: random.Random) -> list[float]:
    from qualcode.core.span import Span

    view, controller = pane.view, pane.controller  # type: ignore[attr-defined]
    top = view.cursorForPosition(view.viewport().rect().topLeft()).position()
    bottom = view.cursorForPosition(view.viewport().rect().bottomRight()).position()
    applies = []
    for _ in range(40):
        start = rng.randrange(top, max(bottom - 60, top + 1))
        view.select_span(Span(start, start + rng.randint(20, 60)))
        app.processEvents()  # type: ignore[attr-defined]
        t = time.perf_counter()
        assert controller.code_selection(rng.choice(codes))
        app.processEvents()  # type: ignore[attr-defined]  # the scheduled partial repaint happens here
        applies.append(time.perf_counter() - t)
    return applies


def _encrypted_row(app: object, work: Path, plain_ms: float) -> dict:
    """The same apply-until-highlighted on an encrypted (SQLCipher) copy: target 2x plain."""
    from qualcode.services.codebook.codes import list_codes
    from qualcode.services.projects import encrypt_project, load_project
    from qualcode.ui.panes.document_viewer_pane import DocumentViewerPane
    from qualcode.ui.session import ProjectSession

    secret = work.with_name("encrypted.qcproj")
    encrypt_project(work, secret, "bench password")
    project = load_project(secret, password="bench password")
    session = ProjectSession(project, "bench")
    pane = DocumentViewerPane(session)
    pane.resize(1000, 800)
    pane.show()
    pane.show_document(1)
    app.processEvents()  # type: ignore[attr-defined]
    applies = _apply_until_highlighted(app, pane, list(list_codes(project)),
                                       random.Random(7))  # other spans than the plain run (some stay coded)
    pane.close()
    session.close()
    return row("workbench: apply code until highlighted, encrypted project (median; target 2x plain)",
               median_ms(applies), "ms", round(2 * plain_ms, 3))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--build":
        build(Path(sys.argv[2]))
    else:
        for r in run():
            print(r)
