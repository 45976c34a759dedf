"""Import benchmark: 1,000 transcripts of ~8,000 words (half txt, half docx) into a new
project, turns detected and stored in one transaction. Targets: <= 5 s, peak RSS <= 500 MB.
(QualCoder imports the same files in 6-9 s at 1.2 GB without detecting turns.)"""

from __future__ import annotations

import json
import resource
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import MANIFEST, make_transcript_corpus
from benchmarks.parse_bench import CORPUS_DIR
from benchmarks.timing import row
from qualcode.services.corpus.importing import import_transcripts
from qualcode.services.projects import new_project, project_info


def run(n_files: int = 1000, words: int = 8000) -> list[dict]:
    paths = make_transcript_corpus(CORPUS_DIR, n_files=n_files, words=words)  # cached between runs
    manifest = json.loads((CORPUS_DIR / MANIFEST).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        project = new_project(Path(tmp) / "import.qcproj")
        start = time.perf_counter()
        report = import_transcripts(project, paths, case_from_filename=True).value
        elapsed = time.perf_counter() - start
        info = project_info(project)
        project.close()
    wrong = sum(r.turns != manifest[Path(r.path).name]["turns"] for r in report)
    # Parsing runs in 2 worker processes: count their memory too (upper bound: both at their peak).
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return [
        row(f"import: {n_files} transcripts ({words} words, txt+docx) stored with turns", elapsed, "s", 5.0),
        row("import: files whose turn count differs from the generator's", wrong, "files", 0),
        row("import: documents in the project afterwards", info["documents"], "docs", n_files,
            lower_is_better=False),
        row("import: peak RSS, this process + 2 parse workers (upper bound)", parent + 2 * child, "MB", 500),
    ]
