"""Run the benchmarks and print ONE table: figure, target, measured, pass/fail, peak RSS.

``python -m benchmarks`` runs every ``benchmarks/*_bench.py``, each in its own process (so
its peak RSS is its own), and ends with the total wall time; ``python -m benchmarks NAME ...``
runs some; ``--json`` prints ``{"rows": [...], "total_seconds": ...}`` for machines. Progress
goes to stderr while the benchmarks run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.table import render, to_json

HERE = Path(__file__).parent
#: Longest a single benchmark may run before it is reported as failed.
TIMEOUT_SECONDS = 600

Rows = list[dict[str, Any]]


def available() -> list[str]:
    return sorted(p.stem.removesuffix("_bench") for p in HERE.glob("*_bench.py"))


def run_one(name: str) -> Rows:
    """Run ``benchmarks/<name>_bench.py`` in a child process; a crash becomes one failed row."""
    try:
        proc = subprocess.run([sys.executable, "-m", "benchmarks._runner", name], capture_output=True,
                              text=True, cwd=HERE.parent, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return [_failed(name, f"no result within {TIMEOUT_SECONDS} s")]
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
        return [_failed(name, tail[0])]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _failed(name: str, error: str) -> dict[str, Any]:
    return {"name": f"{name}: failed", "value": None, "unit": "", "target": None, "ok": False,
            "peak_rss_mb": None, "error": error}


def main(argv: list[str] | None = None, *, run: Callable[[str], Rows] = run_one,
         names_known: Callable[[], list[str]] = available) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default: all of {', '.join(names_known())})")
    parser.add_argument("--json", action="store_true", help='print {"rows": [...], "total_seconds": ...}')
    args = parser.parse_args(argv)
    known = names_known()
    names = args.names or known
    unknown = [n for n in names if n not in known]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(known)}", file=sys.stderr)
        return 2
    rows: Rows = []
    start = time.perf_counter()
    for name in names:
        began = time.perf_counter()
        result = run(name)
        for row in result:
            row.setdefault("benchmark", name)
        rows.extend(result)
        ok = sum(bool(r.get("ok")) for r in result)
        print(f"{name}: {ok} of {len(result)} pass ({time.perf_counter() - began:,.0f} s)", file=sys.stderr,
              flush=True)
    total = time.perf_counter() - start
    print(to_json(rows, total) if args.json else render(rows, total))
    return 0 if all(r.get("ok") for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
