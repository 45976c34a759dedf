"""Agreement figures: two coders over the demo project (54 transcripts), per code and overall.

The second coder is the demo coder's codings with one in five dropped and the rest shifted by a
few characters (seeded), so every code has disagreements. Timed: the whole project table
(percent, Cohen, Gwet, Krippendorff with a 1,000-draw bootstrap) on sentence and on
character units, and the disagreement list for the side-by-side view.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from benchmarks.timing import row, seconds


def _two_coders(path: Path) -> object:
    from qualcode.services.demo.build_demo import build_demo
    from qualcode.services.projects import ensure_coder

    project = build_demo(path)
    rng = random.Random(7)
    second = ensure_coder(project, "Second coder")
    with project.unit_of_work() as uow:
        lengths = {d.id: len(d.text) for d in uow.documents.all()}
        rows = []
        for s in uow.segments.all():
            if rng.random() < 0.2:
                continue
            start = max(0, s.span.start + rng.randint(-15, 15))
            end = min(lengths[s.document_id], max(start + 1, s.span.end + rng.randint(-15, 15)))
            rows.append((s.document_id, s.code_id, type(s.span)(start, end), second.id))
        uow.segments.add_many(rows)
    return project


def run() -> list[dict]:
    from qualcode.services.projects import list_coders
    from qualcode.services.team.agreement import project_agreement
    from qualcode.services.team.disagreements import disagreements

    with tempfile.TemporaryDirectory() as tmp:
        project = _two_coders(Path(tmp) / "team.qcproj")
        try:
            ids = [c.id for c in list_coders(project)]
            names = [c.name for c in list_coders(project)]
            project_agreement(project, names, unit="document", statistics=["percent"])  # warm spaCy-free path
            sentence = seconds(lambda: project_agreement(project, names, unit="sentence"))
            character = seconds(lambda: project_agreement(project, names, unit="character"))
            listing = seconds(lambda: disagreements(project, ids[0], ids[1], unit="sentence"))
        finally:
            project.close()  # type: ignore[attr-defined]
    return [row("agreement table, 2 coders, 54 transcripts, sentence units", sentence, "s", 10.0),
            row("agreement table, 2 coders, 54 transcripts, character units", character, "s", 10.0),
            row("disagreements of 2 coders, sentence units", listing, "s", 5.0)]
