"""Transcript parse benchmark: 1,000 files of ~8,000 words (half txt, half docx).

The import target is 1,000 transcripts parsed, turn-detected *and stored* in
<= 5 s with peak RSS <= 500 MB. This module times the parse part only (the
lead adds storage); we hold parsing to 60 % of the budget (3 s) so storage
has the rest. Run: ``python -m benchmarks.parse_bench``.
"""

from __future__ import annotations

import json
import os
import resource
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import MANIFEST, make_transcript_corpus
from qualcode.io.transcripts.batch import parse_many
from qualcode.io.transcripts.parsed import ParsedTranscript

PARSE_BUDGET_S = 3.0
RSS_BUDGET_MB = 500.0
CORPUS_DIR = Path(os.environ.get("QUALCODE_BENCH_CORPUS", Path(tempfile.gettempdir()) / "qualcode_transcript_corpus"))


def _row(name: str, value: float, unit: str, target: str, ok: bool) -> dict[str, object]:
    return {"name": name, "value": round(value, 3), "unit": unit, "target": target, "ok": ok}


def run(n_files: int = 1000, words: int = 8000, workers: int = 2) -> list[dict[str, object]]:
    """Time parsing the corpus serially and with ``workers`` processes.

    Returns
    -------
    list of dict
        Rows ``{"name", "value", "unit", "target", "ok"}``.
    """
    paths = make_transcript_corpus(CORPUS_DIR, n_files=n_files, words=words)
    manifest = json.loads((CORPUS_DIR / MANIFEST).read_text(encoding="utf-8"))
    rows = []
    timings = {}
    for label, count in (("serial", 1), (f"{workers} workers", workers)):
        start = time.perf_counter()
        results = parse_many(paths, workers=count)
        timings[label] = time.perf_counter() - start
        wrong = sum(
            not isinstance(r, ParsedTranscript) or len(r.turns) != manifest[p.name]["turns"]
            for p, r in zip(paths, results)
        )
        rows.append(_row(f"parse {n_files} transcripts ({label})", timings[label], "s",
                         f"<= {PARSE_BUDGET_S}", timings[label] <= PARSE_BUDGET_S and wrong == 0))
        rows.append(_row(f"files with wrong turn count ({label})", wrong, "files", "0", wrong == 0))
        del results
    best = min(timings.values())
    rows.append(_row("parse rate (best)", n_files / best, "files/s", f">= {n_files / PARSE_BUDGET_S:.0f}",
                     n_files / best >= n_files / PARSE_BUDGET_S))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(_row("peak RSS of the parsing process", rss_mb, "MB", f"<= {RSS_BUDGET_MB}", rss_mb <= RSS_BUDGET_MB))
    return rows


if __name__ == "__main__":
    for result in run():
        print(result)
