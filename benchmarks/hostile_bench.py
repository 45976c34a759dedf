"""Hostile input: a 100-row x 20,000-column survey CSV, and the peak memory of importing the
worst hostile transcripts through the CLI (each in its own process, max RSS read with wait4).
Targets: wide survey imported in <= 15 s (it took 87 s); no hostile file above 500 MB.

The files come from ``tests/hostile/make_hostile_files.py``, the corpus the tests run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import row
from qualcode.io.surveys import read_survey
from qualcode.services.projects import new_project
from qualcode.services.corpus.surveys import import_survey
from tests.hostile.make_hostile_files import HOSTILE, make_survey_wide

ROOT = Path(__file__).resolve().parents[1]
# The heaviest files of the corpus for memory: the biggest text that is within every
# limit, and the bombs that are stopped only by a budget (odt spaces, elements, pdf stream).
WORST = ("docx_huge_text.docx", "odt_many_repeats.odt", "docx_many_elements.docx", "pdf_stream_bomb.pdf",
         "odt_repeat_bomb.odt", "html_deep.html")


def _peak_mb(args: list[str]) -> tuple[float, int]:
    """Max RSS (MB) and exit status of ``python -m qualcode ARGS`` run as a child."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "qualcode", *args], cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024, proc.returncode


def run() -> list[dict]:
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        wide = make_survey_wide(folder)
        start = time.perf_counter()
        read_survey(wide)
        read_s = time.perf_counter() - start
        project = new_project(folder / "wide.qcproj")
        start = time.perf_counter()
        import_survey(project, wide, "id", create_cases=True)
        import_s = time.perf_counter() - start
        project.close()
        rows.append(row("hostile: read + type a 100 x 20,000-column CSV", read_s, "s", 5.0))
        rows.append(row("hostile: import it into a project (read, link, store)", import_s, "s", 15.0))

        worst_name, worst_mb = "", 0.0
        for name in WORST:
            path = HOSTILE[name][0](folder)
            target = folder / f"{name}.qcproj"
            new_project(target).close()
            peak, _status = _peak_mb(["import", str(target), str(path)])
            if peak > worst_mb:
                worst_name, worst_mb = name, peak
            path.unlink()
        rows.append(row(f"hostile: peak RSS of `qualcode import` on the worst file ({worst_name})",
                        worst_mb, "MB", 500))
    return rows
