"""Offline merge: two copies of one project with 20,000 codings each (10,000 shared from the
copy, 10,000 added on each side of which 5,000 are the same coding on both), some renames."""

from __future__ import annotations

import random
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from benchmarks.timing import row, seconds
from qualcode.core.clock import utcnow
from qualcode.services.codebook.codes import list_codes, rename_code, update_code
from qualcode.services.projects import load_project, new_project
from qualcode.storage.bulk import BulkDocument, bulk_load
from qualcode.storage.tables import SegmentRow

N_DOCS, N_CODES, TEXT = 40, 60, "We talked about the peer group, the nurses and the long wait. " * 400


def _spans(seed: int, n: int) -> list[tuple[int, int, int, int]]:
    rng = random.Random(seed)
    out = set()
    while len(out) < n:
        start = rng.randrange(0, len(TEXT) - 200)
        out.add((rng.randrange(N_DOCS), rng.randrange(N_CODES), start, start + rng.randrange(5, 200)))
    return sorted(out)


def _add_codings(path: Path, spans: list[tuple[int, int, int, int]]) -> None:
    project = load_project(path)
    now = utcnow()
    with project.engine.begin() as conn:
        conn.execute(SegmentRow.__table__.insert(), [
            {"document_id": d + 1, "code_id": c + 1, "start": s, "end": e, "coder_id": 1, "created": now,
             "updated": now, "memo": ""} for d, c, s, e in spans])
    project.close()


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        base, a, b = (Path(tmp) / f"{n}.qcproj" for n in ("base", "a", "b"))
        project = new_project(base)
        bulk_load(project, coder="bench", codes=[(f"Code {i}", "#336699") for i in range(N_CODES)],
                  documents=[BulkDocument(f"P{i:02d}", TEXT) for i in range(N_DOCS)], segments=_spans(1, 10_000))
        project.close()
        shutil.copy(base, a)
        shutil.copy(base, b)
        shared = set(_spans(1, 10_000))  # once: built inside the comprehension it was 25,000 rebuilds (> 10 min)
        pool = [s for s in _spans(2, 25_000) if s not in shared]
        both, only_a, only_b = pool[:5_000], pool[5_000:10_000], pool[10_000:15_000]
        _add_codings(a, both + only_a)
        _add_codings(b, both + only_b)
        for path, side in ((a, "A"), (b, "B")):
            p = load_project(path)
            rename_code(p, 1, f"Renamed by {side}")
            update_code(p, replace(list_codes(p)[2], definition=f"edited by {side}"))
            p.close()
        from qualcode.services.team.merge import merge_projects

        report = {}
        elapsed = seconds(lambda: report.setdefault("r", merge_projects(a, b, Path(tmp) / "out.qcproj")))
        counts = report["r"].counts
        assert counts["segments_added_from_b"] == 5_000 and counts["segments_already_coded"] == 5_000, counts
    return [row("merge: two copies with 20,000 codings each", elapsed, "s", 10)]
