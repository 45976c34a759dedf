"""REFI-QDA exchange: export 1,000 documents with 200,000 codings (target <= 10 s) and import
the .qdpx back into a new project (target <= 15 s), issue 14. QualCoder needs more than ten
minutes for the export (a quadratic GUID check)."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from benchmarks.timing import row, seconds
from qualcode.services.exchange import export_refi, import_refi
from qualcode.services.projects import load_project, new_project
from qualcode.storage.bulk import BulkDocument, bulk_load

WORDS = ["the", "peer", "group", "helped", "me", "find", "legal", "aid", "and", "a", "place", "to", "stay", "when", "the", "shelter", "closed"]


def build(path: Path, n_docs: int = 1000, n_codings: int = 200_000, n_codes: int = 200) -> None:
    rng = random.Random(14)
    docs = [BulkDocument(f"Interview {i:04d}", " ".join(rng.choice(WORDS) for _ in range(900)) + "\n")
            for i in range(n_docs)]
    lengths = [len(d.text) for d in docs]
    segments = []
    for k in range(n_codings):
        d = k % n_docs
        start = rng.randrange(0, lengths[d] - 120)
        segments.append((d, k % n_codes, start, start + rng.randrange(5, 120)))
    segments = list({(d, c, s, e) for d, c, s, e in segments})
    new_project(path).close()
    project = load_project(path)
    try:
        bulk_load(project, coder="bench", codes=[(f"Code {i}", "#4e79a7") for i in range(n_codes)],
                  documents=docs, segments=segments)
    finally:
        project.close()


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "big.qcproj"
        build(source)
        out = Path(tmp) / "big.qdpx"
        project = load_project(source)
        try:
            export_s = seconds(lambda: export_refi(project, out))
        finally:
            project.close()
        target = new_project(Path(tmp) / "copy.qcproj")
        try:
            import_s = seconds(lambda: import_refi(target, out))
        finally:
            target.close()
    return [row("REFI-QDA export, 1,000 docs / 200,000 codings", export_s, "s", 10.0),
            row("REFI-QDA import of the same .qdpx", import_s, "s", 15.0)]
