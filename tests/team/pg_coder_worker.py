"""One coder process for tests/team/test_four_coders_postgres.py.

Usage: ``python -m tests.team.pg_coder_worker URL WORKER CODER GO_FILE LOG_FILE``.
Waits for GO_FILE, then applies 500 codings (removing every other one again) and
redefines the shared codes from a possibly stale view every 10 codings. Every
accepted operation and every reported conflict goes to LOG_FILE as a JSON line.
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

N = 500


def main(url: str, worker: int, coder_name: str, go_file: str, log_file: str) -> None:
    from qualcode.core.errors import ValidationError
    from qualcode.core.span import Span
    from qualcode.services.codebook.codes import list_codes, update_code
    from qualcode.services.coding.segments import apply_code, remove_codings
    from qualcode.services.projects import ensure_coder, load_project
    from qualcode.services.team.live import ConcurrentEditError

    project = load_project(url)
    coder = ensure_coder(project, coder_name)
    rng = random.Random(worker)
    deadline = time.monotonic() + 60
    while not Path(go_file).exists() and time.monotonic() < deadline:
        time.sleep(0.005)
    view = list_codes(project)  # what this coder's codebook shows; refreshed only on a conflict
    with open(log_file, "w", encoding="utf-8") as log:
        def write(entry: dict[str, object]) -> None:
            log.write(json.dumps(entry) + "\n")

        for i in range(N):
            start = rng.randrange(0, 900) // 3 * 3  # coders sharing a name collide on some spans
            code_id = sorted(view)[i % len(view)]
            try:
                seg = apply_code(project, 1, Span(start, start + 3), code_id, coder.id).value
                write({"op": "apply", "id": seg.id, "code": code_id, "coder": coder_name, "start": start})
                if i % 2:
                    remove_codings(project, [seg.id])
                    write({"op": "remove", "id": seg.id})
            except ValidationError as exc:  # already coded: seen first, or refused by the unique index
                write({"op": "conflict", "kind": "already coded", "message": str(exc)})
            if i % 10 == 0:
                code = view[code_id]
                try:
                    old = update_code(project, replace(code, definition=f"worker {worker} step {i}")).value
                    write({"op": "define", "code": code_id, "definition": f"worker {worker} step {i}",
                           "version": old.version})
                    view[code_id] = replace(code, definition=f"worker {worker} step {i}", version=old.version)
                except ConcurrentEditError as exc:
                    write({"op": "conflict", "kind": "concurrent edit", "message": str(exc)})
                    view = list_codes(project)
    project.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5])
