"""One writer process for tests/storage/test_two_writers.py.

Usage: ``python -m tests.storage.two_writers_worker TARGET FIRST COUNT GO_FILE``.
Waits until GO_FILE exists (so both writers start together), applies COUNT
codings of 3 characters at offsets FIRST, FIRST+3, ... and prints a JSON line
``{"ok": n, "already": n, "failed": [messages]}``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(target: str, first: int, count: int, go_file: str) -> dict[str, object]:
    from qualcode.core.errors import ValidationError
    from qualcode.core.span import Span
    from qualcode.services.coding.segments import apply_code
    from qualcode.services.projects import load_project

    project = load_project(target)
    deadline = time.monotonic() + 30
    while not Path(go_file).exists() and time.monotonic() < deadline:
        time.sleep(0.005)
    ok, already, failed = 0, 0, []
    try:
        for k in range(count):
            start = first + 3 * k
            try:
                apply_code(project, 1, Span(start, start + 3), 1, 1)
                ok += 1
            except ValidationError as exc:
                if "already coded" not in str(exc):
                    failed.append(str(exc))
                already += 1
            except Exception as exc:  # noqa: BLE001 - the test counts every other failure
                failed.append(f"{type(exc).__name__}: {exc}".splitlines()[0])
    finally:
        project.close()
    return {"ok": ok, "already": already, "failed": failed}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])))
