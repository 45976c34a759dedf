"""Transcript parse benchmark: 1,000 files of ~8,000 words (half txt, half docx).

The import target is 1,000 transcripts parsed, turn-detected *and stored* in
<= 5 s with peak RSS <= 500 MB. This module times the parse part only (the
lead adds storage); we hold parsing to 60 % of the budget (3 s) so storage
has the rest. Hostile files must be refused fast, before they are inflated or read
(targets moved here from tests/io/transcripts/test_bad_input.py). Run:
``python -m benchmarks.parse_bench``.
"""

from __future__ import annotations

import io
import json
import os
import resource
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.corpus import MANIFEST, make_transcript_corpus
from qualcode.core.errors import InputFileError
from qualcode.io.transcripts import read_transcript, read_transcript_bytes
from qualcode.io.transcripts.batch import iter_parse_compact, parse_many
from qualcode.io.transcripts.compact import CompactTranscript
from qualcode.io.transcripts.parsed import ParsedTranscript

PARSE_BUDGET_S = 3.0
RSS_BUDGET_MB = 500.0
CORPUS_DIR = Path(os.environ.get("QUALCODE_BENCH_CORPUS", Path(tempfile.gettempdir()) / "qualcode_transcript_corpus"))


def _row(name: str, value: float, unit: str, target: str, ok: bool) -> dict[str, object]:
    return {"name": name, "value": round(value, 3), "unit": unit, "target": target, "ok": ok}


def _refusal_ms(read: Callable[[], object], reason: str) -> tuple[float, bool]:
    """Median ms of three attempts, and whether every one was refused for ``reason``."""
    samples, refused = [], True
    for _ in range(3):
        start = time.perf_counter()
        try:
            read()
            refused = False
        except InputFileError as exc:
            refused = refused and reason in str(exc)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000, refused


def hostile_rows() -> list[dict[str, object]]:
    """A 64 MB zip bomb named .docx and a 100 MB .txt: refused, and quickly."""
    docx_types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                  'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", docx_types)
        with archive.open("word/document.xml", "w") as part:  # streamed: the bench's RSS stays honest
            for _ in range(64):
                part.write(bytes(1 << 20))
    bomb = buffer.getvalue()
    bomb_ms, bomb_ok = _refusal_ms(lambda: read_transcript_bytes(bomb, "bomb.docx"), "zip bomb")
    with tempfile.TemporaryDirectory() as tmp:
        huge = Path(tmp) / "huge.txt"
        with huge.open("wb") as handle:  # sparse: no disk, no time
            handle.truncate(100 * 1024 * 1024)
        huge_ms, huge_ok = _refusal_ms(lambda: read_transcript(huge), "limit")
    return [
        _row("refuse a 64 MB zip bomb named .docx before inflating", bomb_ms, "ms", "<= 1000",
             bomb_ok and bomb_ms <= 1000),
        _row("refuse a 100 MB .txt by its size before reading", huge_ms, "ms", "<= 500", huge_ok and huge_ms <= 500),
    ]


def run(n_files: int = 1000, words: int = 8000, workers: int = 2) -> list[dict[str, object]]:
    """Time parsing alone: serially into ``ParsedTranscript`` objects (what the preview
    dialog uses) and in ``workers`` processes into compact rows (what bulk import uses).

    Returns
    -------
    list of dict
        Rows ``{"name", "value", "unit", "target", "ok"}``.
    """
    paths = make_transcript_corpus(CORPUS_DIR, n_files=n_files, words=words)
    manifest = json.loads((CORPUS_DIR / MANIFEST).read_text(encoding="utf-8"))
    start = time.perf_counter()
    results = parse_many(paths, workers=1)
    serial = time.perf_counter() - start
    wrong = sum(not isinstance(r, ParsedTranscript) or len(r.turns) != manifest[p.name]["turns"]
                for p, r in zip(paths, results))
    del results
    start = time.perf_counter()
    compact = list(iter_parse_compact(paths, workers=workers))
    parallel = time.perf_counter() - start
    wrong_parallel = sum(not isinstance(r, CompactTranscript) or len(r.rows) != manifest[p.name]["turns"]
                         for p, r in compact)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    hostile = hostile_rows()  # after the RSS reading: it is the parsing's
    return [
        # the preview path: informative; its budget is the whole import's
        _row(f"parse {n_files} transcripts, serial, Turn objects", serial, "s", "<= 5.0", serial <= 5.0),
        _row(f"parse {n_files} transcripts, {workers} processes, compact rows (import path)", parallel, "s",
             f"<= {PARSE_BUDGET_S}", parallel <= PARSE_BUDGET_S),
        _row("files with a wrong turn count (both paths)", wrong + wrong_parallel, "files", "0",
             wrong + wrong_parallel == 0),
        _row("peak RSS of the parsing process", rss_mb, "MB", f"<= {RSS_BUDGET_MB}", rss_mb <= RSS_BUDGET_MB),
        *hostile,
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
