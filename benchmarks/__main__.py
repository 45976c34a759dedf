"""Run benchmarks and print one row per figure (or JSON with --json)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def available() -> list[str]:
    return sorted(p.stem.removesuffix("_bench") for p in HERE.glob("*_bench.py"))


def run_one(name: str) -> list[dict]:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks._runner", name], capture_output=True, text=True, cwd=HERE.parent
    )
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
        return [{"name": f"{name}: failed", "value": None, "unit": "", "target": None, "ok": False,
                 "peak_rss_mb": None, "error": tail[0]}]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default: all of {', '.join(available())})")
    parser.add_argument("--json", action="store_true", help="print the rows as a JSON list")
    args = parser.parse_args(argv)
    names = args.names or available()
    unknown = [n for n in names if n not in available()]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(available())}", file=sys.stderr)
        return 2
    rows: list[dict] = []
    for name in names:
        result = run_one(name)
        rows.extend(result)
        if not args.json:
            for row in result:
                _print_row(row)
            sys.stdout.flush()
    if args.json:
        print(json.dumps(rows))
    return 0 if all(r.get("ok") for r in rows) else 1


def _print_row(row: dict) -> None:
    value = row.get("value")
    value_s = "—" if value is None else f"{value:,.4g}" if isinstance(value, float) else f"{value:,}"
    target = row.get("target")
    status = "pass" if row.get("ok") else "FAIL"
    rss = row.get("peak_rss_mb")
    rss_s = "" if rss is None else f"peak RSS {rss:,.0f} MB"
    print(f"{row['name']:<58} {value_s:>12} {row.get('unit', ''):<6} target {target!s:<10} {status:<5} {rss_s}"
          + (f"  ({row['error']})" if row.get("error") else ""))


if __name__ == "__main__":
    sys.exit(main())
